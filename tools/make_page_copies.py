"""Made-up page copies for tests/readers/test_page_copies.py: PubMed abstract pages (copied as text, saved as HTML,
PubMed's "Abstract" text and MEDLINE formats), PMC, Europe PMC, publisher pages (Springer-, Elsevier-, Wiley-,
Frontiers-, MDPI-, Cureus-like chrome), a research-sharing site, a preprint server and text extracted from a PDF,
each with what the readers must find (title, publication types, the patient's story in a body section, other
papers' titles and snippets and the page's tools left out of the body).

Every sentence, name, identifier and journal here is invented (session 13, readers11). Run

    python tools/make_page_copies.py           # writes a sample to tests/fixtures/page_copies/
    python tools/make_page_copies.py --check N # reads N pages of each generator and lists what fails

"""
import random, html, json, sys, re
from pathlib import Path

CASES = [
 dict(title="Durable response to entrectinib in a ROS1-rearranged lung adenocarcinoma with brain metastases: a case report",
      parts=[("Background", "ROS1 fusions define a small subgroup of non-small cell lung cancer that responds to a number of kinase inhibitors."),
             ("Case presentation", "A 47-year-old man who had never smoked was found to have a left upper lobe mass and three cerebral lesions. Sequencing of the biopsy showed an SDC4::ROS1 fusion. He was given entrectinib 600 mg once a day and reached a partial response after two months, with grade 1 dysgeusia and weight gain."),
             ("Conclusions", "Entrectinib controlled both thoracic and intracranial disease in this patient for more than two years.")],
      story="A 47-year-old man who had never smoked was found to have a left upper lobe mass",
      kw="ROS1; entrectinib; lung adenocarcinoma; brain metastases"),
 dict(title="Grade 3 pneumonitis during pembrolizumab for metastatic urothelial carcinoma",
      parts=[("Introduction", "Immune checkpoint inhibitors are used in advanced bladder cancer after platinum chemotherapy."),
             ("Case presentation", "A 68-year-old woman with metastatic urothelial carcinoma of the bladder started pembrolizumab every three weeks. After the fifth cycle she developed dyspnoea and bilateral ground-glass opacities, diagnosed as grade 3 pneumonitis. Pembrolizumab was stopped and prednisolone was given, with full recovery."),
             ("Conclusion", "Early recognition of pneumonitis allowed a good outcome.")],
      story="A 68-year-old woman with metastatic urothelial carcinoma of the bladder started pembrolizumab",
      kw="pembrolizumab; pneumonitis; urothelial carcinoma; immune-related adverse event"),
 dict(title="Complete remission of a BRAF V600E-mutant hairy cell leukemia relapse with vemurafenib",
      parts=[("Background", "Hairy cell leukemia nearly always carries the BRAF V600E mutation, which can be targeted."),
             ("Case description", "A 59-year-old man relapsed four years after cladribine with pancytopenia and splenomegaly. Bone marrow biopsy confirmed hairy cell leukemia with BRAF V600E. He received vemurafenib 240 mg twice daily for sixteen weeks and achieved a complete remission; a grade 2 rash was the only toxicity."),
             ("Conclusions", "Low-dose vemurafenib is an effective option at relapse.")],
      story="A 59-year-old man relapsed four years after cladribine with pancytopenia and splenomegaly",
      kw="hairy cell leukemia; BRAF; vemurafenib"),
 dict(title="Olaparib maintenance after platinum response in a woman with BRCA2-mutated pancreatic adenocarcinoma",
      parts=[("Background", "Germline BRCA mutations are found in a minority of patients with pancreatic cancer."),
             ("Case presentation", "A 54-year-old woman with metastatic pancreatic adenocarcinoma and a germline BRCA2 mutation received FOLFIRINOX for six months with a partial response. Maintenance olaparib was then started, and she remained progression-free for twenty months despite grade 2 anaemia."),
             ("Conclusions", "Olaparib maintenance can provide long disease control in this setting.")],
      story="A 54-year-old woman with metastatic pancreatic adenocarcinoma and a germline BRCA2 mutation received FOLFIRINOX",
      kw="BRCA2; olaparib; pancreatic cancer; maintenance"),
 dict(title="Imatinib-induced severe hepatotoxicity in a patient with gastrointestinal stromal tumor",
      parts=[("Introduction", "Imatinib is the standard adjuvant therapy for resected high-risk gastrointestinal stromal tumors."),
             ("Case report", "A 72-year-old man began adjuvant imatinib 400 mg daily after resection of a gastric stromal tumor with a KIT exon 11 deletion. Ten weeks later his transaminases rose above twenty times the upper limit, a grade 4 hepatotoxicity. Imatinib was withheld and the liver tests normalised within six weeks."),
             ("Conclusion", "Liver function should be monitored closely during the first months of imatinib.")],
      story="A 72-year-old man began adjuvant imatinib 400 mg daily after resection of a gastric stromal tumor",
      kw="imatinib; hepatotoxicity; GIST"),
 dict(title="Lorlatinib in an ALK-positive inflammatory myofibroblastic tumor of the bladder in an adolescent",
      parts=[("Background", "Inflammatory myofibroblastic tumors often harbour ALK rearrangements."),
             ("Case presentation", "A 15-year-old girl presented with haematuria and a 5 cm bladder mass. Histology showed an inflammatory myofibroblastic tumor with a TPM3::ALK fusion. After progression on crizotinib she was switched to lorlatinib and achieved a near-complete response within four months, with grade 2 hypercholesterolaemia."),
             ("Conclusions", "Lorlatinib can salvage crizotinib-refractory disease.")],
      story="A 15-year-old girl presented with haematuria and a 5 cm bladder mass",
      kw="IMT; ALK; lorlatinib; paediatric"),
]
OTHER = [  # other papers' titles and snippets (similar articles / cited by / references)
 ("Ceritinib after crizotinib failure in ALK-rearranged tumours: a single-centre series", "Larsen T, Quist M, et al.", "Lung Cancer Rep. 2022;4(2):77-84.", "Twelve patients received ceritinib after crizotinib; the objective response rate was 58% and the median progression-free survival was 7.9 months."),
 ("Pneumonitis with checkpoint inhibitors: a pooled analysis of 14 trials", "Okonkwo A, et al.", "Immunother Adv. 2021;3:e22.", "Pneumonitis occurred in 4.1% of patients treated with anti-PD-1 antibodies and was fatal in 0.2%."),
 ("Vemurafenib plus rituximab in relapsed hairy cell leukaemia", "Tiano G, Berg K.", "Blood Rev Lett. 2020;15(1):9-15.", "Complete remission was achieved in 26 of 30 patients, with rash and arthralgia as the main toxicities."),
 ("Maintenance PARP inhibition in metastatic pancreatic cancer: an updated review", "Hoffmann R, et al.", "Pancreas Onc Today. 2023 Feb;8(1):1-12.", "We summarise trials of maintenance olaparib and rucaparib, in which median overall survival did not differ."),
 ("Hepatic adverse events of tyrosine kinase inhibitors", "Mbeki S, Crane L.", "Drug Saf Clin. 2019;11(3):201-210.", "Grade 3 or 4 hepatotoxicity was reported in 2% to 6% of patients receiving imatinib."),
 ("Alectinib in a child with ALK-positive neuroblastoma: response and toxicity", "Wu J, et al.", "Pediatr Blood Cancer Lett. 2024;71:e30211.", "A 6-year-old boy achieved a partial response with alectinib and developed grade 3 neutropenia."),
]
MESH = ["Adult", "Female", "Male", "Humans", "Aged", "Antineoplastic Agents / therapeutic use*", "Lung Neoplasms / drug therapy",
        "Protein Kinase Inhibitors / adverse effects*", "Treatment Outcome", "Neoplasm Metastasis"]
