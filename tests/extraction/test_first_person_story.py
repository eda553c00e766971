"""A physician's first-person page (a blog post, a reflective essay) introduces its patient with
"I met/saw/treated ..." (PATIENT_INTRO acc8case-intro-i-saw-a-patient), and its later untitled body
parts that open with the patient ("She started ...": STORY_OPENER) go on with the story: the drugs
and responses told there are the patient's. Texts written for this project."""
from kg.extraction.extract import extract_report
from kg.readers import read_bytes

PAGE = """<html><head><title>What a farmer taught me about melanoma | A clinic diary</title></head><body>
<h1>What a farmer taught me about melanoma</h1>
<p>I met Hannelore (not her real name) in the autumn of last year. She was 67, a dairy farmer, and a
mole on her back had been bleeding for weeks. Biopsy showed a BRAF V600E-mutant melanoma with liver
metastases.</p>
<h3>The treatment</h3>
<p>She started dabrafenib and trametinib in November, and apart from two weeks of fever in December she
kept working on the farm. After three months her liver metastases had shrunk by half, a partial response.</p>
<h3>What I learned</h3>
<p>Most patients with BRAF-mutant melanoma respond to targeted therapy, but resistance is common.</p>
</body></html>"""


def test_a_first_person_page_has_its_patient_and_her_drugs(nlp):
    [doc] = [d for d in read_bytes(PAGE.encode(), "diary.html") if hasattr(d, "ids")]
    [case] = extract_report(doc, nlp).cases
    drugs = sorted(d.label.lower() for t in case.treatments for d in t.drugs)
    assert drugs == ["dabrafenib", "trametinib"]
    assert "partial response" in {r.concept.label.lower() for t in case.treatments for r in t.responses}


POST = """Ask the doctor: itching on immunotherapy

Posted by Dr_Lindqvist (dermato-oncologist)

So many of you have asked about itching that I asked one of my patients, whom I'll call Tomas, if I could share
his story. Tomas is 61 and had a stage IV squamous cell carcinoma of the lung with bone metastases when we met.
He received pembrolizumab every three weeks, and after four months his scan showed a partial response.
"""


def test_a_clinicians_forum_post_has_its_patient(nlp):
    [doc] = [d for d in read_bytes(POST.encode(), "post.txt") if hasattr(d, "ids")]
    [case] = extract_report(doc, nlp).cases
    assert [d.label.lower() for t in case.treatments for d in t.drugs] == ["pembrolizumab"]
