"""kg/nlp/cues.py: every cue extraction consults is a span of ``kg_cues`` (cue from the one Cue
enum, rule row, own offsets), read once per doc. Texts written for this project."""
import re

import pytest

from kg.nlp import cues as C
from kg.nlp.cues import SECTION_KIND_KEY, Cue, CueSpan, cue_spans


def _hits(doc, cue):
    return [h for h in cue_spans(doc) if h.cue is cue]


def test_kg_cues_runs_after_every_entity_and_before_the_last_component(nlp):
    order = nlp.pipe_names
    summary = nlp.analyze_pipes(pretty=False)["summary"]
    assert summary["kg_cues"]["assigns"] == ["doc._.kg_cues"]
    assert set(summary["kg_cues"]["requires"]) == {"doc.sents", "doc.ents"}
    # windows are anchored at entities: every component that adds one runs first
    adders = [n for n, info in summary.items() if "doc.ents" in info["assigns"]]
    assert all(order.index(n) < order.index("kg_cues") for n in adders)
    assert order.index("kg_cues") == order.index("kg_assertion") - 1


def test_a_sentence_cue_is_a_span_with_its_rule_and_offsets(nlp):
    text = "Crizotinib was stopped in May 2020. Alectinib was started."
    doc = nlp(text)
    (end,) = _hits(doc, Cue.END)
    assert (end.rule, end.start, end.end, text[end.start:end.end], end.anchor) == ("stop", 15, 22, "stopped", None)
    assert [text[h.start:h.end] for h in _hits(doc, Cue.CLAUSE_BREAK)] == []  # read only beside a response


def test_window_cues_are_anchored_at_their_entities(nlp):
    text = "He was switched from crizotinib to alectinib because of progression."
    doc = nlp(text)
    ents = {e.text: e for e in doc.ents}
    # CAUSE reads the gap from a drug's end to the response's start: "because of" ends right before
    # it; one window per drug before the response
    causes = {h.anchor: h for h in _hits(doc, Cue.CAUSE)}
    progression = ents["progression"].start_char
    assert set(causes) == {(ents["crizotinib"].end_char, progression), (ents["alectinib"].end_char, progression)}
    cause = causes[(ents["alectinib"].end_char, progression)]
    assert (text[cause.start:cause.end], cause.rule) == ("because of ", "cause")


def test_a_cue_glued_after_an_entity(nlp):
    text = "She then received anthracycline-induced cardiomyopathy treatment and pemetrexed alone."
    doc = nlp(text)
    after = {text[h.anchor[0]:h.end] for h in _hits(doc, Cue.MAINTENANCE_AFTER)}
    assert after == {" alone"}


def test_a_negated_resumption_is_masked(nlp):
    assert _hits(nlp("Crizotinib was resumed in 2019."), Cue.RESUME)
    assert not _hits(nlp("Crizotinib was not resumed in 2019."), Cue.RESUME)


def test_the_group_value_of_a_hit(nlp):
    (reason,) = _hits(nlp("Crizotinib was stopped because of grade 3 hepatotoxicity."), Cue.REASON)
    assert reason.value == "grade 3 hepatotoxicity"
    (head,) = _hits(nlp("Case 2: A 60-year-old man."), Cue.CASE_HEADING)
    assert head.value == "2"


def test_a_section_kind_limits_the_sentence_cues(nlp):
    text = "Alectinib in a patient with ALK-positive lung cancer: a case report"
    assert _hits(nlp(text), Cue.TITLE_INTRO)          # kind unknown: every sentence is read
    for kind, found in (("title", True), ("case", False)):
        doc = nlp.make_doc(text)
        doc.user_data[SECTION_KIND_KEY] = kind
        assert bool(_hits(nlp(doc), Cue.TITLE_INTRO)) is found


def test_hits_travel_with_the_doc(nlp):
    from spacy.tokens import Doc
    doc = nlp("Crizotinib was stopped in May 2020.")
    again = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert cue_spans(again) == cue_spans(doc)


def _example_strings(cue):
    return [ex if isinstance(ex, str) else ex[0] for r in C.rows_of(cue, C.SPEC_OF.get(cue))
            for ex in (*r.examples, *r.counter_examples)]


@pytest.mark.parametrize("compiled", C._compiled(), ids=lambda c: c.cue.name)
def test_the_fast_scan_matches_as_the_rule_pattern_does(compiled):
    texts = _example_strings(compiled.cue) + ["", "He was treated with crizotinib; then alectinib.",
                                              "Ms. K, a 34-year-old woman, died."]
    for text in texts:
        assert [m.span() for m in compiled.scan.finditer(text)] == [m.span() for m in compiled.pattern.finditer(text)]
        if compiled.spec.first_only:
            first = compiled.first(text, text.lower(), False)
            plain = compiled.pattern.search(text)
            assert (first[1].span() if first else None) == (plain.span() if plain else None), text
            if first:
                assert first[0] == compiled.rule_at(text, plain.start())


