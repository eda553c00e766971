"""Case detection on whole made-up reports of the shapes real case reports come in (session 31, case31).

Every text here was written for this test. The shapes: a case told inside a review, an images note, a letter, a
two-patient series ("Case 1", "Patient A"), a patient in a structured abstract's Results, a patient introduced late
("The patient, a retired teacher aged 79"), no age, no "case" word, web chrome, a JATS brief report, a child told by
the parents' account, a tumour board vignette, old terse abstracts that introduce nobody by a known opening
("A patient with CML treated with busulfan had ...", "Three men with seminoma were given ..."); and texts with no
case of their own: a trial counted in aggregate (also one that meets "a patient with a BRCA2 mutation" among its
counts), a review with a table of published cases, a cell line from a patient (whose donor the text goes on to
describe), a guideline ("he or she should ..."), an interview study. The signals combined for a text with no
known introduction (kg.extraction.cases.tells_one_patients_story): sentences told in the past of one person, vetoed
by a group's numbers, a laboratory model's donor, a cohort or a review; the case gate must never skip such a text.
"""
import pytest

from kg.extraction.case_gate import case_gate
from kg.extraction.cases import tells_one_patients_story
from kg.extraction.extract import extract_report
from kg.extraction.mentions import sentences_from_doc
from kg.model import Section
from kg.nlp.cues import Cue
from kg.readers import read_bytes
from kg.rules import rules

REVIEW_WITH_CASE = """Inflammatory myofibroblastic tumour of the bladder: a new case and review of the literature

Abstract
Inflammatory myofibroblastic tumour (IMT) of the urinary bladder is rare. We add a new case and review the 64 cases published since 1980. A 34-year-old man presented with painless gross haematuria. Cystoscopy showed a 4-cm polypoid mass at the dome, and transurethral resection revealed spindle cells in a myxoid stroma with ALK immunoreactivity; RNA sequencing found a TPM3-ALK fusion. Because the tumour involved the muscle wall, he underwent partial cystectomy with negative margins. Eighteen months later he remains free of recurrence. In the literature, most bladder IMTs occurred in young adults, ALK was positive in about two thirds, and recurrence followed incomplete resection. Crizotinib has produced responses in unresectable ALK-positive tumours. Complete excision remains the treatment of choice.

Keywords: inflammatory myofibroblastic tumour; bladder; ALK; literature review
"""

IMAGES_NOTE = """Images in Oncology

Cannonball metastases

A 71-year-old woman with a history of clear cell renal cell carcinoma treated by nephrectomy nine years earlier presented with dyspnoea. Chest radiography showed innumerable round opacities in both lungs (Figure 1). Biopsy confirmed metastatic clear cell renal cell carcinoma. She started cabozantinib, and the nodules shrank by half at three months.
"""

LETTER = """Letter to the Editor

Durable response to dabrafenib and trametinib in BRAF V600E-mutant ameloblastoma

To the Editor,
We read with interest the recent report on targeted therapy in odontogenic tumours and would like to share our experience. Our patient, a 45-year-old man, had a recurrent ameloblastoma of the mandible after three resections. Further surgery would have required a hemimandibulectomy, which he declined. Sequencing of the last specimen showed a BRAF V600E mutation. He was started on dabrafenib 150 mg twice daily and trametinib 2 mg daily. After four months the mass had decreased by 60%, a partial response, and it has remained stable for two years. He had intermittent grade 1 pyrexia only. This experience supports BRAF-directed therapy as an option when surgery would be mutilating.

Sincerely,
The authors
"""

