"""kg/extraction/fusions.py: the patient's fusions, one per pair. Sentences are our own."""
import pytest

from kg.extraction.fusions import fusions
from kg.extraction.extract import extract_report
from kg.extraction.mentions import Mention, Sentence
from kg.model import Section
from kg.readers import read_bytes


def _side(symbol):
    return {"id": f"TEST:{symbol}", "label": symbol} if symbol else None


def sentence(text: str, *found: tuple[str, str | None, str | None, bool]) -> Sentence:
    s = Sentence(index=0, text=text, start=0, end=len(text), section=Section("case", "", 0, len(text)))
    for words, five, three, not_patient in found:
        start = text.index(words)
        f = {"five_prime": _side(five), "three_prime": _side(three)}
        if not_patient:
            f["not_patient"] = "cell line"
        s.mentions.append(Mention(label="FUSION", text=words, start=start, end=start + len(words),
                                  attrs={"fusion": f}, sentence=s))
    return s


def pairs(sents):
    return [((f.five_prime.label if f.five_prime else None), f.three_prime.label if f.three_prime else None)
            for f in fusions(sents)]


def test_fusion_not_of_the_patient_is_dropped():
    s = sentence("Her tumour had EML4-ALK; the H3122 cell line carries EML4-ALK too and H2228 has EML4-ALK v3.",
                 ("EML4-ALK;", "EML4", "ALK", False), ("EML4-ALK too", "EML4", "ALK", True))
    assert pairs([s]) == [("EML4", "ALK")]
    only_cells = sentence("The H3122 cell line carries EML4-ALK.", ("EML4-ALK", "EML4", "ALK", True))
    assert pairs([only_cells]) == []


def test_partnerless_mention_is_absorbed_by_the_named_pair():
    s = sentence("The ALK-rearranged tumour had EML4-ALK.", ("ALK-rearranged", None, "ALK", False),
                 ("EML4-ALK", "EML4", "ALK", False))
    assert pairs([s]) == [("EML4", "ALK")]


INTRO = "A 45-year-old woman was diagnosed with lung adenocarcinoma in 2019."


def case_fusions(nlp, narrative: str):
    text = f"Lung Adenocarcinoma: Case Report\n\nCASE PRESENTATION\n\n{INTRO} {narrative} She received alectinib.\n"
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return [((f.five_prime.label if f.five_prime else None), f.three_prime.label if f.three_prime else None)
            for f in case.fusions]


@pytest.mark.parametrize("narrative,expected", [
    ("RNA sequencing of her biopsy showed an EML4 exon 13::ALK exon 20 fusion (variant 1).", [("EML4", "ALK")]),
    ("Sequencing detected both EML4-ALK and the reciprocal ALK-EML4 transcript.", [("EML4", "ALK")]),
    ("NGS revealed two fusions (KIF5B-RET and CD74-ROS1).", [("KIF5B", "RET"), ("CD74", "ROS1")]),
    ("Her tumour was ALK-positive by immunohistochemistry.", [(None, "ALK")]),
    ("NGS found ALK R1275Q and MET amplification.", []),
    ("The tumour was ALK-rearranged; NGS named the partner, EML4 (E6;A20).", [("EML4", "ALK")]),
])
def test_fusion_wordings(nlp, narrative, expected):
    assert case_fusions(nlp, narrative) == expected


def _title(text: str, *found) -> Sentence:
    s = sentence(text, *found)
    s.section = Section("title", "", 0, len(text))
    for m in s.mentions:
        m.status = "literature"  # a title is read as the report's subject, not as the patient's text
    return s


def test_partnerless_mention_is_the_pair_the_title_names():
    # "... NPM1::ALK anaplastic large cell lymphoma: three children" / "patient 3, with ALK-positive ALCL"
    title = _title("Relapsed NPM1::ALK anaplastic large cell lymphoma: three children",
                   ("NPM1::ALK", "NPM1", "ALK", False))
    case3 = sentence("Patient 3, a 7-year-old boy with ALK-positive ALCL, received crizotinib.",
                     ("ALK-positive", None, "ALK", False))
    assert pairs([title, case3]) == [("NPM1", "ALK")]
    # the title's pair alone is no fusion of the case, and another gene's mention is not completed
    other = sentence("Patient 2 had a ROS1-rearranged tumour.", ("ROS1-rearranged", None, "ROS1", False))
    assert pairs([title]) == []
    assert pairs([title, other]) == [(None, "ROS1")]
