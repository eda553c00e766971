"""Session 28 (drug28): which drugs a whole made-up report tells given, and which it names without giving them.
Not given: a not-done predicate with a connective between the copula and 'not' ("was therefore not used", "was thus
not added"); a treatment a later clause of its sentence calls "not chosen" / "not selected" through a pronoun ("X with
Y was the usual choice, but ..., and it was not chosen"); a drug called the first (or obvious) one considered, with
nothing after it in its clause ("X was the first ALK inhibitor considered; Y was preferred"); a drug "to be added /
given / used at recurrence" that the report never tells given; every item of a never-treated list ("no prior
treatment with X, Y or Z", "had not previously received X, Y or Z", "naive to X and Y"); a drug of the clause that
another drug opens after ", and" / ", but" and that this clause tells not started. Given: the drug of the clause
before ("She received X, and Y, intended from day 1, was never started"); a drug started in a sentence that also
tells the patient's own access to a trial ("a trial was considered, but enrolment had closed, and X was started"; "Y
was not available outside a trial, so X was given"), which read as literature before.
Texts written for this test (no benchmark page)."""
import pytest

from rule_examples import check_drugs


REPORTS = [
    # a connective between the copula and "not"
    (['gemcitabine', 'oxaliplatin'], ['brentuximab vedotin'],
     'Case report\nA 66-year-old man had peripheral T-cell lymphoma. At relapse CD30 was found in fewer than 5% of the '
     'tumour cells, and brentuximab vedotin was therefore not used. Gemcitabine with oxaliplatin was started and the '
     'nodes shrank.'),
    (['fluorouracil', 'irinotecan', 'leucovorin'], ['bevacizumab'],
     'Case presentation\nA 55-year-old man had metastatic colorectal cancer. He was treated with FOLFIRI. Bevacizumab '
     'was thus not added because of a recent bowel anastomosis. The liver lesions shrank by 40%.'),
    (['docetaxel'], ['trastuzumab'],
     'Abstract\nWe report a woman with HER2-negative breast cancer.\n\nCase presentation\nA 48-year-old woman had '
     'HER2-negative metastatic breast cancer. Trastuzumab was consequently not given. She received docetaxel and had '
     'a partial response.'),
    # a pronoun subject of "not chosen / not selected" later in the sentence
    (['ivosidenib', 'azacitidine'], ['venetoclax'],
     'Case report\nAn 81-year-old man had acute myeloid leukaemia with an IDH1 mutation. Venetoclax with azacitidine was '
     'the usual regimen, but his cardiologist advised against the monitoring it needs, and it was not chosen. He began '
     'ivosidenib with azacitidine and reached a complete remission.'),
    (['lenvatinib'], ['atezolizumab', 'bevacizumab'],
     'Case report\nA 66-year-old man had advanced hepatocellular carcinoma. Atezolizumab plus bevacizumab was the '
     'preferred regimen, but he had large varices, so it was not selected. Lenvatinib 8 mg daily was started.'),
    (['carboplatin', 'gemcitabine'], ['cisplatin'],
     'Discharge summary\nA 70-year-old man with metastatic urothelial carcinoma was admitted for his first cycle. '
     'Cisplatin-based therapy was standard, but his creatinine clearance was 38 mL/min and it was not chosen. '
     'Carboplatin with gemcitabine was given on day 1 and day 8.'),
    # "X was the first <drug kind> considered" with nothing after it in its clause
    (['alectinib', 'ifosfamide', 'carboplatin', 'etoposide'], ['crizotinib'],
     'Case report\nA 40-year-old man had ALK-positive anaplastic large cell lymphoma that relapsed after CHOP. Salvage '
     'ICE held the disease stable. Crizotinib was the first ALK inhibitor considered; alectinib was preferred for its '
     'CNS penetration. On alectinib 600 mg twice daily he reached a complete metabolic response.'),
    (['pembrolizumab', 'axitinib'], ['cabozantinib'],
     'Case presentation\nA 59-year-old woman had metastatic clear cell renal cell carcinoma. Cabozantinib was the '
     'obvious agent discussed at the tumour board. Pembrolizumab with axitinib was then started, with a partial '
     'response at 12 weeks.'),
    (['osimertinib'], ['gefitinib'],
     'Case report\nA 52-year-old non-smoker had lung adenocarcinoma with an EGFR exon 19 deletion. Gefitinib was one '
     'option considered. Osimertinib 80 mg daily was chosen for its intracranial activity and given for 20 months.'),
    # "to be added / given / used at recurrence": a plan for a later event, never told given
    (['carboplatin', 'paclitaxel'], ['bevacizumab'],
     'Case report\nA 62-year-old woman had high-grade serous ovarian carcinoma. After debulking she received carboplatin '
     'and paclitaxel. Bevacizumab was to be added at recurrence. She remains free of disease at 30 months.'),
    (['temozolomide'], ['lomustine'],
     'Case presentation\nA 50-year-old man had a glioblastoma, resected and treated with radiotherapy and concomitant '
     'temozolomide. Lomustine was to be given at progression. He remains well and is back at work.'),
    (['imatinib'], ['sunitinib'],
     'Case report\nA 57-year-old man had a gastrointestinal stromal tumour of the stomach with a KIT exon 11 mutation. '
     'Adjuvant imatinib 400 mg daily was taken for three years. Sunitinib was to be used only if the tumour recurred. '
     'He was well at the last visit.'),
    # a recurrence that did happen, and the drug told given then: given
    (['carboplatin', 'paclitaxel', 'bevacizumab'], [],
     'Case report\nA 58-year-old woman had ovarian carcinoma treated with carboplatin and paclitaxel. Bevacizumab was to '
     'be added at recurrence. Fourteen months later she relapsed, and carboplatin, paclitaxel and bevacizumab were '
     'given for six cycles.'),
    # the patient's own access to a trial, and the drug given in the same sentence
    (['larotrectinib', 'repotrectinib'], ['selitrectinib'],
     'Case report\nA 34-year-old woman had an NTRK1-rearranged sarcoma that responded to larotrectinib for two years. '
     'A selitrectinib trial was considered, but enrolment had closed, and repotrectinib 160 mg daily was started. The '
     'lesions shrank again.'),
    (['trastuzumab', 'pertuzumab'], ['zanidatamab'],
     'Case presentation\nA 61-year-old woman had HER2-amplified biliary tract cancer after gemcitabine and cisplatin. '
     'Zanidatamab was recommended but was not available outside a trial, so trastuzumab and pertuzumab were given. '
     'The disease was stable at 12 weeks.'),
    (['regorafenib'], [],
     'Case report\nA 63-year-old man had metastatic colorectal cancer progressing after FOLFOX and FOLFIRI. No suitable '
     'clinical trial was available, and regorafenib was started at 120 mg daily. The CEA fell for four months.'),
    # a never-treated list: the cue covers every item up to the next verb, not only the first ones its window reached
    (['carboplatin', 'pemetrexed'], ['osimertinib', 'gefitinib', 'erlotinib'],
     'Case report\nA 64-year-old man had EGFR-mutant lung adenocarcinoma. He had no prior treatment with osimertinib, '
     'gefitinib or erlotinib. Carboplatin and pemetrexed were given for four cycles.'),
    (['ibrutinib'], ['fludarabine', 'cyclophosphamide', 'rituximab'],
     'Case presentation\nA 70-year-old woman had chronic lymphocytic leukaemia. She had no previous chemotherapy '
     '(including fludarabine, cyclophosphamide and rituximab). Ibrutinib 420 mg daily was started.'),
    (['lenalidomide'], ['daratumumab', 'carfilzomib', 'pomalidomide'],
     'Case report\nA 68-year-old woman had relapsed multiple myeloma. She had not previously received daratumumab, '
     'carfilzomib or pomalidomide. She was treated with lenalidomide and had a very good partial response.'),
    (['atezolizumab', 'bevacizumab'], ['sorafenib', 'lenvatinib'],
     'Case report\nA 64-year-old man had hepatocellular carcinoma. He was naive to sorafenib and lenvatinib when '
     'atezolizumab with bevacizumab was started.'),
    # a drug given in a clause whose verb comes before it keeps that clause: the next clause, opened by another drug after
    # ", and" / ", but", tells only that drug not given
    (['azacitidine'], ['venetoclax'],
     'Case report\nA 77-year-old woman had acute myeloid leukaemia. She received azacitidine, and venetoclax, intended '
     'from day 1, was withheld throughout because of sepsis and never started.'),
    (['letrozole'], ['palbociclib'],
     'Case presentation\nA 63-year-old woman had metastatic breast cancer. She was given letrozole, but palbociclib, '
     'planned with it, was never started because of neutropenia.'),
    (['carboplatin', 'pemetrexed'], ['pembrolizumab'],
     'Case report\nA 60-year-old man had lung adenocarcinoma. The team started carboplatin with pemetrexed, and '
     'pembrolizumab, scheduled from cycle 2, was never given because of pneumonitis.'),
]


@pytest.mark.parametrize("given, not_given, text", REPORTS, ids=[f"report{i}" for i in range(len(REPORTS))])
def test_drugs_given_and_not_given(nlp, given, not_given, text):
    check_drugs(nlp, text, given, not_given)
