"""Session 29 (ae29): graded adverse events read from whole made-up reports, grouped by the mechanism that failed
before. A grade whose phrase ends at a full stop is no name of the next sentence's first entity ("... was grade 3.
Four months later ..."); a sharing word before a grade told after a qualifier ("... during cycles 2-4 were both
grade 3"); analytes listed before a bare grade ("ALT and AST rose to grade 3"); "a grade of 2"; an inline list led
by its grading ("Toxicities (CTCAE v5): nausea 2, fatigue 1"); a syndrome graded after its listed manifestations
("a first-infusion reaction with chills and wheezing was grade 2"); event names CTCAE lists under other words
(perianal abscess, CMV reactivation, gained weight); an ungraded vague name restated by a graded precise one
("Transaminases rose ...; the ALT increase was grade 2"); a list that is the grade's subject ("nausea and vomiting
were grade 2"). The negatives keep events the patient did not have
out. Every text is our own."""
import pytest

from rule_examples import graded_events


def _report(title: str, body: str) -> str:
    return f"{title}\n\nCase presentation\n{body}\n"


REPORTS = [
    # a grade ends its phrase at the full stop: the next sentence's first entity is not what it names
    ("Docetaxel", "A 64-year-old man with lung adenocarcinoma received docetaxel 75 mg/m2 from March 2021. Neutropenia "
     "during docetaxel was grade 3. Four months after the last dose, the mass grew.",
     [("Neutrophil count decreased", 3)]),
    ("Sunitinib", "A 58-year-old man with renal cell carcinoma took sunitinib 50 mg daily from 2019. Hand-foot syndrome "
     "in the second cycle reached grade 2. After six months the liver lesions were larger.",
     [("Palmar-plantar erythrodysesthesia syndrome", 2)]),
    ("Paclitaxel", "A 61-year-old woman with ovarian cancer received weekly paclitaxel from 2020. Her fatigue was "
     "grade 2. Carboplatin was added in May.",
     [("Fatigue", 2)]),
    # a sharing word after the list's qualifier
    ("Venetoclax", "A 70-year-old man with chronic lymphocytic leukaemia began venetoclax with obinutuzumab in 2022. "
     "Neutropenia and thrombocytopenia during cycles 2-4 were both grade 3.",
     [("Neutrophil count decreased", 3), ("Platelet count decreased", 3)]),
    ("FOLFOX", "A 55-year-old woman with colon cancer started FOLFOX in 2020. Anaemia and neutropenia after the third "
     "cycle were both grade 2, and no transfusion was needed.",
     [("Anemia", 2), ("Neutrophil count decreased", 2)]),
    ("Lenvatinib", "A 62-year-old man with thyroid cancer took lenvatinib from 2018. Hypertension and proteinuria in "
     "the first two months each reached grade 2.",
     [("Hypertension", 2), ("Proteinuria", 2)]),
    # a list that is the grade's subject (a plural copula, 'both' before it, or its verb right after it)
    ("Cisplatin", "A 52-year-old woman with cervical cancer received weekly cisplatin from 2019. Nausea and vomiting "
     "were grade 2 and ondansetron was added.",
     [("Nausea", 2), ("Vomiting", 2)]),
    ("Erlotinib rash", "A 63-year-old man with lung cancer took erlotinib from 2020. Both fatigue and anorexia were "
     "grade 2 during the first month.",
     [("Anorexia", 2), ("Fatigue", 2)]),
    ("Imatinib", "A 47-year-old woman with a gastrointestinal stromal tumour took imatinib from 2017. Periorbital "
     "oedema and muscle cramps reached grade 1 in the third month.",
     [("Muscle cramp", 1), ("Periorbital edema", 1)]),
    ("Docetaxel relative clause", "A 66-year-old man with prostate cancer received docetaxel from 2018. He had "
     "fatigue and a rash that was grade 2 after cycle 3.",
     # (session 42: the unsized fatigue beside a graded event is no entry, the gold's convention 5; it takes no grade)
     [("Rash maculo-papular", 2)]),
    # analytes listed before the bare grade
    ("Nivolumab hepatitis", "A 59-year-old man with melanoma received nivolumab and ipilimumab from 2020. After the "
     "third dose his ALT and AST rose to grade 3, and steroids were started.",
     [("Alanine aminotransferase increased", 3), ("Aspartate aminotransferase increased", 3)]),
    ("Alectinib", "A 47-year-old woman with ALK-positive lung cancer took alectinib from 2019. In week 8 her AST, ALT "
     "and bilirubin all reached grade 2.",
     [("Alanine aminotransferase increased", 2), ("Aspartate aminotransferase increased", 2),
      ("Blood bilirubin increased", 2)]),
    ("Osimertinib", "A 66-year-old woman with EGFR-mutant lung cancer took osimertinib from 2021. ALT and AST reached "
     "grade 1 in the second month.",
     [("Alanine aminotransferase increased", 1), ("Aspartate aminotransferase increased", 1)]),
    # "a grade of N"
    ("Everolimus", "A 58-year-old woman with breast cancer took everolimus with exemestane from 2019. Stomatitis "
     "reached a grade of 2 in week 3.",
     [("Mucositis oral", 2)]),
    ("Axitinib", "A 63-year-old man with kidney cancer took axitinib from 2016. His hypertension attained a grade of "
     "3 despite two drugs.",
     [("Hypertension", 3)]),
    ("Vincristine", "A 9-year-old boy with rhabdomyosarcoma received vincristine from 2018. The constipation was "
     "scored at a grade of 2 by the nurses.",
     [("Constipation", 2)]),
    # an inline list led by its grading
    ("Gemcitabine", "A 71-year-old man with pancreatic cancer received gemcitabine from 2020. Toxicities (CTCAE v5): "
     "nausea 2, fatigue 1.",
     [("Fatigue", 1), ("Nausea", 2)]),
    ("Erlotinib", "A 66-year-old woman with lung cancer took erlotinib from 2019. Adverse events (CTCAE grade): "
     "diarrhoea 1, paronychia 1, anorexia 2.",
     [("Anorexia", 2), ("Diarrhea", 1), ("Paronychia", 1)]),
    ("Cabozantinib", "A 60-year-old man with kidney cancer took cabozantinib from 2018. Side effects by grade - "
     "hypertension 3; proteinuria 2; fatigue 2.",
     [("Fatigue", 2), ("Hypertension", 3), ("Proteinuria", 2)]),
    # a syndrome graded after its listed manifestations
    ("Daratumumab", "A 68-year-old man with myeloma received daratumumab from 2022. A first-infusion reaction with "
     "chills and wheezing was grade 2.",
     [("Infusion related reaction", 2)]),
    ("Rituximab", "A 70-year-old man with follicular lymphoma received rituximab from 2019. An infusion reaction with "
     "flushing, fever and hypotension was grade 3 and the infusion was stopped.",
     [("Infusion related reaction", 3)]),
    ("Cetuximab", "A 57-year-old man with head and neck cancer received cetuximab from 2017. The first-dose reaction "
     "with urticaria and bronchospasm was grade 3.",
     [("Infusion related reaction", 3)]),
    # a vague name (no CTCAE term) named precisely by an event of its organ class in the list after 'with'
    ("Vincristine", "A 12-year-old girl with rhabdomyosarcoma received vincristine and dactinomycin from 2019. Grade 2 "
     "vincristine neuropathy with jaw pain and foot drop followed the fourth dose.",
     [("Peripheral motor neuropathy", 2)]),
    ("Bortezomib", "A 66-year-old man with multiple myeloma received bortezomib from 2020. He had grade 3 neuropathy "
     "with leg pain and numbness of both feet, and bortezomib was stopped.",
     [("Peripheral sensory neuropathy", 3)]),
    ("Oxaliplatin", "A 59-year-old woman with colon cancer received FOLFOX from 2018. Grade 1 neuropathy with "
     "hoarseness was noted after the sixth cycle.",
     [("Peripheral sensory neuropathy", 1)]),
    # CTCAE events under other words
    ("Idarubicin", "A 40-year-old man with acute myeloid leukaemia received cytarabine and idarubicin in 2022. "
     "Febrile neutropenia followed and was grade 3; a perianal abscess developed as well, also grade 3.",
     [("Anorectal infection", 3), ("Febrile neutropenia", 3)]),
    ("Alemtuzumab", "A 62-year-old man with chronic lymphocytic leukaemia received alemtuzumab in 2021. Grade 2 CMV "
     "reactivation was treated with valganciclovir.",
     [("Cytomegalovirus infection reactivation", 2)]),
    ("Lorlatinib", "A 50-year-old woman with ALK-positive lung cancer started lorlatinib in 2021. She gained weight "
     "and her triglycerides rose; both were grade 2.",
     [("Hypertriglyceridemia", 2), ("Weight gain", 2)]),
    # an ungraded vague name restated by a graded precise one
    ("Larotrectinib", "A 2-year-old boy with infantile fibrosarcoma received larotrectinib from 2022. Transaminases "
     "rose in week two; the ALT increase was grade 2 and settled without a dose change.",
     [("Alanine aminotransferase increased", 2)]),
    ("Sorafenib", "A 61-year-old man with liver cancer took sorafenib from 2015. His transaminases increased in week "
     "4, with a grade 3 ALT elevation, and sorafenib was paused.",
     [("Alanine aminotransferase increased", 3)]),
    ("Pembrolizumab hepatitis", "A 64-year-old woman with lung cancer received pembrolizumab from 2021. Liver "
     "transaminases went up after a month; the AST elevation was grade 1.",
     [("Aspartate aminotransferase increased", 1)]),
]

