"""Assertion status of mentions assembled with the section kind (kg.extraction.context), in
sentences taken from real case-report wording. The cues are those of kg_assertion
(kg/nlp/assertion.py); mentions made here carry no span, so the same engine judges them."""
import re

import pytest

from kg.extraction.context import annotate
from kg.extraction.mentions import Mention, Sentence
from kg.model import Section
from kg.nlp.assertion import engine

CASE = Section(kind="case", title="Case presentation", start=0, end=10_000)
DISCUSSION = Section(kind="discussion", title="Discussion", start=0, end=10_000)


def sentence(text: str, section: Section = CASE) -> Sentence:
    return Sentence(index=0, text=text, start=0, end=len(text), section=section,
                    flags=frozenset(engine().sentence_flags(text)))


def status_of(text: str, word: str, label: str = "DRUG", section: Section = CASE) -> str:
    s = sentence(text, section)
    m = re.search(re.escape(word), text)
    assert m, f"{word!r} not in test sentence"
    mention = Mention(label=label, text=word, start=m.start(), end=m.end(), sentence=s, status=None)
    s.mentions.append(mention)
    annotate([s])
    return mention.status


@pytest.mark.parametrize("text,word,label,expected", [
    ("ALK IHC was negative.", "ALK", "GENE", "negated"),
    ("There was no ALK rearrangement.", "ALK rearrangement", "FUSION", "negated"),
    ("The tumor was ALK-negative.", "ALK", "FUSION", "negated"),
    ("ROS1 rearrangement was not detected.", "ROS1 rearrangement", "FUSION", "negated"),
    ("A request was made to access to CERITINIB through an expanded access program in 2014, but was refused in November.",
     "CERITINIB", "DRUG", "refused"),
    ("Access to lorlatinib was requested but refused by the insurer.", "lorlatinib", "DRUG", "refused"),
    ("Initially, cryotherapy was planned but contraindicated due to the growth kinetics.", "cryotherapy", "PROCEDURE", "not_done"),
    ("Entrectinib may be a possible option at progression.", "Entrectinib", "DRUG", "hypothetical"),
    ("Lorlatinib should be considered after failure of second-generation inhibitors.", "Lorlatinib", "DRUG", "hypothetical"),
    ("Her mother had breast cancer.", "breast cancer", "TUMOR", "family"),
    ("Butrynski et al. reported a response to crizotinib in an ALK-rearranged IMT.", "crizotinib", "DRUG", "literature"),
    ("In the CREATE trial, crizotinib gave an ORR of 50% (n = 12).", "crizotinib", "DRUG", "literature"),
    ("The patient started crizotinib (250 mg orally, twice daily) as off-label therapy in May 2019.", "crizotinib", "DRUG", "affirmed"),
    ("Chemotherapy with DOXORUBICIN was administered promptly in March 2023.", "DOXORUBICIN", "DRUG", "affirmed"),
    ("The treatment with crizotinib was continued with no dose reduction.", "crizotinib", "DRUG", "affirmed"),
    # drugs named as examples of a class, and other reports: not given to this patient
    ("Because many agents (such as tamoxifen and methotrexate) have been implicated in pseudocirrhosis, we considered treatment effects in our patient.", "tamoxifen", "DRUG", "literature"),
    ("In a report of pseudocirrhosis in pancreatic cancer, the liver appeared normal after discontinuation of gemcitabine.",
     "gemcitabine", "DRUG", "literature"),
    ("Oxaliplatin has been implicated in sinusoidal obstruction syndrome.", "Oxaliplatin", "DRUG", "literature"),
    ("Sunitinib can cause hepatotoxicity, including fatal fulminant hepatic failure.", "hepatic failure", "ADVERSE_EVENT",
     "literature"),
    ("She received chemotherapy (carboplatin and paclitaxel) in May 2019.", "carboplatin", "DRUG", "affirmed"),
    ("He had no history of switching inhaled steroid medications to oral prednisone.", "prednisone", "DRUG", "negated"),
    ("She had no history of smoking and received crizotinib in May 2019.", "crizotinib", "DRUG", "affirmed"),
    ("There was no history of radiotherapy or chemotherapy with cisplatin.", "cisplatin", "DRUG", "negated"),
    ("She regularly takes metoprolol 25 mg/day and metformin 1700 mg/day.", "metformin", "DRUG", "concomitant"),
    ("Home medications included aspirin and metformin.", "metformin", "DRUG", "concomitant"),
    ("She continued to take crizotinib 250 mg twice daily.", "crizotinib", "DRUG", "affirmed"),
    ("Jelovsek JE, Brainard J: Endometriosis of the liver containing adenosarcoma: case report. View Article PubMed",
     "adenosarcoma", "TUMOR", "literature"),
    ("Lam ET, et al. Phase II trial of sorafenib. J Clin Oncol. 2010; 28:2323-30.", "sorafenib", "DRUG", "literature"),
    ("She was on maintenance pemetrexed until May 2020.", "pemetrexed", "DRUG", "affirmed"),
    ("She was on long-term crizotinib without toxicity.", "crizotinib", "DRUG", "affirmed"),
    ("He was on chronic prednisone for asthma.", "prednisone", "DRUG", "concomitant"),
    ("Surgery was not necessary.", "Surgery", "PROCEDURE", "not_done"),
    ("Pembrolizumab was not initiated because PD-L1 expression was low.", "Pembrolizumab", "DRUG", "not_done"),
])
def test_mention_status(text, word, label, expected):
    assert status_of(text, word, label) == expected


