"""A finer, counts-only trace of the graded adverse events kg missed (webtext odd / even columns; session 38).

    python benchmarks/ae_miss_trace.py /tmp/pred.json

Builds on miss_classes.py (its coarse mechanism per missed event) and adds, per mechanism, mechanism labels only
(never text): for "never recognised", how the event is written (a name or synonym of the gold term, its head word,
its analyte, a stem), whether kg's term list holds that name, what the raw NLP finds over it, the sentence's shape
(table row, pipes, numbers, list, parenthesis) and the nearest grade (side, distance in tokens, form); for "no grade
on the mention", the same grade configuration, the severity words against the gold grade, and whether the gold grade
is written within two sentences or in the section. The 'webtext odd' column pools blind sets' odd halves: counts only.
Real-abstract parts are not read (their texts are PubTator JSONL, left to error_classes.py).

Session 39 (ae39) adds: for an ungraded event, where the gold grade is written (same sentence with the closed-word gap
between them, a sentence distance and that sentence's shape, or nowhere as a grade, with the CTCAE-criterion words
near); 'graded N' counts as a grade form; for an event 'dropped later', which finishing step removed the (term, grade)
pair, whether any mention carries the gold grade at all, and, when none does (the mention's grade is another), how
the mention's grade compares with the gold one and where the gold grade is written ('AE wrong grade: ...')."""
import re
import sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import error_classes as ec
import miss_classes as mc

FORMS = [("grade N", r"\bgrade\s*[1-5]\b"), ("grade roman", r"\bgrade\s*(?:I{1,3}V?|IV|V)\b"),
         ("grade N-M/range", r"\bgrades?\s*(?:[1-5]|I{1,3}V?|IV)\s*(?:[-–/]|to|or|and)\s*(?:[1-5]|I{1,3}V?|IV)\b"),
         ("grade >=N", r"\bgrades?\s*[≥>≤<]=?\s*[1-5]"), ("GN", r"\bG[1-5]\b"), ("Gr N", r"\bGr\.?\s*[1-5]\b"),
         ("CTCAE N", r"\bCTCAE\s*(?:v\S*\s*)?(?:grade\s*)?[1-5]\b"), ("grade word", r"\bgrade\s+(?:one|two|three|four|five)\b"),
         ("grades N and M", r"\bgrades\s+[1-5]\s*(?:,|and|or)"), ("N grade (e.g. 3rd grade)", r"\b[1-5](?:st|nd|rd|th)?[- ]grade\b"),
         ("grade after colon", r"\bgrade\s*[:=]\s*[1-5]"), ("(grade) bare", r"\bgrade\b"),
         ("severity word", r"\b(?:mild|moderate|severe|life-threatening|fatal)\b")]
FORMS = [(n, re.compile(r, re.I)) for n, r in FORMS]
GRADE_ANY = re.compile(r"\bgraded\s+(?:as\s+)?(?:grade\s+)?(?:[1-5]|I{1,3}V?|IV)\b|\bgrades?\s*(?:of\s*|[:=]\s*|[≥>]=?\s*)?(?:[1-5]|I{1,3}V?|IV|one|two|three|four|five)\b|\bG[1-5]\b|\bGr\.?\s*[1-5]\b|\b[1-5](?:st|nd|rd|th)?[- ]grade\b", re.I)
ABBR = re.compile(r"\b(?:ANC|ALT|AST|PLT|WBC|Hb|Hgb|GGT|ALP|CK|CPK|TSH|INR|ALC|SGPT|SGOT|Cr|LFTs?|AKI|DVT|PE|ILD|HFS|PPE|FN)\b")


NUM = r'\d+'
LIST = r'\s*(?:[-•*]|\d+[.)]\s)'
SEMI = r'[;()]'


def fmt(name):
    return [f for f, rx in FORMS if rx.search(name)]


def tokens(text):
    return len(re.findall(r"\w+", text))