SUBST = ["Antineoplastic Agents", "Protein Kinase Inhibitors", "Receptor Protein-Tyrosine Kinases"]
AUTH = [("Mirela", "Kostova"), ("Tobias", "Hendriksen"), ("Ama", "Owusu"), ("Rafael", "Quintero"), ("Ingrid", "Solberg"), ("Kenji", "Arakawa")]
AFF = ["Department of Medical Oncology, Riverside University Hospital, Utrecht, Netherlands.",
       "Department of Pathology, St Anselm Hospital, Dublin, Ireland.",
       "Division of Hematology, Lakeshore Medical Center, Chicago, IL, USA."]
JOURNALS = [("Oncol Case Rep", "Oncology Case Reports"), ("J Clin Case Onc", "Journal of Clinical Case Oncology"), ("Tumori Rep", "Tumori Reports")]

PUBTYPE_NORM = {"Case Reports": "case report", "Review": "review", "Journal Article": None, "Letter": "letter",
                "Systematic Review": "systematic review", "Meta-Analysis": "meta-analysis", "Comment": "comment"}


def authors_line(r, style):
    names = [f"{f} {l}" for f, l in r.sample(AUTH, r.randint(2, 5))]
    if style == 0:
        return ", ".join(f"{n} {r.randint(1, 3)}" for n in names)
    if style == 1:
        return ", ".join(f"{n}{'¹²³'[r.randint(0,2)]}" for n in names)
    if style == 2:
        return ", ".join(f"{n} {a} {b}" for n, (a, b) in zip(names, [(1, 2)] * len(names)))
    return ", ".join(names)


def abstract_lines(c, r, structured, label_case):
    if not structured:
        return [" ".join(t for _, t in c["parts"])]
    out = []
    for label, t in c["parts"]:
        lab = label.upper() if label_case == "upper" else label
        out.append(f"{lab}: {t}")
    return out


def other_entries(r, fmt, n):
    items = r.sample(OTHER, n)
    lines = []
    forbidden = []
    for t, a, j, snip in items:
        pmid = str(r.randint(30000000, 39999999))
        forbidden += [t, snip]
        if fmt == 0:
            lines.append([f"{t} {a} {j} PMID: {pmid}"])
        elif fmt == 1:
            lines.append([t, a, f"{j} PMID: {pmid}", snip])
        elif fmt == 2:
            lines.append([t, a, f"{j} Epub 2023 Jan 3. PMID: {pmid} Free PMC article. Review."])
        else:
            lines.append([f"{t} {a} {j} PMID: {pmid}", snip])
    return lines, forbidden


def pubmed_txt(r, c):
    """A PubMed abstract page copied from a browser (or saved as text)."""
    exp_types = []
    chrome = ["Skip to main page content"]
    if r.random() < .5:
        chrome += ["An official website of the United States government", "Here's how you know"]
    chrome += r.choice([["National Library of Medicine logo"], [], ["NIH NLM Logo", "Log in"]])
    chrome += ["Search PubMed", "Search"][: r.randint(1, 2)] + ["Advanced"]
    chrome += r.choice([["Clipboard", "User Guide"], ["Clipboard"], ["User Guide"], []])
    chrome += r.choice([["Save", "Email", "Send to", "Display options"], ["Display options"],
                        ["Full text links", "Cite", "Display options"], ["Save", "Email", "Send to", "Display options", "Display options"]])
    types = r.choice([["Case Reports"], ["Case Reports"], ["Review"], ["Case Reports", "Review"], ["Letter"], []])
    if types == ["Review"] and r.random() < .5:
        types = ["Review"]
    for t in types:
        exp_types.append(PUBTYPE_NORM[t])
    abbr, _ = r.choice(JOURNALS)
    cit = [f"{abbr}. 2024 {r.choice(['Mar', 'Jun', 'Oct'])};{r.randint(3, 30)}({r.randint(1, 6)}):{r.randint(10, 300)}-{r.randint(301, 400)}."]
    doi = f"10.{r.randint(4000, 9999)}/ocr.2024.{r.randint(100, 999)}"
    cit.append(r.choice([f"doi: {doi}.", f"doi: {doi}. Epub 2024 Feb {r.randint(1, 28)}.", f"doi: {doi}. eCollection 2024."]))
    if r.random() < .3:
        cit = [" ".join(cit)]
    front = chrome + types + cit
    if r.random() < .3:
        front.append("Free PMC article")
    auth = authors_line(r, r.randint(0, 3))
    affs = r.choice([["Affiliations"] + [f"{i+1} {a}" for i, a in enumerate(AFF)],
                     ["Affiliations", "Expand"] + [f"{i+1} {a}" for i, a in enumerate(AFF)],
                     ["Affiliation"] + [f"1 {AFF[0]}"], ["Affiliations Expand"]])
    ids = [f"PMID: {r.randint(30000000, 39999999)}"]
    if r.random() < .4:
        ids.append(f"PMCID: PMC{r.randint(1000000, 9999999)}")
    ids.append(f"DOI: {doi}")
    structured = r.random() < .6
    ab = ["Abstract"] + abstract_lines(c, r, structured, r.choice(["upper", "title"]))
    tail = []
    forbidden = list(chrome)
    if r.random() < .7:
        tail += [f"Keywords: {c['kw']}."]
    if r.random() < .6:
        tail += [r.choice(["Copyright © 2024 The Authors.", "© 2024 S. Karger AG, Basel.", "Copyright © 2024, the Authors."])]
    if r.random() < .6:
        tail += ["Conflict of interest statement", r.choice(["The authors declare no conflicts of interest.",
                                                             "None declared.", "The authors have no competing interests to disclose."])]
    if r.random() < .3:
        tail += ["Figures", f"Figure 1. Computed tomography before and after treatment (arrows)."]
    blocks_after = []
    for head in r.sample(["Similar articles", "Cited by"], r.randint(1, 2)):
        ents, forb = other_entries(r, r.randint(0, 3), r.randint(2, 4))
        forbidden += forb
        more = "See all similar articles" if head == "Similar articles" else 'See all "Cited by" articles'
        blocks_after.append([head] + [ln for e in ents for ln in e] + ([more] if r.random() < .7 else []))
    if r.random() < .3:
        ents, forb = other_entries(r, 0, 3)
        forbidden += forb
        blocks_after.append(["References"] + [ln for e in ents for ln in e])
    pt = ["Publication types"] + [t for t in types] + ["Journal Article"] if r.random() < .6 else []
    if pt and not types:
        pt = []
    if pt:
        blocks_after.append(pt)
    if r.random() < .7:
        blocks_after.append(["MeSH terms"] + r.sample(MESH, 6))
        forbidden += ["Treatment Outcome"]
    if r.random() < .5:
        blocks_after.append(["Substances"] + SUBST)
    if r.random() < .3:
        blocks_after.append(["Grants and funding", "R01 CA000000/CA/NCI NIH HHS/United States"])
    if r.random() < .5:
        blocks_after.append(["LinkOut - more resources", "Full Text Sources", "Europe PubMed Central", "Medical", "MedlinePlus Health Information"])
    r.shuffle(blocks_after)
    # layout: blank lines between blocks (or not)
    blank = r.random() < .6
    sep = "\n\n" if blank else "\n"
    groups = [front, [c["title"]], [auth], affs, ids, ab, tail] + blocks_after
    text = sep.join("\n".join(g) for g in groups if g)
    exp = dict(title=c["title"], types=[t for t in exp_types if t], story=c["story"], forbidden=forbidden,
               abstract_labels=[l for l, _ in c["parts"]] if structured else [], shape="pubmed_txt",
               no_case_section_titled=types)
    return text, exp


