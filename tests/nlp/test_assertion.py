"""kg_assertion (kg/nlp/assertion.py): one engine, precedence in one place, flags that cross processes."""
import re
from pathlib import Path

import pytest
from spacy.tokens import Doc

from kg.nlp.assertion import FLAGS_KEY, PRECEDENCE, STATUS, Other, engine, sentence_flags
from kg.nlp.ents import ents_of


def test_precedence_is_the_readme_order():
    readme = (Path(__file__).resolve().parents[2] / "kg" / "rules" / "README.md").read_text()
    listed = re.findall(r"^\d\. `(\w+)`", readme, re.M)
    assert listed == ["literature"] + [STATUS[c] for c in PRECEDENCE if c != "LITERATURE_ASIDE"] + ["affirmed"]


def status(text, word, label="DRUG", others=()):
    i = text.index(word)
    return engine().status(text, i, i + len(word), label, [Other(*o) for o in others])


def test_engine_without_spacy():
    assert status("She declined surgery.", "surgery", "PROCEDURE") == "refused"
    assert status("Her mother had breast cancer.", "breast cancer", "TUMOR") == "family"
    # family precedes negation: "her mother had no breast cancer" is still about the mother
    assert status("Her mother had no breast cancer.", "breast cancer", "TUMOR") == "family"
    # refusal and planned-not-done only for things done to the patient
    assert status("Surgery was cancelled because of fever.", "fever", "ADVERSE_EVENT") == "affirmed"
    assert status("Surgery was cancelled because of fever.", "Surgery", "PROCEDURE") == "not_done"


def test_a_cue_reaches_only_the_first_drug():
    text = "The patient could not afford lorlatinib and received ensartinib."
    a, b = text.index("lorlatinib"), text.index("ensartinib")
    others = [("DRUG", a, a + 10), ("DRUG", b, b + 10)]
    assert status(text, "lorlatinib", others=others) == "negated"
    assert status(text, "ensartinib", others=others) == "affirmed"


def test_a_cue_reaches_along_a_list():
    text = "The patient declined cisplatin and etoposide."
    a, b = text.index("cisplatin"), text.index("etoposide")
    others = [("DRUG", a, a + 9), ("DRUG", b, b + 9)]
    assert status(text, "cisplatin", others=others) == "refused"
    assert status(text, "etoposide", others=others) == "refused"


def test_rest_of_sentence_refusal_belongs_to_the_nearer_drug():
    text = "Lorlatinib was started because ceritinib was not available."
    a, b = text.index("Lorlatinib"), text.index("ceritinib")
    others = [("DRUG", a, a + 10), ("DRUG", b, b + 9)]
    assert status(text, "Lorlatinib", others=others) == "affirmed"
    assert status(text, "ceritinib", others=others) == "refused"


def test_rows_of_one_cue_window_agree_on_the_labels_they_govern():
    # a category's rows of one window are one alternation with one allowed_types: a row without
    # it would open the window to every label (a response 'considered' like a drug)
    from kg.rules import rules
    seen = {}
    for r in rules("context").rules:
        key = (r.category, r.fields.get("window"))
        seen.setdefault(key, set()).add(tuple(r.allowed_types or ()))
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


def test_table_rows_and_citation_lines():
    assert "table_row" in engine().sentence_flags("3 2015 44/M ALK crizotinib PR 12 alive")
    assert "citation_line" in engine().sentence_flags("J Clin Oncol. 2010; 28:2323-30.")
    assert engine().sentence_flags("The CT scan of May 2019 showed a mass of 40 mm, 12 mm and 5 mm.") == []


def test_component_is_in_the_pipeline(nlp):
    summary = nlp.analyze_pipes(pretty=False)["summary"]
    assert "span._.status" in summary["kg_assertion"]["assigns"]
    assert nlp.pipe_names[-1] == "kg_assertion"


def test_status_and_flags_cross_process_boundaries(nlp):
    doc = nlp("There was no ALK rearrangement. Previous studies have shown activity of lorlatinib. "
              "Our patient received alectinib.")
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e._.status) for e in back.ents] == [(e.text, e._.status) for e in doc.ents]
    assert dict(ent_status for ent_status in ((e.text, e._.status) for e in back.ents))["ALK rearrangement"] == "negated"
    flags = sentence_flags(back)
    assert [sorted(flags.get(s.start_char, ())) for s in back.sents] == [[], ["literature"], ["patient_anchor"]]
    assert FLAGS_KEY in back.spans


def test_token_window_negation_is_cut_at_a_clause_break(nlp):
    doc = nlp("FISH for ALK was negative; NGS revealed a ROS1 fusion.")
    got = {e.text: e._.status for e in doc.ents}
    assert got.get("ROS1 fusion") == "affirmed"