SERIES = """Two cases of NTRK-rearranged infantile fibrosarcoma treated with larotrectinib

Introduction
Infantile fibrosarcoma is the most common soft tissue sarcoma in infants and usually carries an ETV6-NTRK3 fusion. We describe two patients treated at our centre.

Case 1
A 3-month-old boy presented with a rapidly growing mass of the left thigh. Biopsy showed a cellular spindle cell tumour, and FISH showed ETV6 rearrangement; sequencing confirmed ETV6-NTRK3. Because resection would have required amputation, larotrectinib was started. After six months the tumour had shrunk by 80%, and a conservative resection was performed with negative margins.

Case 2
A 5-week-old girl was referred with a congenital mass of the right forearm. Imaging showed a 6-cm vascular mass. Biopsy confirmed infantile fibrosarcoma with an ETV6-NTRK3 fusion. She received larotrectinib, and a complete response was seen at 10 months. Mild transaminase elevation (grade 1) resolved without dose change.

Discussion
Larotrectinib avoided mutilating surgery in both infants. Other series have reported response rates above 90%.
"""

STRUCTURED_RESULTS = """Background: Secretory carcinoma of the salivary gland is defined by an ETV6-NTRK3 fusion. Methods: We describe the course of one patient treated at our institution and review the reported cases. Results: A 52-year-old woman presented with a parotid mass. Parotidectomy showed secretory carcinoma with an ETV6-NTRK3 fusion. Three years later lung metastases appeared, and she received entrectinib with a partial response lasting 22 months. Conclusions: TRK inhibitors can control metastatic secretory carcinoma.
"""

LATE_PATIENT = """Cutaneous angiosarcoma of the scalp after long latency

Angiosarcoma of the scalp is an aggressive tumour of older adults. Its diagnosis is often delayed because early lesions resemble bruises. Surgery with wide margins and radiotherapy are the mainstays; paclitaxel is used for advanced disease.

The patient, a retired teacher aged 79, noticed a violaceous patch on his scalp that grew over four months. A punch biopsy showed irregular anastomosing vascular channels lined by atypical endothelial cells positive for CD31 and ERG, confirming cutaneous angiosarcoma. Because the lesion measured 9 cm and was multifocal, surgery was not possible. He received weekly paclitaxel 80 mg/m2, and after three months the lesion had flattened, a partial response. Grade 2 peripheral neuropathy led to a dose reduction. He died of disease progression 14 months after diagnosis.

Angiosarcoma responds to taxanes in about half of patients, but responses are rarely durable.
"""

NO_AGE = """Pembrolizumab in mismatch repair-deficient small bowel adenocarcinoma

A man in his sixties was admitted with anaemia and intermittent melena. Capsule endoscopy showed an ulcerated jejunal mass. Segmental resection revealed a moderately differentiated adenocarcinoma with loss of MLH1 and PMS2 expression. Two years later, peritoneal metastases developed. He received pembrolizumab every three weeks, and CT after nine weeks showed a marked decrease of the peritoneal nodules, a partial response. Treatment continued for two years without serious toxicity, and he remains in remission.
"""

NO_CASE_WORD = """Osimertinib after erlotinib failure in EGFR-mutant lung adenocarcinoma with leptomeningeal spread

In March 2018 a 58-year-old never-smoking woman was diagnosed with stage IV lung adenocarcinoma harbouring an EGFR exon 19 deletion. She received erlotinib and achieved a partial response. In June 2020 she developed headaches and diplopia; MRI showed leptomeningeal enhancement, and cerebrospinal fluid cytology confirmed malignant cells. Plasma testing revealed the EGFR T790M mutation. Osimertinib 160 mg daily was started in July 2020. Her headaches resolved within two weeks, and MRI in October 2020 showed complete resolution of the leptomeningeal enhancement. She remained well until May 2022, when brain MRI showed progression. Osimertinib has good central nervous system penetration, which explains such responses.
"""

WEB_CHROME = """Skip to main content
Menu
Search
Home > Journals > Clinical Case Reports > Volume 12
Download PDF
Share
Cite this article
Open Access

Complete response of metastatic uveal melanoma to tebentafusp

Received: 3 May 2023 / Accepted: 9 August 2023

A 63-year-old woman with HLA-A*02:01-positive uveal melanoma of the right eye was treated by enucleation. Four years later she developed multiple liver metastases. She received weekly tebentafusp. The first three doses caused grade 2 cytokine release syndrome with fever and hypotension, managed with fluids. After six months, MRI showed complete disappearance of the liver lesions, a complete response that lasted 18 months.

Metastatic uveal melanoma has a poor prognosis, and tebentafusp is the first therapy to prolong survival in a randomised trial.

References
1. Nathan P, et al. Overall survival benefit with tebentafusp. N Engl J Med. 2021.
"""

