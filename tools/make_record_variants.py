"""Made-up record variants for tests/readers/test_record_variants.py: PubMed XML (several records in a set, book
records, labelled/unlabelled/Medicine-style structured abstracts, a second-language OtherAbstract, copyright lines,
bracketed translated titles with inline markup, several publication types, MeSH, comments/corrections, keyword and
id lists), JATS (article types, summary/graphical/translated abstracts, sec-type attributes, nested secs, floats,
lists, quotes, back matter, sub-articles, namespaces, processing instructions, citation markers in superscripts) and
text extracted from PDFs (running heads and feet, hyphenation at line ends, ligatures, run-in headings, captions,
references, correspondence and licence blocks). Each variant comes with what the readers must find: the title, the
publication types, the ids, the patient's story in a body section, and the text that must stay out of the body.

Decision (documented): a second-language abstract (PubMed <OtherAbstract>, JATS <trans-abstract> or an <abstract>
whose xml:lang differs from the article's) is kept OUT of the body: it retells the same case, so reading it would
only double the facts (or add untranslated terms the term lists cannot match).

Every sentence, name, identifier and journal here is invented (session 13, readers12). Run

    python tools/make_record_variants.py           # writes a sample to tests/fixtures/record_variants/
    python tools/make_record_variants.py --check N # reads N variants of each generator and lists what fails
"""
import html
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_page_copies import AFF, CASES, OTHER, norm as _norm, passing_sample, print_findings, write_fixtures  # noqa: E402

BODY = {"abstract", "introduction", "case", "discussion", "conclusion", "results", "methods", "other"}
FOREIGN = ["Presentamos el caso de una paciente tratada con un inhibidor de tirosina cinasa durante dos años.",
           "Nous rapportons le cas d'un patient traité par une thérapie ciblée avec une réponse prolongée.",
           "Wir berichten über einen Patienten, der unter gezielter Therapie ein langes Ansprechen zeigte."]
LICENCE = "This is an open access article distributed under the terms of the Creative Commons Attribution License."
COPYRIGHT = "Copyright © 2024 The Authors. Published by Example Medical Press Ltd."

# structured-abstract label sets (label, NlmCategory) for intro / case / conclusion
LABELS = [
    (("BACKGROUND", "BACKGROUND"), ("CASE PRESENTATION", "METHODS"), ("CONCLUSIONS", "CONCLUSIONS")),
    (("INTRODUCTION", "BACKGROUND"), ("CASE REPORT", "METHODS"), ("CONCLUSION", "CONCLUSIONS")),
    (("BACKGROUND", "BACKGROUND"), ("CASE SUMMARY", "METHODS"), ("CONCLUSION", "CONCLUSIONS")),
    (("RATIONALE", "BACKGROUND"), ("PATIENT CONCERNS", "METHODS"), ("LESSONS", "CONCLUSIONS")),  # (read as abstract parts)
    (("INTRODUCTION AND IMPORTANCE", "BACKGROUND"), ("CASE PRESENTATION", "METHODS"), ("CLINICAL DISCUSSION", "CONCLUSIONS")),
    (("", None), ("", None), ("", None)),
    (("Background", None), ("Case Description", None), ("Conclusions", None)),
]


def _x(s):
    return html.escape(s, quote=False)


def _title_markup(r, title):
    """The title with inline markup on a gene or drug name (the text stays the same once flattened)."""
    words = title.split(" ")
    k = r.randrange(len(words))
    tag = r.choice(["i", "b", "u"])
    words[k] = f"<{tag}>{_x(words[k])}</{tag}>"
    return " ".join(_x(w) if not w.startswith("<") else w for w in words)