NEGATIVES = [
    # no event the patient did not have
    ("Imatinib", "A 50-year-old man with a gastrointestinal stromal tumour took imatinib from 2018. He had no "
     "neutropenia during imatinib; periorbital oedema was grade 1.",
     [("Periorbital edema", 1)]),
    ("Pembrolizumab", "A 60-year-old woman with lung cancer received pembrolizumab from 2020. Because of the risk of "
     "pneumonitis and colitis, both grade 3 in trials, she was followed closely; hypothyroidism was grade 2.",
     [("Hypothyroidism", 2)]),
    ("Posaconazole", "A 45-year-old man with acute myeloid leukaemia received cytarabine and daunorubicin in 2021. "
     "Posaconazole was given to prevent fungal infection. Nausea during induction was grade 2.",
     [("Nausea", 2)]),
    # an appositive's article: "X, a grade 2 Y" grades Y, whose manifestation X is
    ("Gilteritinib", "A 61-year-old woman with acute myeloid leukaemia started gilteritinib in 2023. On day 10 she "
     "developed fever and weight gain, a grade 2 differentiation syndrome that settled with dexamethasone.",
     [("Retinoic acid syndrome", 2)]),
    # a grade right before an event names that event, not the lab value before it
    ("Atezolizumab", "A 58-year-old woman with lung cancer received atezolizumab from 2021. In week 9 her TSH was "
     "45 mIU/L, grade 2 hypothyroidism, and levothyroxine was started.",
     [("Hypothyroidism", 2)]),
    # a bare number that is no grade after a list lead that names no grading: the event stays ungraded
    ("Crizotinib", "A 52-year-old woman with ALK-positive lung cancer took crizotinib from 2019. Visual disturbance "
     "was grade 1. Side effects: nausea 2 days after each dose.",
     # (session 42: the unsized nausea beside a graded event is no entry; "2 days" grades nothing)
     [("Blurred vision", 1)]),
]


@pytest.mark.parametrize("title,body,expected", REPORTS + NEGATIVES, ids=[r[0] for r in REPORTS + NEGATIVES])
def test_graded_events(nlp, title, body, expected):
    assert graded_events(nlp, _report(title, body)) == set(expected)