def term_names(sentences, gold_ae, sc):
    terms = next((s.terms for s in sentences if s.terms is not None), None)
    labels = {sc.norm(x) for x in gold_ae["labels"]}
    names = set(gold_ae["labels"])
    if terms is not None:
        for tid, info in terms.terms.items():
            if sc.norm(info.label) in labels:
                names |= {info.label, *getattr(info, "synonyms", ())}
    return {n for n in names if n and len(n) >= 3}


def word_hits(sentences, gold_ae, sc):
    """Where the gold event is written: exact name/synonym, head word (last word of a label), analyte, 5-char stem."""
    names = term_names(sentences, gold_ae, sc)
    heads = {x.lower().split()[-1] for x in gold_ae["labels"] if x.split()} - {"increased", "decreased", "count", "abnormal"}
    stems = {w[:5] for x in gold_ae["labels"] for w in re.findall(r"[a-z]{5,}", x.lower())} - {"incre", "decre", "count", "abnor", "disor", "blood", "serum"}
    from kg.nlp.adverse_events import _LAB_TEST, _LAB_TERM
    labels = {sc.norm(x) for x in gold_ae["labels"]}
    out = []
    for s in sentences:
        t = s.text
        for kind, rx in (("name/synonym", [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)", re.I) for n in names]),
                         ("head word", [re.compile(rf"(?<!\w){re.escape(h)}", re.I) for h in heads]),
                         ("stem", [re.compile(rf"(?<![a-z]){re.escape(w)}", re.I) for w in stems])):
            for r in rx:
                m = r.search(t)
                if m:
                    out.append((kind, s, m.start(), m.end()))
                    break
            else:
                continue
            break
        for h in _LAB_TEST.finditer(t):
            if sc.norm(_LAB_TERM.get(" ".join(h.group(0).lower().split()), "")) in labels:
                out.append(("analyte", s, h.start(), h.end()))
                break
    return out


def shape_labels(pre, s, a, b, sentences):
    t = s.text
    out = []
    out.append(f"{pre} sentence: table_row/ae_table flag = {bool({'table_row', 'ae_table'} & set(s.flags))}")
    nums = min(len(re.findall(NUM, t)) // 3, 3)
    lst = bool(re.match(LIST, t))
    out.append(f"{pre} sentence: pipes = {'|' in t}; numbers = {nums}(x3)")
    out.append(f"{pre} sentence: list start = {lst}; literature = {s.literature}; section = {s.section.kind}")
    depth = t[:a].count("(") - t[:a].count(")")
    out.append(f"{pre} hit inside parenthesis = {depth > 0}")
    cover = [m for m in s.mentions if m.start - s.start <= a and b <= m.end - s.start]
    over = [m for m in s.mentions if m.start - s.start < b and a < m.end - s.start]
    out.append(f"{pre} mentions covering hit = {'/'.join(sorted({m.label for m in cover})) or ('overlap:' + '/'.join(sorted({m.label for m in over})) if over else 'none')}")
    out.append(f"{pre} abbreviation in sentence = {bool(ABBR.search(t))}")
    # nearest grade in sentence: before/after, token distance, form
    best = None
    for g in GRADE_ANY.finditer(t):
        if g.end() <= a:
            d = tokens(t[g.end():a]); side = "before"
        elif g.start() >= b:
            d = tokens(t[b:g.start()]); side = "after"
        else:
            d = 0; side = "overlap"
        if best is None or d < best[0]:
            best = (d, side, g)
    if best:
        d, side, g = best
        out.append(f"{pre} nearest grade same sentence: {side}, tokens " + ("0-2" if d <= 2 else "3-6" if d <= 6 else "7-15" if d <= 15 else "16+"))
        out.append(f"{pre} nearest grade form = {','.join(f for f in fmt(g.group(0)) if f not in ('(grade) bare',)) or 'other'}")
        lo, hi = (g.end(), a) if side == "before" else (b, g.start())
        if side != "overlap":
            between = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and lo <= m.start - s.start < hi]
            out.append(f"{pre} AE mentions between = {min(len(between), 2)}; semicolon/paren between = {bool(re.search(SEMI, t[lo:hi]))}")
    else:
        i = sentences.index(s)
        prev = i > 0 and GRADE_ANY.search(sentences[i - 1].text)
        nxt = i + 1 < len(sentences) and GRADE_ANY.search(sentences[i + 1].text)
        out.append(f"{pre} no grade in sentence; prev sentence grade = {bool(prev)}, next = {bool(nxt)}")
        out.append(f"{pre} other grade forms in sentence = {','.join(fmt(t)) or 'none'}")
    return out


CATEGORY = re.compile(r"\b(?:toxicit|adverse|side[- ]effect|event|reaction|complication)", re.I)
PRONOUN_START = re.compile(r"^\W*(?:it|this|these|that|they|both|all|which|its|the (?:event|toxicity|reaction|adverse))\b", re.I)


def _grade_values(text):
    vals = set()
    for g in GRADE_ANY.finditer(text):
        d = re.findall(r"[1-5]|IV|I{1,3}|V", g.group(0))
        if d:
            v = d[-1]
            vals.add(int(v) if v.isdigit() else {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}[v])
    return vals


KEEP = re.compile(r"^(?:and|or|with|of|as|in|on|to|the|a|an|was|were|is|both|all|each|namely|including|such|"
                  r"mild|moderate|severe|toxicity|toxicities|events?|adverse|side|effects?|reactions?|"
                  r"respectively|which|that|it|this|maximum|worst|grade[ds]?|CTCAE|G[1-5]|[1-5]|I{1,3}V?|IV|"
                  r"[.,;:()\[\]–—-])$", re.I)


def _gap_words(x, m, grades):
    """The words between the event and the nearest grade of the gold value in its sentence, every word outside a
    closed list of function words, generic nouns and grade words written w, other events E (counts only)."""
    t = x.text
    a, b = m.start - x.start, m.end - x.start
    g = min((g for g in GRADE_ANY.finditer(t) if _grade_values(g.group(0)) & grades),
            key=lambda g: min(abs(g.start() - b), abs(a - g.end())), default=None)
    if g is None:
        return "?"
    lo, hi, side = (b, g.start(), "E..G") if g.start() >= b else (g.end(), a, "G..E")
    gap = t[lo:hi]
    evs = sorted((o.start - x.start, o.end - x.start) for o in x.mentions if o.label == "ADVERSE_EVENT"
                 and lo <= o.start - x.start and o.end - x.start <= hi)
    for s0, e0 in reversed(evs):
        gap = gap[:s0 - lo] + " EVT " + gap[e0 - lo:]
    toks = re.findall(r"EVT|\w+|[^\w\s]", gap)
    out = []
    for w in toks:
        w2 = "E" if w == "EVT" else (w.lower() if KEEP.match(w) else "w")
        if not (out and out[-1] == w2 == "w"):
            out.append(w2)
    return side + ": " + " ".join(out[:14]) + (" …" if len(out) > 14 else "")


def grade_sentence_shapes(sentences, i, m, grades):
    """(session 39) Where the gold grade of an ungraded event is written: sentence distance, and the shape of the
    sentence that holds it (opens with a pronoun / 'this' / 'the event'; names the same event head; names a category
    word such as 'toxicity'; holds 'maximum'/'highest'; leads a colon list)."""
    out = []
    head = (m.text or "").lower().split()[-1][:5] if m.text else ""
    best = None
    for j, x in enumerate(sentences):
        if _grade_values(x.text) & grades:
            d = j - i
            if best is None or abs(d) < abs(best[0]):
                best = (d, x)
    if best is None:
        forms = sorted({f for x in sentences for f in fmt(x.text)} - {"(grade) bare", "severity word"})
        out.append(f"U grade place = not written as a grade in the document (other grade forms: {','.join(forms) or 'none'})")
        t = sentences[i].text
        lab = bool(re.search(r"(?:increased|decreased|count)$", (m.pref_label or "").lower()))
        near = " ".join(x.text for x in sentences[max(0, i - 1):i + 2])
        out.append(f"U not written: lab term = {lab}; number in sentence = {bool(re.search(r'[0-9]', t))}; "
                   f"ULN/x-fold = {bool(re.search(r'ULN|upper limit|[0-9] ?(?:x|×|times|-fold)', near, re.I))}")
        out.append("U not written: CTCAE-criterion words near = " + ("+".join(sorted({w.lower()[:6] for w in re.findall(
            r"\b(?:hospitali[sz]\w*|admi\w+|intravenous|IV|transfus\w+|limiting|self-care|ADL|instrumental|interrupt\w*|"
            r"held|withheld|hold|reduc\w+|discontinu\w+|steroid\w*|prednis\w+|life-threatening|urgent|"
            r"topical|oral|antibiotic\w*|mild|moderate|severe)\b", near, re.I)})) or "none"))
        return out
    d, x = best
    if d == 0:
        out.append("U same-sentence gap = " + _gap_words(x, m, grades))
    dist = "same" if d == 0 else f"{'+' if d > 0 else '-'}{min(abs(d), 3)}{'+' if abs(d) >= 3 else ''}"
    t = x.text
    shape = []
    if d != 0:
        if PRONOUN_START.search(t) or re.search(r"\b(?:this|it|these|both)\b", t.split(",")[0], re.I):
            shape.append("pronoun")
        if head and head in t.lower():
            shape.append("same head")
        if CATEGORY.search(t):
            shape.append("category word")
        if re.search(r"\b(?:maximum|max|highest|worst|peak|up to|not exceed|exceeding)", t, re.I):
            shape.append("maximum")
        if ":" in t:
            shape.append("colon")
        n_ae = sum(1 for o in x.mentions if o.label == "ADVERSE_EVENT")
        shape.append(f"AE mentions there={min(n_ae, 2)}")
        shape.append("section same" if x.section is sentences[i].section else "other section")
    out.append(f"U grade place = {dist}; " + ",".join(shape))
    return out


def fine(sc, gold_ae, sentences, coarse):
    out = []
    if coarse.startswith("AE missed: event never recognised"):
        hits = word_hits(sentences, gold_ae, sc)
        kinds = sorted({k for k, *_ in hits})
        out.append(f"N written as = {'+'.join(kinds) or 'nothing'}")
        grades = set(gold_ae.get("grade", [])) - {None}
        # prefer a hit whose sentence holds a grade
        hits.sort(key=lambda h: (not GRADE_ANY.search(h[1].text), ["name/synonym", "analyte", "head word", "stem"].index(h[0])))
        if hits:
            k, s, a, b = hits[0]
            out.append(f"N best hit kind = {k}")
            if k == "name/synonym":
                t = s.text
                h = t[a:b]
                isl = any(h.lower() == x.lower() for x in gold_ae["labels"])
                out.append(f"N name: hit is a gold label = {isl}; words = {min(len(h.split()), 4)}; upper = {h.isupper()}; cap = {h[:1].isupper()}")
                out.append(f"N name: char before/after = {mc._shape(t[max(0, a - 2):a])} | {mc._shape(t[b:b + 2])}")
                ents = [m for m in s.mentions if m.start - s.start < b + 30 and a - 30 < m.end - s.start]
                out.append("N name: mentions within 30 chars = " + ",".join(sorted({m.label + ("/" + m.status if m.status else "") for m in ents})))
                out.append(f"N name: sentence status literature = {s.literature}; flags = {','.join(sorted(s.flags)) or '-'}")
                terms = next((x.terms for x in sentences if x.terms is not None), None)
                tid = terms.lower_names.get(h.lower()) if terms is not None else None
                out.append(f"N name: hit is a kg term name = {tid is not None}; type = {terms.info(tid).type if tid else '-'}; id kind = {(tid or '-').split(':')[0]}")
                ents = [e for e in READER.nlp(t).ents if e.start_char < b and a < e.end_char]
                out.append("N name: raw nlp ents over hit = " + (",".join(sorted({e.label_ for e in ents})) or "none"))
                out.append(f"N name: sentences mentioning it = {min(sum(1 for x in hits if x[0] == 'name/synonym'), 3)}")
            if k == "analyte":
                t = s.text
                gs = [g for g in GRADE_ANY.finditer(t) if g.end() <= a and tokens(t[g.end():a]) <= 2]
                if gs:
                    g = gs[-1]
                    prev = [m for m in s.mentions if m.end - s.start <= g.start()]
                    pm = prev[-1] if prev else None
                    out.append("N analyte: mention before the grade = " + ("none" if pm is None else pm.label + (
                        " local" if (pm.attrs.get("curie") or pm.attrs.get("id") or "").startswith("KG") else "") + f" gapchars={min(g.start() - (pm.end - s.start), 9)}"))
                    out.append("N analyte: shape grade..analyte..after = " + mc._shape(t[max(0, g.start() - 3):g.end()]) + " | " + mc._shape(t[g.end():a]) + " | " + mc._shape(t[b:b + 14]))
                    out.append(f"N analyte: analytes in the sentence = {min(len(list(__import__('kg.nlp.adverse_events', fromlist=['x'])._LAB_TEST.finditer(t))), 4)}; grades in sentence = {min(len(list(GRADE_ANY.finditer(t))), 4)}")
            out += shape_labels("N", s, a, b, sentences)
        out.append(f"N gold grades = {sorted(grades)}")
    elif coarse.startswith("AE missed: recognised as given, no grade"):
        labels = {sc.norm(x) for x in gold_ae["labels"]}
        aff = [m for s in sentences for m in s.mentions if m.label == "ADVERSE_EVENT" and m.status == "affirmed"
               and sc.norm(m.pref_label or m.text) in labels and m.sentence is not None]
        aff.sort(key=lambda m: not GRADE_ANY.search(m.sentence.text))
        m = aff[0]
        s = m.sentence
        out += shape_labels("U", s, m.start - s.start, m.end - s.start, sentences)
        out.append(f"U mentions of the term affirmed = {min(len(aff), 3)}")
        sev = sorted({w.lower() for w in re.findall(r"\b(?:mild|moderate|severe|life-threatening|fatal|marked|profound|significant|serious)\b", s.text, re.I)})
        out.append(f"U severity words x gold grade = {'+'.join(sev) or 'none'} x {sorted(set(gold_ae.get('grade', [])) - {None})}")
        out.append(f"U mention severity attr = {m.attrs.get('severity')}; status = {m.status}")
        i = sentences.index(s)
        vals = _grade_values(" ".join(x.text for x in sentences[max(0, i - 2):i + 3]))
        out.append(f"U gold grade written within +-2 sentences = {bool(vals & set(gold_ae.get('grade', [])))}")
        out += grade_sentence_shapes(sentences, i, m, set(gold_ae.get("grade", [])) - {None})
        sec = [x for x in sentences if x.section is s.section]
        out.append(f"U gold grade written in its section = {any(any(str(v) in g.group(0) for v in gold_ae.get('grade', []) if v) for x in sec for g in GRADE_ANY.finditer(x.text))}")
        out.append(f"U AE mentions in its sentence = {min(sum(1 for o in s.mentions if o.label == 'ADVERSE_EVENT'), 4)}; graded ones = {min(sum(1 for o in s.mentions if o.label == 'ADVERSE_EVENT' and o.attrs.get('grade') is not None), 3)}")
    elif coarse.startswith("AE missed: recognised with a grade"):
        pass
    return out


READER = None
orig = mc.missed_ae_classes
LOST: list[tuple[str, set]] = []  # (step, (label, grade) pairs it removed) of the page being read (session 39)
STEPS = ("grade_syndromes_by_their_manifestation", "drop_unsized_events_of_a_grading_report", "add_title_adverse_events",
         "grade_the_one_event_by_a_whole_grade", "fold_manifestations", "name_by_measured_ctcae_term",
         "name_by_ctcae_term", "merge_restated_events")


def _patch_steps():
    """Which finishing step of kg.extraction.adverse_events removed a (term, grade) pair (counts only)."""
    from kg.extraction import adverse_events as ae
    from kg.extraction import therapy

    def wrap(name, fn):
        def inner(events, *a, **k):
            had = {(e.concept.label, e.grade) for e in events}
            out = fn(events, *a, **k)
            gone = had - {(e.concept.label, e.grade) for e in events}
            if gone:
                LOST.append((name, gone))
            return out
        return inner
    for name in STEPS:
        setattr(ae, name, wrap(name, getattr(ae, name)))
    add = therapy.TherapyBuilder._adverse_events

    def add_traced(builder, s, drugs, before):
        had = {(a.concept.label, a.grade) for a in builder.adverse_events}
        add(builder, s, drugs, before)
        gone = had - {(a.concept.label, a.grade) for a in builder.adverse_events}
        if gone:
            LOST.append(("a later sentence's add", gone))
    therapy.TherapyBuilder._adverse_events = add_traced
    from kg.extraction import extract
    free = extract.cancer_free_story

    def free_traced(case, *a, **k):
        had = {(e.concept.label, e.grade) for e in case.adverse_events}
        out = free(case, *a, **k)
        gone = had - {(e.concept.label, e.grade) for e in case.adverse_events}
        if gone:
            LOST.append(("cancer_free_story (drug not onc-only)", gone))
        return out
    extract.cancer_free_story = free_traced
    fin = extract.finish_adverse_events

    def fin_traced(events, *a, **k):
        out = fin(events, *a, **k)
        LOST.append(("(group finished)", {(e.concept.label, e.grade) for e in events}))
        return out
    extract.finish_adverse_events = fin_traced
    read = mc.Reader.read

    def read_reset(self, path):
        LOST.clear()
        return read(self, path)
    mc.Reader.read = read_reset


def sentences_of(sentences):
    return sentences


def lost_step(sc, gold_ae):
    labels = {sc.norm(x) for x in gold_ae["labels"]}
    grades = set(gold_ae.get("grade", []))
    steps = sorted({name for name, gone in LOST for label, g in gone if sc.norm(label) in labels and g in grades
                    and name != "(group finished)"})
    groups = [gone for name, gone in LOST if name == "(group finished)"]
    steps.append(f"groups={min(len(groups), 3)}, a group's final list has it="
                 f"{any(sc.norm(l) in labels and g in grades for gone in groups for l, g in gone)}")
    return "+".join(steps) or "no step removed it (another case / line / not kept)"


def wrapped(sc, gold_ae, sentences, trace=None, record=None, extra_aes=None):
    base = orig(sc, gold_ae, sentences, trace, record, extra_aes)
    coarse = next((x for x in base if x.startswith("AE missed: ")), "?")
    keep = [x for x in base if x.startswith("AE dropped")] + [coarse]
    if any("kept with another grade" in x or "lost later" in x for x in base):
        keep.append("AE dropped later: removed by step = " + lost_step(sc, gold_ae))
        labels = {sc.norm(x) for x in gold_ae["labels"]}
        gg = set(gold_ae.get("grade", []))
        for x in sentences:
            ms = [m for m in x.mentions if m.label == "ADVERSE_EVENT" and sc.norm(m.pref_label or m.text) in labels]
            gradeds = [m for m in ms if m.attrs.get("grade") in gg - {None}]
            if gradeds:
                others = sorted({str(m.attrs.get("grade")) for m in ms if m not in gradeds})
                all_g = sorted({str(g) for m in ms for g in (m.attrs.get("grades") or ())})
                words = sorted({w.lower()[:7] for w in re.findall(r"\b(?:improv\w*|resolv\w*|recover\w*|decreas\w*|"
                                r"worsen\w*|progress\w*|increas\w*|escalat\w*|rose|fell|down|reduc\w*|persist\w*|"
                                r"recur\w*|again|then|later|initially|max\w*|peak\w*|nadir|respectively)\b", x.text, re.I)})
                keep.append(f"AE dropped later: gold-grade mention sentence: term mentions={min(len(ms), 3)}; other mention grades="
                            f"{'/'.join(others) or '-'}; multi-grades attr={'/'.join(all_g) or '-'}; "
                            f"gold grade vs other = {'lower' if others and others[0] != 'None' and min(gg - {None}) < int(others[0]) else 'higher' if others and others[0] != 'None' else '-'}; words={'+'.join(words) or '-'}")
                break
        else:
            keep.append("AE dropped later: no mention of the term carries the gold grade")
            ms = [m for m in sentences_of(sentences) for m in m.mentions if m.label == "ADVERSE_EVENT" and m.status == "affirmed"
                  and m.attrs.get("grade") is not None and sc.norm(m.pref_label or m.text) in labels]
            if ms:
                m = ms[0]
                x = m.sentence
                mg = m.attrs.get("grade")
                g0 = min(gg - {None}) if gg - {None} else None
                vals = _grade_values(x.text)
                keep.append(f"AE wrong grade: mention grade vs gold = {'higher' if g0 is not None and mg > g0 else 'lower'}; "
                            f"gold grade written in its sentence = {g0 in vals}; grade values in sentence = {min(len(vals), 3)}; "
                            f"term mentions graded = {min(len(ms), 3)}")
                if g0 in vals:
                    keep.append("AE wrong grade: gap = " + _gap_words(x, m, {g0}))
                else:
                    i = sentences.index(x)
                    near = [j - i for j in range(max(0, i - 3), min(len(sentences), i + 4)) if g0 in _grade_values(sentences[j].text)]
                    keep.append(f"AE wrong grade: gold grade in sentences at = {near[:3] or 'none within 3'}")
        final = {(sc.norm(a.concept.label), a.grade) for c in record.cases for a in c.adverse_events}
        keep.append(f"AE dropped later: in-process final has the gold pair = "
                    f"{any(l in labels and g in set(gold_ae.get('grade', [])) for l, g in final)}; cases = {min(len(record.cases), 3)}; "
                    f"an extra (fp) of the term = {any(x[0] in labels for x in (extra_aes or []))}")
    try:
        f = fine(sc, gold_ae, sentences, coarse)
    except Exception as e:  # noqa
        f = [f"trace error {type(e).__name__}"]
    return ["AE " + x for x in keep] + [coarse.split(":")[1].strip()[:14] + " | " + x for x in f]


mc.missed_ae_classes = wrapped
mc.missed_drug_classes = lambda *a, **k: []
mc.leak_classes = lambda *a, **k: []
mc.missed_diagnosis_classes = lambda *a, **k: []
mc.missed_response_classes = lambda *a, **k: []
mc.extra_response_classes = lambda *a, **k: []

def main():
    global READER

    pred = ec.load_predictions(Path(sys.argv[1]))
    sc = ec.load_scorer()
    by = ec.cases_by_report(pred)
    _patch_steps()
    reader = mc.Reader()
    READER = reader
    table = []
    for label, records in mc.webtext_columns(False):
        total = Counter()
        for gold in records:
            c = mc.classify_record(sc, reader, ec.cases_for(by, gold), gold)
            total += Counter({k: v for k, v in c.items() if k.startswith("AE") or "|" in k or "trace" in k})
        table.append((label, total))
    print(ec.render(table))


if __name__ == '__main__':
    main()