def pubmed_html(r, c):
    types = r.choice([["Case Reports"], ["Case Reports", "Review"], ["Review"], []])
    abbr, _ = r.choice(JOURNALS)
    doi = f"10.{r.randint(4000, 9999)}/ocr.2024.{r.randint(100, 999)}"
    structured = r.random() < .6
    if structured:
        ab = "".join(f"<p><strong class='sub-title'>{l}:</strong> {t}</p>" for l, t in c["parts"])
    else:
        ab = "<p>" + " ".join(t for _, t in c["parts"]) + "</p>"
    forbidden = []
    sims = ""
    for cls, head in r.sample([("similar-articles", "Similar articles"), ("citedby-articles", "Cited by")], r.randint(1, 2)):
        items = r.sample(OTHER, 3)
        forbidden += [t for t, *_ in items] + [s for *_, s in items]
        lis = "".join(f"<li class='full-docsum'><div class='docsum-content'><a class='docsum-title' href='/{i}/'>{t}</a>"
                      f"<div class='docsum-citation'><span class='docsum-authors'>{a}</span> <span class='docsum-journal-citation'>{j}</span></div>"
                      f"<div class='docsum-snippet'>{s}</div></div></li>" for i, (t, a, j, s) in enumerate(items))
        wrap = r.choice(["div", "section"])
        attr = f"class='{cls}'" if r.random() < .5 else f"id='{cls}'" if r.random() < .5 else ""
        sims += f"<{wrap} {attr}><h2 class='title'>{head}</h2><ul class='articles-list'>{lis}</ul></{wrap}>"
    pt = ("<div class='publication-types'><h2>Publication types</h2><ul>" + "".join(f"<li><a>{t}</a></li>" for t in types + ["Journal Article"]) + "</ul></div>") if types and r.random() < .7 else ""
    head_types = "".join(f"<div class='publication-type'>{t}</div>" for t in types) if r.random() < .7 else ""
    exp_types = [PUBTYPE_NORM[t] for t in types] if (pt or head_types) else []
    mesh = "<div class='mesh-terms'><h2>MeSH terms</h2><ul>" + "".join(f"<li><button>{m}</button></li>" for m in MESH[:6]) + "</ul></div>"
    body = (f"<header class='ncbi-header'><a href='#'>Skip to main page content</a><div>An official website of the United States government</div></header>"
            f"<form class='search-form'><input name='term'><button>Search</button><a>Advanced</a></form>"
            f"<main id='article-details'><header class='heading'>{head_types}<div class='article-citation'><span class='cit'>{abbr}. 2024 May;12(2):44-50.</span>"
            f" doi: {doi}.</div><h1 class='heading-title'>{c['title']}</h1>"
            f"<div class='authors-list'><span class='authors-list-item'><a>{AUTH[0][0]} {AUTH[0][1]}</a><sup>1</sup></span>, <span class='authors-list-item'><a>{AUTH[1][0]} {AUTH[1][1]}</a><sup>2</sup></span></div>"
            f"<div class='affiliations'><h3>Affiliations</h3><ul><li><sup>1</sup>{AFF[0]}</li><li><sup>2</sup>{AFF[1]}</li></ul></div>"
            f"<ul class='identifiers'><li>PMID: <strong>3{r.randint(1000000, 9999999)}</strong></li><li>DOI: <a>{doi}</a></li></ul></header>"
            f"<div class='abstract' id='abstract'><h2 class='title'>Abstract</h2><div class='abstract-content'>{ab}</div>"
            f"<p><strong class='sub-title'>Keywords:</strong> {c['kw']}.</p></div>"
            f"<div class='conflict-of-interest'><h2>Conflict of interest statement</h2><p>The authors report no conflicts.</p></div>"
            f"{sims}{pt}{mesh}<div class='linkout'><h2>LinkOut - more resources</h2><ul><li>Full Text Sources</li><li>Medical</li></ul></div></main>")
    page = f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{c['title']} - PubMed</title></head><body>{body}</body></html>"
    return page, dict(title=c["title"], types=exp_types, story=c["story"], forbidden=forbidden, shape="pubmed_html",
                      abstract_labels=[l for l, _ in c["parts"]] if structured else [], no_case_section_titled=types)


def fulltext_sections(c):
    intro = c["parts"][0][1] + " Only a handful of comparable patients have been described so far."
    case = c["parts"][1][1] + " Follow-up imaging was repeated every three months."
    disc = "Our observation adds to a small literature. " + c["parts"][2][1]
    return intro, case, disc


