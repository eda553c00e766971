"""kg/extraction/adverse_events.py: which adverse events are the patient's, with which grade.
Sentences are our own."""
import pytest

from kg.extraction.adverse_events import add_adverse_events
from kg.extraction.extract import extract_report
from kg.extraction.mentions import Mention, Sentence
from kg.model import Concept, Section
from kg.readers import read_bytes
from kg.terms.loader import load_terms
from rule_examples import case_of

CRIZOTINIB = Concept(id="NCIT:C74061", label="crizotinib", kind="drug")


def sentence(text: str, *events: tuple[str, dict]) -> Sentence:
    s = Sentence(index=0, text=text, start=0, end=len(text), section=Section("case", "", 0, len(text)))
    for word, attrs in events:
        start = text.index(word)
        s.mentions.append(Mention(label="ADVERSE_EVENT", text=word, start=start, end=start + len(word),
                                  curie=f"TEST:{word}", pref_label=word, attrs=dict(attrs), sentence=s))
    return s.read_cues()  # the cues kg_cues finds in a pipeline


def added(s: Sentence):
    events = []
    add_adverse_events(events, s, [CRIZOTINIB])
    return [(e.concept.label, e.grade) for e in events]


def test_graded_event_needs_no_cue():
    assert added(sentence("Grade 2 nausea on day 5.", ("nausea", {"grade": 2}))) == [("nausea", 2)]


def test_ungraded_event_needs_a_cue_and_severity_is_no_cue_nor_grade():
    assert added(sentence("Examination showed severe dehydration.", ("dehydration", {"severity": "severe"}))) == []
    assert added(sentence("She developed a severe rash.", ("rash", {"severity": "severe"}))) == [("rash", None)]


def test_onset_needs_the_treatment_in_the_story():
    s = sentence("Months later she developed abdominal bloating.", ("bloating", {}))
    events = []
    add_adverse_events(events, s, [CRIZOTINIB])
    assert events == []
    add_adverse_events(events, s, [CRIZOTINIB], anchored=True)   # a line named here or just before
    assert [(e.concept.label, e.grade) for e in events] == [("bloating", None)]
    s = sentence("After the second cycle she developed vomiting.", ("vomiting", {}))
    assert added(s) == [("vomiting", None)]


def test_symptoms_before_the_first_treatment_are_the_presentation():
    text = "She presented with grade 2 dyspnea and crizotinib was started."
    s = sentence(text, ("dyspnea", {"grade": 2}))
    events = []
    add_adverse_events(events, s, [CRIZOTINIB], anchored=True, treated_from=text.index("crizotinib"))
    assert events == []


def test_negated_summary_names_no_event():
    s = sentence("She had no grade 3 or higher toxicities such as neutropenia.", ("neutropenia", {}))
    assert added(s) == []


def test_symptom_of_the_tumour_is_no_adverse_event():
    s = sentence("She developed severe back pain due to bone metastases.", ("back pain", {"severity": "severe"}))
    assert added(s) == []
    s = sentence("She developed myalgia due to the drug.", ("myalgia", {}))
    assert added(s) == [("myalgia", None)]


def test_list_shares_the_grade_and_restatement_merges():
    events = []
    add_adverse_events(events, sentence("She developed grade 2 nausea and vomiting.", ("nausea", {"grade": 2}),
                                        ("vomiting", {})), [CRIZOTINIB])
    add_adverse_events(events, sentence("The vomiting was treated.", ("vomiting", {})), [CRIZOTINIB])
    assert [(e.concept.label, e.grade) for e in events] == [("nausea", 2), ("vomiting", 2)]



def test_ungraded_restatement_merges_into_the_graded_event():
    # "Pyrexia grade 2 was observed; crizotinib was interrupted for fever": one event, grade 2
    events = []
    add_adverse_events(events, sentence("Pyrexia grade 2 was observed.", ("Pyrexia", {"grade": 2})), [CRIZOTINIB])
    add_adverse_events(events, sentence("Crizotinib was interrupted twice for Pyrexia.", ("Pyrexia", {})), [CRIZOTINIB])
    assert [(e.concept.label, e.grade) for e in events] == [("Pyrexia", 2)]
    # two grades of the same event stay two
    add_adverse_events(events, sentence("Later grade 3 Pyrexia occurred.", ("Pyrexia", {"grade": 3})), [CRIZOTINIB])
    assert [(e.concept.label, e.grade) for e in events] == [("Pyrexia", 2), ("Pyrexia", 3)]