JATS_OTHER = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="brief-report">
<front><journal-meta><journal-title-group><journal-title>Made-up Oncology Notes</journal-title></journal-title-group></journal-meta>
<article-meta><article-id pub-id-type="doi">10.9999/mon.2024.017</article-id>
<title-group><article-title>Alectinib in ALK-rearranged inflammatory myofibroblastic tumour of the lung</article-title></title-group>
<abstract><p>We describe a young woman with an unresectable ALK-rearranged inflammatory myofibroblastic tumour who responded to alectinib.</p></abstract>
</article-meta></front>
<body>
<sec><title>Clinical summary</title>
<p>A 27-year-old woman presented with cough and a 7-cm mass of the left lower lobe invading the mediastinum. Core biopsy showed an inflammatory myofibroblastic tumour with diffuse ALK staining, and next-generation sequencing detected an EML4-ALK fusion. Because the mass was unresectable, alectinib 600 mg twice daily was started. After three months the mass had shrunk by 70%, a partial response, and she had grade 1 myalgia.</p>
</sec>
<sec><title>Comment</title>
<p>ALK inhibitors are effective in IMT; crizotinib was the first used.</p>
</sec>
</body></article>
"""

PARENTS_ACCOUNT = """Neuroblastoma presenting as opsoclonus-myoclonus

According to his parents, the 10-month-old boy had been well until three weeks before admission, when he became irritable, stopped crawling and developed rapid, chaotic eye movements. His mother noticed that he jerked his arms when he tried to grasp toys. Neurological examination confirmed opsoclonus-myoclonus. Abdominal MRI showed a 3-cm left adrenal mass, and urinary catecholamines were raised. The mass was resected completely; histology showed a differentiating neuroblastoma without MYCN amplification. He received dexamethasone pulses and intravenous immunoglobulin for the neurological syndrome. One year later his parents report that he walks holding on and babbles, with mild residual clumsiness.
"""

TUMOUR_BOARD = """Tumour board: a rising CEA after resection

Presentation
A 49-year-old woman, two years after right hemicolectomy for a stage III colon adenocarcinoma and six months of adjuvant FOLFOX, has a rising CEA. PET-CT shows two liver lesions in segments 6 and 7 and no extrahepatic disease. Tumour testing showed KRAS G12D mutation and proficient mismatch repair.

Question for the board
Should she have upfront liver resection or perioperative chemotherapy first?

Discussion
The surgeons favoured resection; the oncologists proposed FOLFIRI with bevacizumab first. The board recommended three months of FOLFIRI plus bevacizumab followed by resection. She completed six cycles with a partial response and underwent a segmental liver resection with clear margins.
"""

TRIAL_AGGREGATE = """Background: Neoadjuvant chemotherapy improves survival in muscle-invasive bladder cancer. Methods: In this randomised phase II trial, 124 patients were assigned to dose-dense MVAC or gemcitabine plus cisplatin before cystectomy. Results: Pathological complete response occurred in 38% and 31% of patients. Grade 3 or higher adverse events occurred in 52% and 44%. Median follow-up was 36 months. Conclusions: Both regimens were active; dose-dense MVAC caused more toxicity.
"""

REVIEW_TABLE = """ROS1-rearranged inflammatory myofibroblastic tumour: a systematic review of published cases

Abstract
ROS1 fusions occur in a minority of inflammatory myofibroblastic tumours. We searched PubMed and Embase for reports of ROS1-rearranged IMT and identified 41 patients in 29 publications. Median age was 9 years; 56% were female. The most frequent partners were TFG and YWHAE. Crizotinib was given to 14 patients, with objective responses in 11.