def publisher_txt(r, c):
    """A journal's full-text page copied from a browser."""
    site = r.choice(["springer", "elsevier", "wiley", "frontiers", "mdpi", "cureus", "pmc", "europepmc", "researchgate", "preprint"])
    intro, case, disc = fulltext_sections(c)
    doi = f"10.{r.randint(4000, 9999)}/crj.2023.{r.randint(100, 999)}"
    auth = authors_line(r, r.randint(0, 3))
    forbidden = []
    top, after_title, before_body, tail = [], [], [], []
    types = ["case report"]
    h = dict(intro="Introduction", case="Case presentation", disc="Discussion", concl="Conclusions", abstract="Abstract")
    abstract = [" ".join(t for _, t in c["parts"])]
    if site == "springer":
        top = ["Skip to main content", "Advertisement", "Journal of Clinical Case Oncology", "Home > Journal of Clinical Case Oncology > Article" if r.random() < .5 else "Journal home > Articles",
               "Case report", "Open access", "Published: 14 March 2023"]
        after_title = [auth, "Journal of Clinical Case Oncology volume 17, Article number: 98 (2023) Cite this article",
                       "1843 Accesses", "3 Citations", "Metrics details"]
        abstract = [f"{label}\n{t}" for label, t in c["parts"]]
        h["case"] = "Case presentation"
        tail = ["Availability of data and materials", "Not applicable.", "Abbreviations", "ALK: Anaplastic lymphoma kinase",
                "References", f"{OTHER[0][1]} {OTHER[0][0]}. {OTHER[0][2]}", "Download references",
                "Acknowledgements", "None.", "Author information", "Authors and Affiliations", AFF[0], "Rights and permissions",
                "Reprints and permissions", "About this article", "Cite this article", f"Kostova M, Owusu A. {c['title']}. J Clin Case Onc 17, 98 (2023). https://doi.org/{doi}",
                "Download citation", "Received: 02 December 2022", "Accepted: 20 February 2023", "Keywords", c["kw"]]
        forbidden += [OTHER[0][0]]
    elif site == "elsevier":
        top = ["Skip to main content", "Skip to article", "ScienceDirect", "Journals & Books", "Search", "Register", "Sign in",
               "View PDF", "Download full issue", "Oncology Case Reports", "Volume 41, June 2023, 100998"]
        types = ["case report"]
        has_type = r.random() < .5
        types = ["case report"] if has_type else []
        after_title = ["Case report" if has_type else "", auth, "Show more", "Add to Mendeley", "Share", "Cite",
                       f"https://doi.org/{doi}", "Get rights and content", "Under a Creative Commons license", "open access"]
        before_body = ["Highlights", "• Entrectinib and lorlatinib cross the blood-brain barrier.", "• Toxicity was mild."]
        h.update(intro="1. Introduction", case="2. Case presentation", disc="3. Discussion", concl="4. Conclusion")
        tail = ["CRediT authorship contribution statement", "Mirela Kostova: Writing – original draft.",
                "Declaration of competing interest", "The authors declare that they have no known competing financial interests.",
                "References", f"[1] {OTHER[1][1]} {OTHER[1][0]}. {OTHER[1][2]}", "View in Scopus", "Google Scholar",
                "Cited by (2)", OTHER[2][0], "2024, Blood Reviews Letters", OTHER[3][0], "2024, Pancreas Oncology Today",
                "© 2023 The Authors. Published by Elsevier Ltd.", "Recommended articles", OTHER[4][0], OTHER[4][3]]
        forbidden += [OTHER[2][0], OTHER[3][0], OTHER[4][0], OTHER[4][3], "Entrectinib and lorlatinib cross the blood-brain barrier."]
        after_title = [x for x in after_title if x]
    elif site == "wiley":
        top = ["Skip to Article Content", "Skip to Article Information", "Search within", "Login / Register", "Clinical Case Reports",
               "Volume 11, Issue 3 e7012", "CASE REPORT", "Open Access"]
        after_title = [auth, "First published: 02 March 2023", f"https://doi.org/{doi}", "Citations: 2", "SECTIONS", "PDF", "TOOLS", "SHARE"]
        before_body = []
        abstract = ["Key Clinical Message", c["parts"][2][1], "Abstract"] + [t for _, t in c["parts"][:2]]
        h.update(intro="1 INTRODUCTION", case="2 CASE REPORT", disc="3 DISCUSSION", concl="4 CONCLUSION")
        tail = ["AUTHOR CONTRIBUTIONS", "Mirela Kostova: Conceptualization; writing – original draft.", "FUNDING INFORMATION", "None.",
                "CONFLICT OF INTEREST STATEMENT", "The authors declare no conflicts of interest.", "CONSENT",
                "Written informed consent was obtained from the patient to publish this report.", "REFERENCES",
                f"1. {OTHER[5][1]} {OTHER[5][0]}. {OTHER[5][2]}", "Citing Literature", OTHER[0][0], "Volume 11, Issue 3", "March 2023", "e7012"]
        forbidden += [OTHER[0][0]]
    elif site == "frontiers":
        top = ["Skip to main content", "Frontiers in Oncology", "Sections", "Articles", "Research Topics", "Editorial board",
               "About journal", "Download article", "CASE REPORT article", "Front. Oncol., 12 May 2023",
               "Sec. Thoracic Oncology", f"Volume 13 - 2023 | https://doi.org/{doi}"]
        after_title = [auth, AFF[0], AFF[1]]
        abstract = ["Abstract"] + abstract
        tail = ["Data availability statement", "The original contributions are included in the article.", "Ethics statement",
                "Written informed consent was obtained from the participant.", "Author contributions", "MK wrote the draft.",
                "Conflict of interest", "The authors declare that the research was conducted in the absence of any commercial relationships.",
                "Publisher's note", "All claims expressed in this article are solely those of the authors.",
                "References", f"1. {OTHER[1][1]} {OTHER[1][0]}. {OTHER[1][2]}", "PubMed Abstract | CrossRef Full Text | Google Scholar",
                f"Keywords: {c['kw']}", f"Citation: Kostova M and Owusu A (2023) {c['title']}. Front. Oncol. 13:1183442. doi: {doi}",
                "Received: 10 March 2023; Accepted: 24 April 2023;", "Published: 12 May 2023.", "Edited by:", "Jane Roe, Lyon University Hospital, France",
                "Copyright © 2023 Kostova and Owusu. This is an open-access article distributed under the terms of the Creative Commons Attribution License (CC BY).",
                "*Correspondence: Mirela Kostova, mk@example.org"]
        forbidden += [OTHER[1][0]]
    elif site == "mdpi":
        top = ["Next Article in Journal", "Previous Article in Journal", "Journals", "Topics", "Information", "Author Services",
               "Initiatives", "About", "Sign In / Sign Up", "Submit", "Current Oncology", "Volume 30", "Issue 4", "10.3390/curroncol30040123",
               "Open AccessCase Report"]
        after_title = ["by " + auth, f"1 {AFF[0]}", f"2 {AFF[1]}", "* Author to whom correspondence should be addressed.",
                       f"Curr. Oncol. 2023, 30(4), 1234-1245; https://doi.org/{doi}",
                       "Submission received: 3 February 2023 / Revised: 1 March 2023 / Accepted: 16 March 2023 / Published: 20 March 2023",
                       "Download", "Browse Figures", "Versions Notes"]
        abstract = ["Abstract"] + abstract + [f"Keywords: {c['kw'].replace(';', ',')}"]
        h.update(intro="1. Introduction", case="2. Case Presentation", disc="3. Discussion", concl="4. Conclusions")
        tail = ["Author Contributions", "Conceptualization, M.K.; writing, A.O. All authors have read and agreed to the published version of the manuscript.",
                "Funding", "This research received no external funding.", "Institutional Review Board Statement", "Not applicable.",
                "Informed Consent Statement", "Informed consent was obtained from the patient.", "Conflicts of Interest",
                "The authors declare no conflict of interest.", "References", f"{OTHER[4][1]} {OTHER[4][0]}. {OTHER[4][2]} [Google Scholar] [CrossRef]",
                "Figure 1. Axial CT images.", "Open in a new tab" if r.random() < .5 else "Click here to enlarge figure",
                "Article Metrics", "Citations", "Crossref", "3", "Article Access Statistics", "Share and Cite", "MDPI and ACS Style",
                f"Kostova, M.; Owusu, A. {c['title']}. Curr. Oncol. 2023, 30, 1234-1245.", "Back to TopTop"]
        forbidden += [OTHER[4][0]]
    elif site == "cureus":
        top = ["Cureus", "Browse Articles", "Publish", "Log In", "Open Access", "Case report", "Published: March 20, 2023",
               f"DOI: 10.7759/cureus.{r.randint(30000, 39999)}", "Peer-Reviewed"]
        after_title = [auth, f"Cite this article as: Kostova M, Owusu A (March 20, 2023) {c['title']}. Cureus 15(3): e36123.",
                       "Metrics", "Download PDF", "Cite"]
        abstract = ["Abstract"] + abstract
        h.update(concl="Conclusions")
        tail = ["References", f"{OTHER[2][1]} {OTHER[2][0]}. {OTHER[2][2]}", "Author Information", AFF[0],
                "Ethics Statement and Conflict of Interest Disclosures", "Human subjects: Consent was obtained or waived by all participants in this study.",
                "Figures etc.", "Related articles", OTHER[3][0], OTHER[3][3]]
        forbidden += [OTHER[2][0], OTHER[3][0], OTHER[3][3]]
    elif site == "pmc":
        types = []
        top = ["Skip to main content", "An official website of the United States government", "Here's how you know",
               "Search PMC Full-Text Archive", "Search in PMC", "Journal List", "Oncol Case Rep", "v.14(2); May-Aug 2023", f"PMC{r.randint(9000000, 9999999)}",
               "As a library, NLM provides access to scientific literature. Inclusion in an NLM database does not imply endorsement of, or agreement with, the contents by NLM or the National Institutes of Health.",
               "Learn more: PMC Disclaimer | PMC Copyright Notice", "Oncol Case Rep. 2023 May-Aug; 14(2): 211–218.",
               f"Published online 2023 Jun 4. doi: {doi}", f"PMCID: PMC{r.randint(9000000, 9999999)}", f"PMID: {r.randint(30000000, 39999999)}"]
        after_title = [auth, "Author information Article notes Copyright and License information PMC Disclaimer"]
        abstract = ["Abstract"] + [f"{l}\n{t}" for l, t in c["parts"]] + [f"Keywords: {c['kw'].replace(';', ',')}"]
        tail = ["Figure 1", "Computed tomography of the chest at diagnosis.", "Open in a new tab", "Acknowledgements", "None.",
                "Statement of Ethics", "Written consent was given by the patient.", "Conflict of Interest Statement", "None.",
                "References", f"1. {OTHER[5][1]} {OTHER[5][0]}. {OTHER[5][2]} [PMC free article] [PubMed] [Google Scholar]",
                "Articles from Oncology Case Reports are provided here courtesy of Example Publishers"]
        forbidden += [OTHER[5][0]]
    elif site == "europepmc":
        top = ["Europe PMC", "Search life-sciences literature (44,000,000 articles, preprints and more)", "Search", "Advanced search",
               "Share this article", "Share with email", "Share with twitter", "Share with linkedin", "Share with facebook",
               "Abstract", "Free full text", "Full text links", "Citations & impact", "Similar Articles", "Funding"]
        after_title = [auth, "Oncology Case Reports, 24 May 2023, 14(2):211-218", f"https://doi.org/{doi}",
                       f"PMID: {r.randint(30000000, 39999999)}", "PMCID: PMC9123456", "Case Report"]
        abstract = ["Abstract"] + abstract
        tail = ["Free full text", "Similar Articles", "To arrive at the top five similar articles we use a word-weighted algorithm to compare words from the Title and Abstract of each citation.",
                OTHER[1][0], f"{OTHER[1][1]} {OTHER[1][2]}", OTHER[1][3], "Funding", "Funders who supported this work.",
                "Citations & impact", "Impact metrics", "Citations of article over time"]
        forbidden += [OTHER[1][0], OTHER[1][3]]
    elif site == "researchgate":
        top = ["ResearchGate", "Home", "Questions", "Jobs", "Search for research, journals, people, etc.", "Log in", "Join for free",
               "Article", "Case report", "Full-text available", "March 2023", "Oncology Case Reports 14(2):211-218",
               f"DOI:10.{r.randint(4000, 9999)}/ocr.2023.0211", "License", "CC BY 4.0"]
        after_title = ["Authors:", "Mirela Kostova", "Riverside University Hospital", "Ama Owusu", "Download full-text PDF",
                       "Read full-text", "Download citation", "Copy link Link copied"]
        abstract = ["Abstract and Figures"] + abstract
        tail = ["Discover the world's research", "25+ million members", "160+ million publication pages", "2.3+ billion citations",
                "Join for free", "Citations (3)", "References (24)", OTHER[2][0], "Article", "January 2020", "Recommended publications",
                "Discover more", OTHER[0][0], OTHER[0][3]]
        forbidden += [OTHER[2][0], OTHER[0][0], OTHER[0][3]]
    else:  # preprint
        top = ["medRxiv", "Search", "Advanced Search", "New Results", "Follow this preprint"]
        after_title = [auth, f"doi: https://doi.org/10.1101/2023.03.14.{r.randint(20000000, 29999999)}",
                       "This article is a preprint and has not been certified by peer review [what does this mean?].",
                       "Abstract", "Full Text", "Info/History", "Metrics", "Preview PDF"]
        types = []
        tail = ["Competing Interest Statement", "The authors have declared no competing interest.", "Funding Statement",
                "This study did not receive any funding.", "Author Declarations", "I confirm all relevant ethical guidelines have been followed.",
                "Data Availability", "All data produced in the present study are contained in the manuscript.", "References",
                f"1. {OTHER[3][1]} {OTHER[3][0]}. {OTHER[3][2]}", "View the discussion thread.", "Subject Area", "Oncology"]
        forbidden += [OTHER[3][0]]
    title = c["title"]
    body = [h["intro"], intro, h["case"], case, h["disc"], disc]
    if r.random() < .5:
        body += [h["concl"], "Careful monitoring made this outcome possible."]
    cookie = ["We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.", "Accept all cookies", "Manage preferences"]
    if r.random() < .3:
        top = cookie + top
    bc = []
    if r.random() < .25 and site not in ("springer",):
        bc = [r.choice(["Home > Journals > Oncology Case Reports > Current issue", "Home / Articles / Case reports", "Home » Oncology » Case Reports"])]
    lines_groups = [top, bc, [title], after_title, before_body, [h["abstract"]] if site in ("springer", "elsevier") else [], abstract, body, tail]
    blank = r.random() < .6
    text = ("\n\n" if blank else "\n").join("\n".join(g) for g in lines_groups if g)
    exp = dict(title=title, types=types, story=c["story"], forbidden=forbidden + bc + [x for x in top if len(x) > 12 and x != title],
               shape=f"pub_{site}", abstract_labels=[], case_heading=h["case"], no_case_section_titled=["Case report", "CASE REPORT", "Case Report"] if site != "wiley" else [])
    if site == "preprint":
        exp["types"] = []
    return text, exp


