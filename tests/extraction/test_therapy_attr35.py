"""Which line a response belongs to (session 35, attr35): a table row naming a regimen that shares most (not all)
of its drugs with an earlier line, a discussion's "responded to X with Y and Z", a chemoradiation course given after
a counted induction with the induction's platinum, and a drug that "joined the regimen" of a running combination.
All texts are made up for these tests."""
import pytest

from rule_examples import case_of


def _lines(nlp, text):
    return [(sorted(a.drug.label.lower() for a in t.administrations),
             sorted({r.concept.label.lower() for r in t.responses}))
            for t in sorted(case_of(nlp, text).treatments, key=lambda t: t.line)]


def _line_with(lines, drugs):
    return next((r for d, r in lines if d == sorted(drugs)), None)


def test_table_row_goes_to_the_line_sharing_most_drugs(nlp):
    # the row names FOLFIRI plus bevacizumab, the story told FOLFIRI alone; a later line gave bevacizumab
    text = ("Case presentation\nA 58-year-old man had metastatic rectal cancer. He received FOLFOX with bevacizumab "
            "and then capecitabine with bevacizumab as maintenance. During FOLFIRI he had grade 2 diarrhoea.\n"
            "Line | Regimen | Best response\n"
            "1 | FOLFOX + bevacizumab | Partial response\n"
            "1 (maintenance) | Capecitabine + bevacizumab | Progression\n"
            "2 | FOLFIRI + bevacizumab | Stable disease\n")
    lines = _lines(nlp, text)
    # the row tells the FOLFIRI line whole: bevacizumab is given on it too
    folfiri = _line_with(lines, ["fluorouracil", "leucovorin", "irinotecan", "bevacizumab"])
    cape = _line_with(lines, ["capecitabine", "bevacizumab"])
    assert folfiri is not None and "stable disease" in folfiri, lines
    assert cape is not None and "stable disease" not in cape, lines


@pytest.mark.parametrize("text, combo, alone", [
    ("A 50-year-old man had nasopharyngeal carcinoma. Three years later he relapsed in the liver. Toripalimab was "
     "combined with gemcitabine and cisplatin for six cycles, followed by toripalimab maintenance.\n"
     "Discussion\nOur patient responded to toripalimab with gemcitabine and cisplatin.",
     ["toripalimab", "gemcitabine", "cisplatin"], ["toripalimab"]),
    ("A 61-year-old woman had lung cancer. Pembrolizumab was given with carboplatin and pemetrexed for four "
     "cycles, followed by pembrolizumab maintenance.\n"
     "Discussion\nOur patient had a partial response to pembrolizumab plus carboplatin and pemetrexed.",
     ["pembrolizumab", "carboplatin", "pemetrexed"], ["pembrolizumab"]),
])
def test_discussion_response_to_listed_drugs_is_the_combination(nlp, text, combo, alone):
    lines = _lines(nlp, text)
    assert "partial response" in (_line_with(lines, combo) or []), lines
    assert "partial response" not in (_line_with(lines, alone) or []), lines


@pytest.mark.parametrize("text, induction, crt", [
    ("A 45-year-old man had nasopharyngeal carcinoma. He received three cycles of induction gemcitabine and "
     "cisplatin. MRI after induction showed a partial response. Radiotherapy (70 Gy) with concurrent cisplatin "
     "followed. Three months after chemoradiotherapy, MRI showed a complete response.",
     ["gemcitabine", "cisplatin"], ["cisplatin"]),
    ("A 57-year-old woman had laryngeal cancer. She was given two cycles of docetaxel, cisplatin and fluorouracil "
     "as induction, with a partial response. She then had chemoradiation with weekly cisplatin, and PET at 12 "
     "weeks showed a complete response.",
     ["docetaxel", "cisplatin", "fluorouracil"], ["cisplatin"]),
])
def test_chemoradiation_after_a_counted_induction_is_its_own_course(nlp, text, induction, crt):
    lines = _lines(nlp, text)
    assert _line_with(lines, induction) == ["partial response"], lines
    assert _line_with(lines, crt) == ["complete response"], lines