# --- through the pipeline -----------------------------------------------------------------
INTRO = "A 58-year-old man with lung adenocarcinoma started crizotinib 250 mg twice daily in March 2020."


def case_events(nlp, narrative: str):
    text = f"Lung Adenocarcinoma Treated With Crizotinib: Case Report\n\nCASE PRESENTATION\n\n{INTRO} {narrative}\n"
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return [(a.concept.label, a.grade) for a in case.adverse_events]


def test_bare_head_word_restates_the_family_member_told_before(nlp):
    # "rash" alone is a maculo-papular rash, unless the case already named its kind of rash
    assert case_events(nlp, "In May he developed acneiform rash, grade 3. In July the rash was grade 2 again.") == [
        ("Rash acneiform", 3), ("Rash acneiform", 2)]
    assert case_events(nlp, "In July he developed a rash of grade 2.") == [("Rash maculo-papular", 2)]
    # not a member of another family: neutropenia after febrile neutropenia stays its own event (the febrile
    # neutropenia sized by a severity word, so that it stays beside a graded event: the gold's convention 5)
    assert case_events(nlp, "In May he developed severe febrile neutropenia. In July neutropenia was grade 3.") == [
        ("Febrile neutropenia", None), ("Neutrophil count decreased", 3)]


def test_a_report_that_grades_its_toxicities_records_only_graded_or_sized_events(nlp):
    # two graded events: the report grades its toxicities; alopecia with neither grade nor severity is no entry
    graded = ("Toxicities of crizotinib were alopecia, nausea grade 2 and fatigue grade 1. "
              "In May the diarrhoea was mild.")
    assert sorted(case_events(nlp, graded)) == [("Diarrhea", None), ("Fatigue", 1), ("Nausea", 2)]
    # one graded (or severity-sized) event makes a report that sizes its toxicities too (session 42: the gold's
    # convention 5, as tests/benchmarks/test_gold_conventions.py reads it); a report that sizes none keeps them
    assert sorted(case_events(nlp, "Toxicities of crizotinib were alopecia and nausea grade 2.")) == [("Nausea", 2)]
    assert sorted(case_events(nlp, "Toxicities of crizotinib were alopecia and severe nausea.")) == [("Nausea", None)]
    assert sorted(case_events(nlp, "Toxicities of crizotinib were alopecia and nausea.")) == [
        ("Alopecia", None), ("Nausea", None)]


def test_a_syndrome_without_ctcae_term_is_graded_through_its_manifestation(nlp):
    # hepatitis (no CTCAE term) named with its graded transaminase rise: one entry, graded, under the CTCAE term it is
    # graded by once the case names ALT (session 36: Hepatitis' ctcae_measured)
    assert case_events(nlp, "In July his ALT rose to 412 U/L on crizotinib, with normal bilirubin: immune-mediated "
                            "hepatitis, grade 3 transaminase elevation.") == [("Alanine aminotransferase increased", 3)]
    # febrile neutropenia has CTCAE grades of its own: a graded neutropenia beside it stays its own event
    assert sorted(case_events(nlp, "After cycle 2 of crizotinib he developed grade 4 neutropenia and one episode "
                                   "of severe febrile neutropenia.")) == [("Febrile neutropenia", None),
                                                                  ("Neutrophil count decreased", 4)]