# sentences of case-report wording (cue words of most categories, an aside, a non-ASCII one
# with a character re folds to ASCII) for the per-sentence narrowing of the cue patterns
_NARROWING_SENTENCES = [
    "Her mother had breast cancer and was treated with tamoxifen; she refused carboplatin.",
    "Crizotinib was not given because of renal failure, and alectinib was considered instead.",
    "No evidence of ALK rearrangement was found (FISH negative), so cisplatin was planned.",
    "Lorlatinib, as reported by Smith et al. in a phase II trial, may be an option.",
    "The patient received leucovorin rescue after high-dose methotrexate without grade 3 toxicity.",
    "\u0130mat\u0131nib was discontinued owing to suspected pneumonitis.",
    "Ãlectinib was started; ﬁnally a partial response was observed.",
]


def test_sentence_narrowed_cue_patterns_match_every_slice_as_the_patterns():
    """_SentencePatterns gives _NO_MATCH for a cue whose literals a sentence lacks; on every slice
    of the sentence it must find exactly what the pattern itself finds."""
    from kg.nlp.assertion import _NO_MATCH, _SentencePatterns

    pats = engine().c.pat
    narrowed_some = False
    for text in _NARROWING_SENTENCES:
        narrowed = _SentencePatterns(pats, text)
        cuts = sorted({0, len(text)} | {i for i, ch in enumerate(text) if not ch.isalnum()})
        slices = [text[a:b] for a in cuts for b in cuts if a <= b]
        for key, pat in pats.items():
            mine = narrowed[key]
            narrowed_some |= mine is _NO_MATCH
            for part in slices:
                expect = pat.search(part)
                got = mine.search(part)
                assert (got and got.span()) == (expect and expect.span()), (key, text, part)
                assert [m.span() for m in mine.finditer(part)] == [m.span() for m in pat.finditer(part)]
                assert bool(mine.match(part)) == bool(pat.match(part))
    assert narrowed_some


def test_a_plan_given_up_later_by_name_was_never_given(nlp):
    # "X and Y were planned" ... (other sentences) ... "The X and Y plan was cancelled": the first mention
    # was that plan; a drug the report says was given stays affirmed
    doc = nlp("A first biopsy suggested a carcinoma; cisplatin and etoposide were planned. A second opinion "
              "found a lymphoma. The cisplatin and etoposide plan was dropped, and R-CHOP was given.")
    status = {(e.text, e.start_char): e._.status for e in doc.ents if e.label_ in ("DRUG", "REGIMEN")}
    assert [s for (t, _), s in status.items() if t in ("cisplatin", "etoposide")] == ["not_done"] * 4
    assert status[("R-CHOP", doc.text.index("R-CHOP"))] == "affirmed"
    doc = nlp("Imatinib was planned. Imatinib was started in May. The imatinib plan was cancelled in June.")
    assert [e._.status for e in doc.ents if e.text.lower() == "imatinib"][1] == "affirmed"


# --- table rows read as case text (session 14, tabrow14; every row below is made up) -------------------------
@pytest.mark.parametrize("row,drug,expected", [
    ("Line: 3 | Regimen: tepotinib | Status: planned", "tepotinib", "hypothetical"),
    ("Status: proposed at the molecular board | Line: 2 | Regimen: alpelisib plus fulvestrant", "fulvestrant", "hypothetical"),
    ("Line: 2 | Regimen: selinexor | Remarks: refused by the patient", "selinexor", "refused"),
    ("Line: 4 | Drug: tazemetostat | Status: not available", "tazemetostat", "refused"),
    ("Regimen: ripretinib | Start: - | Best response: -", "ripretinib", "not_done"),
    ("Regimen: avapritinib | Status: not yet started", "avapritinib", "hypothetical"),
    ("Line: 1 | Regimen: imatinib | Status: completed | Best response: partial response", "imatinib", "affirmed"),
    ("Line: 2 | Regimen: sunitinib | Start: 04/2020 | Comment: given as planned", "sunitinib", "affirmed"),
])
def test_a_not_given_cell_governs_every_drug_of_its_row(nlp, row, drug, expected):
    [ent] = [e for e in ents_of(nlp(row)) if e.text == drug]
    assert ent._.status == expected


def test_a_plan_in_a_header_governs_its_own_cell_only(nlp):
    doc = nlp("Current treatment: letrozole with ribociclib | Planned treatment: capivasertib")
    status = {e.text: e._.status for e in ents_of(doc)}
    assert status == {"letrozole": "affirmed", "ribociclib": "affirmed", "capivasertib": "hypothetical"}


def test_a_row_cue_needs_a_table_row(nlp):
    """Outside a table row a bare plan word is no status (a plan is often carried out): narrative cues decide,
    and the report's next sentences (a plan told carried out stays given; one never told given is only a plan,
    PLAN_ONLY / PLAN_CARRIED_OUT, session 21)."""
    doc = nlp("Tepotinib was planned after the biopsy. She received it for eight months.")
    assert [e._.status for e in ents_of(doc) if e.text == "Tepotinib"] == ["affirmed"]
    doc = nlp("Tepotinib was planned after the biopsy.")
    assert [e._.status for e in ents_of(doc) if e.text == "Tepotinib"] == ["hypothetical"]