# ------------------------------------------------------------------------------------------ PubMed XML ---
def pubmed_record(r, c, pmid, variant):
    title = c["title"]
    translated = r.random() < .2
    title_xml = _title_markup(r, title) if r.random() < .5 else _x(title)
    if translated:
        title_xml = f"[{title_xml}]."
    labels = r.choice(LABELS)
    unlabelled = r.random() < .15
    if unlabelled:
        abstract = f"<AbstractText>{_x(' '.join(t for _, t in c['parts']))}</AbstractText>"
    else:
        parts = []
        for (label, cat), (_, text) in zip(labels, c["parts"]):
            attrs = (f' Label="{label}"' if label else "") + (f' NlmCategory="{cat}"' if cat else "")
            parts.append(f"<AbstractText{attrs}>{_x(text)}</AbstractText>")
        abstract = "".join(parts)
    copyright_ = f"<CopyrightInformation>{_x(COPYRIGHT)}</CopyrightInformation>" if r.random() < .5 else ""
    types = r.choice([["Case Reports", "Journal Article"], ["Journal Article", "Case Reports", "Review"],
                      ["Journal Article"], ["Case Reports"], ["English Abstract", "Journal Article", "Case Reports"]])
    doi = f"10.{r.randint(4000, 9999)}/ocr.{r.randint(2019, 2025)}.{r.randint(100, 999)}"
    pmc = f"PMC{r.randint(7000000, 11999999)}"
    other = ""
    foreign = r.choice(FOREIGN)
    if r.random() < .4:
        other = f'<OtherAbstract Type="Publisher" Language="spa"><AbstractText>{_x(foreign)}</AbstractText></OtherAbstract>'
    vern = f"<VernacularTitle>{_x('Respuesta duradera: reporte de caso')}</VernacularTitle>" if translated else ""
    kw = "".join(f'<Keyword MajorTopicYN="N">{_x(k.strip())}</Keyword>' for k in c["kw"].split(";"))
    cc = ""
    if r.random() < .4:
        cc = (f'<CommentsCorrectionsList><CommentsCorrections RefType="Cites"><RefSource>{_x(OTHER[0][2])}</RefSource>'
              f'<PMID Version="1">{r.randint(30000000, 39999999)}</PMID></CommentsCorrections></CommentsCorrectionsList>')
    mesh = ('<MeshHeadingList><MeshHeading><DescriptorName UI="D006801" MajorTopicYN="N">Humans</DescriptorName>'
            '</MeshHeading><MeshHeading><DescriptorName UI="D000970" MajorTopicYN="N">Antineoplastic Agents'
            '</DescriptorName><QualifierName UI="Q000627" MajorTopicYN="Y">therapeutic use</QualifierName>'
            '</MeshHeading></MeshHeadingList>')
    no_abstract = variant == "no_abstract"
    art = (f'<Article PubModel="Print-Electronic"><Journal><ISSN IssnType="Electronic">1234-5678</ISSN>'
           f'<JournalIssue CitedMedium="Internet"><Volume>12</Volume><PubDate><Year>2024</Year><Month>Mar</Month>'
           f'</PubDate></JournalIssue><Title>Oncology Case Reports</Title><ISOAbbreviation>Oncol Case Rep</ISOAbbreviation>'
           f'</Journal><ArticleTitle>{title_xml}</ArticleTitle><Pagination><StartPage>e211</StartPage></Pagination>'
           f'<ELocationID EIdType="doi" ValidYN="Y">{doi}</ELocationID>'
           + ("" if no_abstract else f"<Abstract>{abstract}{copyright_}</Abstract>")
           + '<AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Kostova</LastName><ForeName>Mirela</ForeName>'
           f'<AffiliationInfo><Affiliation>{_x(AFF[0])}</Affiliation></AffiliationInfo></Author></AuthorList>'
           f'<Language>{"spa" if translated else "eng"}</Language><PublicationTypeList>'
           + "".join(f'<PublicationType UI="D0{r.randint(10000, 99999)}">{t}</PublicationType>' for t in types)
           + f"</PublicationTypeList>{vern}</Article>")
    rec = (f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{pmid}</PMID>{art}'
           f'<MedlineJournalInfo><Country>Netherlands</Country><MedlineTA>Oncol Case Rep</MedlineTA></MedlineJournalInfo>'
           f'{cc}{mesh}<KeywordList Owner="NOTNLM">{kw}</KeywordList>{other}</MedlineCitation>'
           f'<PubmedData><History><PubMedPubDate PubStatus="received"><Year>2023</Year><Month>11</Month><Day>2</Day>'
           f'</PubMedPubDate></History><PublicationStatus>ppublish</PublicationStatus><ArticleIdList>'
           f'<ArticleId IdType="pubmed">{pmid}</ArticleId><ArticleId IdType="pii">S1234-5678(24)00{r.randint(100, 999)}-1</ArticleId>'
           f'<ArticleId IdType="doi">{doi}</ArticleId>'
           + (f'<ArticleId IdType="pmc">{pmc}</ArticleId>' if r.random() < .5 else "")
           + "</ArticleIdList></PubmedData></PubmedArticle>")
    norm = {"Case Reports": "case report", "Review": "review"}
    exp = dict(title=title, types=[norm[t] for t in types if t in norm], ids=[f"pmid:{pmid}", f"doi:{doi}"],
               story=c["story"], story_kinds=["case", "abstract"], shape=f"pubmed_xml_{variant}",
               forbidden=[foreign, COPYRIGHT, OTHER[0][2], "Antineoplastic Agents", c["kw"].split(";")[1].strip() + ";"],
               no_abstract=no_abstract)
    return rec, exp


