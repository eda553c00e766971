"""The patient's story told in parts after the case section (session 28, story28): a structured abstract's
"Outcomes", "Results", "Treatment" or "Outcome and follow-up" part right after its "Case presentation" goes on
with the case (COURSE_HEADING rows of kg/rules/patient.jsonl), its sentences read without a patient anchor; a
study's Results (after Methods, no case section) and a discussion of other patients stay out. Made-up reports."""
from __future__ import annotations

from tests.rule_examples import cases_of, drugs_given, response_pairs


def pubmed(title: str, parts: list[tuple[str, str]], case_report: bool = True) -> str:
    """A PubMed record of ``title`` whose abstract has the labelled ``parts`` ((label, text) in order)."""
    texts = "".join(f'<AbstractText Label="{label}">{text}</AbstractText>\n' for label, text in parts)
    kind = "Case Reports" if case_report else "Clinical Trial"
    return ('<?xml version="1.0" ?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">'
            '<PMID Version="1">99000028</PMID><Article PubModel="Print"><Journal><Title>Probe Journal</Title></Journal>'
            f"<ArticleTitle>{title}</ArticleTitle><Abstract>\n{texts}</Abstract>"
            f'<PublicationTypeList><PublicationType UI="D002363">{kind}</PublicationType></PublicationTypeList>'
            "</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>")


def test_outcomes_part_after_case_gives_the_response_without_an_anchor(nlp):
    text = pubmed("Lenvatinib and pembrolizumab in a recurrent endometrial carcinoma: a case report.", [
        ("BACKGROUND", "Recurrent endometrial carcinoma has few options after platinum."),
        ("CASE PRESENTATION", "A 66-year-old woman had a recurrent endometrial carcinoma in the pelvis. "
                              "She began pembrolizumab with lenvatinib in May."),
        ("OUTCOMES", "Restaging CT after twelve weeks showed the pelvic mass had shrunk by half."),
        ("CONCLUSIONS", "This combination deserves a trial in this setting."),
    ])
    assert ("lenvatinib", "PR") in response_pairs(nlp, text)


def test_results_part_after_case_gives_a_drug_started_there(nlp):
    text = pubmed("Relapsed acute myeloid leukaemia after a transplant: a case report.", [
        ("INTRODUCTION", "Relapse after an allogeneic transplant carries a poor outlook."),
        ("CASE PRESENTATION", "A 58-year-old man with acute myeloid leukaemia relapsed eight months after a transplant. "
                              "He received gilteritinib for a FLT3 mutation."),
        ("RESULTS", "Three months later the marrow blasts rose to 30%. Venetoclax with azacitidine was started, "
                    "and after two cycles the marrow showed no blasts."),
        ("CONCLUSION", "Salvage after a transplant remains difficult."),
    ])
    drugs = drugs_given(nlp, text)
    assert {"gilteritinib", "venetoclax", "azacitidine"} <= drugs
    assert len(cases_of(nlp, text)) == 1


def test_treatment_and_follow_up_parts_after_case(nlp):
    text = pubmed("An ALK-rearranged lung adenocarcinoma in a young man: a case report.", [
        ("CASE PRESENTATION", "A 31-year-old man presented with cough and a left lung mass; biopsy showed an ALK-rearranged "
                              "lung adenocarcinoma."),
        ("TREATMENT", "Alectinib 600 mg twice daily was started."),
        ("OUTCOME AND FOLLOW-UP", "After three months the primary tumour and the nodes had decreased in size by 60%."),
    ])
    assert "alectinib" in drugs_given(nlp, text)
    assert ("alectinib", "PR") in response_pairs(nlp, text)


def test_a_trials_results_give_no_case(nlp):
    text = pubmed("Alectinib in ALK-rearranged lung cancer: a phase II study.", [
        ("BACKGROUND", "ALK rearrangements define a subset of lung adenocarcinoma."),
        ("METHODS", "Forty-two patients received alectinib 600 mg twice daily."),
        ("RESULTS", "The objective response rate was 64%, and the tumour shrank in most patients."),
        ("CONCLUSIONS", "Alectinib is active in this setting."),
    ], case_report=False)
    assert cases_of(nlp, text) == []


def test_a_literature_search_after_methods_stays_out_of_the_story(nlp):
    text = pubmed("Crizotinib in an ALK-positive inflammatory myofibroblastic tumour: a case report and review.", [
        ("CASE PRESENTATION", "A 12-year-old girl had an ALK-positive inflammatory myofibroblastic tumour of the lung. "
                              "She received crizotinib."),
        ("METHODS", "We searched PubMed for published cases."),
        ("RESULTS", "Twenty published patients received ceritinib, and most responded."),
    ])
    drugs = drugs_given(nlp, text)
    assert "crizotinib" in drugs
    assert "ceritinib" not in drugs


def test_a_discussion_retelling_other_patients_stays_literature(nlp):
    text = pubmed("Imatinib in a gastrointestinal stromal tumour of the rectum: a case report.", [
        ("CASE PRESENTATION", "A 49-year-old man had a rectal gastrointestinal stromal tumour. He received imatinib."),
        ("OUTCOMES", "After six months the tumour had shrunk by a third."),
        ("DISCUSSION", "In a published series, sunitinib gave a partial response in most patients after imatinib failure."),
    ])
    drugs = drugs_given(nlp, text)
    assert "imatinib" in drugs
    assert "sunitinib" not in drugs
    assert ("imatinib", "PR") in response_pairs(nlp, text)