def generate(n_seed=0, n=300):
    out = []
    r = random.Random(n_seed)
    for i in range(n):
        c = r.choice(CASES)
        k = r.random()
        if k < .4:
            text, exp = pubmed_txt(r, c); ext = "txt"
        elif k < .6:
            text, exp = pubmed_html(r, c); ext = "html"
        else:
            text, exp = publisher_txt(r, c); ext = "txt"
        out.append((f"p{i:03d}.{ext}", text, exp))
    return out


def pubmed_abstract_format(r, c):
    """PubMed's "Abstract" text format (Send to > File / Display options > Abstract (text))."""
    abbr, _ = r.choice(JOURNALS)
    doi = f"10.{r.randint(4000, 9999)}/ocr.2024.{r.randint(100, 999)}"
    structured = r.random() < .6
    ab = "\n".join(abstract_lines(c, r, structured, "upper"))
    names = [f"{l} {f[0]}({i % 2 + 1})" for i, (f, l) in enumerate(r.sample(AUTH, 3))]
    text = (f"{r.randint(1, 9)}. {abbr}. 2024 Mar 12;{r.randint(3, 30)}(5):{r.randint(10, 300)}. doi: {doi}. eCollection\n2024 May.\n\n"
            f"{c['title']}.\n\n{', '.join(names)}.\n\nAuthor information:\n(1){AFF[0]}\n(2){AFF[1]}\n\n{ab}\n\n"
            f"Copyright (c) 2024, The Authors.\n\nDOI: {doi}\nPMID: {r.randint(30000000, 39999999)}  [Indexed for MEDLINE]\n\n"
            "Conflict of interest statement: The authors declare no conflicts of interest.\n")
    return text, dict(title=c["title"] + ".", types=[], story=c["story"], forbidden=[AFF[0]], shape="pubmed_abstext",
                      abstract_labels=[], no_case_section_titled=[])