def test_scans_are_built_up_front_for_the_windows_that_read_them_and_alike_on_demand():
    # the pipeline build compiles a spec's scans only when its window reads them (kg_cues in the
    # forkserver, once for every worker); any other spec builds them when asked: the same patterns
    for c in C._compiled():
        reads_scan = c.spec.window in ("sentence", "before")
        reads_rows = c.spec.window == "sentence" and bool(c.spec.per_row or c.spec.first_only)
        fresh = C._Compiled(c.spec)
        assert ("scan" in vars(fresh)) == reads_scan, c.cue
        assert ("row_pick" in vars(fresh)) == reads_rows, c.cue
        assert fresh.scan.pattern == C._fast(c.pattern).pattern, c.cue
        assert [(rid, p.pattern) for rid, p in fresh.row_scans] == [(rid, C._fast(p).pattern)
                                                                   for rid, p in c.row_patterns], c.cue
        text = "He was a 60-year-old man; she then received crizotinib and had a partial response."
        picked = fresh.row_pick_in if fresh.fold else None
        assert [rid for rid, _ in fresh.scans_possible(text, text.lower(), False)] == \
            [rid for rid, _ in c.scans_possible(text, text.lower(), False)], c.cue
        assert (picked is None) == (not c.fold)
    # a hit the scans find in a made-up sentence (sentence windows, first_only specs)
    assert any(h[0] is C.Cue.SEX_MALE_WORD for h in C.sentence_cues("Her father, a 70-year-old man, ...", [],
                                                                  section="case"))


def test_first_chars_are_exact_or_unknown():
    assert C._first_chars(r"\b(?:he|his|man)\b", re.I) == "[hm]"
    assert C._first_chars(r"(?:\s+)?to", re.I) is None or "t" in C._first_chars(r"(?:\s+)?to", re.I)
    assert C._first_chars(r"x?", 0) is None            # may match nothing
    assert C._first_chars(r"[^.;]{0,40}for", 0) is None  # a negated class


def test_between_an_empty_gap_answers_from_the_rule():
    from kg.extraction.mentions import Sentence
    from kg.model import Section
    s = Sentence(index=0, text="x", start=0, end=1, section=Section("case", "", 0, 1))
    assert s.cue_between(Cue.APPOSITION, 5, 5) == CueSpan(Cue.APPOSITION, "", 5, 5, (5, 5))  # [\s,(:)-]{0,4}
    assert s.cue_between(Cue.SEQUENCE_GAP, 5, 5) is None


def test_the_hits_as_a_span_group_for_display(nlp):
    doc = nlp("Crizotinib was resumed in 2019.")
    group = C.span_group(doc)
    (span,) = [s for s in group if s.label_ == "RESUME"]
    assert (span.text, span.id_) == ("resumed", "resume-verb")  # the cue "resum" widened to its token


def test_the_label_tests_kept_per_label_set_read_what_the_sentence_by_sentence_tests_read():
    # a _Plan keeps, per set of entity labels, the specs a sentence may read; a plain list of the
    # same runs works them out for each sentence: the hits are the same
    plan = C.cue_plan(C.active_specs(None, None, False))
    assert isinstance(plan, C._Plan)
    plain = list(plan)
    sentences = [
        ("He stopped imatinib because of grade 3 rash and resumed it at a lower dose.",
         [("DRUG", "imatinib"), ("ADVERSE_EVENT", "rash")]),
        ("After two cycles of FOLFOX, a partial response was seen; maintenance capecitabine followed.",
         [("REGIMEN", "FOLFOX"), ("RESPONSE", "partial response"), ("DRUG", "capecitabine")]),
        ("A 61-year-old woman with a spindle cell sarcoma of the thigh was referred.",
         [("AGE_SEX", "61-year-old woman"), ("TUMOR", "sarcoma")]),
        ("Neutropenia after carboplatin and pemetrexed in a man with lung cancer",
         [("ADVERSE_EVENT", "Neutropenia"), ("DRUG", "carboplatin"), ("DRUG", "pemetrexed")]),
        ("No further treatment was given.", []),
    ]
    for text, named in sentences:
        ents = [(label, text.index(word), text.index(word) + len(word), word) for label, word in named]
        assert C.sentence_cues(text, ents, plan=plan) == C.sentence_cues(text, ents, plan=plain), text
        assert C.sentence_cues(text, ents, plan=plan) == C.sentence_cues(text, ents, plan=plan)  # kept answers
    assert any(C.sentence_cues(t, [(lb, t.index(w), t.index(w) + len(w), w) for lb, w in n], plan=plan)
               for t, n in sentences)


def test_label_fullmatcher_is_label_fullmatch_behind_the_prefilter():
    # perf25: diagnoses reads every term name with it (the regex skipped on names without the
    # cue's literals): the same matches and groups as label_fullmatch, on every term name
    from kg.nlp.cues import Cue, label_fullmatch, label_fullmatcher
    from kg.nlp.terms_index import get_index

    read = label_fullmatcher(Cue.MOLECULAR_SUBTYPE)
    names = list(get_index("default").lower_names)
    hits = 0
    for name in names:
        plain, fast = label_fullmatch(Cue.MOLECULAR_SUBTYPE, name), read(name)
        assert (plain and plain.groupdict()) == (fast and fast.groupdict()), name
        hits += plain is not None
    assert hits > 10 and len(names) > 1000
    # made-up names, cased and not, and one with a character re folds where str.lower does not
    for name in ("aml with npm1 mutation", "AML with NPM1 Mutation", "npm1-mutated aml", "NPM1-Mutated AML",
                 "acute myeloid leukaemia", "with npm1", "aml, with flt3 mutations", "\u0130dh1-mutated glioma",
                 "glioma w\u0130th idh1 mutation"):
        plain, fast = label_fullmatch(Cue.MOLECULAR_SUBTYPE, name), read(name)
        assert (plain and plain.groupdict()) == (fast and fast.groupdict()), name
    assert read("npm1-mutated aml") is not None and read("acute myeloid leukaemia") is None


def test_label_fullmatcher_refuses_a_sentence_cue():
    import pytest

    from kg.nlp.cues import SPECS, label_fullmatcher

    with pytest.raises(KeyError):
        label_fullmatcher(SPECS[0].cue)
