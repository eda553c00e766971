"""Made-up treatment courses (session 32, rwin32) for which line a response belongs to, written whole: a response
told before its drug in the sentence ("grew despite two cycles of X"), an assessment dated after the next line began,
a restaging long after a line ended, maintenance after induction, a regimen's response for all its components, a
progression that ended line 1 and opened line 2, concurrent chemoradiotherapy, a drug added to a running line, a drug
held and resumed, a flattened line table and a dated timeline; each with the (drug, class) pairs the gold conventions
give (relapse after a completed line and progression after a stop for toxicity are no PD; progression on maintenance
is PD of the drugs still given; a remission that goes on through maintenance is no new pair)."""

from response_courses_s31 import report   # title, abstract, case and discussion as one report


COURSES = {
    # dated full text; progression told before the next drug; an assessment dated months into the next line
    "alk_lung_dates": (report(
        "Sequential ALK inhibitors over five years in ALK-rearranged lung adenocarcinoma: a case report",
        "We report a man with ALK-rearranged lung adenocarcinoma who received three ALK inhibitors in sequence.",
        "A 47-year-old man who had never smoked presented with cough in January 2018. Biopsy of a right hilar mass "
        "showed lung adenocarcinoma with an EML4::ALK fusion, and staging found bone and pleural metastases. "
        "Crizotinib 250 mg twice daily was started in February 2018. CT in May 2018 showed a partial response, "
        "with the primary tumour reduced from 52 to 24 mm. In March 2019 headaches led to brain MRI, which showed "
        "three new cerebral metastases; the disease had progressed despite crizotinib, and alectinib 600 mg twice "
        "daily was started in April 2019. MRI in July 2019 showed a complete response of the brain lesions. "
        "He remained well on alectinib for eighteen months. In October 2020, CT "
        "revealed new liver metastases, consistent with progressive disease. Lorlatinib 100 mg daily was "
        "started in November 2020. A restaging CT in February 2021 showed a partial response of the liver "
        "lesions. Lorlatinib continues with grade 2 hypercholesterolaemia controlled by atorvastatin.",
        "Brain metastases are the usual site of failure on crizotinib. Second-generation inhibitors such as "
        "alectinib reach the central nervous system, and lorlatinib overcomes most resistance mutations."),
        {("crizotinib", "PR"), ("crizotinib", "PD"), ("alectinib", "CR"), ("alectinib", "PD"),
         ("lorlatinib", "PR")}),

    # structured abstract with glued labels; induction then maintenance held and resumed; progression on maintenance
    "ovarian_maintenance_glued": (
        "Olaparib maintenance after platinum response in BRCA1-mutated ovarian cancer\n\n"
        "BackgroundPARP inhibitors prolong remission after platinum chemotherapy in BRCA-mutated ovarian cancer.\n"
        "Case presentationA 63-year-old woman with a germline BRCA1 mutation was diagnosed with stage IIIC "
        "high-grade serous ovarian carcinoma in June 2017. After interval debulking she completed six cycles of "
        "carboplatin and paclitaxel in December 2017, and CT showed a complete response with normal CA-125. "
        "Olaparib maintenance 300 mg twice daily was started in January 2018. In April 2018 olaparib was held for "
        "two weeks because of grade 3 anaemia requiring transfusion, and it was resumed at 200 mg twice daily. "
        "She remained in complete remission for two years. In March 2020, CA-125 rose to 410 U/mL and CT showed "
        "peritoneal progression. Olaparib was stopped, and pegylated liposomal doxorubicin was given every four "
        "weeks. After four cycles, CT in August 2020 showed stable disease.\n"
        "ConclusionsMaintenance olaparib gave this patient more than two years free of progression.\n",
        {("carboplatin", "CR"), ("paclitaxel", "CR"), ("olaparib", "PD"), ("doxorubicin", "SD")}),

    # a flattened line table inside the case section, then the course in prose
    "colorectal_table": (report(
        "Three lines of therapy in RAS wild-type metastatic colon cancer",
        "A man with RAS wild-type metastatic colon cancer received three lines of systemic therapy, summarised in a "
        "table.",
        "A 55-year-old man was diagnosed with sigmoid adenocarcinoma with synchronous liver metastases in March "
        "2017; the tumour was RAS and BRAF wild-type and mismatch repair proficient. His treatment is summarised in "
        "Table 1. "
        "Table 1. Lines of systemic therapy\n"
        "Line Regimen Start End Best response\n"
        "1 FOLFOX plus bevacizumab April 2017 December 2017 Partial response\n"
        "2 FOLFIRI plus panitumumab January 2018 October 2018 Stable disease\n"
        "3 Regorafenib November 2018 February 2019 Progressive disease\n\n"
        "Panitumumab caused a grade 2 acneiform rash. "
        "Regorafenib was stopped after three cycles because of progression, and he entered hospice care.",
        "Anti-EGFR antibodies are reserved for left-sided RAS wild-type tumours."),
        {("oxaliplatin", "PR"), ("fluorouracil", "PR"), ("leucovorin", "PR"), ("bevacizumab", "PR"),
         ("irinotecan", "SD"), ("fluorouracil", "SD"), ("leucovorin", "SD"), ("panitumumab", "SD"),
         ("regorafenib", "PD")}),

    # concurrent chemoradiotherapy; a restaging long after a completed line; immunotherapy, then chemotherapy
    "hnscc_years": (report(
        "Long-term course of oropharyngeal squamous cell carcinoma over six years",
        "We describe the six-year course of a woman with oropharyngeal squamous cell carcinoma.",
        "A 59-year-old woman was diagnosed with p16-negative squamous cell carcinoma of the left tonsil in May "
        "2016. She received concurrent chemoradiotherapy, 70 Gy in 35 fractions with weekly cisplatin 40 mg/m2, "
        "completed in July 2016. PET-CT in October 2016 showed a complete metabolic response. Two years later, in "
        "September 2018, CT showed bilateral lung metastases. Pembrolizumab 200 mg every three weeks was started "
        "in October 2018, and after four cycles the lung nodules had decreased by 50%, a partial response. "
        "Pembrolizumab was completed after two years in October 2020. In August 2021, ten months after the last "
        "dose, CT showed growth of the lung nodules and new mediastinal nodes. Carboplatin, fluorouracil and "
        "cetuximab were started in September 2021; the disease progressed after three cycles, and she died in "
        "February 2022.",
        "Cisplatin given with radiotherapy remains the standard for fit patients. Pembrolizumab is approved first "
        "line for recurrent disease with PD-L1 expression."),
        {("cisplatin", "CR"), ("pembrolizumab", "PR"), ("carboplatin", "PD"), ("fluorouracil", "PD"),
         ("cetuximab", "PD")}),

    # PubMed abstract shape; a regimen's response for its components; "despite two cycles of X"; a drug added
    "hodgkin_abstract": (
        "Brentuximab vedotin and nivolumab in relapsed classical Hodgkin lymphoma: a case report\n\n"
        "A 24-year-old man with stage IIB nodular sclerosis classical Hodgkin lymphoma received six cycles of ABVD "
        "(doxorubicin, bleomycin, vinblastine and dacarbazine), and PET-CT at the end of treatment showed a "
        "complete metabolic response. Fourteen months after completing ABVD he relapsed in the mediastinum. The "
        "lymphoma grew despite two cycles of ICE (ifosfamide, carboplatin and etoposide), and brentuximab vedotin "
        "was given every three weeks. After four doses PET-CT showed stable disease, so nivolumab was added to "
        "brentuximab vedotin; three months later PET-CT showed a complete metabolic response. He then underwent "
        "allogeneic stem cell transplantation and remains in remission.\n",
        {("doxorubicin", "CR"), ("bleomycin", "CR"), ("vinblastine", "CR"), ("dacarbazine", "CR"),
         ("ifosfamide", "PD"), ("carboplatin", "PD"), ("etoposide", "PD"), ("brentuximab vedotin", "SD"),
         ("brentuximab vedotin", "CR"), ("nivolumab", "CR")}),

    # a timeline of dates; toxicity stop then progression off therapy; switch
    "melanoma_timeline": (report(
        "BRAF V600E melanoma treated with targeted therapy and immunotherapy: a timeline",
        "A woman with BRAF V600E metastatic melanoma received targeted therapy and then immunotherapy.",
        "A 66-year-old woman with BRAF V600E cutaneous melanoma developed lung and adrenal metastases. Her "
        "course is summarised as a timeline.\n"
        "March 2019: dabrafenib 150 mg twice daily and trametinib 2 mg daily were started.\n"
        "June 2019: CT showed a partial response.\n"
        "January 2020: CT showed progressive disease in the adrenal gland.\n"
        "February 2020: ipilimumab and nivolumab were started.\n"
        "April 2020: grade 3 colitis; ipilimumab and nivolumab were stopped and prednisolone was given.\n"
        "July 2020: CT showed progression of the lung metastases.\n"
        "August 2020: dabrafenib and trametinib were restarted; CT in November 2020 showed stable disease.\n",
        "Rechallenge with BRAF and MEK inhibitors can restore disease control after immunotherapy."),
        {("dabrafenib", "PR"), ("dabrafenib", "PD"), ("trametinib", "PR"), ("trametinib", "PD"),
         ("dabrafenib", "SD"), ("trametinib", "SD")}),

    # two-patient series; a response told in the Discussion; a drug held and resumed; a drug added at progression
    "rcc_breast_series": (report(
        "Two patients treated at our centre: metastatic renal cell carcinoma and HER2-positive breast cancer",
        "We describe two patients whose therapy was interrupted and adapted.",
        "Patient 1. A 71-year-old man with metastatic clear cell renal cell carcinoma started sunitinib 50 mg daily "
        "(four weeks on, two weeks off) in September 2019. Sunitinib was interrupted for three weeks in November "
        "2019 because of grade 3 hand-foot syndrome and restarted at 37.5 mg. CT in February 2020 showed a partial "
        "response of the lung metastases. After 20 months, in May 2021, bone progression was documented, and "
        "nivolumab was started in June 2021. CT three months later showed stable disease.\n"
        "Patient 2. A 45-year-old woman with HER2-positive metastatic breast cancer received docetaxel, "
        "trastuzumab and pertuzumab from January 2020. After six cycles of docetaxel, CT showed a partial response, "
        "and trastuzumab and pertuzumab were continued as maintenance. In March 2021 new liver metastases "
        "appeared; trastuzumab deruxtecan was started in April 2021, and a complete response of the liver lesions "
        "was seen in September 2021.",
        "In patient 1, the dose reduction of sunitinib did not compromise its efficacy, and nivolumab "
        "stabilised the disease. In patient 2, trastuzumab deruxtecan achieved a complete response after "
        "progression on pertuzumab-based maintenance."),
        None),

    # pancreatic full text; an assessment dated after the next line began belongs to the new line; a class word stop
    "pancreas_overlap": (report(
        "Germline BRCA2-mutated pancreatic adenocarcinoma: response to platinum and olaparib",
        "A woman with BRCA2-mutated metastatic pancreatic cancer responded to FOLFIRINOX and olaparib.",
        "A 52-year-old woman with a germline BRCA2 mutation was found to have pancreatic adenocarcinoma with liver "
        "metastases in February 2019. She received FOLFIRINOX every two weeks from March 2019. After eight "
        "cycles, in July 2019, CT showed a partial response, with the CA 19-9 falling from 2,300 to 85 U/mL. "
        "Chemotherapy was stopped after twelve cycles in September 2019 because of grade 3 peripheral neuropathy, "
        "and olaparib 300 mg twice daily was started as maintenance in October 2019. CT in January 2020 showed "
        "further shrinkage of the liver lesions, a complete response by RECIST. In December 2020 the CA 19-9 rose "
        "and CT confirmed progressive disease. Gemcitabine and nab-paclitaxel were given from January 2021; the "
        "disease was stable on CT in April 2021.",
        "Olaparib maintenance after platinum response prolongs progression-free survival in germline BRCA-mutated "
        "pancreatic cancer (POLO trial). Our patient achieved a complete response on olaparib."),
        {("oxaliplatin", "PR"), ("irinotecan", "PR"), ("fluorouracil", "PR"), ("leucovorin", "PR"),
         ("olaparib", "CR"), ("olaparib", "PD"), ("gemcitabine", "SD"), ("nab-paclitaxel", "SD")}),
}