def medline_format(r, c):
    def wrap(tag, value):
        words, lines, cur = value.split(), [], ""
        for w in words:
            if len(cur) + len(w) + 1 > 70:
                lines.append(cur); cur = w
            else:
                cur = f"{cur} {w}".strip()
        lines.append(cur)
        return f"{tag:<4}- " + "\n      ".join(lines)
    types = r.choice([["Case Reports", "Journal Article"], ["Journal Article", "Review"], ["Case Reports"]])
    doi = f"10.{r.randint(4000, 9999)}/ocr.2024.{r.randint(100, 999)}"
    ab = " ".join(f"{l.upper()}: {t}" for l, t in c["parts"]) if r.random() < .6 else " ".join(t for _, t in c["parts"])
    lines = [f"PMID- {r.randint(30000000, 39999999)}", "OWN - NLM", "STAT- MEDLINE", "DP  - 2024 May", wrap("TI", c["title"] + "."),
             "PG  - 210", f"LID - {doi} [doi]", wrap("AB", ab), "CI  - Copyright (c) 2024, The Authors."]
    for f, l in r.sample(AUTH, 2):
        lines += [f"FAU - {l}, {f}", f"AU  - {l} {f[0]}", wrap("AD", AFF[0])]
    lines += ["LA  - eng"] + [f"PT  - {t}" for t in types] + ["TA  - Oncol Case Rep", "JT  - Oncology case reports",
              "MH  - Humans", "MH  - Treatment Outcome", "OT  - ROS1", f"AID - {doi} [doi]", "PST - ppublish",
              f"SO  - Oncol Case Rep. 2024 May;27(5):210. doi: {doi}."]
    exp_types = [PUBTYPE_NORM[t] for t in types if PUBTYPE_NORM[t]]
    return "\n".join(lines) + "\n", dict(title=c["title"] + ".", types=exp_types, story=c["story"][:40], forbidden=["Treatment Outcome"],
                                       shape="pubmed_medline", abstract_labels=[], no_case_section_titled=[])


def publisher_html(r, c):
    """The publisher text page rendered as HTML without furniture classes: headings marked, chrome as plain blocks."""
    text, exp = publisher_txt(r, c)
    heads = {"Abstract", "Introduction", "Case presentation", "Discussion", "Conclusions", "Conclusion", "References",
             "1. Introduction", "2. Case presentation", "3. Discussion", "4. Conclusion", "1 INTRODUCTION", "2 CASE REPORT",
             "3 DISCUSSION", "4 CONCLUSION", "2. Case Presentation", "4. Conclusions", "Similar articles", "Cited by",
             "Keywords", "Acknowledgements", "Author information", "Data availability statement", "Ethics statement",
             "Author contributions", "Conflict of interest", "Funding", "Highlights", "Key Clinical Message"}
    out = []
    for line in [ln for ln in text.split("\n") if ln.strip()]:
        e = html.escape(line)
        tag = "h1" if line == exp["title"] else "h2" if line in heads else "p"
        out.append(f"<{tag}>{e}</{tag}>")
    body = "".join(out)
    page = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(exp['title'])} | Example</title></head><body>{body}</body></html>"
    exp = dict(exp, shape=exp["shape"].replace("pub_", "pubh_"))
    return page, exp


def generate2(n_seed=1, n=300):
    out = []
    r = random.Random(n_seed)
    for i in range(n):
        c = r.choice(CASES)
        k = r.random()
        if k < .25:
            text, exp = pubmed_abstract_format(r, c); ext = "txt"
        elif k < .45:
            text, exp = medline_format(r, c); ext = "txt"
        elif k < .75:
            text, exp = publisher_html(r, c); ext = "html"
        else:
            text, exp = pubmed_txt(r, c); ext = "txt"
        out.append((f"q{i:03d}.{ext}", text, exp))
    return out


