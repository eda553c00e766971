"""Diagnoses on made-up probe texts of session 28 (written for this test): a title that says its non-tumour subject
was staged as, suspected to be or mistaken for a tumour gives the case no diagnosis, not even the more specific name
the case used while the mimic was believed, while a tumour taken for another stays the diagnosis; a list of excluded
tumours excludes each; a sub-site squamous cell carcinoma or adenocarcinoma of the larynx or stomach is the organ's
tumour; an acinar-predominant adenocarcinoma is the lung's acinar adenocarcinoma; a PEComa of the uterus is the
uterine PEComa."""
import pytest

from rule_examples import diagnosis_ids


# (name, text, the one case's diagnosis ids)
PROBES = [
    ('mimic_staged',
     'Pulmonary actinomycosis staged as metastatic lung cancer: a pitfall\n\nCase presentation\nA 66-year-old man '
     'had a 6 cm mass in the left lower lobe and an adrenal nodule. The tumour board considered the picture most '
     'consistent with stage IV non-small cell lung cancer and scheduled carboplatin and pemetrexed. A surgical '
     'biopsy showed sulphur granules and no malignant cells, and the chemotherapy was cancelled.\n',
     []),
    ('mimic_suspected',
     'Tuberculous lymphadenitis suspected to be recurrent Hodgkin lymphoma\n\nCase presentation\nA 29-year-old '
     'woman treated for classic Hodgkin lymphoma years earlier had new avid cervical nodes, reported as relapse. '
     'Excision showed caseating granulomas and the culture grew Mycobacterium tuberculosis.\n',
     []),
    ('tumour_taken_for_another',
     'Pulmonary MALT lymphoma misdiagnosed as lung cancer\n\nCase presentation\nA 61-year-old woman had a '
     'consolidation of the right middle lobe. Biopsy showed extranodal marginal zone lymphoma of '
     'mucosa-associated lymphoid tissue, and she received rituximab.\n',
     ['NCIT:C3898']),
    ('excluded_list',
     'Acinar cell carcinoma of the pancreas with polyarthritis\n\nCase report\nA 57-year-old woman had a 5 cm '
     'mass in the pancreatic body and raised serum lipase. The '
     'biopsy showed acinar cell carcinoma; ductal adenocarcinoma, a solid pseudopapillary neoplasm and a '
     'neuroendocrine tumour were all excluded by immunohistochemistry. She received FOLFIRINOX.',
     ['NCIT:C7977']),
    ('glottic_scc',
     'Case presentation\nA 66-year-old man with hoarseness had a lesion of the left vocal cord. Biopsy showed '
     'glottic squamous cell carcinoma, and he received radiotherapy with weekly cisplatin.',
     ['NCIT:C4044']),
    ('cardia_adeno',
     'Case presentation\nA 59-year-old man had dysphagia and weight loss. Endoscopy showed an adenocarcinoma of '
     'the gastric cardia, HER2 3+, and he received trastuzumab with capecitabine and oxaliplatin.',
     ['NCIT:C4004']),
    ('acinar_predominant',
     'Case presentation\nA 63-year-old never-smoker had a right upper lobe mass. Resection showed an '
     'acinar-predominant adenocarcinoma with an EGFR L858R mutation, and she received osimertinib.',
     ['NCIT:C5649']),
    ('uterine_pecoma',
     'Case presentation\nA 47-year-old woman had menorrhagia and an enlarging uterine mass. Hysterectomy showed a '
     'tumour of epithelioid cells positive for HMB-45 and cathepsin K with a TSC2 loss, and the final diagnosis was '
     'a malignant PEComa of the uterus. Lung metastases followed, and she received nab-sirolimus.',
     ['NCIT:C40180']),
]


@pytest.mark.parametrize("name,text,expected", PROBES, ids=[p[0] for p in PROBES])
def test_diagnosis_probe(nlp, name, text, expected):
    got = diagnosis_ids(nlp, text)
    assert got == [sorted(expected)], got