@pytest.mark.parametrize("narrative,expected", [
    ("Four weeks later his AST rose to 240 U/L (grade 2).", [("Aspartate aminotransferase increased", 2)]),
    ("In May he developed level 3 pneumonitis.", [("Pneumonitis", 3)]),
    ("In May grade 3/4 neutropenia was noted.", [("Neutrophil count decreased", 4)]),
    ("In May he developed grade 3 and 4 neutropenia.", [("Neutrophil count decreased", 4)]),
    ("He tolerated crizotinib well, without significant toxicity.", []),
    ("He tolerated crizotinib well except for mild nausea.", [("Nausea", None)]),
    ("In May he developed crizotinib-related pneumonitis.", [("Pneumonitis", None)]),
    ("A CT scan was done in May. It showed stable disease. In July he developed fever and cough.", []),
    ("In April 2020 he developed nausea.", [("Nausea", None)]),
    ("Crizotinib was stopped in June 2020. In July 2020 he developed a cough.", []),   # the line had ended
    ("In May 2022 he developed a cough.", []),                                          # two years on
    ("A CT scan was done in May. It showed stable disease. In July he developed fever after the third cycle.",
     [("Fever", None)]),
    ("In May he developed drug-induced hepatitis.", [("Hepatitis", None)]),
    ("He then experienced a severe rash.", [("Rash maculo-papular", None)]),
    ("The drug was well tolerated.", []),
    ("He had no grade ≥ 3 toxicity.", []),
    # a graded event of radiotherapy is an event (with no drug, test below); an ungraded one is not
    ("Crizotinib was given with thoracic radiotherapy. In May he had radiation pneumonitis (grade 2).",
     [("Pneumonitis", 2)]),
    ("Crizotinib was given with thoracic radiotherapy. In May he developed radiation-induced pneumonitis.", []),
    ("He did not experience any grade 3 adverse events, such as neutropenia or diarrhea.", []),
    ("In the PROFILE 1014 trial, grade 3 neutropenia occurred in 11% of patients.", []),
])
def test_adverse_event_wordings(nlp, narrative, expected):
    assert case_events(nlp, narrative) == expected


def test_presenting_symptom_in_the_sentence_that_starts_treatment_is_no_event(nlp):
    text = ("Lung Adenocarcinoma: Case Report\n\nCASE PRESENTATION\n\nA 58-year-old man with lung adenocarcinoma "
            "presented with grade 2 dyspnea, and crizotinib was started in April 2020; two weeks later grade 3 "
            "rash developed.\n")
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    assert [(a.evidence.mention, a.grade) for a in case.adverse_events] == [("rash", 3)]


# --- the title's event, named syndromes, events in general ---------------------------------
def titled_case(nlp, title: str, narrative: str):
    text = f"{title}\n\nCASE PRESENTATION\n\n{narrative}\n"
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return {(a.concept.label, a.grade, tuple(sorted(d.label.lower() for d in a.drugs))) for a in case.adverse_events}


@pytest.mark.parametrize("title,narrative,expected", [
    # drug before the event, a cause word before the drug, a chain of drugs, a drug class
    ("Pemetrexed-induced acute renal failure in a man with lung cancer",
     "A 70-year-old man with lung adenocarcinoma received pemetrexed in 2019. He was admitted in May.",
     {("Acute kidney injury", None, ("pemetrexed",))}),
    ("Necrotizing fasciitis after carboplatin and pemetrexed in an elderly man",
     "A 70-year-old man with lung adenocarcinoma received carboplatin and pemetrexed. He died in May.",
     {("Necrotizing fasciitis", None, ("carboplatin", "pemetrexed"))}),
    ("Complete heart block as a result of chemotherapy in a woman with breast cancer",
     "A 50-year-old woman with breast cancer received docetaxel in 2018. She remained well.",
     {("Atrioventricular block complete", None, ("docetaxel",))}),
    # the title's drug is not one the case was given: the event is not the case's
    ("Alectinib-induced myalgia: a review prompted by a case",
     "A 70-year-old man with lung adenocarcinoma received crizotinib in 2019. He remained well.", set()),
    # the drug treated the event
    ("Pneumonitis successfully treated with a dose reduction of osimertinib",
     "A 70-year-old woman with lung adenocarcinoma received osimertinib in 2019. She remained well.", set()),
])
def test_title_names_the_case_event(nlp, title, narrative, expected):
    assert titled_case(nlp, title, narrative) == expected


