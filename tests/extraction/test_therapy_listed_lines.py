"""Which line a response belongs to when the sentence names drugs of earlier lines (session 16, resp16):
drugs named through their course ("relapsed during induction chemotherapy with X"), listed with commas or
restated by a bracketed regimen name, listed together in a summary sentence, sharing a drug with a later
line, and an assessment dated inside an earlier line. All texts are made up for these tests."""
import importlib.util
import sys
from pathlib import Path

import pytest

from rule_examples import case_of

_spec = importlib.util.spec_from_file_location(
    "make_therapy_phrasings", Path(__file__).resolve().parents[2] / "tools" / "make_therapy_phrasings.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_therapy_phrasings", bench)
_spec.loader.exec_module(bench)


def _lines(nlp, text):
    return [(sorted(a.drug.label.lower() for a in t.administrations),
             sorted({bench.CLASS_OF.get(r.concept.label.lower(), r.concept.label) for r in t.responses}))
            for t in sorted(case_of(nlp, text).treatments, key=lambda t: t.line)]


@pytest.mark.parametrize("text, expected", [
    # a course named before its drugs: the relapse is that line's, the drugs are not given again
    ("A 33-year-old man had acute myeloid leukaemia. In April 2014 he was given induction chemotherapy with "
     "cytarabine and idarubicin. The leukaemia relapsed during consolidation therapy with cytarabine and "
     "idarubicin, and gilteritinib was begun in June 2015. The marrow then showed a complete remission.",
     [(["cytarabine", "idarubicin"], ["PD"]), (["gilteritinib"], ["CR"])]),
    ("A 71-year-old woman had follicular lymphoma. She received bendamustine and rituximab from 2016. "
     "Loss of response to maintenance treatment with bendamustine and rituximab led to tazemetostat in 2019. "
     "A CT in 2020 showed stable disease.",
     [(["bendamustine", "rituximab"], ["PD"]), (["tazemetostat"], ["SD"])]),
    # comma-listed drugs and a bracketed regimen name are the same look back
    ("A 64-year-old man had myeloma. He received bortezomib, lenalidomide and dexamethasone (VRd) from May "
     "2015. As the myeloma proved refractory to bortezomib, lenalidomide and dexamethasone (VRd), "
     "carfilzomib was begun in March 2016. He achieved a very good partial response.",
     [(["bortezomib", "lenalidomide"], ["PD"]), (["carfilzomib"], ["PR"])]),
    # a recurrence dated by the end of a finished line does not give its drugs again
    ("A 52-year-old man had gastric GIST. He took imatinib from 2011 to 2014. Two years after completion "
     "of imatinib, the tumour recurred, and sunitinib was begun in 2016. Restaging showed a partial response.",
     [(["imatinib"], []), (["sunitinib"], ["PR"])]),
    # drugs listed together are the line that gave them all, not a later line sharing one of them
    ("A 29-year-old woman had rhabdomyosarcoma. Temsirolimus was given from 2014. She then received "
     "vincristine and irinotecan from 2015, and VAC from 2016. She responded partially to temsirolimus but "
     "progressed on vincristine and irinotecan.",
     [(["temsirolimus"], ["PR"]), (["irinotecan", "vincristine"], ["PD"]),
      (["cyclophosphamide", "dactinomycin", "vincristine"], [])]),
    ("A 40-year-old man had Ewing sarcoma. He received vincristine and irinotecan from 2017. The tumour "
     "recurred during vincristine and irinotecan, and VAC was given from 2018. After three cycles of VAC "
     "the disease had progressed.",
     [(["irinotecan", "vincristine"], ["PD"]), (["cyclophosphamide", "dactinomycin", "vincristine"], ["PD"])]),
    # a summary sentence naming two earlier lines
    ("A 58-year-old man had melanoma. He received nivolumab from 2016 and encorafenib with binimetinib from "
     "2018. Overall, he responded to both nivolumab and encorafenib with binimetinib.",
     [(["nivolumab"], ["PR"]), (["binimetinib", "encorafenib"], ["PR"])]),
    ("A 45-year-old woman had diffuse large B-cell lymphoma. Treatment with R-CHOP was begun in May 2014. "
     "She then received polatuzumab vedotin with bendamustine and rituximab from July 2015. Third-line R-DHAP "
     "was started in April 2016. R-CHOP achieved a partial response and polatuzumab vedotin with bendamustine "
     "and rituximab stable disease.",
     [(["cyclophosphamide", "doxorubicin", "rituximab", "vincristine"], ["PR"]),
      (["bendamustine", "polatuzumab vedotin", "rituximab"], ["SD"]), (["cisplatin", "cytarabine", "rituximab"], [])]),
    # an assessment dated inside an earlier line is that line's
    ("A 66-year-old woman had ALK-positive lung cancer. Crizotinib was begun in March 2015. Brigatinib "
     "was started in June 2017. In October 2016, CT had shown a partial response.",
     [(["crizotinib"], ["PR"]), (["brigatinib"], [])]),
    ("A 59-year-old man had metastatic melanoma. He received nivolumab from April 2014 to February 2016. "
     "Encorafenib and binimetinib were started in June 2016. A CT scan in May 2015 had shown stable disease.",
     [(["nivolumab"], ["SD"]), (["binimetinib", "encorafenib"], [])]),
])
def test_response_line(nlp, text, expected):
    assert _lines(nlp, text) == expected
