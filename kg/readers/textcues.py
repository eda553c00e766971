"""Cue tables for plain text copied from PDFs and web pages: structured-abstract labels and
boilerplate lines. Data, not logic: each pattern carries examples (tests check that every
example matches its own pattern and no other kind's).

Boilerplate lines (site navigation, cookie banners, authors, affiliations, e-mails, ids, the
citation line, copyright, keywords) become front matter before the body and back matter after
it; a ``reference`` line is an entry of a reference list.
"""
from __future__ import annotations

import re

from kg.readers.headings import heading_kind

# Labels of structured abstracts (and the CARE headings that web pages print the same way),
# longest first so "Case presentation" wins over "Case". The section kind comes from
# headings.heading_kind; this list only says which words are split off when glued to the text
# that follows them ("MethodsWe screened…", "Case presentationA 61-year-old woman…").
STRUCTURED_LABELS = (
    "Patients and methods", "Materials and methods", "Methods and materials", "Case presentations",
    "Case presentation", "Case descriptions", "Case description", "Case reports", "Case report",
    "Case summary", "Clinical presentation", "Background", "Introduction", "Objectives", "Objective",
    "Purpose", "Aims", "Methods", "Results", "Findings", "Discussion", "Conclusions", "Conclusion",
    "Abstract", "Summary", "Keywords", "References",
)

_LABELS = "|".join(re.escape(label) for label in STRUCTURED_LABELS)
# A label at a line start or right after a sentence end, glued to a capital or a digit, maybe through its own
# full stop ("Case description.A 38-year-old woman ..."; one glued through its colon, "CASE REPORT:A ...", is a
# structured abstract's part: kg.readers.text._COLON_LABEL).
GLUED_LABEL = re.compile(rf"(?:^|(?<=[.!?:;)\]]))[ \t]*(?i:({_LABELS}))\.?(?=[A-Z0-9])", re.M)
# In a single-line page dump (no line breaks at all), a label between two sentences:
# "… the diagnosis. Case presentation A 53-year-old woman …".
INLINE_LABEL = re.compile(rf"(?<=[.!?])[ \t]+({_LABELS}|(?:CASE REPORT|BACKGROUND|METHODS|RESULTS|CONCLUSIONS?))"
                          rf"[ \t]+(?=[A-Z0-9\[])")

_UPPER = "A-ZÀ-ÖØ-ÞŁŚŠŽČŘ"  # capitals that start a name ("Åberg", "Øvrebø", "Łukasz")
_NAME = (rf"(?:[{_UPPER}][\w'’.-]*\s+){{1,3}}(?:(?:van|von|de|der|den|da|di|del|la|le|dos|du|al|el)\s+){{0,2}}"
         rf"[{_UPPER}][\w'’-]*[^\W\d_]")
_JWORD = r"(?:[A-Z][\w&'’./()-]*|\(\w+\)[\w-]*|of|and|in|for|the|on|&)"  # a word of a journal's name
_REF_NAME = r"[A-Z][\w'’-]+\s+[A-Z]{1,3}[,.]\s*"
_CRUMB = r"[\w&'’(),.:-]+(?: [\w&'’(),.:-]+){0,5}"   # one crumb of a breadcrumb trail (a few words)
# (without "Home" first, every crumb is capitalised: a title may set drugs apart by slashes, "Crizotinib / alectinib /
# lorlatinib sequence in ...")
_CRUMB_CAP = r"[A-Z0-9][\w&'’(),.:-]*(?: [\w&'’(),.:-]+){0,4}"