def test_token_kinds_are_the_token_window_patterns_answers_kept_per_token():
    e = engine()
    pat = e.c.pat
    tokens = ["no", "without", "negative", ";", ",", "but", "free", "t4", "alk", "fish", "", "absence", "was"]
    for t in tokens:
        expected = (bool(pat["TERMINATE", "clause"].fullmatch(t) or pat["TERMINATE", "clause_tokens"].fullmatch(t)),
                    bool(pat["NEGATED", "tokens"].fullmatch(t)), bool(pat["PSEUDO", "tokens_next"].fullmatch(t)))
        assert e._token_kind(t) == expected, t
        assert e._token_kind(t) is e._token_kind(t)   # asked again: the kept answer
    assert any(e._token_kind(t)[1] for t in tokens) and any(e._token_kind(t)[0] for t in tokens)


def test_token_window_cues_read_the_same_through_the_kept_token_answers(nlp):
    # a cue word right before the mention negates it; a break between them, or an analyte word after
    # the cue word, does not (each sentence read twice: the second time from kept answers)
    texts = ["A biopsy showed no ROS1 fusion in the sample.",
             "Sequencing was done without delay; an ALK fusion was then reported.",
             "The second panel found no evidence of a RET fusion."]
    first = [{x.text: x._.status for x in nlp(t).ents} for t in texts]
    again = [{x.text: x._.status for x in nlp(t).ents} for t in texts]
    assert first == again
    assert any(s == "negated" for d in first for s in d.values())


@pytest.mark.parametrize("text", [
    "No.: 4 | Age: 66 | Treatment: KRd x4 | Outcome (IMWG): VGPR | Toxicity: rash gr. 2",
    "Patient: B | Line: third | Best response (RECIST): PR | Event: rash grade 2",
])
def test_a_row_of_table_cells_is_no_reference_title(text):
    # (a trial's acronym in brackets before a colon, no verb: what a reference title flowed into the text looks like)
    assert engine().reference_title.search(text)
    assert "reference_title" not in engine().sentence_flags(text)


def test_a_reference_title_without_cells_stays_one():
    assert "reference_title" in engine().sentence_flags(
        "Selpercatinib versus chemotherapy in RET-fusion lung cancer (LIBRETTO-431): final analysis.")


_YES_NO_SENTENCES = _NARROWING_SENTENCES + [
    "Should the disease progress, lorlatinib would be an option, although the insurer was not asked.",
    "Cisplatin was planned but cancelled because of renal failure; carboplatin was given instead.",
    "We discussed whether everolimus could be of help if the lesion recurred.",
]


@pytest.mark.parametrize("key", [("HYPOTHETICAL", "around"), ("NOT_DONE", "around"), ("TERMINATE", "shield_gap")])
def test_cues_read_for_a_yes_or_no_answer_as_their_whole_pattern(key):
    """The windows read only for whether a cue matches (_SentenceFacts.has, _Cues.anywhere: row by
    row, the rows whose literals the sentence lacks skipped) answer as the category's alternation
    does, on every slice of a sentence and on texts that are not slices."""
    from kg.nlp.assertion import _SentenceFacts

    eng = engine()
    pat, anywhere = eng.c.pat[key], eng.c.anywhere(key)
    matched = 0
    for text in _YES_NO_SENTENCES:
        facts = _SentenceFacts(eng, text)
        cuts = sorted({0, len(text)} | {i for i, ch in enumerate(text) if not ch.isalnum()})
        for a in cuts:
            for b in cuts:
                if a <= b:
                    expect = pat.search(text[a:b]) is not None
                    matched += expect
                    assert facts.has(key, text[a:b]) == expect, (key, text[a:b])
        joined = text[:len(text) // 2] + " " + text[len(text) // 2:]
        assert anywhere(joined) == (pat.search(joined) is not None)
    assert matched


def test_a_sentence_without_a_cue_rows_words_may_not_have_it_in_any_slice():
    """_SentenceFacts.may_have: False only when no row of the cue has its words in the sentence, and
    then has() is False for every slice (so _hypothetical skips finding the mention's statement)."""
    eng = engine()
    key = ("HYPOTHETICAL", "around")
    plain = "Docetaxel was given every three weeks and the nodes shrank."
    facts = eng._sentence(plain)
    assert not facts.may_have(key)
    assert not any(facts.has(key, plain[a:b]) for a in range(0, len(plain), 7) for b in range(a, len(plain) + 1, 5))
    cued = "If the nodes grow again, docetaxel would be considered."
    assert eng._sentence(cued).may_have(key)
    assert eng.status(cued, cued.index("docetaxel"), cued.index("docetaxel") + 9, "DRUG") == "hypothetical"
    assert eng.status(plain, 0, 9, "DRUG") == "affirmed"
