"""kg_adverse_events (kg/nlp/adverse_events.py): grades after lab values, "level N" as a grade,
organ-class toxicities, local AE terms. Sentences are our own. (Not test_adverse_events.py: pytest
needs basenames unique across tests/, and tests/extraction/test_adverse_events.py has that one.)"""
import pytest


def events(nlp, text):
    return [(e.text, e._.pref_label, e._.grade) for e in nlp(text).ents if e.label_ == "ADVERSE_EVENT"]


@pytest.mark.parametrize("text,expected", [
    ("After three weeks AST was 250 U/L (grade 2).", [("AST", "Aspartate aminotransferase increased", 2)]),
    ("ALT peaked at 410 IU/L (CTCAE v5.0 grade 3) in June.", [("ALT", "Alanine aminotransferase increased", 3)]),
    ("The absolute neutrophil count fell to 0.3 × 10^9/L (grade 4).",
     [("absolute neutrophil count", "Neutrophil count decreased", 4)]),
    ("Platelets were 18,000/µL, grade 4, on day 12.", [("Platelets", "Platelet count decreased", 4)]),
    ("Bilirubin rose to 3 times the upper limit of normal (grade 2).", [("Bilirubin", "Blood bilirubin increased", 2)]),
    ("Her AST was 150 U/L (grade 1) and her ALT 300 U/L (grade 3).",
     [("AST", "Aspartate aminotransferase increased", 1), ("ALT", "Alanine aminotransferase increased", 3)]),
    # the event is named, the value sits between it and the grade
    ("She had elevated ALT (ALT 260 U/L, grade 3).", [("elevated ALT", "Alanine aminotransferase increased", 3)]),
    ("Creatinine increased to 2.1 mg/dL (grade 2).", [("Creatinine increased", "Creatinine increased", 2)]),
    # another event before the analyte is not the one graded
    ("She had nausea; AST 180 U/L (grade 2) in May.",
     [("nausea", "Nausea", None), ("AST", "Aspartate aminotransferase increased", 2)]),
])
def test_grade_after_a_lab_value(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "On admission AST was 32 U/L and ALT 28 U/L.",         # values without a grade
    "Hemoglobin was 12.1 g/dL; the tumour was grade 2.",   # the grade belongs to the tumour
])
def test_lab_values_without_their_grade_are_no_events(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text,target,grade", [
    ("She developed level 3 pneumonitis.", "pneumonitis", 3),
    ("Pneumonitis (level II) was treated with steroids.", "Pneumonitis", 2),
    ("She developed grade 3/4 pneumonitis.", "pneumonitis", 4),   # the worst of a grade range
    ("Grade III pneumonitis occurred.", "pneumonitis", 3),
])
def test_grade_words(nlp, text, target, grade):
    assert [(t, g) for t, _, g in events(nlp, text)] == [(target, grade)]


def test_level_is_no_grade_away_from_an_event(nlp):
    doc = nlp("Level 1 evidence supports surgery; level 2 neck nodes were enlarged.")
    assert [e for e in doc.ents if e.label_ == "GRADE"] == []


def test_severity_without_grade(nlp):
    (ev,) = [e for e in nlp("She developed a severe rash.").ents if e.label_ == "ADVERSE_EVENT"]
    assert ev._.severity == "severe" and ev._.grade is None


def test_local_terms_for_events_ctcae_files_under_other(nlp):
    doc = nlp("She developed drug-induced hepatitis, hepatotoxicity and acute GVHD.")
    got = {e.text: e._.pref_label for e in doc.ents if e.label_ == "ADVERSE_EVENT"}
    assert got == {"drug-induced hepatitis": "Hepatitis", "hepatotoxicity": "Hepatotoxicity",
                   "acute GVHD": "Graft versus host disease"}