Table 1. Published cases
Patient  Age/sex  Site  Fusion  Treatment  Outcome
1  6/F  lung  TFG-ROS1  crizotinib  PR
2  14/M  mesentery  YWHAE-ROS1  surgery  NED
3  2/F  bladder  TFG-ROS1  crizotinib  CR

Conclusion: ROS1 inhibitors are effective in ROS1-rearranged IMT.
"""

CELL_LINE = """Establishment of a patient-derived cell line from an EWSR1-WT1 desmoplastic small round cell tumour

Abstract
Desmoplastic small round cell tumour (DSRCT) lacks preclinical models. We established a cell line from a pleural effusion of a patient with DSRCT. The cell line carried the EWSR1-WT1 fusion and grew as xenografts in immunodeficient mice. Drug screening identified sensitivity to trabectedin and to PARP inhibitors. RNA sequencing showed expression of neural markers. This model will facilitate preclinical studies of DSRCT.
"""

GUIDELINE = """Management of gastrointestinal stromal tumour: practice guideline of the national sarcoma group

Recommendations
1. Patients with localised GIST should undergo complete surgical resection.
2. Adjuvant imatinib for three years is recommended for patients with a high risk of recurrence.
3. Patients with KIT exon 9 mutations should receive imatinib 800 mg daily in the advanced setting.
4. Sunitinib is recommended after progression on imatinib, and regorafenib in the third line.
5. Mutational analysis should be performed in all patients.
"""
OLD_TERSE = """Pulmonary fibrosis after bleomycin for a germ cell tumour

Eighteen months after completing bleomycin, etoposide and cisplatin for a mediastinal germ cell tumour, the patient developed progressive dyspnoea. High-resolution CT showed basal reticulation, and lung biopsy showed interstitial fibrosis. He improved on prednisolone but remained breathless on exertion, and his diffusing capacity stayed at half the predicted value.
"""

GUIDE_PRONOUNS = """Oral chemotherapy at home: advice for nurses

Before the first cycle, the nurse should explain the schedule to the patient. If the patient cannot swallow tablets, he or she should contact the oncology team. The patient should keep a diary of doses, and his or her carer should know which symptoms need urgent review. Capecitabine tablets must be taken within 30 minutes after a meal. Hand-foot syndrome and diarrhoea are the commonest reasons to call.
"""

STUDY_NO_STATS = """Patient-reported symptoms during adjuvant letrozole

We interviewed women taking adjuvant letrozole about joint pain. Each participant described her symptoms in her own words, and the patient's account was recorded verbatim. Interviews lasted about 40 minutes. Themes were coded by two researchers. Joint stiffness in the morning was the most common complaint, followed by hot flushes.
"""

DONOR_LINE = """A new cell line from a BRAF V600E anaplastic thyroid carcinoma

We established a cell line from the thyroid tumour of a 68-year-old woman who had undergone total thyroidectomy. She had received no treatment before surgery. Her tumour carried BRAF V600E and TERT promoter mutations. The cells grew as xenografts in nude mice and were sensitive to dabrafenib plus trametinib in vitro.
"""

PATIENT_A_B = """Rechallenge with osimertinib after pneumonitis: Patient A and Patient B

Patient A
A 66-year-old woman with EGFR L858R lung adenocarcinoma developed grade 2 pneumonitis after five months of osimertinib. The drug was stopped and prednisolone was given. Osimertinib was restarted two months later without recurrence, and her tumour remained in partial response.

Patient B
A 59-year-old man with an EGFR exon 19 deletion had grade 3 pneumonitis after seven weeks of osimertinib. After steroids, he was rechallenged at 40 mg daily; pneumonitis recurred at grade 2 within a month, and he was switched to afatinib.
"""

BUSULFAN_TERSE = """Busulfan lung