def test_title_event_merges_with_the_narrative_one(nlp):
    events = titled_case(nlp, "Gemcitabine-induced hemolytic uremic syndrome in a woman with pancreatic cancer",
                         "A 61-year-old woman with pancreatic cancer received gemcitabine from 2018. In May 2019 she "
                         "developed hemolytic uremic syndrome after the tenth cycle.")
    assert events == {("Hemolytic uremic syndrome", None, ("gemcitabine",))}


def test_manifestations_of_a_syndrome_are_that_syndrome(nlp):
    # renal failure and thrombocytopenia are how the HUS showed (the term's 'manifestations')
    events = titled_case(nlp, "Gemcitabine-associated hemolytic uremic syndrome",
                         "A 61-year-old woman with pancreatic cancer received gemcitabine from 2018. After the tenth "
                         "cycle she developed renal failure and thrombocytopenia.")
    assert events == {("Hemolytic uremic syndrome", None, ("gemcitabine",))}
    # a graded event stays its own
    events = titled_case(nlp, "Gemcitabine-associated hemolytic uremic syndrome",
                         "A 61-year-old woman with pancreatic cancer received gemcitabine from 2018. After the tenth "
                         "cycle she developed grade 4 thrombocytopenia.")
    assert ("Platelet count decreased", 4, ("gemcitabine",)) in events


def test_events_said_in_general_are_not_the_patients(nlp):
    assert case_events(nlp, "Renal failure usually develops months after the start of the treatment.") == []
    assert case_events(nlp, "The third infusion of crizotinib caused acute renal failure.") == [
        ("Acute kidney injury", None)]


def test_event_after_the_first_drug_of_its_sentence_is_no_presentation(nlp):
    text = ("Leukemia: Case Report\n\nCASE PRESENTATION\n\nA 7-year-old girl with acute lymphoblastic leukemia "
            "developed encephalopathy evidenced by aphasia and hallucinations after the administration of "
            "intrathecal cytarabine.\n")
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    assert [(a.concept.label, a.grade) for a in case.adverse_events] == [("Encephalopathy", None)]


def test_every_manifestation_names_an_adverse_event_term():
    terms = load_terms(include_user=False)
    labels = {t.label.lower() for t in terms if t.type == "adverse_event"}
    listed = {(t.label, p.strip()) for t in terms for p in dict(t.extra).get("manifestations", "").split(",") if p.strip()}
    assert listed and {(s, p) for s, p in listed if p.lower() not in labels} == set()


@pytest.mark.parametrize("narrative,expected", [
    # no drug named: an event put down to the cancer treatment in words is an event with no drug
    ("A 12-year-old boy with acute leukemia presented with post-chemotherapy anemia. He was transfused.",
     {("Anemia", None, ())}),
    ("A 30-year-old woman had Hodgkin disease as a child. She had ovarian failure after abdominal irradiation "
     "and chemotherapy for Hodgkin disease.", {("Ovarian failure", None, ())}),
    # ... not a symptom at presentation, nor another drug's reaction, nor one said in general
    ("A 12-year-old boy with acute leukemia presented with anemia. He developed a rash after the antibiotic.", set()),
    ("A 40-year-old woman had breast cancer. Anemia after chemotherapy should be considered in such patients.",
     set()),
    # a graded event before any drug line is the local treatment's toxicity ...
    ("A 60-year-old man had parotid carcinoma. Adjuvant radiotherapy, 60 Gy in 30 fractions, was completed in July. "
     "He developed grade 2 radiation dermatitis and grade 1 xerostomia.",
     {("Dermatitis radiation", 2, ()), ("Dry mouth", 1, ())}),
    # ... unless its sentence puts it down to something else (AE_ATTRIBUTION) or names a drug
    ("A 50-year-old man had a lung mass; actinomycosis was found. He received amoxicillin for 6 months. "
     "He developed a maculopapular rash attributed to amoxicillin (grade 1).", set()),
    ("A 34-year-old man had tuberculous lymphadenitis. He had drug-induced hepatitis with ALT increased grade 2 at "
     "week 3.", set()),
])
def test_event_of_an_unnamed_cancer_treatment_has_no_drug(nlp, narrative, expected):
    assert titled_case(nlp, "Case Report", narrative) == expected