def pubmed_xml(r, c, variant=None):
    variant = variant or r.choice(["one", "set", "set", "bare"])
    pmid = str(r.randint(30000000, 39999999))
    rec, exp = pubmed_record(r, c, pmid, variant)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n' + (
        '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" '
        '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">\n' if r.random() < .5 else "")
    if variant == "bare":
        return head + rec, [exp]
    records, exps = [rec], [exp]
    if variant == "set":
        for _ in range(r.randint(1, 3)):
            c2 = r.choice(CASES)
            rec2, exp2 = pubmed_record(r, c2, str(r.randint(30000000, 39999999)), "set")
            records.append(rec2)
            exps.append(exp2)
        if r.random() < .5:   # a book chapter in the set
            bpmid = str(r.randint(20000000, 29999999))
            records.append(book_record(bpmid))
            exps.append(dict(title=BOOK_TITLE, types=["review"], ids=[f"pmid:{bpmid}"], story=BOOK_STORY, story_kinds=["abstract", "case"],
                             shape="pubmed_xml_book", forbidden=[], no_abstract=False))
    return head + "<PubmedArticleSet>" + "\n".join(records) + "</PubmedArticleSet>", exps


BOOK_TITLE = "Tumour lysis syndrome after the first dose of venetoclax"
BOOK_STORY = "A 71-year-old woman with chronic lymphocytic leukaemia developed hyperkalaemia"


def book_record(pmid):
    return (f'<PubmedBookArticle><BookDocument><PMID Version="1">{pmid}</PMID><ArticleIdList><ArticleId IdType="bookaccession">'
            f'NBK{pmid[-6:]}</ArticleId></ArticleIdList><Book><Publisher><PublisherName>Example Press</PublisherName></Publisher>'
            f'<BookTitle book="excases">Example Clinical Cases</BookTitle><PubDate><Year>2023</Year></PubDate></Book>'
            f'<LocationLabel Type="chapter">Chapter 4</LocationLabel><ArticleTitle book="excases" part="ch4">{BOOK_TITLE}'
            f'</ArticleTitle><Language>eng</Language><Abstract><AbstractText>{BOOK_STORY} and a rising creatinine twelve hours '
            f'after starting venetoclax; she recovered with rasburicase and fluids.</AbstractText></Abstract>'
            f'<PublicationType UI="D016454">Review</PublicationType></BookDocument><PubmedBookData><History/>'
            f'<PublicationStatus>ppublish</PublicationStatus></PubmedBookData></PubmedBookArticle>')


