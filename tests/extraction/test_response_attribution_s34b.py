"""Which line a response belongs to (session 34, attr34b): whole made-up courses, each with exactly the (drug, class)
pairs the gold conventions give. Classes of wording:
- "then" that times the verb giving the next drug WITH the one before ("X was then combined with eight doses of Y",
  "N cycles of X were then given with Y continued", "X was then administered together with Y"): the two drugs are
  given together, one line, so the response told next is both drugs' (not a sequence step X -> Y, and not a look back
  at Y's earlier line);
- a drug told as withheld (or deferred) that no line of the case has given yet ("so cladribine was withheld and
  vemurafenib was started alone"): held back before it was ever given, no drug of the line the sentence opens and no
  response of it (a drug of a running line withheld, or withheld for a told length, is a pause of that line);
- a drug chosen for a reason told first that states what a drug does in general ("because the G2032R mutation
  confers resistance to it, repotrectinib 160 mg daily was chosen"): the patient's next line, which the response
  told next belongs to (not a literature sentence, and so not the line before's response);
- an assessment dated by a cycle ("the CT after cycle 4") before the cycle from which some drugs of a cycled
  combination went on alone ("oxaliplatin was omitted from cycle 5 onwards, and gemcitabine was continued alone"):
  made while the whole combination was given, so the combination's response (at that cycle or later: the drugs that
  went on's)."""
import pytest

from rule_examples import response_pairs


def _report(case: str) -> str:
    return "Case report of a patient\n\nCase presentation\n\n" + case + "\n"


_SPLIT = ("A 64-year-old man with cholangiocarcinoma received gemcitabine and oxaliplatin every 2 weeks. Oxaliplatin was "
          "omitted from cycle 5 onwards because of neuropathy, and gemcitabine was continued alone. At progression he "
          "started pemigatinib 13.5 mg daily. Grade 2 hyperphosphataemia appeared in week 3.")

COURSES = {
    "then-combined-with": (_report(
        "A 63-year-old man with hairy cell leukaemia relapsed three years after cladribine. Dabrafenib 150 mg twice "
        "daily was then combined with six doses of obinutuzumab. At week ten the marrow contained no hairy cells."),
        {("dabrafenib", "CR"), ("obinutuzumab", "CR")}),
    "then-given-with-earlier-drug-continued": (_report(
        "A 59-year-old woman with a midgut neuroendocrine tumour received octreotide LAR from 2019, with stable disease "
        "for a year and then hepatic progression. Three cycles of 177Lu-DOTATATE were then given with octreotide "
        "continued. Eight months later the liver lesions had shrunk by 40%, a partial response."),
        {("octreotide", "SD"), ("octreotide", "PD"), ("octreotide", "PR"), ("lutetium lu 177 dotatate", "PR")}),
    "then-administered-together-with": (_report(
        "A 71-year-old man with chronic lymphocytic leukaemia received ibrutinib 420 mg daily from 2023. Venetoclax was "
        "then administered together with obinutuzumab. CT after six cycles showed a complete response."),
        {("venetoclax", "CR"), ("obinutuzumab", "CR")}),
    "then-as-a-step-stays": (_report(
        "A 55-year-old woman with lung adenocarcinoma received crizotinib from 2018, then alectinib from May 2019. MRI "
        "showed a partial response."),
        {("alectinib", "PR")}),
    "withheld-before-given": (_report(
        "A 45-year-old woman with hairy cell leukaemia had an active lung infection, so cladribine was withheld and "
        "vemurafenib was started alone. After ten weeks her counts had recovered, a partial response. Hairy cells "
        "returned seven months later while she was still taking vemurafenib."),
        {("vemurafenib", "PR"), ("vemurafenib", "PD")}),
    "deferred-before-given": (_report(
        "A 52-year-old man with metastatic colorectal cancer had an unhealed wound, so bevacizumab was deferred and "
        "FOLFOX was started. CT after four cycles showed a partial response."),
        {("oxaliplatin", "PR"), ("fluorouracil", "PR"), ("leucovorin", "PR")}),
    "withheld-and-resumed-stays-a-pause": (_report(
        "A 61-year-old man with ALK-positive lung cancer received alectinib 600 mg twice daily from 2021. Alectinib was "
        "withheld for ten days for grade 3 myalgia and resumed at the same dose. CT showed a partial response."),
        {("alectinib", "PR")}),
    "reasoned-choice-opens-the-line": (_report(
        "A 49-year-old woman with ROS1-positive lung cancer received crizotinib from 2020, with a partial response. In "
        "2022 new liver metastases appeared. Entrectinib was discussed, but because the G2032R mutation confers "
        "resistance to it, repotrectinib 160 mg daily was chosen. After three months the liver lesions had decreased "
        "by 45%."),
        {("crizotinib", "PR"), ("crizotinib", "PD"), ("repotrectinib", "PR")}),
    "reasoned-choice-started": (_report(
        "A 66-year-old woman with lung adenocarcinoma received gefitinib from 2019, with a partial response. In 2021 "
        "the disease progressed. As the T790M mutation confers resistance to the earlier inhibitors, osimertinib 80 mg "
        "daily was started. CT after six months showed a complete response."),
        {("gefitinib", "PR"), ("gefitinib", "PD"), ("osimertinib", "CR")}),
    "assessed-before-the-split-cycle": (_report(
        _SPLIT + " The CT after cycle 4 showed a partial response."),
        {("gemcitabine", "PR"), ("oxaliplatin", "PR"), ("gemcitabine", "PD")}),
    "assessed-after-the-split-cycle": (_report(
        _SPLIT + " The CT after cycle 8 showed a partial response."),
        {("gemcitabine", "PR"), ("gemcitabine", "PD")}),
}


@pytest.mark.parametrize("name", sorted(COURSES))
def test_course_gives_the_gold_pairs(nlp, name):
    text, want = COURSES[name]
    got = response_pairs(nlp, text)
    assert got == want, f"extra {sorted(got - want)}, missed {sorted(want - got)}"