def test_ungraded_rise_of_a_lab_value_put_down_to_the_drug(nlp):
    events = titled_case(nlp, "Breast Carcinoma: Case Report",
                         "A 52-year-old woman was treated with tamoxifen for breast carcinoma. Her AST and ALT "
                         "levels increased markedly after 6 months of tamoxifen use.")
    assert events == {("Alanine aminotransferase increased", None, ("tamoxifen",))}


def test_drug_toxicity_wordings_of_case_abstracts(nlp):
    # a syndrome's manifestations are that syndrome; coordinated modifiers name two events that share the grade
    assert titled_case(nlp, "Case Report", "A 60-year-old man with gastric carcinoma received cisplatin. He developed "
                       "thrombotic microangiopathy with renal failure and thrombocytopenia after cisplatin.") == {
        ("Thrombotic microangiopathy", None, ("cisplatin",))}
    assert titled_case(nlp, "Case Report", "A 7-year-old boy with T-cell leukemia received nelarabine. Side effects "
                       "attributable to nelarabine included grade 3 sensory and motor neuropathy and musculoskeletal "
                       "pain.") == {("Peripheral sensory neuropathy", 3, ("nelarabine",)),
                                    ("Peripheral motor neuropathy", 3, ("nelarabine",)),
                                    ("Musculoskeletal pain", 3, ("nelarabine",))}


def _table_case(nlp, table: str, section: str = "CASE PRESENTATION"):
    text = ("Lung Adenocarcinoma Treated With Pralsetinib: Case Report\n\nCASE PRESENTATION\n\n"
            "A 57-year-old woman with RET fusion-positive lung adenocarcinoma started pralsetinib 400 mg daily "
            f"in January 2023.\n\n{section}\n\n{table}\n")
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return case


def test_adverse_event_table_of_the_case_grades_its_rows(nlp):
    # a table flowed into the text (its caption line, then the header with the grade column after the
    # event column, then one event a line)
    case = _table_case(nlp, "Table 2. Adverse events (CTCAE v5.0)\nAdverse event   Worst grade   Onset (week)\n"
                            "Hypertension   3   4\nNeutrophil count decreased   2   6\nDiarrhoea   G1   8")
    assert sorted((a.concept.label, a.grade) for a in case.adverse_events) == [
        ("Diarrhea", 1), ("Hypertension", 3), ("Neutrophil count decreased", 2)]
    assert all([d.label.lower() for d in a.drugs] == ["pralsetinib"] for a in case.adverse_events)


def test_table_with_the_grade_column_last_grades_by_the_rows_last_number(nlp):
    # the first number after the event is the onset when the header puts the grade last
    case = _table_case(nlp, "Table 2. Adverse events (CTCAE v5.0)\nAdverse event   Onset (week)   Worst grade\n"
                            "Hypertension   3   4\nPneumonitis   10   2\nNeutrophil count decreased   6   2\n"
                            "Aspartate aminotransferase increased   2   1")
    assert sorted((a.concept.label, a.grade) for a in case.adverse_events) == [
        ("Aspartate aminotransferase increased", 1), ("Hypertension", 4), ("Neutrophil count decreased", 2),
        ("Pneumonitis", 2)]


def test_table_whose_grade_column_is_neither_first_nor_last_grades_by_its_column(nlp):
    # (session 19, ae19: kg_context's column grammar reads the cells the reader set apart; it used to grade nothing)
    # the grade cell of each row, not the onset before it; a number no grade ("10") grades nothing
    case = _table_case(nlp, "Table 2. Adverse events (CTCAE v5.0)\nAdverse event   Onset (week)   Worst grade   Duration (weeks)\n"
                            "Hypertension   3   4   8\nPneumonitis   2   10   6\nNeutrophil count decreased   6   2   3\n"
                            "Aspartate aminotransferase increased   2   1   4")
    assert sorted((a.concept.label, a.grade) for a in case.adverse_events) == [
        ("Aspartate aminotransferase increased", 1), ("Hypertension", 4), ("Neutrophil count decreased", 2)]