_I = re.I
# (name, regex flags, front area only, pattern matched against the whole line, examples " || ")
BOILERPLATE: list[tuple[str, int, bool, str, str]] = [
    # the heading of a list a page prints after (or beside) its article: other papers (an abstract page's "Similar
    # articles", "Cited by", a publisher's "Recommended articles", "Citing Literature") or the record's index terms
    # ("MeSH terms", "Publication types", "Substances", "Grants and funding", "LinkOut - more resources"). What
    # follows it is that list, never the article's text resuming (kg.readers.text keeps it in back matter)
    ("listing", _I, False,
     r"(?:similar|related|recommended|suggested|most read|trending|popular) (?:articles?|publications?|content|reading|papers?)"
     r"(?: in (?:pubmed|this journal))?|(?:articles |papers )?cited by(?: \(?\d{1,5}\)?| others| (?:\d{1,5} )?articles?)?"
     r"|citing (?:literature|articles?)|(?:articles|papers) citing this(?: article)?|citations \(\d{1,5}\)|references \(\d{1,5}\)"
     r"|(?:you|readers) (?:may|might) also (?:like|be interested in|read)|people also (?:read|viewed|looked at)"
     r"|more (?:from|in) this (?:journal|issue)|similar content(?: being viewed by others)?|recommended for you"
     r"|(?:most (?:read|viewed|cited|downloaded)|latest|trending) articles"
     r"|more articles(?: like this)?|discover more|see (?:more|also)|cited by other articles"
     r"|mesh terms|medical subject headings|publication types?|substances?|grants? and funding"
     r"|grant support|linkout(?: - more resources)?|related information|comment (?:in|on)|erratum (?:in|for)"
     r"|update (?:in|of)|retraction (?:in|of)|expression of concern in|associated data|supplementary concepts|personal name as subject",
     "Similar articles || Cited by || Cited by (12) || Recommended articles || Citing Literature || MeSH terms || "
     "Publication types || Substances || Grants and funding || LinkOut - more resources || Comment in || "
     "You may also like || References (31) || Similar content being viewed by others || People also looked at"),
    # a breadcrumb trail: where the page sits in the site, from its home ("Home > Journals > Oncology Reports",
    # "Home » Case reports", "Articles / Oncology / Case reports"); its last crumb may name the article's type
    ("breadcrumb", 0, False, rf"(?:(?i:home(?: ?page)?|journal home|start|main page)\s*[>/»›→]\s*{_CRUMB}(?:\s*[>/»›→]\s*{_CRUMB}){{0,6}}"
                             rf"|{_CRUMB_CAP}(?:\s+[>/»›→]\s+{_CRUMB_CAP}){{2,7}})\s*[>»›→]?",
     "Home > Journals > Oncology Case Reports > Current issue || Home / Articles / Case reports || "
     "Home » Oncology » Case Reports || Journal home > Articles || Oncology › Lung cancer › Case studies"),
    # a site's menu: three or more short capitalised items between bars, or navigation words in a row
    ("menu", 0, True, r"(?:(?:[A-Z][\w&'’.-]*|&)(?:\s+(?:[A-Z][\w&'’.-]*|in|of|and|&|to)){0,2}\s*[|·•]\s*){2,}"
                       r"(?:[A-Z][\w&'’.-]*|&)(?:\s+(?:[A-Z][\w&'’.-]*|in|of|and|&|to)){0,2}"
                       r"|(?i:(?:menu|search|sign (?:in|up)|log ?in|register|home|subscribe|about|contact|help|browse)"
                       r"(?:\s+(?:menu|search|sign (?:in|up)|log ?in|register|home|subscribe|about|contact|help|browse)){1,8})",
     "Home | Journals | Submit | Log in || Advanced Search | Browse Journals | My Account || "
     "Menu Search Sign in Register || Home · Oncology · Hematology · Conferences"),
    ("navigation", _I, False,
     r"(?:(?:skip to (?:(?:the )?main )?(?:page )?(?:content|navigation|article(?: content| information)?)|home|menu|search|sign (?:in|out|up)"
     r"|log ?(?:in|out)|register"
     r"|subscribe|journals?|articles?|about(?: us)?|contact(?: us)?|help|advanced search|share(?: this article)?"
     r"|cite(?: this article)?|print|e-?mail|facebook|twitter|linkedin|download (?:pdf|citation|article|full text)"
     r"|view (?:pdf|article|full text|metrics)|full text(?: links)?|pdf|open access|open peer review|article metrics"
     r"|metrics|altmetric|table of contents|previous(?: article)?|next(?: article)?|back to top|go to:?"
     r"|permissions|(?:order )?reprints?(?: and permissions)?"
     r"|advertisement|author information|article notes|copyright and license information|disclaimer"
     r"|find articles by .{1,60}|(?:accept|reject)(?: all)? cookies|cookies? (?:settings|policy|preferences)"
     # a consent banner's buttons and heading ("Your privacy", "Accept all", "Manage preferences", "Got it!")
     r"|(?:we value )?your privacy(?: choices)?|privacy (?:settings|preferences|choices)|(?:accept|reject|allow|deny)(?: all)?"
     r"|manage (?:preferences|cookies|consent|settings|options)|got it!?|learn more|i (?:accept|agree)|show purposes|vendor list"
     r"|figures?(?: & tables| and tables)?|tables? & figures"
     r"|article information|outline|full-text|an official website of the united states government|here'?s how you know"
     r"|(?:ncbi|nlm|pmc) home ?page|pmc full text|search (?:this|the) (?:journal|site)|browse(?: journals| issues| articles)?"
     r"|my account|submit(?: (?:a )?manuscript)?|alerts|for authors|current issue|archive|all issues"
     r"|privacy(?: policy| notice| statement)?|terms (?:of (?:use|service)|and conditions)|sitemap|accessibility"
     # an abstract database's page: PubMed's, PMC's, Europe PMC's tools ("Search PubMed", "Clipboard", "Send to",
     # "Display options", "Free PMC article", an expandable author list's "Expand"); a site's name alone
     r"|(?:(?:the )?national library of medicine|nih|nlm|ncbi|pmc|(?:nih )?nlm) logo|search (?:pubmed|pmc|in pmc|europe pmc).{0,40}"
     r"|search (?:(?:life[- ]sciences?|biomedical|the) )?literature.{0,80}|search for (?:research|articles|publications).{0,60}"
     r"|advanced|clipboard|user guide|save|send to|display options|free (?:pmc |full[- ]text )?(?:article|full text)"
     r"|items? in clipboard|page navigation|title (?:&|and) authors|format:(?: ?(?:ama|apa|mla|nlm))+|copy|(?:download )?\.nbib"
     r"|add to collections|create a new collection|add to an existing collection|name your collection:?|add|cancel|permalink"
     r"|actions|show details|show all \d+ authors|(?:\d+ )?items? (?:selected|in clipboard)"
     r"|other formats|(?:pdf|epub)\s*\(\s*[\d.,]+\s*[kmg]b?\s*\)|collections|resources|links to ncbi databases"
     r"|pubmed disclaimer|all figures(?: \(\d+\))?|show all \d+ (?:authors|references|similar articles|figures)"
     # a reference's links on a line of their own ("DOI - PubMed - PMC")
     r"|(?:doi|pubmed|pmc|google scholar|crossref|free pmc article)(?:\s+-\s+(?:doi|pubmed|pmc|google scholar|crossref|free pmc article))+"
     r"|free full[- ]text|full text sources|expand|collapse|show (?:more|less|all)|see all.{0,40}|affiliations?(?: expand)?"
     r"|journal list|(?:pmc )?disclaimer|(?:learn more:? )?pmc (?:disclaimer|copyright notice).{0,40}|article notes"
     r"|citations? (?:&|and) impact|impact metrics|share (?:with|via) \w+|copy link(?: link copied)?|citation manager"
     r"|pubmed|pubmed central|europe pmc|researchgate|sciencedirect|springerlink|wiley online library|medrxiv|biorxiv"
     # a publisher's page tools: "Add to Mendeley", "Get rights and content", "View in Scopus", "Full size image",
     # "Open in a new tab" (a table or figure shown apart), "Download citation", "Metrics details", "1843 Accesses"
     r"|add to (?:mendeley|favou?rites|reading list)|get rights and content|view in scopus|google scholar|crossref"
     r"|full size (?:image|table)|open in (?:a )?new (?:tab|window)|click (?:here )?to (?:enlarge|view).{0,30}|view (?:larger|large image|figure|table)"
     r"|download (?:full(?: issue| text)?|references|citations?|full-text pdf|figure|table|high-res image|ppt|powerpoint)"
     r"|read full-text|request full-text|(?:\d[\d,.]*k? )?(?:accesses|downloads|views|citations?)|metrics details|reprints and permissions"
     r"|rights and permissions|article access statistics|share and cite|browse figures|versions notes|back to top(?:top)?"
     r"|journals (?:&|and) books|search within|login / register|sign in / sign up|author services|join for free"
     r"|(?:next|previous) article in (?:journal|issue)|preview pdf|info/history|follow this preprint|peer[- ]reviewed"
     r"|view the discussion thread\.?|(?:open access )?(?:pdf|epub|html)|sections|tools|share"
     # a research-sharing site's page: "Full-text available", "Authors:", "License CC BY 4.0", its member counts
     r"|full[- ]text available|authors?:|jobs|questions and answers|licen[cs]e:?(?: cc[- ]by[\w .-]{0,12})?"
     r"|cc[- ]by(?:[- ]nc)?(?:[- ]nd)?(?:[- ]sa)?(?: \d\.\d)?|discover the world'?s research"
     r"|\d[\d.,]*\+? (?:million |billion |k )?(?:members|publication pages|citations|reads))(?:\s+(?=\S)|\s*[|»›>]?\s*$)){1,8}",
     "Skip to main content || Download PDF || Find articles by JANE ROE || Open Access || Cite this article || "
     "An official website of the United States government || Here's how you know || Search this journal || "
     "Privacy policy || Terms of use || Skip to main page content || Search PubMed || Display options || "
     "Save Email Send to || Free PMC article || National Library of Medicine logo || Add to Mendeley || "
     "Open in a new tab || 1843 Accesses || Author information Article notes Copyright and License information PMC Disclaimer || "
     "Full-text available || License CC BY 4.0 || 25+ million members || Page navigation || Format: AMA APA MLA NLM || "
     "PDF (1.2M) || Links to NCBI Databases || Your privacy || Accept all || Manage preferences || DOI - PubMed - PMC || "
     "Show all 12 references"),
    ("cookie", _I, False, r".{0,200}\b(?:cookies?|javascript)\b.{0,200}",
     "We use cookies to improve your experience on our website. || Warning: The NCBI web site requires JavaScript"
     " to function."),
    ("email", _I, False, r".{0,120}(?:[\w.+-]+@[\w-]+\.[\w.-]+|\[email\s*protected\]).{0,120}",
     "Correspondence: jane.roe@example.org || E-mail: [email protected]"),
    ("reference", 0, False,
     rf"(?:(?:\[\d{{1,3}}\]|\d{{1,3}}\.|[-•*])\s*(?:{_REF_NAME})+|(?:{_REF_NAME}){{2,}}|{_REF_NAME}et al\.?)"
     r".{0,300}?(?:(?:19|20)\d\d\s*[;.,(]|(?i:doi)\s*:|\[PubMed\]|\[CrossRef\]).{0,400}",
     "1. Roe J, Doe J. Alectinib in ALK lung cancer. J Clin Oncol. 2019;37:1234. || [12] Smith AB, Jones C. "
     "Crizotinib. N Engl J Med 2014; 371: 1963-71."),
    ("doi", _I, False, r"(?:.{0,150}?[.;,|]\s*)?(?:doi\s*:?\s*\[?|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+\]?",
     "doi: 10.1000/xyz.2019.123 || https://doi.org/10.1186/1752-1947-4-31 || Front. Oncol. 12:1234. doi: 10.3389/x || "
     "Volume 12 - 2024 | https://doi.org/10.1000/abc.2024.77"),
    ("ids", _I, False, r"(?:(?:PMID|PMCID|PubMed ID|DOI)\s*:?\s*\[?(?:PMC)?[\w./-]+\]?[\s,;]*){1,4}"
                     r"|(?:(?:(?:e|p|print|online|electronic)[ -]?)?ISSN\s*:?\s*\d{4}-?\d{3}[\dX](?:\s*\((?:print|online)\))?[\s,;|]*){1,3}",
     "PMID: 25009594 || PMCID: PMC4079404 PMID: 25009594 || ISSN 2036-3605 || eISSN: 1234-567X"),
    ("citation", 0, False,
     r"(?i:cite this article:?|citation:?|how to cite.*?:)?.{0,300}?(?:19|20)\d\d\s*(?:[A-Z][a-z]{2}\.?\s*\d{0,2}\s*)?"
     r"[;,]\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*[eE]?\d+(?:\s*[-–]\s*\d+)?\.?.{0,200}"
     # an abbreviated journal name and the day it published the article (a publisher's page head)
     r"|(?:[A-Z][a-z]{0,12}\.\s*){1,6},?\s*(?:(?:published|online)\s*:?\s*)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)"
     r"\s+(?:19|20)\d\d\.?"
     # a journal's name, volume(issue):pages, no year ("Oncology Case Reports 14(2):211-218")
     r"|(?:[A-Z][\w&.'’-]*\s+(?:(?:of|and|in|for|&)\s+)?){1,8}\d{1,4}\s*\(\s*[\w-]+\s*\)\s*:\s*[eE]?\d+(?:\s*[-–]\s*\d+)?\.?",
     "Oncology Case Reports 14(2):211-218 || J Clin Oncol. 2019;37(4):1234-40. || Exp Ther Med. 2014 Aug; 8(2): 419–422. || Front. Oncol., 12 May 2023 || "
     "Ann. Hematol. Mar 3, 2024"),
    # a PDF page's running header: journal, volume, (year), article number and maybe the page number
    ("running_header", 0, False, r"(?:[A-Z][\w&'.:-]*\s+(?:(?:of|and|in|for|&)\s+)?){1,8}\d{1,4}\s*\((?:19|20)\d\d\)\s*"
                                 r"[eE]?\d{1,7}(?:\s*[-–]\s*\d+)?(?:\s+\d{1,3})?",
     "Gynecologic Oncology Reports 41 (2022) 100998 || Oral Oncology Reports 6 (2023) 100041    2 || "
     "Journal of Medical Case Reports 14 (2020) 215"),
    # an Elsevier-style masthead block: "Contents lists available at ScienceDirect", the journal, its homepage
    ("masthead", _I, False, r"contents lists? available at \S+(?:\s+\S+){0,12}?\s+journal home ?page\s*:?\s*\S+"
                            r"|journal home ?page\s*:?\s*\S+|contents lists? available at \S+(?:\s+\S+){0,3}",
     "Contents lists available at ScienceDirect Oral Oncology Reports journal homepage: www.example.org/oor || "
     "journal homepage: www.elsevier.com/locate/gore || Contents lists available at ScienceDirect"),
    ("copyright", _I, False, r"(?:copyright|©|\(c\)\s*(?:19|20)\d\d).{0,600}|.{0,300}\ball rights reserved\b.{0,100}",
     "Copyright © 2020 The Authors. || © 2013 Belibagli MC. This is an open-access article."),
    # a PDF's list of abbreviations ("Abbreviations: CR, complete response; TKI, tyrosine kinase inhibitor"): it names
    # drugs and responses, never the patient's, and under the title it is no part of it
    ("abbreviations", _I, False, r"(?:list of )?abbreviations?(?: used)?\s*:\s*[A-Z0-9].{0,1000}",
     "Abbreviations: CR, complete response; PR, partial response || ABBREVIATIONS: TKI, tyrosine kinase inhibitor"),
    ("keywords", _I, False, r"(?:key ?words?|index terms|mesh terms)\s*[:.-]?\s*.{0,400}",
     "Keywords: lung cancer; ALK; crizotinib || Key words Case report, sarcoma"),
    ("dates", _I, False, r"(?:received|accepted|revised|(?:first )?published(?: online)?|epub(?: ahead of print)?|"
                       r"date of (?:submission|acceptance|publication))\s*:?\s*(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+"
                       r"(?:\d{1,2},?\s+)?(?:19|20)\d\d|(?:19|20)\d\d\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?"
                       r"|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d).{0,200}",
     "Received: 12 March 2020; Accepted: 1 May 2020 || Published online 2014 Jun 4. || "
     "Received 2021 Oct 2; Accepted 2022 Jan 19. || First published: 14 February 2024 || "
     "Received: 03/11/2022 Accepted: 19/01/2023"),
    ("publisher", _I, False, r"articles from .{1,200} are provided here courtesy of .{1,200}"
                       # PMC's notice above every article it hosts
                       r"|as a library, nlm provides access to scientific literature.{0,400}"
                       r"|this article is distributed under .{1,400}|(?:received|accepted) for publication.{0,200}"
                       # an article's licence statement on a line of its own (a PDF's first or last page)
                       r"|this is an? open[- ]access article\b.{0,600}|this (?:work|article) is licen[cs]ed under .{1,600}",
     "Articles from Case Reports in Oncology are provided here courtesy of Karger Publishers || As a library, NLM provides "
     "access to scientific literature. Inclusion in an NLM database does not imply endorsement. || This is an open-access "
     "article under the CC BY-NC licence, which permits reuse with credit. || This work is licensed under a Creative "
     "Commons Attribution 4.0 International License."),
    # A journal's name on a line of its own (a masthead above the title): capitalised words that name a
    # journal ("Journal of …", "Annals of …", "… Case Reports", "… Medicine", "Case Reports in …"), maybe
    # followed by the site's or the parts ("– Full text", "| Volume 9, 2024 | Article ID 8841052").
    # A title names its tumor in sentence case or ends in "a case report" (singular): not one of these.
    ("journal", 0, True,
     rf"(?:(?:{_JWORD}\s+)*?(?:Journal\b(?:\s+{_JWORD})*|(?:Case\s+)?(?:Reports|Medicine|Reviews?|Online|Letters|Cases)"
     rf"(?:\s+in(?:\s+[A-Z][\w&'’-]*){{1,3}})?)|(?:Annals|Archives|Frontiers|Proceedings|Advances|Cancers|Cureus|BMC"
     rf"|Oncotarget)\b(?:\s+{_JWORD}){{0,8}})(?:\s+\([A-Z]\w+\))?(?:-like)?"
     r"(?:\s*[|–—·-]\s*[^|–—·\s-][^|–—·-]{0,59}|\s+(?:Vol\.?|Volume)\s.{0,40})*",
     "International Journal of Hematology Case Reports || Oral Pathology and Head & Neck Medicine || "
     "Frontiers in Pediatrics || Thyroid Case Reports Online || Pediatric Blood & Cancer Reports || "
     "Clinical Case Reports in Hematology | Volume 9, 2024 | Article ID 8841052 || "
     "Head & Neck Pathology Case Reports – Full Text HTML || Cancers (Basel)-like Review"),
    # one name of an author list; the line is split at , ; "and" & and every part must be a name
    ("authors", 0, True, rf"(?:by\s+)?{_NAME}[\d*†‡§¶#¹²³⁴⁵⁶⁷⁸⁹⁰]{{0,8}}(?:\s*(?:MD|PhD|MSc|MPH|MBBS|DO|RN|BSc|FRCP\w*))*",
     "Jane Roe1, John Doe2* and Max Muster3 || Jane Roe, John Q. Doe || Jane Roe1, Max Muster1,*, John Doe2 || "
     "Jane Roe,1 John Doe,1 and Max Muster2 || Jane Roe a,*, John Doe b, Max Muster a || "
     "Jane Roe, MD,a John Doe, MD, PhDb || Jane Roe MD1 | John Doe MD2 | Max Muster MD, PhD1 || "
     "Jane Roe 1 2, John Doe 2, Max Muster 3 || Jane Roe a b, John Doe a"),
    ("affiliation", 0, True, r"[\d¹²³⁴⁵⁶⁷⁸⁹⁰*†‡a-f]{0,3}\s*(?:The\s+)?(?:Department|Dept\.?|Division|Section|Unit|Laboratory"
                     r"|Institute|School|Faculty|College|Cent(?:er|re)|University|Hospital|Clinic|Service)\b[^.!?]{0,250}"
                     r"(?:,\s*[A-Z][\w .'-]+)\.?",
     "1 Department of Oncology, University Hospital, Lyon, France || Department of Pathology, Mayo Clinic, "
     "Rochester, MN, USA."),
    # the part of a masthead: "Volume 12, Issue 2 · e70214", "Vol. 3 No. 8 100378"
    ("issue", _I, True, r"(?:(?:vol(?:ume)?\.?|v\.|issue|no\.|number|article(?: id| number| no\.?)?|pages?|pp\.?)\s*[\w–-]+"
                      r"(?:\(\w+\))?(?![\w–-])[\s,;·|:]*|(?:19|20)\d\d(?!\d)[\s,;·|]*|e\d{3,}(?!\d)[\s,;·|]*|\d{4,}(?!\d)[\s,;·|]*"
                      r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[–-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                      r"|nov|dec)[a-z]*\.?)?(?=[\s,;·|]+(?:19|20)\d\d)[\s,;·|]*){2,}"
                      r"|sec\.\s+[a-z][\w ,&'’-]{1,60}",   # the journal's section ("Sec. Thoracic Oncology")
     "Volume 12, Issue 2 · e70214 || Vol. 3 No. 8 100378 || Volume 9, 2024 | Article ID 8841052 || "
     "Volume 41, June 2023, 100998 || v.14(2); May-Aug 2023 || Sec. Pediatric Oncology"),
    # a PDF's headings of the front columns, often with spaced letters: "A R T I C L E I N F O", "Article history:"
    ("article_info", _I, True, r"(?:[A-Z][ \t]+){3,}[A-Z]|article (?:info|information|history)\b.{0,300}",
     "A R T I C L E I N F O || A R T I C L E I N F O A B S T R A C T || Article history: Received 3 May 2022"),
    ("editors", _I, True, r"(?:(?:monitoring|academic|handling|section|guest|associate)\s+)?editors?\s*(?:by)?\s*:.{1,300}"
                        r"|(?:edited|reviewed) by\b.{1,300}",
     "Monitoring Editor: Jane Roe and John Doe || Academic Editor: Max Muster || Edited by: Jane Roe, Lyon, France"),
    ("correspondence", _I, True, r"[*†]?\s*(?:correspondence|corresponding authors?|address (?:for|of) correspondence|"
                               r"to whom correspondence should be addressed)\b.{0,300}",
     "*Corresponding author. || Correspondence: Dr Jane Roe, Department of Oncology || "
     "Address for correspondence: Jane Roe, 1 Main Street, Lyon"),
    # a PubMed abstract page's affiliations: "Author information: (1)Department of …"
    ("author_info", _I, True, r"author information\s*:.{0,1150}",
     "Author information: (1)Department of Oncology, Invented Hospital, Lyon, France. (2)Department of Pathology"),
    ("cite", _I, True, r"(?:cite this article(?: as)?|how to cite(?: this article)?|citation)\s*:.{1,400}",
     "Cite this article as: Roe J, Doe J. Crizotinib in IMT. Case Rep Oncol. || How to cite this article: Roe J. A case."),
]
_NAME_SEPARATOR = re.compile(r"\s*(?:[,;&|·•]|\band\b|\bet al\.?)\s*")
# What an author list puts around a name: affiliation marks before or after it ("Roe,1", "Roe a,*",
# "1 Jane Roe") and degrees set off by commas ("Jane Roe, MD, PhDb"); parts that are only these are dropped.
# (an abstract page sets each affiliation number apart: "Jane Roe 1 2, John Doe 3", "Jane Roe a b")
_NAME_MARKS = re.compile(r"^(?:[\d*†‡§¶#¹²³⁴⁵⁶⁷⁸⁹⁰]+|[a-h](?=\s))\s*|(?:\s+(?:[a-h]|\d{1,2}|[*†‡§¶#]+))+$")
_DEGREE_PART = re.compile(r"(?:MD|PhD|MSc|MPH|MBBS|DO|RN|BSc|MS|MA|FRCP\w*|FACP|Dr|Prof)[a-h]?[\d*†‡]*")

# An article-type label printed above the title, maybe with the site's or the badges
# ("Case Report | Open Access", "Case Report | Published: 11 July 2022", "CASE REPORT", "Case series").
ARTICLE_TYPE_LINE = re.compile(
    # a badge before the type, maybe glued to it by a page's layout ("Open Access | Case Report", "Open AccessCase Report")
    r"(?:(?i:open access|free access)\s*[|·•–—]?\s*)?"
    r"(?P<type>(?i:(?:clinical )?case (?:reports?|series|study)|brief (?:reports?|communications?)|clinical images?"
    r"|images in \w+(?: \w+)?|short communications?|letters? to the editor|research letters?|original (?:research|articles?)"
    r"|research articles?|review articles?|(?:systematic |narrative |mini[- ]?)?reviews?"
    # an abstract database's publication-type line above the citation ("Meta-Analysis", "Editorial", "Clinical Trial,
    # Phase II", "Randomized Controlled Trial", "Letter", "Comment")
    r"|meta-analys[ie]s|editorials?|comments?|commentary|letters?|(?:randomi[sz]ed controlled |controlled |clinical )trials?"
    r"(?:, phase [ivx]+(?:/[ivx]+)?)?|(?:observational|multicenter|comparative|validation) study|(?:practice )?guidelines?"
    r"|published erratum|retracted publication|retraction of publication))"
    r"(?i: article)?"   # "CASE REPORT article" (a publisher's kicker)
    r"(?:\s*[|·•–—]\s*(?i:open access|free access|full text|editor'?s choice|peer[- ]reviewed|published:?.{0,40}"
    r"|[\w ]{0,30}\d{4}|https?://\S+|doi:?\s*\S+))*")


def article_type(line: str) -> str | None:
    """The publication type an article-type line states ("Open AccessCase Report" -> "Case Report"), else None."""
    m = ARTICLE_TYPE_LINE.fullmatch(line.strip())
    return m.group("type") if m else None


_COMPILED = [(kind, front_only, re.compile(pattern, flags)) for kind, flags, front_only, pattern, _ in BOILERPLATE]
# A masthead's, menu's or issue's line is short: longer lines are not tried (and the patterns' nested
# repetitions never meet a long line).
_SHORT_KINDS = {"journal": 200, "menu": 200, "issue": 120, "article_info": 400}


def boilerplate_kind(line: str, front: bool = True) -> str | None:
    """The rule name ("navigation", "email", "citation", "reference", "authors", …) when the
    whole line is boilerplate, else None.

    Author lists and affiliations are only recognised in the front area (``front``): in the
    body, a line of capitalised words separated by commas is more likely a table row or a title.
    """
    line = line.strip()
    if not line or len(line) > 1200:
        return None
    for kind, front_only, regex in _COMPILED:
        if not front and front_only or len(line) > _SHORT_KINDS.get(kind, 1200):
            continue
        if kind == "authors":
            names = [_NAME_MARKS.sub("", n.strip()) for n in _NAME_SEPARATOR.split(line.rstrip(",;. "))]
            names = [n for n in names if n.strip() and not _DEGREE_PART.fullmatch(n.strip())]
            if len(names) >= 2 and all(len(n) <= 60 and regex.fullmatch(n.strip()) for n in names):
                return kind
        elif regex.fullmatch(line):
            return kind
    return None


# A line that opens with a few words whose last lower-case letter is glued to the capital that starts the text's
# next sentence ("The caseA 27-year-old man ...", "Patient storyShe was 44 ...", "Case historyIn 2019 ..."): a
# page copied without its heading's line break. Which openings are headings is kg.readers.headings' to say (the
# structured-abstract labels above are a short list; the case headings of web pages and teaching cases are many).
GLUED_HEADING = re.compile(r"^([ \t]*)([A-Z][A-Za-z'’-]*(?:[ \t]+[A-Za-z'’-]+){0,5}?[a-z])(?=[A-Z][a-z]*[ \t,]|[A-Z]$)",
                           re.M)


def _glued_heading(m: re.Match) -> str:
    heading = m.group(2)
    if heading_kind(heading) is None:
        return m.group(0)  # "McKenzie", "The iPhone": glued capitals that are no heading
    return f"{m.group(1)}{heading}\n\n"


def _glued(m: re.Match) -> str:
    label, after = m.group(1), m.string[m.end():m.end() + 2]
    if label.isupper() and not (after[:1].isdigit() or after[1:2].islower()):
        return m.group(0)  # "CASE REPORTS", "ABSTRACTS": a word in capitals, not a glued label
    return f"\n\n{label}\n\n"


def split_labels(text: str) -> str:
    """Put glued structured-abstract labels on their own line ("MethodsWe" -> "Methods\\nWe"),
    and any other known heading glued at a line start ("The caseA 27-year-old ..."), and, in a text
    without line breaks (a web page dumped as one line), also labels that stand between two sentences
    ("… the diagnosis. Case presentation A 53-year-old …")."""
    for _ in range(3):  # "AbstractBackgroundInflammatory…" takes two rounds
        split = GLUED_LABEL.sub(_glued, text)
        if split == text:
            break
        text = split
    text = GLUED_HEADING.sub(_glued_heading, text)
    if "\n" not in text.strip() and len(text) > 2000:
        text = INLINE_LABEL.sub(lambda m: f"\n\n{m.group(1)}\n\n", text)
    return text