A patient with chronic myeloid leukaemia treated with busulfan for four years had progressive dyspnoea and a dry cough. Lung biopsy showed atypical type II pneumocytes and interstitial fibrosis. Busulfan was withdrawn and prednisone was given, with partial improvement over six months.
"""

SERIES_TERSE = """Ototoxicity of cisplatin in seminoma

Three men with disseminated seminoma were given cisplatin, etoposide and bleomycin, and all noticed tinnitus during the second course. Audiometry showed high-frequency hearing loss in each. Carboplatin replaced cisplatin for the remaining courses, and the loss did not progress.
"""

AMMONIA_TERSE = """Hyperammonaemic encephalopathy during 5-fluorouracil infusion

An elderly man receiving continuous 5-fluorouracil for rectal carcinoma became confused and drowsy on the third day of the infusion. His plasma ammonia was 240 micromol/L, while liver tests were normal. The infusion was stopped and he recovered fully within 24 hours. Lactulose was given.
"""

TRIAL_FEW = """Background: Nab-paclitaxel is active in pancreatic cancer. Methods: Forty-two patients with metastatic pancreatic adenocarcinoma received nab-paclitaxel plus gemcitabine. Results: A patient with a BRCA2 mutation had a complete response. Partial responses were seen in 14 of 42 patients (33%), and the median overall survival was 10.1 months. Conclusions: The combination was active.
"""

# (name, text, is a case, age, sex) of the report's one case or first case
REPORTS = [
    ("review_with_case", REVIEW_WITH_CASE, True, 34, "male"),
    ("images_note", IMAGES_NOTE, True, 71, "female"),
    ("letter", LETTER, True, 45, "male"),
    ("two_case_series", SERIES, True, 0, "male"),
    ("structured_results", STRUCTURED_RESULTS, True, 52, "female"),
    ("patient_introduced_late", LATE_PATIENT, True, 79, "male"),
    ("no_age", NO_AGE, True, None, "male"),
    ("no_case_word", NO_CASE_WORD, True, 58, "female"),
    ("web_chrome", WEB_CHROME, True, 63, "female"),
    ("jats_brief_report", JATS_OTHER, True, 27, "female"),
    ("parents_account", PARENTS_ACCOUNT, True, 0, "male"),
    ("tumour_board", TUMOUR_BOARD, True, 49, "female"),
    ("old_terse_the_patient", OLD_TERSE, True, None, "male"),
    ("patient_a_and_b", PATIENT_A_B, True, 66, "female"),
    ("terse_a_patient_had", BUSULFAN_TERSE, True, None, None),
    ("terse_an_elderly_man_became", AMMONIA_TERSE, True, None, "male"),
    ("terse_three_men_were_given", SERIES_TERSE, True, None, None),  # (a series told together: no one sex noun)
    ("trial_aggregate", TRIAL_AGGREGATE, False, None, None),
    ("trial_meets_a_patient", TRIAL_FEW, False, None, None),
    ("review_with_table", REVIEW_TABLE, False, None, None),
    ("cell_line", CELL_LINE, False, None, None),
    ("cell_line_donor_described", DONOR_LINE, False, None, None),
    ("guideline", GUIDELINE, False, None, None),
    ("guideline_he_or_she", GUIDE_PRONOUNS, False, None, None),
    ("interview_study", STUDY_NO_STATS, False, None, None),
]


def _document(text):
    return next(read_bytes(text.encode(), "case.xml" if text.startswith("<?xml") else "case.txt"))


@pytest.mark.parametrize("name,text,is_case,age,sex", REPORTS, ids=[r[0] for r in REPORTS])
def test_report_shape(nlp, name, text, is_case, age, sex):
    cases = extract_report(_document(text), nlp).cases
    assert bool(cases) == is_case, f"{name}: {len(cases)} cases"
    if is_case:
        assert (cases[0].age, cases[0].sex) == (age, sex)


@pytest.mark.parametrize("name,text", [(r[0], r[1]) for r in REPORTS if r[2]], ids=[r[0] for r in REPORTS if r[2]])
def test_the_case_gate_never_skips_a_case(nlp, name, text):
    assert not case_gate(nlp).cannot_hold_case(_document(text))


def test_the_two_patients_of_a_series_are_two_cases(nlp):
    assert len(extract_report(_document(SERIES), nlp).cases) == 2
    assert [c.sex for c in extract_report(_document(PATIENT_A_B), nlp).cases] == ["female", "male"]


def test_a_title_that_names_the_patient_keeps_a_factless_case(nlp):
    # an old terse abstract of another disease: the title names the patient, the abstract tells the course only
    text = ("Pure red cell aplasia in a patient taking carbamazepine\n\n"
            "Pure red cell aplasia developed after eight weeks of carbamazepine for trigeminal neuralgia. "
            "Reticulocytes were absent and the marrow lacked erythroid precursors. "
            "Recovery followed withdrawal of the drug.")
    assert len(extract_report(_document(text), nlp).cases) == 1


def _sentences(nlp, text):
    return sentences_from_doc(nlp(text), Section(kind="abstract", title="", start=0, end=len(text)), 0, 0)


def _rows(category, which):
    return [pytest.param(row.id, ex, id=f"{row.id}-{i}") for row in rules("patient").rules if row.category == category
            for i, ex in enumerate(getattr(row, which)) if isinstance(ex, str)]


CUES = {"ONE_PATIENT_REF": Cue.ONE_PATIENT_REF, "GROUP_STATISTIC": Cue.GROUP_STATISTIC,
        "INDEFINITE_PERSON": Cue.INDEFINITE_PERSON}


@pytest.mark.parametrize("category", sorted(CUES))
def test_every_row_has_examples_of_several_wordings(category):
    rows = [r for r in rules("patient").rules if r.category == category]
    assert rows and all(len(r.examples) >= 3 and r.counter_examples for r in rows)


@pytest.mark.parametrize("category,row_id,text", [(c, *p.values) for c in sorted(CUES) for p in _rows(c, "examples")])
def test_story_cue_example(nlp, category, row_id, text):
    assert any(s.cue(CUES[category]) for s in _sentences(nlp, text)), row_id


@pytest.mark.parametrize("category,row_id,text", [(c, *p.values) for c in sorted(CUES)
                                                  for p in _rows(c, "counter_examples")])
def test_story_cue_counter_example(nlp, category, row_id, text):
    hits = [s.cue(CUES[category]) for s in _sentences(nlp, text)]
    assert not any(h is not None and h.rule == row_id for h in hits), row_id


def test_a_story_needs_the_past_tense_and_no_group_numbers(nlp):
    told = "The patient developed a rash on day 5. He recovered after the drug was stopped."
    assert tells_one_patients_story(_sentences(nlp, told))
    # present and modal: anyone's care, not one person's story
    assert not tells_one_patients_story(_sentences(nlp, "The patient should be told of the risk. He may need a dose change."))
    # a group counted beside it: a study that meets a patient among its counts
    counted = told + " Rashes occurred in 12 of 40 patients."
    assert not tells_one_patients_story(_sentences(nlp, counted))


# a JATS review-article with a case section: its own patient told without citations, or the literature's recounted
REVIEW_OWN = """Targeted therapy of BRAF V600E-mutant gliomas in adults: a narrative review