def test_adverse_event_table_outside_the_case_narrative_is_not_the_patients(nlp):
    # a table of a trial's events in the discussion is literature like any table row there
    case = _table_case(nlp, "Table 3. Toxicities in the phase 2 trial\nAdverse event   Grade   Patients (n)\nHypertension   3   40\nPneumonitis   2   12",
                       section="DISCUSSION")
    assert case.adverse_events == []


def test_events_named_by_ctcae_synonyms_take_the_ctcae_term(nlp):
    # onycholysis is CTCAE Nail loss (its grade texts: separation of the nail bed from the plate);
    # ICANS, which CTCAE v5.0 does not name, is graded as Encephalopathy; light trails are flashing lights
    assert case_events(nlp, "By week 10 she had grade 1 onycholysis of two fingernails on crizotinib.") == [
        ("Nail loss", 1)]
    assert case_events(nlp, "In June crizotinib was followed by grade 2 immune effector cell-associated "
                            "neurotoxicity syndrome (ICANS) after a later cell therapy.") == [("Encephalopathy", 2)]
    assert case_events(nlp, "In April he described grade 1 light trails in dim light.") == [("Flashing lights", 1)]


def test_elided_analytes_and_a_grade_after_the_head(nlp):
    # "aspartate and alanine aminotransferases": two analytes that share the head word and its grade
    assert sorted(case_events(nlp, "In June aspartate and alanine aminotransferases rose to three times the "
                                   "upper limit of normal (grade 1) on crizotinib.")) == [
        ("Alanine aminotransferase increased", 1), ("Aspartate aminotransferase increased", 1)]


def test_a_list_graded_item_by_item_gives_no_grade_to_an_item_after_a_comma(nlp):
    events = case_events(nlp, "In May crizotinib gave grade 2 vomiting and grade 1 fatigue, and alopecia.")
    assert sorted(events) == [("Fatigue", 1), ("Vomiting", 2)]
    # a bare "and" after a graded item shares its grade
    assert sorted(case_events(nlp, "In May crizotinib gave grade 1 anorexia, grade 2 vomiting and dehydration.")) == [
        ("Anorexia", 1), ("Dehydration", 2), ("Vomiting", 2)]


def test_a_title_syndrome_is_the_graded_manifestations_the_story_records(nlp):
    text = ("Crizotinib-induced hepatotoxicity in lung adenocarcinoma: a case report\n\nCASE PRESENTATION\n\n"
            f"{INTRO} After six weeks his ALT was 240 U/L (grade 3) and AST 150 U/L (grade 2); crizotinib was paused.\n")
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    assert sorted((a.concept.label, a.grade) for a in case.adverse_events) == [
        ("Alanine aminotransferase increased", 3), ("Aspartate aminotransferase increased", 2)]


def test_a_series_that_grades_its_toxicities_drops_unsized_events_in_every_case(nlp):
    # case 1 has one graded event only, but the series grades its toxicities: its ungraded infection is
    # a finding of the story; a series that grades nothing keeps it
    def series(second: str, first: str = "The second cycle brought grade 3 febrile neutropenia"):
        text = ("Two adults with Hodgkin lymphoma: a short series\n\nCase 1\n\nA 30-year-old man with Hodgkin lymphoma "
                f"received ABVD in 2021. {first} with Escherichia coli "
                f"sepsis.\n\nCase 2\n\nA 44-year-old woman with Hodgkin lymphoma received ABVD in 2022. {second}\n")
        cases = extract_report(next(read_bytes(text.encode(), "series.txt")), nlp).cases
        assert len(cases) == 2
        return [(a.concept.label, a.grade) for a in cases[0].adverse_events]
    assert series("She had grade 2 nausea and grade 1 fatigue.") == [("Febrile neutropenia", 3)]
    # (session 42: case 1's own graded event now sizes its toxicities; told ungraded, a case of a series that grades
    # nothing keeps its infection)
    ungraded = "After the second cycle he developed febrile neutropenia"
    assert ("Sepsis", None) in series("She tolerated it well.", first=ungraded)
    assert series("She had grade 2 nausea and grade 1 fatigue.", first=ungraded) == []