# -- issue #11, adverse-event round: more wordings of a grade and of an event ------------------------
@pytest.mark.parametrize("text,expected", [
    ("She had diarrhea G2 in June.", [("diarrhea", 2)]),                    # short grade after the event
    ("She had diarrhoea (G3) in June.", [("diarrhoea", 3)]),
    ("She had grade two diarrhea in June.", [("diarrhea", 2)]),             # the grade spelled out
    ("She had Grade 3 (severe) diarrhea in June.", [("diarrhea", 3)]),      # a bracketed aside between
    ("She had a grade 2 (moderate) rash in June.", [("rash", 2)]),
    # a grade right before the next event is that event's, not the one before the comma
    ("She had nausea, grade 2 fatigue and grade 1 rash.", [("nausea", None), ("fatigue", 2), ("rash", 1)]),
    ("She had nausea, G2 fatigue and G1 rash.", [("nausea", None), ("fatigue", 2), ("rash", 1)]),
    ("She had fatigue (grade 2), nausea (G1) and rash G3.", [("fatigue", 2), ("nausea", 1), ("rash", 3)]),
])
def test_grade_wordings(nlp, text, expected):
    assert [(t, g) for t, _, g in events(nlp, text)] == expected


@pytest.mark.parametrize("text,expected", [
    # "(both grade 3)": each analyte named with its value before it shares the grade
    ("Liver tests showed ALT 320 U/L and AST 210 U/L (both grade 3).",
     [("ALT", "Alanine aminotransferase increased", 3), ("AST", "Aspartate aminotransferase increased", 3)]),
    ("ALT was 320 U/L, AST 210 U/L and bilirubin 3.2 mg/dL (all grade 3).",
     [("ALT", "Alanine aminotransferase increased", 3), ("AST", "Aspartate aminotransferase increased", 3),
      ("bilirubin", "Blood bilirubin increased", 3)]),
    # without "both" the grade is the last value's
    ("ALT was 320 U/L and AST 210 U/L (grade 3).", [("AST", "Aspartate aminotransferase increased", 3)]),
])
def test_one_grade_for_several_lab_values(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("After two cycles she became neutropenic.", [("neutropenic", "Neutrophil count decreased", None)]),
    ("She became severely neutropenic (grade 4).", [("neutropenic", "Neutrophil count decreased", 4)]),
    ("He became thrombocytopenic and anemic.",
     [("thrombocytopenic", "Platelet count decreased", None), ("anemic", "Anemia", None)]),
    ("In June she was found to be hypothyroid.", [("hypothyroid", "Hypothyroidism", None)]),
    ("During the infusion he was hypotensive and tachycardic.",
     [("hypotensive", "Hypotension", None), ("tachycardic", "Sinus tachycardia", None)]),
])
def test_adjective_states_are_events(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Neutropenic patients were given prophylaxis.",
    "She was admitted to the neutropenic unit.",
    "A hypertensive woman with diabetes was seen.",
])
def test_adjectives_without_a_lead_are_no_events(nlp, text):
    assert events(nlp, text) == []


def test_a_grade_before_the_aside_event_is_not_the_outer_events(nlp):
    assert [(t, g) for t, _, g in events(nlp, "She had severe hematological toxicity (grade 4 neutropenia).")] == [
        ("hematological toxicity", None), ("neutropenia", 4)]