def pubmed_txt2(r, c):
    """PubMed page copies with more of the page: the cite dialog, the page-navigation list, labels on their own
    lines, 'Comment in' / 'Erratum in', no 'Abstract' heading."""
    text, exp = pubmed_txt(r, c)
    lines = text.split("\n")
    extras_top = r.choice([["Item in Clipboard"], ["Full text links", "Wiley", "Free PMC article"], [], ["Actions", "Cite", "Share", "Permalink"]])
    nav = ["Page navigation", "Title & authors", "Abstract", "Conflict of interest statement", "Similar articles", "Cited by",
           "References", "Publication types", "MeSH terms", "Related information", "LinkOut - more resources"]
    cite = ["Cite", "Format: AMA APA MLA NLM", "Copy", "Download .nbib", ".nbib", "Add to Collections", "Create a new collection",
            "Add to an existing collection", "Name your collection:", "Add", "Cancel"]
    i = next(k for k, ln in enumerate(lines) if ln in ("Display options", "Advanced"))
    lines[i + 1:i + 1] = extras_top
    if r.random() < .4:
        # the abstract's labels on lines of their own
        out = []
        for ln in lines:
            m = re.match(r"^([A-Za-z ]{4,30}): (.*)$", ln)
            if m and m.group(1).lower() in {l.lower() for l, _ in c["parts"]}:
                out += [m.group(1), m.group(2)]
            else:
                out.append(ln)
        lines = out
    if r.random() < .3:
        lines = [ln for ln in lines if ln != "Abstract"]
    if r.random() < .3:
        lines += ["", "Comment in", "Letter to the editor on this report. Vance E. Oncol Case Rep. 2025;8(1):3. PMID: 39999999"]
        exp["forbidden"] = exp["forbidden"] + ["Letter to the editor on this report."]
    if r.random() < .5:
        lines += [""] + nav
    else:
        lines = lines[:i + 1] + nav + lines[i + 1:]
    if r.random() < .4:
        lines += [""] + cite
    exp = dict(exp, shape="pubmed_txt2", forbidden=exp["forbidden"] + ["Title & authors", "Format: AMA APA MLA NLM", "Name your collection:"])
    return "\n".join(lines), exp


def pdf_txt(r, c):
    """Text extracted from a journal's PDF: masthead, running heads and page numbers, the abstract box."""
    intro, case, disc = fulltext_sections(c)
    journal = r.choice(["Oncology Case Reports 14 (2023) 100211", "Journal of Clinical Case Oncology 2023;17:98–104",
                        "Tumori Reports · 2023 · 9:211"])
    auth = authors_line(r, r.randint(0, 3))
    def wrap(t, w=78):
        words, out, cur = t.split(), [], ""
        for x in words:
            if len(cur) + len(x) + 1 > w:
                out.append(cur); cur = x
            else:
                cur = f"{cur} {x}".strip()
        out.append(cur)
        return "\n".join(out)
    head = [r.choice(["Contents lists available at ScienceDirect", "CASE REPORT", "Case Report", ""]), journal if r.random() < .5 else "",
            "", wrap(c["title"], 60), "", auth, "", *[f"{i+1} {a}" for i, a in enumerate(AFF[:2])], "",
            r.choice(["A R T I C L E I N F O", "ARTICLE INFO", ""]), f"Keywords: {c['kw']}", "",
            r.choice(["A B S T R A C T", "ABSTRACT", "Abstract"]), wrap(" ".join(t for _, t in c["parts"])), "",
            f"https://doi.org/10.{r.randint(4000, 9999)}/x.2023.{r.randint(100, 999)}",
            "Received 3 March 2023; Accepted 20 April 2023", "© 2023 The Authors. Published by Example Press.", ""]
    body = ["1. Introduction", wrap(intro), "", journal + "     2" if r.random() < .5 else "2", "",
            "2. Case presentation", wrap(case), "", "3. Discussion", wrap(disc), "",
            "Declaration of competing interest", "None.", "", "References", "",
            f"[1] {OTHER[1][1]} {OTHER[1][0]}. {OTHER[1][2]}", f"[2] {OTHER[2][1]} {OTHER[2][0]}. {OTHER[2][2]}", "", "3"]
    text = "\n".join(x for x in head if x is not None) + "\n" + "\n".join(body)
    title = c["title"]
    return text, dict(title=title, types=[], story=c["story"], forbidden=[OTHER[1][0], OTHER[2][0]], shape="pdf_txt",
                      abstract_labels=[], no_case_section_titled=["CASE REPORT", "Case Report"])


def generate3(n_seed=2, n=300):
    out = []
    r = random.Random(n_seed)
    for i in range(n):
        c = r.choice(CASES)
        if r.random() < .6:
            text, exp = pubmed_txt2(r, c); ext = "txt"
        else:
            text, exp = pdf_txt(r, c); ext = "txt"
        out.append((f"r{i:03d}.{ext}", text, exp))
    return out


def pmc_go_to(r, c):
    """A PMC article copied from a browser: its tools, "Go to:" above each heading, a figure and a flattened table with
    "Open in a new tab", the back matter and the sidebar's lists after the article."""
    intro, case, disc = fulltext_sections(c)
    goto = ["Go to:"] if r.random() < .6 else []
    first, rest = case.split(". ")[0] + ".", ". ".join(case.split(". ")[1:])
    lines = ["Skip to main content", "An official website of the United States government", "Search PMC Full-Text Archive",
             "Journal List", "Oncol Case Rep", "v.14(2); May-Aug 2023", "PMC10555555", "Other Formats", "PDF (1.2M)",
             "Actions", "Cite", "Collections", "Share", "Permalink", "RESOURCES", "Similar articles", "Cited by other articles",
             "Links to NCBI Databases", "Oncol Case Rep. 2023 May-Aug; 14(2): 211–218.",
             "Published online 2023 Jun 4. doi: 10.5555/ocr.2023.0211", "PMCID: PMC10555555", "PMID: 37111222", c["title"],
             authors_line(r, 0), "Author information Article notes Copyright and License information PMC Disclaimer",
             *goto, "Abstract"]
    lines += [f"{label}\n{t}" if r.random() < .5 else f"{label}: {t}" for label, t in c["parts"]]
    lines += ["Keywords: " + c["kw"].replace(";", ","), *goto, "Introduction", intro, *goto, "Case Presentation", first,
              "Fig. 1", "Axial CT image of the primary lesion (arrow).", "Open in a new tab", rest, "Table 1",
              "Laboratory values at diagnosis", "Parameter\tValue\tReference range", "Haemoglobin\t10.2 g/dL\t12–16",
              "Open in a new tab", *goto, "Discussion", disc, *goto, "Acknowledgments", "We thank the patient.", *goto,
              "Conflict of Interest Statement", "None.", *goto, "References",
              f"1. {OTHER[0][1]} {OTHER[0][0]}. {OTHER[0][2]} [PubMed] [Google Scholar]",
              "Articles from Oncology Case Reports are provided here courtesy of Example Publishers",
              "RESOURCES", "Similar articles", OTHER[3][0], OTHER[3][3], "Cited by other articles", OTHER[4][0]]
    text = ("\n\n" if r.random() < .5 else "\n").join(lines)
    return text, dict(title=c["title"], types=[], story=c["story"], shape="pmc_go_to", no_case_section_titled=[],
                      forbidden=[OTHER[0][0], OTHER[3][0], OTHER[3][3], OTHER[4][0], "Haemoglobin\t10.2"])