Introduction
BRAF V600E occurs in a minority of adult gliomas, most often in epithelioid glioblastoma and pleomorphic xanthoastrocytoma. Combined BRAF and MEK inhibition has produced durable responses in several series [1, 2].

Case presentation
A 31-year-old woman presented with headaches and a left temporal mass. Resection showed an epithelioid glioblastoma with a BRAF V600E mutation. She received radiotherapy with temozolomide. Eight months later the tumour recurred. She was started on dabrafenib and trametinib, and MRI after three months showed a partial response. She developed grade 2 pyrexia, which settled after a short interruption.

Discussion
In the ROAR basket trial, the response rate in high-grade glioma was 33% [3]. Responses in epithelioid tumours may be longer [4].
"""
REVIEW_LIT = """Targeted therapy of BRAF V600E-mutant gliomas in adults: a narrative review

Introduction
BRAF V600E occurs in a minority of adult gliomas. Combined BRAF and MEK inhibition has produced durable responses [1, 2].

Case reports
Smith et al. described a 31-year-old woman with epithelioid glioblastoma who responded to dabrafenib and trametinib [5]. A second report described a 44-year-old man whose tumour progressed after four months on vemurafenib [6]. Lee et al. reported a child with a pleomorphic xanthoastrocytoma who had a complete response to dabrafenib [7].