# shorter whole courses of one shape each (session 32): maintenance after induction with a drug added to the next line,
# a drug added to a running hormone therapy and held for toxicity, concurrent chemoradiotherapy assessed after it
# ended, a regimen stopped for toxicity, "grew despite N months of X" before the next line's drugs
MORE = {
    "nsclc_maintenance_added": (
        "A 64-year-old man with stage IV non-squamous non-small cell lung cancer without driver alterations and PD-L1 "
        "expression of 30% began carboplatin, pemetrexed and pembrolizumab in January 2020. After four cycles he "
        "continued pemetrexed and pembrolizumab as maintenance. CT after cycle 4 showed a partial response. After 14 "
        "months of maintenance, MRI showed progression in the brain, treated with stereotactic radiosurgery, and "
        "pemetrexed and pembrolizumab were stopped. Docetaxel was started in April 2021; CT in July 2021, three "
        "months after the switch from maintenance to docetaxel, showed stable disease. Ramucirumab was added to "
        "docetaxel in August 2021 because of rising CEA, and CT in November 2021 showed a partial response. The "
        "disease progressed in February 2022.",
        {("carboplatin", "PR"), ("pemetrexed", "PR"), ("pembrolizumab", "PR"), ("pemetrexed", "PD"),
         ("pembrolizumab", "PD"), ("docetaxel", "SD"), ("docetaxel", "PR"), ("docetaxel", "PD"),
         ("ramucirumab", "PR"), ("ramucirumab", "PD")}),
    "breast_added_held": (
        "A 58-year-old woman with hormone receptor-positive breast cancer developed bone metastases in 2018. "
        "Letrozole was started in March 2018, and CT six months later showed stable disease. In March 2019, "
        "palbociclib was added to letrozole, and three months later CT showed a partial response of the bone and "
        "liver lesions. Palbociclib was interrupted twice for grade 3 neutropenia and resumed at 100 mg. In June 2021 "
        "new liver metastases were found, and she was switched to capecitabine, which achieved stable disease for "
        "nine months.",
        {("letrozole", "SD"), ("letrozole", "PR"), ("palbociclib", "PR"), ("letrozole", "PD"), ("palbociclib", "PD"),
         ("capecitabine", "SD")}),
    "sclc_chemoradiation": (
        "A 62-year-old man with limited-stage small cell lung cancer received concurrent chemoradiotherapy with "
        "cisplatin and etoposide (60 Gy) from May to July 2019. CT in September 2019 showed a partial response. He "
        "received durvalumab consolidation from October 2019; ten months later, CT showed progression in the liver. "
        "Carboplatin and etoposide were restarted, with stable disease after three cycles.",
        {("cisplatin", "PR"), ("etoposide", "PR"), ("durvalumab", "PD"), ("carboplatin", "SD"), ("etoposide", "SD")}),
    "pancreas_toxicity_stop": (
        "A 49-year-old woman with metastatic pancreatic adenocarcinoma was treated with FOLFIRINOX from March 2020. "
        "After six cycles of FOLFIRINOX, CT showed a partial response. FOLFIRINOX was stopped after twelve cycles for "
        "neuropathy. Five months later, in February 2021, CT showed new liver lesions, and gemcitabine with "
        "nab-paclitaxel was started, achieving stable disease.",
        {("fluorouracil", "PR"), ("leucovorin", "PR"), ("irinotecan", "PR"), ("oxaliplatin", "PR"),
         ("gemcitabine", "SD"), ("nab-paclitaxel", "SD")}),
    "hcc_despite": (
        "A 70-year-old man with hepatocellular carcinoma started lenvatinib 12 mg daily in May 2020. Lenvatinib was "
        "withheld for two weeks in June 2020 for grade 3 proteinuria and resumed at 8 mg. CT at six months showed a "
        "partial response. The tumour grew despite eighteen months of lenvatinib, and atezolizumab plus bevacizumab "
        "was started in January 2022. The first restaging, in April 2022, showed stable disease.",
        {("lenvatinib", "PR"), ("lenvatinib", "PD"), ("atezolizumab", "SD"), ("bevacizumab", "SD")}),
    "rms_sequence_after_response": (
        "A 14-year-old boy had alveolar rhabdomyosarcoma of the forearm. He received vincristine, dactinomycin and "
        "cyclophosphamide, and complete remission was obtained after four courses. Ten months after diagnosis, while "
        "still receiving chemotherapy, he had a relapse in the lungs. Ifosfamide and doxorubicin induced a partial "
        "remission lasting four months, after which the disease progressed despite continued treatment.",
        {("vincristine", "CR"), ("dactinomycin", "CR"), ("cyclophosphamide", "CR"), ("vincristine", "PD"),
         ("dactinomycin", "PD"), ("cyclophosphamide", "PD"), ("ifosfamide", "PR"), ("doxorubicin", "PR"),
         ("ifosfamide", "PD"), ("doxorubicin", "PD")}),
}

SERIES_PAIRS = [
    {("sunitinib", "PR"), ("sunitinib", "PD"), ("nivolumab", "SD")},
    {("docetaxel", "PR"), ("trastuzumab", "PR"), ("pertuzumab", "PR"), ("trastuzumab", "PD"), ("pertuzumab", "PD"),
     ("trastuzumab deruxtecan", "CR")},
]
