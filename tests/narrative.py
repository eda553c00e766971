"""One patient's case narrative read by the extraction stages, for tests that check therapy lines,
dates and procedures on a few sentences (the pipeline is the session ``nlp`` fixture)."""
from kg.extraction.context import annotate
from kg.extraction.extract import extract_report
from kg.extraction.mentions import sentences_from_doc
from kg.extraction.therapy import TherapyBuilder
from kg.model import Section
from kg.readers import read_bytes


def case_sentences(nlp, text):
    sec = Section(kind="case", title="Case", start=0, end=len(text))
    sents = sentences_from_doc(nlp(text), sec, 0, 0)
    annotate(sents)
    return sents


def therapy_of(nlp, text) -> TherapyBuilder:
    tb = TherapyBuilder()
    for s in case_sentences(nlp, text):
        tb.add_sentence(s, narrative=True)
    return tb


def drug_response_pairs(nlp, text) -> set[tuple[str, str]]:
    """(drug, response) of every line of the narrative, lower-cased labels."""
    tb = therapy_of(nlp, text)
    return {(d.label.lower(), r.concept.label.lower()) for t in tb.treatments() for d in t.drugs for r in t.responses}


def report_cases(nlp, narrative: str, title: str = "Case Report of a Rare Tumour") -> list:
    """The cases kg extracts from a small text report: ``title`` as its title line, ``narrative`` under a
    CASE PRESENTATION heading."""
    text = f"{title}: Case Report\n\nCASE PRESENTATION\n\n{narrative}\n"
    return extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
