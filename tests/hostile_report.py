"""A report whose every text field is hostile markup or mathtext (report text is untrusted), built
by kg.graph.build as `kg ingest` would store it; and the fixture graph of lines without responses."""
from pathlib import Path

from kg.graph.build import build_report_graph
from kg.model import (AdverseEvent, CaseRecord, Concept, Diagnosis, Document, DrugAdministration, Evidence, Fusion,
                      Procedure, ReportRecord, Response, Treatment)

LINES_TRIG = Path(__file__).resolve().parent / "fixtures" / "graphs" / "lines_without_responses.trig"
SCRIPT = "<script>window.pwned = 1</script>"
IMG = '"><img src=x onerror="window.pwned = 2">'


def _ev(mention: str, sentence: str) -> Evidence:
    at = sentence.index(mention)
    return Evidence("case", "Case <b>presentation</b>", sentence, 100, 100 + len(sentence), mention, 100 + at,
                    100 + at + len(mention))


def hostile_record() -> ReportRecord:
    """One report whose title, labels, sentences and identifiers carry markup and '$' math."""
    drug = Concept(None, f"crizo{SCRIPT}tinib $\\frac{{1}}{{2}}$", "drug")
    sentence = f"In 2019 {SCRIPT} she started crizo{SCRIPT}tinib $\\frac{{1}}{{2}}$ {IMG}."
    case = CaseRecord(number=1, age=40, sex="female", outcome=f"alive {SCRIPT}",
                      evidence=_ev("she", sentence))
    case.diagnoses.append(Diagnosis(Concept(None, f"tumour {IMG}", "tumor"), _ev("In 2019", sentence)))
    case.fusions.append(Fusion(Concept(None, f"EML4{SCRIPT}", "gene"), Concept("HGNC:427", "ALK", "gene"),
                               _ev("started", sentence)))
    line = Treatment(1, [DrugAdministration(drug, dose="1 mg", evidence=_ev(drug.label, sentence))],
                     start="2019-01", end="2019-06", evidence=_ev(drug.label, sentence))
    line.responses.append(Response(Concept("NCIT:C18058", "partial response", "response"), date="2019-03",
                                   evidence=_ev(IMG, sentence)))
    case.treatments.append(line)
    case.adverse_events.append(AdverseEvent(Concept(None, f"rash {SCRIPT}", "adverse_event"), grade=2, drugs=[drug],
                                            evidence=_ev("started", sentence)))
    case.procedures.append(Procedure(Concept(None, "biopsy", "procedure"), f"biopsy {IMG}", date="2018-12",
                                     evidence=_ev("In 2019", sentence)))
    doc = Document(source=f"hostile{SCRIPT}.txt", format="text", ids=[f'doi:10.1/x"><script>window.pwned=3</script>'],
                   title=f"A case {SCRIPT} report", text="", sections=[], article_type="case-report")
    return ReportRecord(document=doc, cases=[case], content_hash="f" * 64)


def load_hostile(st) -> str:
    """Add the hostile report to store ``st``; returns its case IRI."""
    giri, graph = build_report_graph(hostile_record())
    st.replace_graph(str(giri), graph)
    return next(str(s) for s, _, _ in graph.triples((None, None, None))
                if str(s).endswith("/case/1"))
