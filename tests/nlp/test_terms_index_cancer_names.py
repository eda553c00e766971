"""'<organ> cancer' reaches the '<organ> carcinoma' term when that is unambiguous (kg/nlp/terms_index.py),
and the shipped names keep their own terms."""
import pytest

from kg.nlp.terms_index import build_index
from kg.terms import load_terms


@pytest.fixture(scope="module")
def lower():
    return build_index(load_terms(include_user=False)).lower_names


def test_cancer_name_derived_from_a_carcinoma_term(lower):
    assert lower["renal cell cancer"] == "NCIT:C9385"    # Renal Cell Carcinoma


def test_a_disease_ontology_name_beats_a_derived_one(lower):
    """The DO names "endometrial cancer" (two NCIt codes, neither C7558): its own term, local id."""
    assert lower["endometrial cancer"] == "KG:tumor-endometrial-cancer"
    assert lower["acute lymphoblastic leukaemia"] == "KG:tumor-acute-lymphoblastic-leukemia"


def test_a_shipped_name_is_not_overridden(lower):
    assert lower["lung cancer"] == "NCIT:C4878"          # overlay: Lung Carcinoma


def test_generic_lymphoma_is_a_tumor_term(lower):
    assert lower["lymphoma"] == "NCIT:C3208"             # NCIt preferred name "Lymphoma"


def test_no_cancer_name_from_a_qualified_label(lower):
    assert not any(name.endswith(", nos cancer") for name in lower)


def test_spelling_variants_of_multiword_names(lower):
    assert lower["fine-needle aspiration"] == lower["fine needle aspiration"]
    assert lower["medullary carcinoma of thyroid"] == "NCIT:C3879"   # "... of the Thyroid gland"
    assert lower["adenocarcinoma of lung"] == lower["adenocarcinoma of the lung"]


def test_organ_cancers_of_the_do_ncit_subset_are_tumors_but_not_look_alikes(lower):
    assert lower["fallopian tube carcinoma"] == "NCIT:C3867"
    assert lower["parotid gland cancer"] == "NCIT:C3525"
    assert "malignant hypertension" not in lower and "granuloma annulare" not in lower


def test_regimens_of_five_letters_or_more_match_in_lower_case(nlp):
    """Web pages lower-case small capitals: "folfox" is FOLFOX; "chop" stays an English word."""
    ents = [(e.text, e.label_) for e in nlp("She received folfox and later xelox; the surgeon would chop the graft.").ents]
    assert ("folfox", "REGIMEN") in ents and ("xelox", "REGIMEN") in ents
    assert not [e for e in ents if e[0] == "chop"]


def test_histology_of_site_names(lower):
    """ "squamous cell carcinoma of the lung" is "Lung Squamous Cell Carcinoma"; an adjective is no site."""
    assert lower["squamous cell carcinoma of the lung"] == "NCIT:C3493"
    assert lower["sarcoma of the uterus"] == "NCIT:C6339"
    assert "thyroid carcinoma of the medullary" not in lower


def test_british_and_older_spellings(lower):
    assert lower["acute lymphoblastic leucemia"] == lower["acute lymphoblastic leukemia"]
    assert lower["haemangioma"] == lower["hemangioma"]
    assert lower["oesophageal carcinoma"] == lower["esophageal carcinoma"]


def test_lineage_leukemia_lymphoma_pairs(lower):
    """ "T-Lymphoblastic Leukemia/Lymphoma" as reports write it. OncoTree has it twice: TLL with
    its NCIt code (C8694, in ../shared/terminology/oncotree) and the local "..., NOS" child; the
    written forms name the coded term, the NOS child keeps its own name."""
    tid = lower["t-lymphoblastic leukemia/lymphoma"]
    assert tid == "NCIT:C8694"
    assert lower["t-cell lymphoblastic lymphoma"] == tid
    assert lower["t-lymphoblastic leukemia"] == tid
    assert lower["t-lymphoblastic leukemia/lymphoma, nos"] != tid



def test_a_specific_tumor_keeps_its_head_from_a_generic_site_name(nlp):
    """ "tumour of the bladder" (a DO synonym) must not take the tumour of "inflammatory
    myofibroblastic tumour of the bladder"."""
    ents = [(e.text, e.label_) for e in nlp("Resection revealed an inflammatory myofibroblastic tumour of the bladder.").ents]
    assert ("inflammatory myofibroblastic tumour", "TUMOR") in ents


def test_eponyms_without_apostrophe(lower):
    assert lower["wilms tumor"] == lower["wilms' tumor"]
    assert lower["burkitt-type malignant lymphoma"] == lower["burkitt lymphoma"]


def test_histology_of_a_two_word_site(lower):
    assert lower["carcinoma of the renal pelvis"] == lower["renal pelvis carcinoma"]


def test_names_reports_write_for_tumours_of_the_shipped_terms(lower):
    """session 17 (diag17): British spelling after "gastro", the DO's DIPG, an endometrioid carcinoma of the ovary."""
    assert lower["adenocarcinoma of the gastro-oesophageal junction"] == lower["gastroesophageal junction adenocarcinoma"]
    assert lower["diffuse intrinsic pontine glioma"] == lower["diffuse midline glioma"]
    assert lower["endometrioid carcinoma of the ovary"] == "NCIT:C7979"      # Endometrioid Ovarian Cancer
    assert lower["endometrioid carcinoma"] != "NCIT:C7979"
    assert lower["small bowel adenocarcinoma"] == "NCIT:C7888"
    assert lower["acral lentiginous melanoma"] == "NCIT:C4022"


def test_organ_adjective_names_of_organ_tumor_terms(lower):
    """session 17 (diag17): "gastric" for "of the stomach", "hepatic" for "liver", British "caecum"; a name
    another term already has keeps it, and an adjective alone names nothing."""
    assert lower["gastric signet ring cell carcinoma"] == lower["signet ring cell carcinoma of the stomach"]
    assert lower["hepatic angiosarcoma"] == lower["liver angiosarcoma"]
    assert lower["adenocarcinoma of the caecum"] == lower["cecum adenocarcinoma"]
    assert lower["renal cell carcinoma"] == "NCIT:C9385"
    assert "gastric" not in lower and "hepatic" not in lower


def test_slash_label_parts_and_organ_nouns_of_adjective_names(lower):
    """session 17 (diag17): each disease name of an OncoTree label joined by "/" ("Uterine Sarcoma/Mesenchymal"),
    not a NOS node's; "pancreatic neuroendocrine tumor" written with the organ noun; the lung's invasive mucinous
    adenocarcinoma by its own name."""
    assert lower["uterine sarcoma"] == "NCIT:C6339"
    assert "mesenchymal" not in lower
    assert lower["t-lymphoblastic leukemia"] == lower["t-lymphoblastic leukemia/lymphoma"]
    assert lower["neuroendocrine tumor of the pancreas"] == "NCIT:C27720"
    # the text's own site words make "adenocarcinoma of the vagina" (a clear cell one keeps its histology)
    assert "adenocarcinoma of the vagina" not in lower
    assert lower["invasive mucinous adenocarcinoma"] == lower["invasive mucinous adenocarcinoma of the lung"]


def test_urothelial_carcinoma_is_labelled_by_its_current_name():
    from kg.nlp.terms_index import build_index as _build
    idx = _build(load_terms(include_user=False))
    assert idx.info(idx.lower_names["transitional cell carcinoma"]).label == "Urothelial Carcinoma"
    assert idx.lower_names["urothelial carcinoma"] == idx.lower_names["transitional cell carcinoma"]