def test_literature_aside_inside_patient_sentence():
    text = ("The patient was offered CERITINIB (which was studied in Non-Small Cell Lung Cancer (NSCLC) with ALK "
            "rearrangement) in 2014.")
    assert status_of(text, "Non-Small Cell Lung Cancer", "TUMOR") == "literature"
    assert status_of(text, "CERITINIB", "DRUG") == "affirmed"


def test_discussion_counts_only_when_about_this_patient():
    anchored = "Furthermore, in our patient, the partial response to CRIZOTINIB allowed multiple local treatments."
    general = "CRIZOTINIB has become the standard of care in advanced ALK-rearranged IMT (10)."
    assert status_of(anchored, "CRIZOTINIB", section=DISCUSSION) == "affirmed"
    assert status_of(general, "CRIZOTINIB", section=DISCUSSION) == "literature"


@pytest.mark.parametrize("text,word,label", [
    ("CT showed a 45% reduction of the target lesions after crizotinib.", "crizotinib", "DRUG"),
    ("Immunohistochemical studies showed ALK positivity.", "ALK", "GENE"),
    ("A review of the pathology by an expert confirmed inflammatory myofibroblastic tumor.",
     "inflammatory myofibroblastic tumor", "TUMOR"),
])
def test_case_sentences_with_numbers_or_study_words_stay_patient_facts(text, word, label):
    assert status_of(text, word, label) == "affirmed"


@pytest.mark.parametrize("text,word", [
    ("Crizotinib produced responses in 50% of patients with ALK-rearranged IMT.", "Crizotinib"),
    ("Previous studies have shown activity of lorlatinib after alectinib.", "lorlatinib"),
    ("Treatment options including lorlatinib were discussed with the family.", "lorlatinib"),
])
def test_case_sentences_about_others_or_options_are_not_given(text, word):
    assert status_of(text, word, "DRUG") in {"literature", "hypothetical"}


def test_feared_progression_is_not_a_response():
    text = "Given the high risk of progression, alectinib was started in May 2020."
    assert status_of(text, "progression", "RESPONSE") == "hypothetical"
    assert status_of(text, "alectinib", "DRUG") == "affirmed"


def test_negation_reaches_only_the_first_drug_after_the_cue():
    text = "Due to financial reasons, the patient could not afford lorlatinib and received ensartinib from April 2021."
    s = sentence(text)
    mentions = []
    for word in ("lorlatinib", "ensartinib"):
        i = text.index(word)
        mentions.append(Mention(label="DRUG", text=word, start=i, end=i + len(word), sentence=s, status=None))
    s.mentions.extend(mentions)
    annotate([s])
    assert [m.status for m in mentions] == ["negated", "affirmed"]


@pytest.mark.parametrize("text,word", [
    ("Lorlatinib has shown intracranial activity in ALK-positive NSCLC (15).", "Lorlatinib"),
    ("Crizotinib is approved for ROS1-rearranged NSCLC.", "Crizotinib"),
])
def test_general_statements_in_the_case_section_are_literature(text, word):
    assert status_of(text, word) == "literature"