BANNERS = [["Your privacy", "We and our partners store and access information on your device, such as cookies.", "Accept all",
            "Reject all", "Manage preferences"],
           ["Cookie settings", "This website uses cookies to ensure you get the best experience.", "Got it!", "Learn more"]]


def with_banner(r, c):
    """A page with a consent banner copied above or below it."""
    text, exp = (pubmed_txt if r.random() < .5 else publisher_txt)(r, c)
    banner = r.choice(BANNERS)
    text = "\n".join(banner) + "\n\n" + text if r.random() < .5 else text + "\n\n" + "\n".join(banner)
    return text, dict(exp, shape="banner_" + exp["shape"], forbidden=exp["forbidden"] + [x for x in banner if len(x) > 6])


def with_side_list(r, c):
    """A publisher page with a side list of other papers ("Recommended articles") copied above its article."""
    text, exp = publisher_txt(r, c)
    head = r.choice(["Recommended articles", "Similar articles", "Related articles", "Most read articles", "Cited by (4)"])
    items = r.sample(OTHER, 3)
    side = "\n".join([head] + [x for t, a, j, s in items for x in (t, f"{a} {j}", s)])
    sep = "\n\n" if "\n\n" in text else "\n"
    parts = text.split(sep)
    k = r.randint(1, 3)
    text = sep.join(parts[:k] + [side] + parts[k:])
    return text, dict(exp, shape="side_" + exp["shape"], forbidden=exp["forbidden"] + [x for t, a, j, s in items for x in (t, s)])


def generate4(n_seed=3, n=300):
    out = []
    r = random.Random(n_seed)
    for i in range(n):
        c = r.choice(CASES)
        make = r.choice([pmc_go_to, with_banner, with_side_list])
        text, exp = make(r, c)
        out.append((f"s{i:03d}.txt", text, exp))
    return out


# ------------------------------------------------------------------------------------------ checks ---
BODY = {"abstract", "introduction", "case", "discussion", "conclusion", "results", "methods", "other"}


def norm(s: str | None) -> str:
    """Whitespace-normalised text, for comparing what a reader gives with what a generator expects."""
    return re.sub(r"\s+", " ", s or "").strip()


def passing_sample(items, problems_of, per_shape: int = 2, shape_of=lambda exp: exp["shape"]):
    """The first ``per_shape`` items of every shape that ``problems_of`` finds nothing wrong with
    (each generator's test fixtures: a regression test; what still fails is listed by --check)."""
    seen: dict[str, int] = {}
    for name, text, exp in items:
        shape = shape_of(exp)
        if seen.get(shape, 0) < per_shape and not problems_of(name, text, exp):
            seen[shape] = seen.get(shape, 0) + 1
            yield name, text, exp


def problems(name: str, text: str, exp: dict) -> list[str]:
    """What the readers get wrong on one page ([] when nothing)."""
    from kg.readers import read_bytes
    try:
        [doc] = list(read_bytes(text.encode(), name))
    except Exception as exc:  # noqa: BLE001 (a page that cannot be read is a finding)
        return [f"ERROR {exc}"]
    errs = []
    if norm(doc.title) != norm(exp["title"]):
        errs.append(f"title={doc.title[:70]!r}")
    errs += [f"types={doc.publication_types} want {t}" for t in exp["types"] if t not in doc.publication_types]
    errs += [f"extra type {t}" for t in ("review", "meta-analysis", "letter")
             if t in doc.publication_types and t not in exp["types"]]
    body = "\n".join(doc.text[s.start:s.end] for s in doc.sections if s.kind in BODY)
    if exp["story"] not in body:
        errs.append("story not in body")
    kinds = [s.kind for s in doc.sections if exp["story"] in doc.text[s.start:s.end]]
    shape = exp["shape"]
    if shape.startswith("pubmed") and shape != "pubmed_medline" and kinds and kinds[0] not in ("abstract", "case"):
        errs.append(f"story in {kinds}")
    if shape.startswith(("pub_", "pubh_", "pdf")) and "case" not in kinds:
        errs.append(f"story in {kinds}")
    errs += [f"furniture in body: {f[:50]!r}" for f in exp["forbidden"] if f and f in body]
    errs += [f"case section {s.title!r}" for s in doc.sections
             if s.kind == "case" and s.title in exp.get("no_case_section_titled", [])]
    return errs


def all_pages(n: int):
    return generate(0, n) + generate2(1, n) + generate3(2, n) + generate4(3, n)


def sample(per_shape: int = 2):
    """A few pages of every shape that the readers get right (the fixtures the tests read)."""
    return passing_sample(all_pages(300), problems, per_shape)


def print_findings(findings) -> None:
    """--check of every generator: ``findings`` = (name, shape, problems) per generated file; prints how
    many files of each shape are wrong, then each problem with its count and a file that shows it."""
    import collections
    shapes, failing, bad, example = collections.Counter(), collections.Counter(), collections.Counter(), {}
    for name, shape, errs in findings:
        shapes[shape] += 1
        failing[shape] += bool(errs)
        for e in errs:
            bad[(shape, e[:70])] += 1
            example.setdefault((shape, e[:70]), name)
    print(f"{sum(failing.values())} of {sum(shapes.values())} files wrong")
    for shape in sorted(shapes):
        print(f"  {shape:32} {failing[shape]:3}/{shapes[shape]}")
    for k, v in sorted(bad.items()):
        print(v, *k, example[k])


def main(argv):
    if "--check" in argv:
        n = int(argv[argv.index("--check") + 1])
        print_findings((name, exp["shape"], problems(name, text, exp)) for name, text, exp in all_pages(n))
        return
    write_fixtures("page_copies", sample())


def write_fixtures(folder: str, items) -> None:
    """Write (name, text, expected) items under tests/fixtures/<folder>, with expected.json beside them."""
    out = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / folder
    out.mkdir(parents=True, exist_ok=True)
    expected = {}
    for name, text, exp in items:
        (out / name).write_text(text, encoding="utf-8")
        expected[name] = exp
    (out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(expected)} files to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