@pytest.mark.parametrize("text", [
    "A woman with biliary cancer started gemcitabine and cisplatin on days 1 and 8; durvalumab 1500 mg joined the "
    "regimen from cycle 2. The CT after cycle 4 showed stable disease.",
    "A man with lung cancer began carboplatin and pemetrexed in 2022. Pembrolizumab then joined the doublet at the "
    "second cycle. After four cycles CT showed stable disease.",
])
def test_drug_joining_the_regimen_goes_on_with_it(nlp, text):
    lines = _lines(nlp, text)
    assert any(len(d) == 3 and r == ["stable disease"] for d, r in lines), lines
    assert not any(len(d) == 1 and r for d, r in lines), lines


@pytest.mark.parametrize("text, last, earlier", [
    ("Case presentation\nA 52-year-old man had a gastrointestinal stromal tumour with liver metastases.\n"
     "Line | Regimen | Best response | Reason for stopping\n"
     "1 | Imatinib 400 mg daily | Partial response | Progression\n"
     "2 | Sunitinib 50 mg | Stable disease | Progression\n"
     "3 | Ripretinib 150 mg daily | Partial response | -\n"
     "Sunitinib caused grade 3 hypertension in the second cycle; after a two-week break sunitinib was restarted at 37.5 mg. Ripretinib was started in December 2022. CT at four "
     "months showed a partial response.", ["ripretinib"], ["sunitinib"]),
    ("Case presentation\nA 66-year-old woman had metastatic renal cell carcinoma.\n"
     "Line | Regimen | Best response\n"
     "1 | Pazopanib | Stable disease\n"
     "2 | Cabozantinib | Partial response\n"
     "Pazopanib caused grade 2 diarrhoea and was resumed at 400 mg after a break. Cabozantinib was initiated in May 2021. Restaging at twelve weeks showed a "
     "complete response.", ["cabozantinib"], ["pazopanib"]),
])
def test_start_retold_after_a_table_of_lines_makes_that_line_current(nlp, text, last, earlier):
    lines = _lines(nlp, text)
    late = [r for d, r in lines if d == last]
    assert late and any("partial response" in r or "complete response" in r for r in late), lines
    early = [r for d, r in lines if d == earlier]
    assert not any(("complete response" in r) or ("partial response" in r and earlier == ["sunitinib"]) for r in early), lines


@pytest.mark.parametrize("text, maintenance", [
    ("A 58-year-old man had mantle cell lymphoma. He received six cycles of R-CHOP with a complete response. Rituximab "
     "maintenance every 2 months was given for 3 years. In March 2020, five years after diagnosis, he relapsed with "
     "cervical nodes. He started ibrutinib 560 mg daily.", ["rituximab"]),
    ("A 49-year-old woman had follicular lymphoma. After bendamustine and rituximab she was in complete remission. "
     "Obinutuzumab maintenance was given for two years. In 2021 she relapsed in the abdomen and received "
     "lenalidomide.", ["obinutuzumab"]),
])
def test_relapse_after_a_maintenance_told_with_its_length_is_off_it(nlp, text, maintenance):
    lines = _lines(nlp, text)
    assert _line_with(lines, maintenance) is not None, lines
    assert "progressive disease" not in _line_with(lines, maintenance), lines


@pytest.mark.parametrize("text", [
    "A 60-year-old woman had large cell neuroendocrine carcinoma. She started carboplatin and etoposide with "
    "atezolizumab every three weeks for four cycles. Atezolizumab maintenance was continued.\n"
    "Site: Lung | Baseline: 24 mm | After induction (cycle 4): 11 mm, partial response | Month 9, atezolizumab "
    "maintenance: 12 mm, no change\n",
    "A 55-year-old man had small cell lung cancer. He received carboplatin, etoposide and durvalumab for four cycles. "
    "Durvalumab maintenance was then given every 4 weeks.\n"
    "Lesion: liver | After induction: partial response | During durvalumab maintenance: unchanged\n",
])
def test_response_in_a_table_column_dated_by_the_induction_is_the_induction(nlp, text):
    # (a table row as the page readers flow it: "Header: value | Header: value")
    lines = _lines(nlp, text)
    induction = next((r for d, r in lines if len(d) == 3), None)
    maintenance = next((r for d, r in lines if len(d) == 1), None)
    assert induction is not None and "partial response" in induction, lines
    assert maintenance is None or "partial response" not in maintenance, lines