@pytest.mark.parametrize("text,expected", [
    # the grade closes the aside after the event's own words
    ("She had photosensitivity with erythema on the forearms (grade 2).", [("photosensitivity", 2)]),
    ("Weight gain was excessive during the first year (grade 2).", [("Weight gain", 2)]),
    # a longer description of the event's extent before its grade (up to _MAX_QUALIFIER tokens)
    ("On day 12 a maculopapular rash covering about 40% of the body surface developed (grade 3).",
     [("maculopapular rash", 3)]),
    ("A hand-foot skin reaction limiting walking on both soles for two weeks appeared (grade 2).",
     [("hand-foot skin reaction", 2)]),
    # the aside's events are the reaction's manifestations: the grade is the reaction's
    ("A hypersensitivity reaction occurred with the 4th dose (urticaria and bronchospasm, grade 3).",
     [("hypersensitivity reaction", 3), ("urticaria", None), ("bronchospasm", None)]),
    ("She had an allergic reaction at cycle 2 (flushing and dyspnoea, grade 2).",
     [("allergic reaction", 2), ("flushing", None), ("dyspnoea", None)]),
    # a clause break or another event before the bracket: the grade is not the first event's
    ("She had nausea, and fatigue worsened in May (grade 2).", [("nausea", None), ("fatigue", 2)]),
    ("Rash appeared and the diarrhoea persisted (grade 2).", [("Rash", None), ("diarrhoea", 2)]),
    # a grade inside the aside but not as an item of its own belongs to the aside's event
    ("She had haematological toxicity at cycle 3 (neutropenia grade 4).",
     [("haematological toxicity", None), ("neutropenia", 4)]),
    # two analytes joined by a slash share the grade; "level" after the value
    ("Side effects were AST/ALT elevation (ALT 148 U/L, grade 2).", [("AST", 2), ("ALT elevation", 2)]),
    ("In week 3 she had grade 3 AST/ALT increase.", [("AST", 3), ("ALT increase", 3)]),
    ("Cycle 2 brought grade 4 neutropenia/thrombocytopenia.", [("neutropenia", 4), ("thrombocytopenia", 4)]),
    # a grade before a drug the event is put down to grades the event (GRADE_CAUSE_GAP)
    ("After cycle 3 he had grade 2 ifosfamide-related encephalopathy.", [("encephalopathy", 2)]),
    ("The main toxicity was ALT increase to 3× ULN, level 2.", [("ALT increase", 2)]),
    ("It was tolerated apart from creatine phosphokinase elevation (CTCAE G2).",
     [("creatine phosphokinase elevation", 2)]),
    # the grade after an event opens no grade for the event in the bracket after it
    ("She had cytokine release syndrome grade 1 (fever 38.4 °C) after the dose.",
     [("cytokine release syndrome", 1), ("fever", None)]),
    ("In May grade 3 (febrile) neutropenia was noted.", [("neutropenia", 3)]),
])
def test_grade_that_closes_the_events_aside(nlp, text, expected):
    assert [(t, g) for t, _, g in events(nlp, text)] == expected


# Grade wordings of other tumours' reports (issue #11, session 11): table cells ("gr. 3"), a threshold
# ("grade ≥3"), translated English ("II degree", "degree 2"), a bare CTCAE number, a course in one aside
@pytest.mark.parametrize("text,target,grade", [
    ("Peripheral sensory neuropathy gr. 3 (bortezomib)", "Peripheral sensory neuropathy", 3),
    ("2 | 57/F | VRd | PR | Diarrhoea gr. 2 (lenalidomide)", "Diarrhoea", 2),
    ("He had grade ≥3 neutropenia during docetaxel.", "neutropenia", 3),
    ("She had II degree neutropenia after the second cycle of carboplatin.", "neutropenia", 2),
    ("Anaemia of degree 2 occurred after the third cycle of gemcitabine.", "Anaemia", 2),
    ("Colonoscopy confirmed immune-related colitis, CTCAE 3.", "colitis", 3),
    ("On pembrolizumab she developed pneumonitis (CTCAE 2) in week 9.", "pneumonitis", 2),
    ("Peripheral sensory neuropathy (G1 -> G2) developed with bortezomib.", "Peripheral sensory neuropathy", 2),
    ("Hand-foot syndrome (G1 → G3) led to a capecitabine dose reduction.", "Hand-foot syndrome", 3),
])
def test_grade_wordings_of_other_reports(nlp, text, target, grade):
    assert [(t, g) for t, _, g in events(nlp, text) if t == target] == [(target, grade)]


@pytest.mark.parametrize("text,target", [
    ("She developed first-degree atrioventricular block on crizotinib.", "atrioventricular block"),
    ("Toxicity was graded by CTCAE 4.03; she had fatigue on sunitinib.", "fatigue"),
    ("Events were graded with CTCAE 5 criteria; diarrhoea occurred on neratinib.", "diarrhoea"),
])
def test_degree_words_and_ctcae_versions_are_no_grades(nlp, text, target):
    assert [(t, g) for t, _, g in events(nlp, text) if t == target] == [(target, None)]