# ------------------------------------------------------------------------------------------ JATS ---
def jats_xml(r, c):
    intro, case, disc = (c["parts"][0][1], c["parts"][1][1], c["parts"][2][1])
    atype = r.choice(["case-report", "research-article", "brief-report", "letter", "other"])
    ns = r.random() < .5
    lang = ' xml:lang="en"' if r.random() < .7 else ""
    doi = f"10.{r.randint(4000, 9999)}/jcco.{r.randint(2019, 2025)}.{r.randint(1000, 9999)}"
    pmid = str(r.randint(30000000, 39999999))
    title_xml = _title_markup(r, c["title"]) .replace("<i>", "<italic>").replace("</i>", "</italic>").replace(
        "<b>", "<bold>").replace("</b>", "</bold>").replace("<u>", "<underline>").replace("</u>", "</underline>")
    foreign = r.choice(FOREIGN)
    abstracts = []
    if r.random() < .6:
        abstracts.append("<abstract><sec><title>Background</title><p>" + _x(intro) + "</p></sec><sec><title>Case presentation"
                         "</title><p>" + _x(case) + "</p></sec><sec><title>Conclusions</title><p>" + _x(disc) + "</p></sec></abstract>")
    else:
        abstracts.append("<abstract><p>" + _x(" ".join(t for _, t in c["parts"])) + "</p></abstract>")
    if r.random() < .3:
        abstracts.append('<abstract abstract-type="graphical"><p>Graphical abstract: timeline of the treatment.</p></abstract>')
    if r.random() < .3:
        abstracts.append('<abstract abstract-type="summary"><title>Key clinical message</title><p>Targeted therapy can '
                         'control this disease for a long time.</p></abstract>')
    trans = ""
    if r.random() < .4:
        trans = f'<trans-abstract xml:lang="es"><p>{_x(foreign)}</p></trans-abstract>'
    elif r.random() < .3:
        abstracts.append(f'<abstract xml:lang="fr"><p>{_x(foreign)}</p></abstract>')
    # the case text with citation markers in superscripts and xrefs, a PI and a nested sec
    first, rest = case.split(". ")[0] + ".", ". ".join(case.split(". ")[1:])
    cite = r.choice(['<sup><xref ref-type="bibr" rid="B1">1</xref></sup>', '<xref ref-type="bibr" rid="B1">1</xref>',
                     ' [<xref ref-type="bibr" rid="B1">1</xref>]', '<sup>1,2</sup>', ""])
    case_sec_type = r.choice(['sec-type="case-report"', 'sec-type="cases"', 'sec-type="case"', ""])
    case_title = r.choice(["Case presentation", "Case report", "Case description", "Patient information"])
    nested = r.random() < .4
    pi = "<?release-delay 12|0?>" if r.random() < .5 else ""
    fig = (f'<fig id="F1"><label>Figure 1</label><caption><p>{_x(OTHER[5][3])}</p></caption>'
           f'<graphic xlink:href="f1.jpg"/></fig>')
    table = ('<table-wrap id="T1"><label>Table 1</label><caption><p>Blood counts</p></caption><table><tr><td>Neutrophils'
             '</td><td>0.4 x10^9/L</td></tr></table></table-wrap>')
    box = f'<boxed-text><caption><title>Learning points</title></caption><p>{_x(OTHER[1][3])}</p></boxed-text>'
    lst = '<list list-type="bullet"><list-item><p>Imaging every three months.</p></list-item></list>'
    if nested:
        case_body = (f"<sec><title>History</title><p>{_x(first)}{pi}</p></sec><sec><title>Treatment and outcome</title>"
                     f"<p>{_x(rest)}</p>{fig}{lst}</sec>")
    else:
        case_body = f"<p>{_x(first)}{pi}</p>{fig}<p>{_x(rest)}</p>{table}{lst}"
    intro_cited = _x(intro).rstrip(".") + cite + "."
    body = (f'<body><sec sec-type="intro"><title>Introduction</title><p>{intro_cited}</p></sec>'
            f'<sec {case_sec_type}><title>{case_title}</title>{case_body}</sec>'
            f'<sec sec-type="discussion"><title>Discussion</title><p>{_x(disc)}</p>{box}'
            f'<disp-quote><p>Quoted remark from the treating team.</p></disp-quote></sec></body>')
    back = (f'<back><ack><p>We thank the nursing staff.</p></ack><fn-group><fn><p>{_x(OTHER[2][3])}</p></fn></fn-group>'
            f'<ref-list><title>References</title><ref id="B1"><mixed-citation>{_x(OTHER[3][1])} {_x(OTHER[3][0])}. '
            f'{_x(OTHER[3][2])}</mixed-citation></ref></ref-list><app-group><app><title>Appendix</title><p>'
            f'{_x(OTHER[4][3])}</p></app></app-group></back>')
    sub = ""
    if r.random() < .3:
        sub = (f'<sub-article article-type="reply" id="S1"><front-stub><title-group><article-title>Reply to the letter'
               f'</article-title></title-group></front-stub><body><p>{_x(OTHER[0][3])}</p></body></sub-article>')
    subjects = '<subj-group subj-group-type="heading"><subject>Case Report</subject></subj-group>' if r.random() < .5 else ""
    nsdecl = ' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML"'
    if not ns:
        nsdecl = ' xmlns:xlink="http://www.w3.org/1999/xlink"'
    art = (f'<?xml version="1.0" encoding="UTF-8"?>\n<article{nsdecl} article-type="{atype}"{lang} dtd-version="1.3"><front>'
           f'<journal-meta><journal-id journal-id-type="nlm-ta">J Clin Case Onc</journal-id><journal-title-group>'
           f'<journal-title>Journal of Clinical Case Oncology</journal-title></journal-title-group></journal-meta>'
           f'<article-meta><article-id pub-id-type="doi">{doi}</article-id><article-id pub-id-type="pmid">{pmid}</article-id>'
           f'<article-categories>{subjects}<subj-group><subject>Oncology</subject></subj-group></article-categories>'
           f'<title-group><article-title>{title_xml}</article-title><trans-title-group xml:lang="es"><trans-title>'
           f'Respuesta duradera</trans-title></trans-title-group></title-group><pub-date pub-type="epub"><year>2024</year>'
           f'</pub-date><permissions><copyright-statement>{_x(COPYRIGHT)}</copyright-statement><license><license-p>'
           f'{_x(LICENCE)}</license-p></license></permissions>{"".join(abstracts)}{trans}<kwd-group><kwd>{_x(c["kw"])}'
           f'</kwd></kwd-group></article-meta></front>{body}{back}{sub}</article>')
    types = ["case report"] if atype == "case-report" or subjects else []
    types += ["letter"] if atype == "letter" else []
    exp = dict(title=c["title"], types=types, ids=[f"doi:{doi}", f"pmid:{pmid}"], story=first,
               story_kinds=["case"], shape=f"jats_{atype}" + ("_nested" if nested else ""),
               forbidden=[foreign, LICENCE, COPYRIGHT, OTHER[3][0], OTHER[2][3], OTHER[4][3], OTHER[0][3], OTHER[1][3],
                          OTHER[5][3], "Neutrophils", "Graphical abstract", "Respuesta duradera"],
               clean=[first.split(" ")[2]] + ([re.sub(r"\W", "", intro.split(" ")[-1])] if cite else []),
               no_abstract=False)
    return art, [exp]