def test_a_grading_report_keeps_events_sized_by_a_value_or_an_action(nlp):
    # session 15 (ae15): two graded events make a grading report; an event measured in an aside where its onset
    # or cause is told, or one that took transfusions or limited the dose, is sized and stays (without a grade)
    graded = "On crizotinib she had grade 2 rash and grade 1 nausea. "
    assert ("Hyponatremia", None) in case_events(
        nlp, graded + "In June crizotinib was withheld for hyponatraemia (serum sodium 119 mmol/L).")
    assert ("Anemia", None) in case_events(nlp, graded + "In July she needed red cell transfusions for anaemia.")
    assert ("Mucositis oral", None) in case_events(nlp, graded + "Later, stomatitis proved dose-limiting.")
    # a value a routine test showed, with no onset, cause or action, is still a finding of the story
    assert ("Anemia", None) not in case_events(nlp, graded + "Blood tests in August showed anaemia (haemoglobin 9.6 g/dL).")


def test_a_dose_reduction_for_an_event_is_no_resolution_of_it(nlp):
    # "a reduction of X ... for Y": Y is why the dose fell, not what lessened
    assert case_events(nlp, "A reduction of the crizotinib dose was needed for grade 3 ALT elevation.") == [
        ("Alanine aminotransferase increased", 3)]
    assert case_events(nlp, "Crizotinib led to a reduction in dyspnoea.") == []


@pytest.mark.parametrize("narrative,expected", [
    ("Crizotinib was continued. Six weeks later she was readmitted with severe vomiting.", [("Vomiting", None)]),
    ("Three weeks into treatment with crizotinib she presented with moderate diarrhoea.", [("Diarrhea", None)]),
    ("In March, while receiving crizotinib, she had moderate peripheral oedema.", [("Edema limbs", None)]),
])
def test_later_admissions_and_time_on_treatment_report_an_event(nlp, narrative, expected):
    assert case_events(nlp, narrative) == expected


def test_a_toxicity_table_row_is_the_drug_its_row_names(nlp):
    # session 15 (ae15): under a two-drug line, each row of a toxicity table read as case text names its drug
    text = ("Lung Adenocarcinoma Treated With Chemotherapy: Case Report\n\nCASE PRESENTATION\n\n"
            "A 58-year-old man with lung adenocarcinoma received carboplatin and pemetrexed from March 2022.\n"
            "Table 1. Toxicities\nAdverse event | Grade | Attribution\nThrombocytopenia | 3 | carboplatin\n"
            "Rash | 2 | pemetrexed\nHe remains on maintenance.\n")
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    assert sorted((a.concept.label, a.grade, tuple(d.label.lower() for d in a.drugs)) for a in case.adverse_events) == [
        ("Platelet count decreased", 3, ("carboplatin",)), ("Rash maculo-papular", 2, ("pemetrexed",))]


# session 16 (acc16w13): sentences are our own
@pytest.mark.parametrize("narrative,expected", [
    # two analytes whose shared head word is written once share the rise and its grade
    ("In week 5 crizotinib caused a grade 2 elevation of aspartate and alanine aminotransferase.",
     [("Aspartate aminotransferase increased", 2), ("Alanine aminotransferase increased", 2)]),
    ("On crizotinib she had a grade 3 rise of alanine and aspartate transaminases in May.",
     [("Alanine aminotransferase increased", 3), ("Aspartate aminotransferase increased", 3)]),
    # a vague eye-event name restated precisely is the precise event, with the vague one's grade
    ("On crizotinib he had grade 1 visual disturbances (flashes of light) at night.", [("Flashing lights", 1)]),
    ("Crizotinib gave him grade 1 visual disturbance with light flashes in dim rooms.", [("Flashing lights", 1)]),
    ("Crizotinib gave him grade 1 visual disturbance in dim rooms.", [("Blurred vision", 1)]),
    # an event CTCAE has no term for (a local id), told with a CTCAE event of its organ class: that event
    ("On crizotinib she had grade 2 immune-mediated thyroiditis with later hypothyroidism.", [("Hypothyroidism", 2)]),
    ("On crizotinib she had grade 2 thyroiditis in May.", [("Thyroiditis", 2)]),
    # ankle oedema in words
    ("After two months of crizotinib she had grade 1 oedema of the ankles.", [("Edema limbs", 1)]),
])
def test_session16_event_wordings(nlp, narrative, expected):
    assert case_events(nlp, narrative) == expected


