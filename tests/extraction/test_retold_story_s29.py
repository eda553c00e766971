"""The patient's treatment told only in the Discussion or the Conclusions (session 29, story29): a sentence there that is
anchored to this patient ("in this 66-year-old man", "our patient then received ...") and tells a drug given that the
case section never names goes on with the story, and so do the sentences right after it that tell what happened; the
Discussion's literature, another patient's treatment (a citation, "a 58-year-old woman ..."), general statements and
options stay out (kg/extraction/analyse.py ``_retold_runs``). In a Discussion the run opens with the patient as the
subject ("Our patient then received ...") before the Discussion turns to the literature. Made-up reports."""
from __future__ import annotations

from tests.extraction.test_story_sections_s28 import pubmed
from tests.rule_examples import cases_of, drugs_given, response_pairs


def test_conclusions_tell_the_lines_the_case_part_left_out(nlp):
    text = pubmed("Sequential ALK inhibitors in an older man with ALK-positive lung adenocarcinoma: a case report.", [
        ("BACKGROUND", "ALK rearrangements occur in 4% of lung adenocarcinomas; lorlatinib gave responses in 70% of "
                       "patients in its pivotal trial."),
        ("CASE PRESENTATION", "A 78-year-old man presented with dyspnoea and a left pleural effusion. Biopsy showed lung "
                              "adenocarcinoma with an EML4-ALK fusion and liver metastases."),
        ("CONCLUSIONS", "Lorlatinib produced a partial response lasting 19 months in this 78-year-old man despite grade 2 "
                        "hypercholesterolaemia. At progression, brigatinib was ineffective, with progressive disease at "
                        "the first scan. Docetaxel was offered and declined. After lorlatinib fails, a clinical trial "
                        "should be preferred."),
    ])
    drugs = drugs_given(nlp, text)
    assert {"lorlatinib", "brigatinib"} <= drugs
    assert "docetaxel" not in drugs
    assert ("lorlatinib", "PR") in response_pairs(nlp, text)
    assert len(cases_of(nlp, text)) == 1


def test_discussion_goes_on_with_the_story_but_another_patient_stays_out(nlp):
    text = ("Case presentation\n"
            "A 61-year-old woman had metastatic urothelial carcinoma of the bladder. She received gemcitabine and "
            "cisplatin for four cycles, and the nodes shrank by a third.\n\n"
            "Discussion\n"
            "Our patient then received enfortumab vedotin, and the liver metastases regressed by half after three "
            "months. Grade 2 rash occurred in the second cycle. A similar patient reported by Okafor et al. received "
            "erdafitinib with a complete response. Nectin-4 is expressed in most urothelial tumours.\n")
    drugs = drugs_given(nlp, text)
    assert {"gemcitabine", "cisplatin", "enfortumab vedotin"} <= drugs
    assert "erdafitinib" not in drugs
    assert not any(d == "erdafitinib" for d, _ in response_pairs(nlp, text))


def test_a_run_ends_where_another_person_is_brought_in(nlp):
    text = ("Case report\n"
            "A 47-year-old man presented with abdominal pain; CT showed a 9 cm gastric mass, and biopsy showed a "
            "gastrointestinal stromal tumour with a KIT exon 11 mutation.\n\n"
            "Discussion\n"
            "Our patient was then given imatinib before surgery, and the mass shrank from 9 to 5 cm. Gastrectomy "
            "followed in May. A 52-year-old woman with the same mutation was given sunitinib and had stable disease for a year. "
            "KIT exon 11 mutations predict benefit from imatinib.\n")
    drugs = drugs_given(nlp, text)
    assert "imatinib" in drugs
    assert "sunitinib" not in drugs


def test_a_discussion_citing_another_patient_gives_no_drug(nlp):
    text = ("Case presentation\n"
            "A 35-year-old woman had an inflammatory myofibroblastic tumour of the lung with an ALK fusion. She "
            "underwent lobectomy and received no systemic treatment.\n\n"
            "Discussion\n"
            "Lee et al. described a 40-year-old man whose tumour responded to crizotinib. In a published series, "
            "ceritinib gave partial responses in most patients.\n")
    drugs = drugs_given(nlp, text)
    assert "crizotinib" not in drugs
    assert "ceritinib" not in drugs


def test_a_discussion_of_what_the_patient_may_receive_gives_no_drug(nlp):
    text = ("Case presentation\n"
            "A 58-year-old man had a ROS1-rearranged lung adenocarcinoma. He received crizotinib, and the primary "
            "tumour shrank by 40%.\n\n"
            "Discussion\n"
            "Our patient could be a candidate for repotrectinib at progression. Entrectinib would be another option "
            "for him.\n")
    drugs = drugs_given(nlp, text)
    assert "crizotinib" in drugs
    assert not {"repotrectinib", "entrectinib"} & drugs


def test_a_study_discussion_without_a_story_gives_no_case(nlp):
    text = pubmed("Lorlatinib after second-generation ALK inhibitors: a phase II study.", [
        ("METHODS", "Sixty patients with ALK-positive lung cancer received lorlatinib 100 mg daily."),
        ("RESULTS", "The objective response rate was 41%."),
        ("CONCLUSIONS", "In our patient cohort, lorlatinib was active after alectinib."),
    ], case_report=False)
    assert cases_of(nlp, text) == []


def test_a_trials_regimen_beside_the_patient_in_another_clause_gives_no_drug(nlp):
    # (the anchor "our patient" is in the clause after the semicolon; the regimen before it is the trial's)
    text = ("Case presentation\n"
            "A 66-year-old man had metastatic melanoma of the back with a BRAF V600E mutation. He received dabrafenib "
            "and trametinib, and the lung nodules shrank by half.\n\n"
            "Discussion\n"
            "CheckMate-067 established nivolumab plus ipilimumab as first-line therapy; this combination was not "
            "available to our patient in 2019. Pyrexia with dabrafenib is frequent.\n")
    drugs = drugs_given(nlp, text)
    assert {"dabrafenib", "trametinib"} <= drugs
    assert not {"nivolumab", "ipilimumab"} & drugs


def test_a_general_statement_beside_the_patient_gives_no_drug(nlp):
    text = ("Case report\n"
            "A 21-year-old man had T-cell acute lymphoblastic leukaemia. Induction with vincristine, daunorubicin and "
            "pegaspargase gave a complete remission.\n\n"
            "Discussion\n"
            "Pegaspargase-associated pancreatitis affects one adult in ten and usually precludes further asparaginase; "
            "our patient recovered without it.\n")
    drugs = drugs_given(nlp, text)
    assert "pegaspargase" in drugs
    assert "asparaginase" not in drugs


def test_a_drug_named_in_passing_after_the_patients_story_is_not_given(nlp):
    # (the Discussion's run goes on with the patient's course; a past fact of a drug in general stops it)
    text = ("Case presentation\n"
            "A 44-year-old woman had an ALK-rearranged lung adenocarcinoma with brain metastases.\n\n"
            "Discussion\n"
            "Our patient received alectinib for 30 months, with a partial response of the brain lesions. Ceritinib was "
            "approved in 2014 after crizotinib. Her tumour harboured a variant that was sensitive to brigatinib in "
            "cell lines.\n")
    drugs = drugs_given(nlp, text)
    assert "alectinib" in drugs
    assert not {"ceritinib", "crizotinib", "brigatinib"} & drugs
