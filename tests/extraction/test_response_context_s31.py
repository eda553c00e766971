"""Session 31: responses told the way whole reports tell them (kg/nlp/responses.py, kg/rules/responses.jsonl,
kg/rules/sentences.jsonl, kg/extraction/extract.py). The complete made-up reports are in s31_reports.py (a result
told in the sentence after its assessment, an imaging paragraph of sizes only, markers, a table of lines, the
response only in the abstract or the Discussion, lines named by a pronoun, several assessments of one line, negatives);
below them, short wordings of one response each, in several authors' words. Expected values follow
benchmarks/gold/README.md: a named category is explicit, a measurement or paraphrase is that class not explicit,
"disease control" and "remained controlled" name no class, a trial's rate, another patient's response, a planned or
unevaluable assessment and an adverse event's course are none."""
import pytest

from rule_examples import RESPONSE_CLASS, cases_of, response_pairs
from s31_reports import MORE_REPORTS, REPORTS


def triples(nlp, text: str) -> set[tuple[str, str, bool]]:
    """(drug label lower-cased, class, explicit) of every response of every case kg finds in ``text``."""
    return {(d.label.lower(), RESPONSE_CLASS.get(r.concept.label.lower(), r.concept.label.lower()), r.explicit)
            for c in cases_of(nlp, text) for t in c.treatments for d in t.drugs for r in t.responses}


# (report id, reason) of what kg still gets wrong: the wording is read, the pair is not made
OPEN = {
    "alk-two-sentences": "two sites gone in one sentence ('the liver lesions had disappeared and the primary was no "
                         "longer visible') are read as one site gone (PR), not every site (CR)",
    "hodgkin-abstract-only": "an abstract sentence with neither the patient nor a drug ('Outcome:End-of-treatment PET-CT "
                             "showed a complete metabolic response') is read as no story (kg/extraction/context.py)",
    "series-two-patients": "'..., and she remains without disease off therapy' after the response: the off-therapy "
                           "clause makes the whole sentence a monitoring one (kg/extraction/therapy.py)",
    "prostate-psa-and-scan": "progression two years after docetaxel was completed is given to docetaxel too "
                             "(kg/extraction/therapy.py)",
}


def _param(report):
    rid = report[0]
    marks = [pytest.mark.xfail(reason=OPEN[rid], strict=True)] if rid in OPEN else []
    return pytest.param(*report, id=rid, marks=marks)


@pytest.mark.parametrize("rid, text, expected, absent", [_param(r) for r in REPORTS + MORE_REPORTS])
def test_a_report_gives_the_pairs_its_course_tells(nlp, rid, text, expected, absent):
    found = triples(nlp, text)
    pairs = {(d, c) for d, c, _ in found}
    assert {(d, c) for d, c, _ in expected} <= pairs, f"missed {sorted({(d, c) for d, c, _ in expected} - pairs)}"
    assert expected <= found, f"explicit wrong: {sorted(expected - found)}"
    assert not absent & pairs, f"not this patient's line: {sorted(absent & pairs)}"


def report(story: str) -> str:
    return ("A case report\n\nCase presentation\n\nA 50-year-old woman had metastatic leiomyosarcoma. " + story
            + "\n\nDiscussion\n\nSarcoma is rare.\n")


WORDINGS = [
    # measurements over sentences, or at baseline and later in one
    ("The sum of the target lesions was 71 mm at baseline and 64 mm in April.", "SD"),
    ("The target lesion measured 71 mm at baseline. CT in April: 44 mm.", "PR"),
    # (each assessment of the series is a pair: stable at 12 weeks, then partial; stable, then progression)
    ("Baseline sum of diameters: 80 mm. Restaging at 12 weeks: 58 mm. Restaging at 24 weeks: 44 mm.", "SD PR"),
    ("The sum of the target lesions was 52 mm at baseline. CT at 3 months: 49 mm. CT at 6 months: 71 mm.", "SD PD"),
    # (progression against the smallest size so far: 60 -> 40 is partial, 40 -> 50 is +25% and 10 mm)
    ("The sum of the target lesions was 60 mm at baseline. CT at 3 months: 40 mm. CT at 6 months: 50 mm.", "PR PD"),
    # shrinkage in other verbs
    ("On CT the liver metastasis had receded.", "PR"),
    ("After two cycles the skin nodules had receded.", "PR"),
    ("The metastases diminished in size.", "PR"),
    ("Three months later the tumour had halved in size.", "PR"),
    ("By the third month the mass was half its original size.", "PR"),
    ("The tumour burden fell substantially.", "PR"),
    ("Imaging showed a reduction in the number and size of the lung nodules.", "PR"),
    ("The tumour was no longer detectable on MRI.", "CR"),
    # stable disease held, unchanged or the same size
    ("The disease was held stable for five months.", "SD"),
    ("Pazopanib held the disease as stable for eight months.", "SD"),
    ("There was no change in the nodules after three months.", "SD"),
    ("CT after three months showed no change in the size of the nodules.", "SD"),
    ("The nodules were of similar size on the next CT.", "SD"),
    ("The mass shrank slightly and then remained unchanged for a year.", "SD"),
    ("The restaging CT scans remained unchanged for a year.", "SD"),
    ("The restaging MRI was stable.", "SD"),
    # the patient's own imaging with its schedule before "has shown"
    ("MRI every three months has shown stable disease.", "SD"),
    ("CT at three-monthly intervals has shown stable disease.", "SD"),
    # told across two sentences, or of the line by a pronoun
    ("A CT scan after three months was performed. It showed a partial response.", "PR"),
    ("A CT scan was done after three months. It showed shrinkage of all lesions.", "PR"),
    ("Restaging was performed after eight weeks. The lesions had progressed.", "PD"),
    ("This therapy resulted in a partial response.", "PR"),
    ("The best response was stable disease.", "SD"),
    ("Response evaluation: stable disease.", "SD"),
]

NOT_RESPONSES = [
    "The disease remained under control for ten months.",
    "Response was not evaluable.",
    "CT was planned after three months to assess response.",
    "In the PALETTE trial, pazopanib gave partial responses in 6% of patients.",
    "The skin rash resolved with topical steroids.",
    "Her pneumonia responded to antibiotics.",
    "The response will be assessed by CT every three months.",
    "Her liver enzymes progressed to grade 3.",
    "The aim of treatment was a partial response.",
    "Partial responses to pazopanib have been reported in 6% of patients.",
]


@pytest.mark.parametrize("story, cls", WORDINGS)
def test_a_wording_gives_the_running_drug_its_class(nlp, story, cls):
    found = {c for d, c in response_pairs(nlp, report("Pazopanib was started. " + story)) if d == "pazopanib"}
    assert found == set(cls.split())


@pytest.mark.parametrize("story", NOT_RESPONSES)
def test_a_wording_that_tells_no_assessment_of_this_patient_gives_no_pair(nlp, story):
    assert not response_pairs(nlp, report("Pazopanib was started. " + story))


def test_a_partial_response_that_then_remained_controlled_is_no_stable_disease(nlp):
    text = report("Pazopanib was started. A partial response was seen at three months. The disease remained "
                  "controlled for a year.")
    assert {c for d, c in response_pairs(nlp, text) if d == "pazopanib"} == {"PR"}