def test_general_wording_about_this_patient_stays_affirmed():
    assert status_of("The patient has been treated with crizotinib since May 2019.", "crizotinib") == "affirmed"


def test_table_rows_flowed_into_the_case_are_not_patient_facts():
    assert status_of("3 2015 44/M ALK crizotinib PR 12 alive", "crizotinib") == "literature"
    assert status_of("The CT scan of September 2019 showed a mass of 40×30 mm, 12 mm and 5 mm after 4 months of "
                     "crizotinib.", "crizotinib") == "affirmed"


def _mention(s: Sentence, word: str, label: str = "DRUG") -> Mention:
    m = re.search(re.escape(word), s.text)
    mention = Mention(label=label, text=word, start=m.start(), end=m.end(), sentence=s, status=None)
    s.mentions.append(mention)
    return mention


def test_a_drug_given_for_a_non_cancer_disease_keeps_that_use_in_later_sentences():
    first = sentence("She had been treated for five years with cyclophosphamide for cerebral vasculitis.")
    later = sentence("The tumour may reflect the long exposure of the urothelium to cyclophosphamide.")
    other = sentence("Gemcitabine was started in May.")
    a, b, c = _mention(first, "cyclophosphamide"), _mention(later, "cyclophosphamide"), _mention(other, "Gemcitabine")
    annotate([first, later, other])
    assert (a.status, b.status, c.status) == ("concomitant", "concomitant", "affirmed")


def test_another_authors_patient_is_literature_even_where_it_introduces_a_patient():
    s = sentence("Lee et al. described an 8-year-old boy whose tumour regressed on ceritinib.")
    m = _mention(s, "ceritinib")
    annotate([s], introduces_patient=lambda _: True, case_like=lambda _: True)
    assert (s.literature, s.patient_anchor, m.status) == (True, False, "literature")


@pytest.mark.parametrize("section,expected", [(CASE, ("affirmed", "literature", "literature")),
                                              (DISCUSSION, ("literature", "literature", "literature"))])
def test_adverse_event_table_of_the_case_keeps_only_its_graded_events(section, expected):
    # kg_context marks a sentence holding graded rows of an adverse-event table (flag ae_table): in the
    # case narrative its graded events are the patient's, its drugs and ungraded words are not
    text = "Adverse event Worst grade Drug\nHypertension 3 sorafenib 4\nFatigue - sorafenib 6"
    s = Sentence(index=0, text=text, start=0, end=len(text), section=section,
                 flags=frozenset({"ae_table", "table_row"}))
    graded = Mention(label="ADVERSE_EVENT", text="Hypertension", start=text.index("Hypertension"),
                     end=text.index("Hypertension") + 12, attrs={"grade": 3}, sentence=s, status="affirmed")
    drug = Mention(label="DRUG", text="sorafenib", start=text.index("sorafenib"), end=text.index("sorafenib") + 9,
                   sentence=s, status="affirmed")
    ungraded = Mention(label="ADVERSE_EVENT", text="Fatigue", start=text.index("Fatigue"),
                       end=text.index("Fatigue") + 7, sentence=s, status="affirmed")
    s.mentions += [graded, drug, ungraded]
    annotate([s])
    assert (graded.status, drug.status, ungraded.status) == expected


# session 18: a hypothetical cue before the mention reaches only its own statement; a new predicate ("and received",
# ", so") ends it, as it ends a negation's reach (sentences written for this test)
@pytest.mark.parametrize("text,word,expected", [
    ("She was not a candidate for surgery and received gemcitabine from March.", "gemcitabine", "affirmed"),
    ("At progression she may be a candidate for trabectedin.", "trabectedin", "hypothetical"),
    ("He was a poor candidate for resection, so pazopanib was begun.", "pazopanib", "affirmed"),
    # a colon after a condition is no new predicate: the plan stays conditional
    ("Plan: continue letrozole; if progression occurs: everolimus plus exemestane.", "everolimus", "hypothetical"),
])
def test_a_hypothetical_cue_stops_at_a_new_predicate(text, word, expected):
    assert status_of(text, word) == expected
