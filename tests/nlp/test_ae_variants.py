"""CTCAE lab terms ("Creatinine increased") as case reports write them, and curated AE synonyms."""
import pytest


@pytest.mark.parametrize("phrase,label", [
    ("creatinine increase", "Creatinine increased"),
    ("elevated lipase", "Lipase increased"),
    ("lipase elevation", "Lipase increased"),
    ("decreased platelet count", "Platelet count decreased"),
    ("low lymphocyte count", "Lymphocyte count decreased"),
    ("weight increase", "Weight gain"),
    ("mucositis", "Mucositis oral"),
    ("cognitive effects", "Cognitive disturbance"),
    ("acneiform rash", "Rash acneiform"),
    ("deep vein thrombosis", "Thromboembolic event"),
    ("hypersensitivity reaction", "Allergic reaction"),
    ("infusion reaction", "Infusion related reaction"),
    ("acute renal failure", "Acute kidney injury"),
    ("interstitial pneumonia", "Pneumonitis"),
    # CTCAE names a pneumonia "Lung infection"; CD4 lymphopenia and word-finding difficulty (issue #11, session 9)
    ("pneumonia", "Lung infection"),
    ("CD4 lymphopenia", "CD4 lymphocytes decreased"),
    ("word-finding difficulty", "Dysphasia"),
    # no CTCAE term names these: project-local terms, like Hepatotoxicity
    ("cardiotoxicity", "Cardiotoxicity"),
    ("renal toxicity", "Nephrotoxicity"),
    ("bone marrow suppression", "Myelosuppression"),
    ("immune-related thyroiditis", "Thyroiditis"),
    # named drug-toxicity syndromes and organ failures (issue #11, second round)
    ("renal insufficiency", "Acute kidney injury"),
    ("impaired renal function", "Acute kidney injury"),
    ("haemolytic uraemic syndrome", "Hemolytic uremic syndrome"),
    ("hepatic veno-occlusive disease", "Sinusoidal obstruction syndrome"),
    ("second degree Mobitz type II atrioventricular block", "Mobitz (type) II atrioventricular block"),
    ("complete heart block", "Atrioventricular block complete"),
    ("AV block", "Atrioventricular block"),
    ("anthracycline cardiomyopathy", "Cardiomyopathy"),
    ("takotsubo cardiomyopathy", "Takotsubo cardiomyopathy"),
    ("apical ballooning syndrome", "Takotsubo cardiomyopathy"),
    ("SIADH", "Syndrome of inappropriate antidiuretic hormone secretion"),
    ("ocular and orbital toxicity", "Ocular toxicity"),
    ("myeloencephalopathy", "Myeloencephalopathy"),
    ("necrotising fasciitis", "Necrotizing fasciitis"),
    ("premature ovarian failure", "Ovarian failure"),
    ("acute encephalopathy", "Encephalopathy"),
    # common names of CTCAE v5.0 terms (issue #11, adverse-event round): the CTCAE name is the label
    ("xerostomia", "Dry mouth"),
    ("herpes zoster", "Shingles"),
    ("vitiligo", "Skin hypopigmentation"),
    ("hyperpigmentation", "Skin hyperpigmentation"),
    ("photopsia", "Flashing lights"),
    ("xerosis", "Dry skin"),
    ("itching", "Pruritus"),
    ("palmar-plantar erythrodysesthesia", "Palmar-plantar erythrodysesthesia syndrome"),
    ("hand-foot skin reactions", "Palmar-plantar erythrodysesthesia syndrome"),
    ("LVEF decline", "Ejection fraction decreased"),
    ("anaphylactic shock", "Anaphylaxis"),
    ("posterior reversible encephalopathy syndrome", "Reversible posterior leukoencephalopathy syndrome"),
    ("acute respiratory distress syndrome", "Adult respiratory distress syndrome"),
    ("optic neuritis", "Optic nerve disorder"),
    ("liver failure", "Hepatic failure"),
    ("convulsions", "Seizure"),
    ("shortness of breath", "Dyspnea"),
    ("cerebral hemorrhage", "Intracranial hemorrhage"),
    ("organizing pneumonia", "Pneumonitis"),
    ("muscle weakness", "Generalized muscle weakness"),
    ("skin rash acneiform", "Rash acneiform"),      # not "skin rash" + a stray "acneiform"
])
def test_nlp_adverse_event_variants_link_to_ctcae(nlp, phrase, label):
    ents = [e for e in nlp(f"She developed grade 2 {phrase}.").ents if e.label_ == "ADVERSE_EVENT"]
    assert [(e.text, e._.pref_label) for e in ents] == [(phrase, label)]


def test_nlp_lab_variants_only_for_changes():
    from kg.nlp.terms_index import _lab_change_variants

    assert "elevated creatinine" in _lab_change_variants("creatinine increased")
    assert "low platelet count" in _lab_change_variants("platelet count decreased")
    assert _lab_change_variants("fatigue") == set() and _lab_change_variants("increased") == set()


@pytest.mark.parametrize("sentence,grade", [
    ("He developed neutropenia (CTCAE v5.0 grade 3) in April.", 3),
    ("He developed neutropenia (grade 3) in April.", 3),
    ("He developed neutropenia, 2 weeks later grade 3 diarrhea.", None),
])
def test_nlp_grade_after_the_event_with_a_ctcae_version_between(nlp, sentence, grade):
    (ae,) = [e for e in nlp(sentence).ents if e.label_ == "ADVERSE_EVENT" and e.text == "neutropenia"]
    assert ae._.grade == grade


@pytest.mark.parametrize("phrase,label", [
    ("Taxol", "Paclitaxel"),            # a brand name is its generic's term (NCIT:C1411)
    ("paclitaxel", "Paclitaxel"),
    ("cisplatinum", "Cisplatin"),
    ("polyethylene glycol-asparaginase", "pegaspargase"),
    ("PEG-asparaginase", "pegaspargase"),
    ("diethylstilbestrol", "diethylstilbestrol"),
    ("S-1", "S-1"),
])
def test_nlp_drug_names_reports_use(nlp, phrase, label):
    ents = [e for e in nlp(f"She was treated with {phrase} in May.").ents if e.label_ == "DRUG"]
    assert [(e.text, e._.pref_label) for e in ents] == [(phrase, label)]


def test_nlp_brand_and_generic_are_one_term(nlp):
    ents = [e for e in nlp("She received paclitaxel (Taxol) and carboplatin.").ents if e.label_ == "DRUG"]
    assert {e._.curie for e in ents if e.text in ("paclitaxel", "Taxol")} == {"NCIT:C1411"}