def test_a_relative_clause_and_a_new_by_phrase_end_a_not_given_cue(nlp):
    # "after which X was not given again" is a clause of its own; ", and by ..." starts the next event
    text = ("Acute Lymphoblastic Leukaemia: Case Report\n\nCASE PRESENTATION\n\nA 9-year-old girl with B-lymphoblastic "
            "leukaemia began induction with vincristine, prednisolone and pegaspargase in May 2023. Induction was "
            "complicated by grade 3 hepatotoxicity attributed to pegaspargase, after which it was not given again, "
            "and by grade 2 peripheral motor neuropathy from vincristine.\n")
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    assert ("Peripheral motor neuropathy", 2) in [(a.concept.label, a.grade) for a in case.adverse_events]


# session 18: a graded event in the sentence that names the treatment only as "chemotherapy", before any drug line
# (texts written for this test)
@pytest.mark.parametrize("text,expected", [
    ("A 24-year-old man with a pelvic sarcoma was treated with chemotherapy; grade 3 mucositis and grade 2 "
     "peripheral neuropathy occurred. Second-line pazopanib was started in 2022.",
     {("mucositis oral", 3), ("peripheral sensory neuropathy", 2)}),
    ("A 58-year-old woman had six cycles of adjuvant chemotherapy, complicated by grade 4 febrile neutropenia. "
     "At relapse in 2021 she received trabectedin.", {("febrile neutropenia", 4)}),
])
def test_graded_event_of_an_unnamed_chemotherapy_before_the_first_drug_line(nlp, text, expected):
    got = {(a.concept.label.lower(), a.grade) for a in case_of(nlp, text).adverse_events}
    assert expected <= got, got


# --- session 20 (ae20): a graded event told only where the report sums the patient up -----------------------------
SUMMARY_REPORT = """Title: A long course on osimertinib

Abstract
We describe a 58-year-old man with EGFR-mutant lung adenocarcinoma who developed grade 3 pneumonitis on osimertinib.

Introduction
Osimertinib is a third-generation EGFR inhibitor. {intro}

Case presentation
A 58-year-old man with EGFR exon 19 deletion lung adenocarcinoma started osimertinib 80 mg daily in May 2021. Eight
weeks later he presented with dyspnoea and hypoxia and bilateral ground-glass opacities. Osimertinib was stopped and
prednisolone was given. He recovered within three weeks.
"""


def _summary_events(text):
    from kg.pipeline import worker_nlp
    [doc] = [d for d in read_bytes(text.encode(), "summary.txt") if hasattr(d, "ids")]
    return sorted({(a.concept.label, a.grade) for c in extract_report(doc, worker_nlp()).cases for a in c.adverse_events})


def test_a_graded_event_of_the_patient_in_the_abstract_is_the_case_s():
    assert ("Pneumonitis", 3) in _summary_events(SUMMARY_REPORT.format(intro="It is usually well tolerated."))


def test_a_graded_event_of_the_literature_in_the_introduction_is_not():
    text = SUMMARY_REPORT.replace("who developed grade 3 pneumonitis on osimertinib", "who was treated with osimertinib")
    found = _summary_events(text.format(intro="Grade 3 pneumonitis occurred in 3% of patients in trials."))
    assert not any(label == "Pneumonitis" for label, _ in found)