Discussion
In the ROAR basket trial, the response rate in high-grade glioma was 33% [3].
"""

def jats(title, secs):
    body = "".join(f"<sec><title>{t}</title>{''.join(f'<p>{p}</p>' for p in ps.strip().split(chr(10)))}</sec>" for t, ps in secs)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="review-article">'
            '<front><journal-meta><journal-title-group><journal-title>Made-up Neuro-Oncology Reviews</journal-title></journal-title-group></journal-meta>'
            '<article-meta><article-id pub-id-type="doi">10.9999/mnor.2024.031</article-id>'
            f'<title-group><article-title>{title}</article-title></title-group></article-meta></front><body>{body}</body></article>\n')

def sections(text):
    out = []
    for block in text.split("\n\n")[1:]:
        head, _, rest = block.partition("\n")
        out.append((head, rest))
    return out

JATS_REVIEW_OWN = jats("Targeted therapy of BRAF V600E-mutant gliomas in adults", sections(REVIEW_OWN))
JATS_REVIEW_LIT = jats("Targeted therapy of BRAF V600E-mutant gliomas in adults", sections(REVIEW_LIT))


def test_a_reviews_case_section_told_without_the_literature_is_its_own_patient(nlp):
    [case] = extract_report(_document(JATS_REVIEW_OWN), nlp).cases
    assert (case.age, case.sex) == (31, "female")
    assert extract_report(_document(JATS_REVIEW_LIT), nlp).cases == []


TRIAL_PARTICIPANT = """A phase II trial of nab-sirolimus in malignant PEComa: report of a participant with a durable response

Background: mTOR inhibitors are active in PEComa.
Methods: Thirty-one patients with advanced PEComa were enrolled and received nab-sirolimus weekly.
Results: The objective response rate was 39%, and the median duration of response was not reached. One participant, a 38-year-old woman with a uterine PEComa harbouring a TSC2 mutation, had received doxorubicin and ifosfamide before enrolment. She started nab-sirolimus in March 2019. Her pelvic mass decreased by 70% within four months, a partial response. She developed grade 2 stomatitis, which was managed with a dexamethasone mouthwash. She remained on treatment for more than three years.
Conclusions: Nab-sirolimus is active in PEComa.
"""

TRIAL_COUNTS_ONE = """A phase I study of an FGFR inhibitor in advanced solid tumours

Background: We report the dose-escalation part of a first-in-human study. Methods: Thirty-two patients with FGFR-altered solid tumours received the drug at one of five dose levels. Results: The maximum tolerated dose was 12 mg daily. Hyperphosphataemia occurred in 78% of patients. Objective responses were seen in 6 of 32 patients (19%). One patient, a 41-year-old man with intrahepatic cholangiocarcinoma harbouring an FGFR2-BICC1 fusion, had a partial response lasting 27 months. Conclusions: The drug was tolerable and active in FGFR2-fused cholangiocarcinoma.
"""


def test_a_trial_participant_told_individually_is_a_case_and_a_counted_one_is_not(nlp):
    # (gold conventions: a trial participant described individually is a case; "one patient ... had a partial
    # response" among a trial's results is a count)
    [case] = extract_report(_document(TRIAL_PARTICIPANT), nlp).cases
    assert (case.age, case.sex) == (38, "female")
    assert extract_report(_document(TRIAL_COUNTS_ONE), nlp).cases == []