@pytest.mark.parametrize("text,expected", [
    # two events joined by "and", one bracketed grade: both have it
    ("She developed nausea and vomiting (grade 2) after the first cycle of cisplatin.",
     [("nausea", 2), ("vomiting", 2)]),
    ("Diarrhoea and mucositis (grade 3) followed the second course of irinotecan.",
     [("Diarrhoea", 3), ("mucositis", 3)]),
    # a longer list keeps the grade for its last event; an event with its own grade keeps it
    ("He had headache, fatigue and hyponatraemia (grade 3) on ipilimumab.",
     [("headache", None), ("fatigue", None), ("hyponatraemia", 3)]),
    ("She had grade 2 diarrhea and alopecia (grade 1) on FOLFIRI.", [("diarrhea", 2), ("alopecia", 1)]),
    # the procedure that names the event's kind stands between the grade and the event
    ("She also had grade 2 nausea and grade 2 radiation proctitis.", [("nausea", 2), ("proctitis", 2)]),
    ("Grade 3 radiation pneumonitis developed after chemoradiation with carboplatin.", [("pneumonitis", 3)]),
    # an analyte with its own grade before another analyte's graded rise
    ("Laboratory tests showed grade 3 ALT and grade 2 AST elevation on pembrolizumab.",
     [("ALT", 3), ("AST elevation", 2)]),
    ("On nivolumab she had grade 2 AST and grade 1 ALT increase.", [("AST", 2), ("ALT increase", 1)]),
])
def test_grades_shared_or_reached_across_words(nlp, text, expected):
    assert [(t, g) for t, _, g in events(nlp, text)] == expected


@pytest.mark.parametrize("text,label", [
    ("Grade 2 foot drop developed after the fourth dose of vincristine.", "Peripheral motor neuropathy"),
    ("A left wrist drop, grade 2, followed vinblastine.", "Peripheral motor neuropathy"),
])
def test_ctcae_names_of_common_wordings(nlp, text, label):
    assert label in [lab for _, lab, _ in events(nlp, text)]


# session 14 (phr14ae): grade shorthand, two grades of two events, cause words and lay names of CTCAE terms
@pytest.mark.parametrize("text,expected", [
    ("On weekly docetaxel: neutropenia gr 3, stomatitis gr 1.",
     [("neutropenia", "Neutrophil count decreased", 3), ("stomatitis", "Mucositis oral", 1)]),
    ("By cycle 3 she had low mood gr 1 and grade 3 thrombocytopenia.",
     [("low mood", "Depression", 1), ("thrombocytopenia", "Platelet count decreased", 3)]),
    ("Six weeks into nivolumab, grade 3 immune checkpoint inhibitor-related hepatitis appeared.",
     [("hepatitis", "Hepatitis", 3)]),
    ("She was admitted with G2 checkpoint-inhibitor-induced hypophysitis.", [("hypophysitis", "Hypophysitis", 2)]),
    ("He then had G2 nivolumab-induced hypothyroidism.", [("hypothyroidism", "Hypothyroidism", 2)]),
    ("Oxaliplatin caused tingling in the fingers (grade 2) from cycle 4.", [("tingling", "Paresthesia", 2)]),
    ("Painful mouth sores, grade 2, delayed the second course.", [("mouth sores", "Mucositis oral", 2)]),
    ("Levetiracetam was blamed for grade 1 mood changes.", [("mood changes", "Irritability", 1)]),
    ("Toxicity on irinotecan: diarrhoea – grade 3.", [("diarrhoea", "Diarrhea", 3)]),
    # two grades between two events after a dash, the second a range of its own
    ("During FOLFIRI: stomatitis – grade 1 and grade 2-3 diarrhoea.",
     [("stomatitis", "Mucositis oral", 1), ("diarrhoea", "Diarrhea", 3)]),
])
def test_session14_grade_and_name_wordings(nlp, text, expected):
    assert events(nlp, text) == expected