# ------------------------------------------------------------------------------------------ PDF text ---
LIG = {"fi": "ﬁ", "fl": "ﬂ", "ff": "ﬀ"}


def _wrap(r, text, width, hyphenate):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width:
            if hyphenate and len(w) > 8 and w.isalpha() and r.random() < .5:
                k = len(w) // 2
                lines.append(f"{cur} {w[:k]}-".strip())
                cur = w[k:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    return lines


def pdf_text(r, c):
    intro = c["parts"][0][1] + " Only a few similar patients have been described in the literature so far."
    case = c["parts"][1][1] + " Imaging was repeated every three months and stayed stable."
    disc = "Our observation adds to a small body of reports. " + c["parts"][2][1]
    journal = r.choice(["Oncology Case Reports 14 (2024) 100318", "J Clin Case Oncol. 2024;17:211–219",
                        "CASE REPORTS IN TUMOUR BIOLOGY  |  Vol 9  |  2024"])
    running = r.choice(["M. Kostova et al.", "Kostova et al.", journal])
    lig = r.random() < .5
    hyph = r.random() < .7
    runin = r.random() < .4
    width = r.choice([62, 78, 90])

    def para(t):
        return _wrap(r, t, width, hyph)

    lines = [r.choice(["CASE REPORT", "Case Report", "Open Access", ""]), journal, "", *_wrap(r, c["title"], 55, False), "",
             "Mirela Kostova1, Tobias Hendriksen2*", "", f"1 {AFF[0]}", f"2 {AFF[1]}", "",
             "*Correspondence: Mirela Kostova, m.kostova@example.org", "",
             "Received: 4 January 2024 / Accepted: 2 March 2024 / Published online: 20 March 2024", "",
             "Abstract", *para(" ".join(t for _, t in c["parts"])), "", "Keywords: " + c["kw"], ""]
    body = ["Introduction" if r.random() < .5 else "1 Introduction", *para(intro), ""]
    page = [running, "", str(r.randint(2, 9)), ""] if r.random() < .5 else [f"{r.randint(2, 9)}    {running}", ""]
    split = r.randint(1, 2)
    cl = para(case)
    if runin:
        cl = para("Case presentation. " + case)
        head = []
    else:
        head = [r.choice(["Case presentation", "2 Case presentation", "CASE PRESENTATION", "Case report"])]
    body += [*head, *cl[:split], *page, *cl[split:], "",
             f"Fig. 1 {OTHER[5][3]}", "",
             r.choice(["Discussion", "3 Discussion", "DISCUSSION"]), *para(disc), "",
             "Conflict of interest The authors declare no competing interests.", "",
             LICENCE, "", "References", f"1. {OTHER[1][1]} {OTHER[1][0]}. {OTHER[1][2]}",
             f"2. {OTHER[2][1]} {OTHER[2][0]}. {OTHER[2][2]}", ""]
    text = "\n".join(lines + body)
    if lig:
        for k, v in LIG.items():
            text = text.replace(k, v)
    story = c["story"]
    exp = dict(title=c["title"], types=[], ids=[], story=story, story_kinds=["case", "abstract"] if runin else ["case"],
               shape="pdf_text" + ("_runin" if runin else "") + ("_hyph" if hyph else ""),
               forbidden=[OTHER[1][0], OTHER[2][0], LICENCE, "m.kostova@example.org"], no_abstract=False,
               whole_story=case)
    return text, [exp]


# ------------------------------------------------------------------------------------------ checks ---
def generate(n):
    out = []
    r = random.Random(12)
    for i in range(n):
        text, exps = pubmed_xml(r, r.choice(CASES))
        out.append((f"p{i:03d}.xml", text, exps))
    for i in range(max(1, n // 6)):
        text, exps = pubmed_xml(r, r.choice(CASES), "no_abstract")
        out.append((f"n{i:03d}.xml", text, exps))
    for i in range(n):
        text, exps = jats_xml(r, r.choice(CASES))
        out.append((f"j{i:03d}.xml", text, exps))
    for i in range(n):
        text, exps = pdf_text(r, r.choice(CASES))
        out.append((f"t{i:03d}.txt", text, exps))
    return out


def problems(name, text, exps):
    from kg.errors import InputError
    from kg.readers import read_bytes
    try:
        docs = list(read_bytes(text.encode(), name))
    except InputError as exc:
        if all(e["no_abstract"] for e in exps):
            return []     # a title-only record is refused with a clear message: expected
        return [f"ERROR {str(exc)[:80]}"]
    errs = []
    if all(e["no_abstract"] for e in exps):   # a title-only record in a set: refused as that record's error
        return [] if all(isinstance(d, InputError) for d in docs) else ["title-only record read"]
    exps = [e for e in exps if not e["no_abstract"]]
    if len(docs) != len(exps):
        return [f"{len(docs)} documents, want {len(exps)}"]
    for doc, exp in zip(docs, exps):
        if isinstance(doc, InputError):
            errs.append(f"ERROR {str(doc)[:70]}")
            continue
        if _norm(doc.title) != _norm(exp["title"]):
            errs.append(f"title={doc.title[:70]!r}")
        errs += [f"types={doc.publication_types} want {t}" for t in exp["types"] if t not in doc.publication_types]
        errs += [f"extra type {t}" for t in ("review", "letter") if t in doc.publication_types and t not in exp["types"]]
        errs += [f"id {i} missing" for i in exp["ids"] if i not in doc.ids]
        body = "\n".join(doc.text[s.start:s.end] for s in doc.sections if s.kind in BODY)
        flat = _norm(body)
        if _norm(exp["story"]) not in flat:
            errs.append("story not in body")
        if exp.get("whole_story") and _norm(exp["whole_story"]) not in flat:
            errs.append("case text not whole in body")
        kinds = [s.kind for s in doc.sections if exp["story"] in doc.text[s.start:s.end]]
        if kinds and not set(kinds) & set(exp["story_kinds"]):
            errs.append(f"story in {kinds}")
        errs += [f"not body: {f[:40]!r}" for f in exp["forbidden"] if f and f in body]
        for word in exp.get("clean", []):
            if not re.search(rf"\b{re.escape(word)}\b", doc.text):
                errs.append(f"word glued: {word!r}")
    return errs


def sample(per_shape=2):
    return passing_sample(generate(200), problems, per_shape, shape_of=lambda exps: exps[0]["shape"])


def main(argv):
    if "--check" in argv:
        n = int(argv[argv.index("--check") + 1])
        print_findings((name, exps[0]["shape"], problems(name, text, exps)) for name, text, exps in generate(n))
        return
    write_fixtures("record_variants", sample())


if __name__ == "__main__":
    main(sys.argv[1:])
