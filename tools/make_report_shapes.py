"""Made-up report shapes for tests/readers/test_report_shape_variants.py: shapes real case reports come in that the page-copy
and record-variant generators lack, each with what the readers must find (the title, the patient's story and its
treatment in the case narrative, the background, discussion, literature and back matter outside it):

* CARE-style abstracts of case-report journals as plain text ("Rationale:" / "Patient concerns:" / "Diagnoses:" /
  "Interventions:" / "Outcomes:" / "Lessons:", also in capitals, glued to the next word or on their own line; and
  "Introduction and importance" / "Case presentation" / "Clinical discussion" / "Conclusion");
* discharge summaries and clinic notes with headings in capitals (HISTORY OF PRESENT ILLNESS, HOSPITAL COURSE,
  ASSESSMENT AND PLAN, DISCHARGE MEDICATIONS, FOLLOW-UP);
* letters to the editor without headings ("To the Editor:", prose, a signature block, references), conference
  abstracts (abstract number, session, "Disclosures"), "Images in oncology" pieces (one paragraph and a figure
  legend), PDF text whose two columns were extracted side by side, a case series told as "Case 1:", "Case 2:";
* JATS with the treatment lines in a table and a timeline or key-points box, and a trial table in the Discussion;
  the same as an HTML page;
* JATS treatment tables with the facts extraction must find (``jats_course_facts``, checked by ``fact_problems``):
  a row planned, proposed, declined or never started (in a status, line, start or regimen cell) gives no drug, a
  row's response is its own line's (two lines share drugs), a row restating a course the narrative told opens no
  second line;
* HTML journal pages with tables of the case (``html_course_facts``, session 15, htmltab15): treatment lines with a
  status column (rows planned, declined, not started), often an adverse-event table (event | grade | onset |
  attributed drug: each event found with its grade), a laboratory or marrow table whose cells name remissions and
  relapses and a table of options (no line, drug or response from either), a review table of published patients in
  the Discussion (no drug).

Decision (documented, kg/readers/jats.py, html.py and headings.course_lines): a table inside the case section (or, in a JATS floats-group,
first cited from it) whose header names the course of treatment (line, regimen, treatment, therapy, drug, dose,
cycle, response, outcome, toxicity, adverse event, date, event) is read as the case's text, one line a row, each
cell after its column's header ("Line: 2 | Regimen: osimertinib | Best response: partial response"); any other table
(laboratory values in the case, a trial table in the Discussion) stays a caption. A box titled as a timeline is the
case's text too; a "Key points" / "Learning points" box stays a caption.

Every sentence, name, identifier and journal here is invented (session 14, readers13). Run

    python tools/make_report_shapes.py           # writes a sample to tests/fixtures/report_shapes/
    python tools/make_report_shapes.py --check N # reads N reports of each shape and lists what fails
"""
import html
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_page_copies import AFF, AUTH, CASES, OTHER, norm as _norm, passing_sample, print_findings, write_fixtures  # noqa: E402

BODY = {"abstract", "introduction", "case", "discussion", "conclusion", "results", "methods", "other"}
NARRATIVE = {"case", "abstract", "other"}   # where a patient's story may be read (a case section, else the body)


def _sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", text) if s.strip()]


def _story(c):
    """(intro, case sentences, conclusion) of a made-up case."""
    return c["parts"][0][1], _sentences(c["parts"][1][1]), c["parts"][2][1]


def _authors(r):
    return ", ".join(f"{f} {l}" for f, l in r.sample(AUTH, r.randint(2, 4)))


# ------------------------------------------------------------------------------------------ CARE abstracts ---
MEDICINE = ["Rationale", "Patient concerns", "Diagnoses", "Interventions", "Outcomes", "Lessons"]
SURGICAL = ["Introduction and importance", "Case presentation", "Clinical discussion", "Conclusion"]


def care_abstract(r, c):
    """A case-report abstract with CARE labels (Medicine's or a surgical journal's), as text."""
    intro, case, concl = _story(c)
    style = r.choice(["title", "upper", "glued", "own_line"])
    medicine = r.random() < .7
    if medicine:
        while len(case) < 4:
            case = case + case[-1:]
        texts = [intro, case[0], case[1], " ".join(case[2:-1]), case[-1], concl]
        labels = MEDICINE
        case_labels = MEDICINE[1:5]
    else:
        texts = [intro, " ".join(case), "Our observation adds to few similar reports.", concl]
        labels = SURGICAL
        case_labels = ["Case presentation"]

    def lab(label):
        return label.upper() if style in ("upper", "glued") else label

    lines = []
    for label, text in zip(labels, texts):
        if style == "glued":
            lines.append(f"{lab(label)}:{text}")
        elif style == "own_line":
            lines += [f"{lab(label)}:" if r.random() < .5 else lab(label), text]
        else:
            lines.append(f"{lab(label)}: {text}")
    head = [c["title"], "", _authors(r), "", r.choice(["Abstract", "ABSTRACT", ""])]
    tail = ["", f"Keywords: {c['kw']}", "", r.choice(["Abbreviations: CT = computed tomography.", ""])]
    text = "\n".join(head + lines + tail)
    case_text = [t for label, t in zip(labels, texts) if label in case_labels]
    exp = dict(shape=f"care_{'medicine' if medicine else 'surgical'}_{style}", title=c["title"], case=case_text,
               not_case=[intro, concl], forbidden=[], captions=[], same_kind=True)
    return text, exp


# ------------------------------------------------------------------------------------------ clinical notes ---
def clinical_note(r, c):
    """A discharge summary or clinic note: headings in capitals, with or without a colon, text on the same line or
    under the heading."""
    intro, case, concl = _story(c)
    same_line = r.random() < .5
    colon = r.random() < .7

    def part(head, text):
        h = head + (":" if colon else "")
        return [f"{h} {text}"] if same_line and colon else [h, text]

    kind = r.choice(["DISCHARGE SUMMARY", "CLINIC NOTE", "ONCOLOGY CONSULTATION"])
    lines = [kind, "", "Patient: [redacted]   MRN: 000000", "Attending: Dr A. Example", ""]
    lines += part("CHIEF COMPLAINT", "Follow-up of known malignancy.")
    lines += part("HISTORY OF PRESENT ILLNESS", case[0])
    lines += part("PAST MEDICAL HISTORY", "Hypertension; no prior malignancy.")
    lines += part(r.choice(["HOSPITAL COURSE", "CLINICAL COURSE", "COURSE IN HOSPITAL"]), " ".join(case[1:]) or case[0])
    lines += part("ASSESSMENT AND PLAN", "Continue the current treatment and review in clinic.")
    lines += part("DISCHARGE MEDICATIONS", "Omeprazole 20 mg daily.")
    lines += part("FOLLOW-UP", "Oncology clinic in four weeks with blood tests.")
    text = "\n".join(lines) + "\n"
    exp = dict(shape="note_" + ("same_line" if same_line and colon else "own_line"), title="", case=case,
               not_case=["Continue the current treatment and review in clinic."], forbidden=[], captions=[], same_kind=True)
    return text, exp


# ------------------------------------------------------------------------------------------ short forms ---
def letter(r, c):
    """A letter to the editor or research letter without headings: salutation, prose, signature block, references."""
    intro, case, concl = _story(c)
    sig = [f"{f} {l}, MD" if r.random() < .5 else f"{f} {l}" for f, l in r.sample(AUTH, 2)]
    lines = [r.choice(["Letter to the Editor", "Research Letter", "Correspondence", ""]), c["title"], "",
             r.choice(["To the Editor:", "To the Editor,", "Dear Editor,", "Sir,"]), "", intro, "", " ".join(case), "",
             "We believe this observation is worth sharing. " + concl, ""]
    lines += [sig[0], AFF[0], sig[1], AFF[1], f"{sig[0].split()[1].lower()}@example.org", "",
              "References", f"1. {OTHER[0][1]} {OTHER[0][0]}. {OTHER[0][2]}", f"2. {OTHER[2][1]} {OTHER[2][0]}. {OTHER[2][2]}"]
    exp = dict(shape="letter", title=c["title"], case=case, not_case=[], captions=[],
               forbidden=[OTHER[0][0], OTHER[2][0], AFF[0]])
    return "\n".join(lines) + "\n", exp


def conference_abstract(r, c):
    """An abstract of a meeting's book: its number and session, the title, authors, labelled parts, disclosures."""
    intro, case, concl = _story(c)
    num = r.choice([f"Abstract {r.randint(100, 9999)}", f"P{r.randint(10, 999)}", f"#{r.randint(1000, 9999)}",
                    f"{r.randint(1000, 9999)}P"])
    session = r.choice(["Poster session: Thoracic malignancies", "Session type: Poster Discussion",
                        "Track: Sarcoma and rare tumours", "Clinical cases session"])
    disclosure = "A. Example has received honoraria from Example Pharma; all other authors have nothing to disclose."
    lines = [num, session, "", c["title"], _authors(r), AFF[0], "",
             f"Background: {intro}", f"{r.choice(['Case', 'Case report', 'Case description'])}: {' '.join(case)}",
             f"Conclusion: {concl}", "",
             r.choice(["Disclosures: ", "Disclosure: ", "Conflicts of interest: "]) + disclosure]
    if r.random() < .5:
        lines += ["", r.choice(["Keywords: ", "Key words: "]) + c["kw"]]
    exp = dict(shape="conference", title=c["title"], case=case, not_case=[], captions=[], forbidden=[disclosure])
    return "\n".join(lines) + "\n", exp


def image_piece(r, c):
    """An "Images in oncology" piece: a title, authors, one paragraph, a figure legend."""
    intro, case, concl = _story(c)
    legend = "Figure 1. Contrast-enhanced images before treatment (A) and after three months (B); arrows mark the lesion."
    lines = [r.choice(["IMAGES IN ONCOLOGY", "Images in Clinical Oncology", "Clinical Image", ""]), c["title"], "",
             _authors(r), "", " ".join(case) + " " + concl, "", legend]
    exp = dict(shape="image", title=c["title"], case=case, not_case=[], forbidden=[], captions=[legend[:40]])
    return "\n".join(lines) + "\n", exp


def _wrap(text, width):
    out, cur = [], ""
    for w in text.split():
        if len(cur) + len(w) + 1 > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return out + [cur]


def two_columns(r, c):
    """Text of a two-column PDF page extracted line by line: each line a left-column line, a gap, a right-column
    line."""
    intro, case, concl = _story(c)
    width = r.choice([44, 50])
    left = ["1. Introduction", *_wrap(intro + " Only a few similar patients have been reported.", width), "",
            "2. Case presentation", *_wrap(" ".join(case), width)]
    right = ["3. Discussion", *_wrap("Our observation adds to a small literature. " + concl + " Longer follow-up "
                                     "of such patients is needed to know how long the benefit lasts.", width),
             "", "4. Conclusion", *_wrap(concl, width)]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    gap = r.choice([4, 6, 8])
    rows = [(lft.ljust(width + gap) + rgt).rstrip() if rgt else lft for lft, rgt in zip(left, right)]
    head = [c["title"], "", _authors(r), "", "Abstract", " ".join(t for _, t in c["parts"]), ""]
    exp = dict(shape="two_columns", title=c["title"], case=[" ".join(case)], not_case=[], forbidden=[], captions=[])
    return "\n".join(head + rows) + "\n", exp


def case_series(r, c):
    """A small series told as "Case 1:", "Case 2:" paragraphs (or a numbered list of them) under one heading."""
    c2 = r.choice([x for x in CASES if x is not c])
    _, case1, _ = _story(c)
    _, case2, _ = _story(c2)
    numbered = r.random() < .4
    own_line = r.random() < .3
    items = []
    for n, case in ((1, case1), (2, case2)):
        lab = f"Case {n}" if r.random() < .7 else f"Patient {n}"
        if own_line:
            items += [lab, " ".join(case)]
        else:
            items.append(f"{n}. {lab}: {' '.join(case)}" if numbered else f"{lab}: {' '.join(case)}")
        items.append("")
    lines = [f"Two patients treated for rare tumours: a short series", "", _authors(r), "", "Introduction",
             "Such tumours are seldom reported and their treatment is not standardised.", "",
             r.choice(["Case presentations", "Case reports", "Cases", "Case series"]), *items,
             "Discussion", "Both cases show how such tumours may respond.", ""]
    exp = dict(shape="series" + ("_numbered" if numbered else "") + ("_own_line" if own_line else ""),
               title="Two patients treated for rare tumours: a short series", case=case1 + case2, not_case=[],
               forbidden=[], captions=[])
    return "\n".join(lines), exp


# ------------------------------------------------------------------------------------------ tables and boxes ---
LINES = [("1", "Carboplatin plus pemetrexed", "03/2021-09/2021", "Partial response"),
         ("2", "Osimertinib 80 mg daily", "10/2021-06/2023", "Stable disease"),
         ("3", "Docetaxel", "07/2023-11/2023", "Progressive disease")]
TRIAL = [("Study A (phase II)", "Cabozantinib", "ORR 28%"), ("Study B (phase III)", "Sunitinib", "ORR 12%")]


def jats_tables(r, c):
    """JATS: the treatment lines in a table of the case section (or of the floats-group, cited from the case),
    a timeline or key-points box, laboratory values and a trial table in the Discussion."""
    intro, case, concl = _story(c)
    head = ("Line", "Regimen", "Dates", "Best response")
    thead = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>" if r.random() < .7 else ""
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in row) + "</tr>" for row in LINES)
    if not thead:
        rows = "<tr>" + "".join(f"<td>{h}</td>" for h in head) + "</tr>" + rows
    lines_table = (f'<table-wrap id="T1"><label>Table 1</label><caption><p>{r.choice(["Treatment history", "Lines of therapy", "Systemic treatments received"])}.'
                   f'</p></caption><table>{thead}<tbody>{rows}</tbody></table></table-wrap>')
    labs = ('<table-wrap id="T2"><label>Table 2</label><caption><p>Laboratory values at admission.</p></caption><table>'
            '<tr><th>Parameter</th><th>Value</th><th>Reference range</th></tr><tr><td>Haemoglobin</td><td>9.8 g/dL</td>'
            '<td>12-16</td></tr></table></table-wrap>')
    trial = ('<table-wrap id="T3"><label>Table 3</label><caption><p>Published trials.</p></caption><table><tr><th>Study'
             '</th><th>Treatment</th><th>Outcome</th></tr>' + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{x}</td></tr>"
                                                                    for a, b, x in TRIAL) + '</table></table-wrap>')
    box_kind = r.choice(["timeline", "key", None])
    if box_kind == "timeline":
        box = ('<boxed-text id="B1"><caption><title>Timeline</title></caption><p>March 2021: carboplatin and pemetrexed '
               'started.</p><p>October 2021: osimertinib started after an EGFR T790M test.</p></boxed-text>')
    elif box_kind == "key":
        box = ('<boxed-text id="B1"><caption><title>Key points</title></caption><list><list-item><p>Rebiopsy at '
               'progression can find a targetable resistance mutation.</p></list-item></list></boxed-text>')
    else:
        box = ""
    floats = r.random() < .3
    cite = ' (<xref ref-type="table" rid="T1">Table 1</xref>)'
    case_p = "".join(f"<p>{html.escape(s)}</p>" for s in case)
    case_sec = (f'<sec sec-type="case-report"><title>Case presentation</title>{case_p}<p>Her systemic treatment is '
                f'summarised in the table{cite}.</p>' + ("" if floats else lines_table + labs) + box + '</sec>')
    body = (f'<body><sec><title>Introduction</title><p>{html.escape(intro)}</p></sec>{case_sec}<sec><title>Discussion'
            f'</title><p>Trials of other agents are listed (<xref ref-type="table" rid="T3">Table 3</xref>).</p>'
            f'{"" if floats else trial}<p>{html.escape(concl)}</p></sec></body>')
    fg = f"<floats-group>{lines_table}{labs}{trial}</floats-group>" if floats else ""
    art = (f'<article article-type="case-report"><front><article-meta><title-group><article-title>{html.escape(c["title"])}'
           f'</article-title></title-group><abstract><p>{html.escape(" ".join(t for _, t in c["parts"]))}</p></abstract>'
           f'</article-meta></front>{body}{fg}<back><ref-list><ref id="R1"><mixed-citation>{html.escape(OTHER[1][0])}'
           f'</mixed-citation></ref></ref-list></back></article>')
    case_rows = ["Osimertinib 80 mg daily", "Progressive disease"] + (["osimertinib started"] if box_kind == "timeline" else [])
    exp = dict(shape="jats_tables" + ("_floats" if floats else "") + (f"_{box_kind}" if box_kind else ""), title=c["title"],
               case=case + case_rows, not_case=["Cabozantinib", "Haemoglobin", "Rebiopsy at progression"],
               forbidden=["Cabozantinib", "Sunitinib", OTHER[1][0]], captions=["Published trials"])
    return art, exp


def html_tables(r, c):
    """An HTML page with the treatment lines in a table of the case section and a trial table in the Discussion."""
    intro, case, concl = _story(c)
    head = ("Line", "Regimen", "Dates", "Best response")
    thead = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>"
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in row) + "</tr>" for row in LINES)
    fig = r.random() < .5
    table = (f'<figure class="table"><figcaption>Table 1. Treatment history.</figcaption><table>{thead}<tbody>{rows}'
             f'</tbody></table></figure>' if fig else f'<table><caption>Table 1. Treatment history.</caption>{thead}'
             f'<tbody>{rows}</tbody></table>')
    trial = ('<table><caption>Table 2. Published trials.</caption><tr><th>Study</th><th>Treatment</th><th>Outcome</th>'
             '</tr>' + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{x}</td></tr>" for a, b, x in TRIAL) + '</table>')
    page = (f'<!DOCTYPE html><html><head><title>{html.escape(c["title"])}</title></head><body><article>'
            f'<h1>{html.escape(c["title"])}</h1><p>{_authors(r)}</p><h2>Introduction</h2><p>{html.escape(intro)}</p>'
            f'<h2>Case presentation</h2>' + "".join(f"<p>{html.escape(s)}</p>" for s in case) + table +
            f'<h2>Discussion</h2><p>Trials of other agents are listed in Table 2.</p>{trial}<p>{html.escape(concl)}</p>'
            f'<h2>References</h2><ol><li>{html.escape(OTHER[1][0])}</li></ol></article></body></html>')
    exp = dict(shape="html_tables" + ("_figure" if fig else ""), title=c["title"],
               case=case + ["Osimertinib 80 mg daily", "Progressive disease"], not_case=["Cabozantinib"],
               forbidden=["Cabozantinib", "Sunitinib", OTHER[1][0]], captions=["Published trials"])
    return page, exp


# ------------------------------------------------------------------------------------------ course tables with facts ---
# Made-up courses of treatment (session 14, tabrow14): each scenario's lines as (cells naming the regimen, its drugs
# as the term lists label them, the best response and its class), and treatments named in the table but never given.
# Two lines share drugs (FOLFOX then FOLFIRI) so that a row restating the first names drugs of the second too.
COURSE_SCENARIOS = [
    dict(tumour="metastatic colorectal adenocarcinoma", sex="woman",
         lines=[(["FOLFOX", "Oxaliplatin, fluorouracil and leucovorin"], ["fluorouracil", "leucovorin", "oxaliplatin"],
                 "Partial response", "PR"),
                (["FOLFIRI plus bevacizumab", "Irinotecan, leucovorin, fluorouracil and bevacizumab"],
                 ["fluorouracil", "leucovorin", "irinotecan", "bevacizumab"], "Stable disease", "SD")],
         not_given=[("Encorafenib plus cetuximab", ["encorafenib", "cetuximab"]), ("Trifluridine/tipiracil", ["trifluridine"])]),
    dict(tumour="uterine leiomyosarcoma", sex="woman",
         lines=[(["Doxorubicin and ifosfamide"], ["doxorubicin", "ifosfamide"], "Partial response", "PR"),
                (["Gemcitabine plus docetaxel", "Docetaxel with gemcitabine"], ["gemcitabine", "docetaxel"],
                 "Stable disease", "SD"),
                (["Trabectedin"], ["trabectedin"], "Progressive disease", "PD")],
         not_given=[("Pazopanib", ["pazopanib"]), ("Eribulin", ["eribulin"])]),
    dict(tumour="lung adenocarcinoma", sex="man",
         lines=[(["Cisplatin plus pemetrexed", "Pemetrexed and cisplatin"], ["cisplatin", "pemetrexed"], "Partial response", "PR"),
                (["Docetaxel and ramucirumab"], ["docetaxel", "ramucirumab"], "Progressive disease", "PD")],
         not_given=[("Amivantamab", ["amivantamab"]), ("Sacituzumab govitecan", ["sacituzumab govitecan"])]),
]
# how a table says a treatment was not given: (where the cue goes, the cell's text)
NOT_GIVEN_CELLS = [("status", "Planned"), ("status", "planned at next progression"), ("status", "Proposed (tumour board)"),
                   ("status", "Declined by the patient"), ("status", "Not started (not reimbursed)"),
                   ("status", "Pending approval"), ("status", "Not given"), ("status", "Future option"),
                   ("line", "Next line"), ("line", "Planned"), ("regimen", "(planned)"), ("regimen", "(declined)"),
                   ("start", "-")]
GIVEN_STATUS = ["Completed", "Given", "Finished", "Done"]
RESPONSE_WORDS = {"PR": "a partial response", "SD": "stable disease", "PD": "progressive disease"}
RESPONSE_LABELS = {"PR": "partial response", "SD": "stable disease", "PD": "progressive disease"}


def jats_course_facts(r, c):
    """JATS: a treatment table of the case section with a status, start or response column, rows of treatments only
    planned, proposed or declined, and courses the narrative told first (the table restates them), with the facts
    extraction must find: the drugs given, the drugs never given, each line's response (the row's own, not the
    line then open) and one line per course."""
    sc = r.choice(COURSE_SCENARIOS)
    restated = r.random() < .6
    where, cue = r.choice(NOT_GIVEN_CELLS)
    skipped_name, skipped = r.choice(sc["not_given"])
    status_col = where == "status" or r.random() < .4
    start_col = where == "start" or r.random() < .3
    head = ["Line", "Regimen"] + (["Start"] if start_col else []) + (["Status"] if status_col else []) + [
        r.choice(["Best response", "Response", "Outcome"])]
    rows, year = [], r.randint(2015, 2021)
    names = []
    for i, (cells, _, resp, _) in enumerate(sc["lines"]):
        name = r.choice(cells)
        names.append(name)
        row = [str(i + 1), name] + ([f"{r.randint(1, 12):02d}/{year + i}"] if start_col else []) + (
            [r.choice(GIVEN_STATUS)] if status_col else []) + [resp]
        rows.append(row)
    line_cell = cue if where == "line" else str(len(rows) + 1)
    regimen_cell = f"{skipped_name} {cue}" if where == "regimen" else skipped_name
    skip_row = [line_cell, regimen_cell] + (["-" if where == "start" else f"{r.randint(1, 12):02d}/{year + len(rows)}"]
                                           if start_col else []) + (
        [cue if where == "status" else "-"] if status_col else []) + ["-"]
    rows.append(skip_row)
    age = r.randint(38, 77)
    pron = "She" if sc["sex"] == "woman" else "He"
    story = [f"A {age}-year-old {sc['sex']} was diagnosed with {sc['tumour']} in {year}."]
    if restated:
        for i, (cells, _, _, cls) in enumerate(sc["lines"]):
            when = "First" if i == 0 else r.choice(["Then", "Later", "Next"])
            story.append(f"{when}, {pron.lower()} received {cells[0].lower()}; imaging after three cycles showed "
                         f"{RESPONSE_WORDS[cls]}.")
    story.append(f"{pron} {r.choice(['remains under follow-up', 'is followed in our clinic', 'continues to be seen every three months'])}.")
    thead = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>"
    body_rows = "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in row) + "</tr>" for row in rows)
    table = (f'<table-wrap id="T1"><label>Table 1</label><caption><p>{r.choice(["Treatment history", "Lines of therapy", "Course of systemic treatment"])}.'
             f'</p></caption><table>{thead}<tbody>{body_rows}</tbody></table></table-wrap>')
    title = f"A {sc['tumour']} treated in sequence: a case report"
    case_p = "".join(f"<p>{html.escape(x)}</p>" for x in story)
    art = (f'<article article-type="case-report"><front><article-meta><title-group><article-title>{html.escape(title)}'
           f'</article-title></title-group></article-meta></front><body><sec><title>Introduction</title><p>Sequential '
           f'systemic treatment is the rule in this disease.</p></sec><sec sec-type="case-report"><title>Case presentation'
           f'</title>{case_p}<p>{pron} treatment is summarised in <xref ref-type="table" rid="T1">Table 1</xref>.</p>'
           f'{table}</sec><sec><title>Discussion</title><p>Few data guide the choice after the second line.</p></sec>'
           f'</body></article>')
    exp = dict(shape="jats_course_facts" + ("_restated" if restated else "") + f"_{where}", title=title,
               case=[story[0]] + [" | ".join(f"{h}: {x}" for h, x in zip(head, row) if x) for row in rows[:1]],
               not_case=["Few data guide the choice"], forbidden=[], captions=[],
               facts=dict(lines=[[sorted(drugs), RESPONSE_LABELS[cls]] for _, drugs, _, cls in sc["lines"]],
                          not_given=sorted(skipped)))
    return art, exp


# HTML journal pages with tables of the case (session 15, htmltab15): the treatment lines (a status column with rows
# planned or declined), an adverse-event table (event | grade | onset | attributed drug), a laboratory or marrow table
# whose cells name remissions and relapses, a table of options and, in the Discussion, a review of published cases.
AE_SCENARIOS = {   # per tumour of COURSE_SCENARIOS: events of its lines, as the term lists label them, with grades
    "metastatic colorectal adenocarcinoma": [("Peripheral sensory neuropathy", "Peripheral sensory neuropathy", 2),
                                             ("Diarrhoea", "Diarrhea", 3), ("Hypertension", "Hypertension", 2)],
    "uterine leiomyosarcoma": [("Febrile neutropenia", "Febrile neutropenia", 3), ("Fatigue", "Fatigue", 2),
                               ("Nausea", "Nausea", 1)],
    "lung adenocarcinoma": [("Anaemia", "Anemia", 2), ("Fatigue", "Fatigue", 1), ("Mucositis oral", "Mucositis oral", 2)],
}
LAB_TABLES = [   # (caption, header, rows): measurements over time; the words of a response or relapse in a cell
    ("Blood counts during treatment", ["Date", "Neutrophils (10^9/L)", "Platelets (10^9/L)", "Comment"],
     [["Cycle 1", "0.4", "88", "nadir"], ["Cycle 3", "1.9", "201", "recovered"]]),
    ("Marrow findings over time", ["Date", "Marrow blasts", "Status"],
     [["diagnosis", "64%", "active disease"], ["month 3", "1%", "complete remission"], ["month 9", "22%", "relapse"]]),
    ("Tumour markers", ["Time point", "CEA (ng/mL)", "Interpretation"],
     [["baseline", "84", "raised"], ["month 4", "6", "partial response"], ["month 10", "51", "progression"]]),
]
OPTIONS = [("Options at further progression", ["Regimen", "Rationale", "Median PFS"], "months"),
           ("Treatment options discussed by the tumour board", ["Option", "Evidence", "Comment"], "phase II data")]
REVIEW_DRUGS = [("Lurbinectedin", "lurbinectedin"), ("Tazemetostat", "tazemetostat"), ("Anlotinib", "anlotinib")]


def html_course_facts(r, c):
    """An HTML journal page whose case section holds a treatment table (rows planned, declined or not started beside
    the lines given), often an adverse-event table and a laboratory table, and a table of options; the Discussion a
    table of published cases. Expected: the lines given with their responses and nothing more, the events with their
    grades, no drug of a row not given, of the options or of the published cases."""
    sc = r.choice(COURSE_SCENARIOS)
    where, cue = r.choice([x for x in NOT_GIVEN_CELLS if x[0] in ("status", "line", "start")])
    skipped_name, skipped = r.choice(sc["not_given"])
    status_col = where == "status" or r.random() < .5
    start_col = where == "start" or r.random() < .4
    head = [r.choice(["Line", "Treatment line"]), r.choice(["Regimen", "Treatment", "Therapy"])] + (
        ["Start"] if start_col else []) + (["Status"] if status_col else []) + [r.choice(["Best response", "Response"])]
    rows, year = [], r.randint(2015, 2021)
    short = r.random() < .4   # the response as its abbreviation ("PR")
    for i, (cells, _, resp, cls) in enumerate(sc["lines"]):
        rows.append([str(i + 1), r.choice(cells)] + ([f"{r.randint(1, 12):02d}/{year + i}"] if start_col else []) + (
            [r.choice(GIVEN_STATUS)] if status_col else []) + [cls if short else resp])
    rows.append([cue if where == "line" else str(len(rows) + 1), skipped_name]
                + (["-" if where == "start" else f"{r.randint(1, 12):02d}/{year + len(rows)}"] if start_col else [])
                + ([cue if where == "status" else "-"] if status_col else []) + ["-"])
    pron = "She" if sc["sex"] == "woman" else "He"
    story = [f"A {r.randint(38, 77)}-year-old {sc['sex']} was diagnosed with {sc['tumour']} in {year}.",
             f"{pron} {r.choice(['was treated with several lines of systemic therapy', 'received sequential systemic treatment'])}"
             f" (Table 1)."]
    restated = r.random() < .5
    if restated:   # the narrative tells the lines first, the table restates them (one line each still)
        for i, (cells, _, _, cls) in enumerate(sc["lines"]):
            story.insert(-1, f"{'First' if i == 0 else r.choice(['Then', 'Later', 'Next'])}, {pron.lower()} received "
                             f"{cells[0].lower()}; {r.choice(['imaging after three cycles', 'the next scan'])} showed "
                             f"{RESPONSE_WORDS[cls]}.")
    ids = iter(range(1, 10))

    def table(caption, hd, body, cls="table-wrap"):
        n = next(ids)
        thead = "<thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in hd) + "</tr></thead>"
        if r.random() < .3:   # no <thead>: the header is the first row, in bold cells
            thead = "<tr>" + "".join(f"<td><strong>{html.escape(h)}</strong></td>" for h in hd) + "</tr>"
        trs = "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in row) + "</tr>" for row in body)
        if r.random() < .5:
            return (f'<div class="{cls}" id="T{n}"><div class="caption"><b>Table {n}.</b> {html.escape(caption)}.</div>'
                    f'<table>{thead}<tbody>{trs}</tbody></table></div>')
        return f'<table><caption>Table {n}. {html.escape(caption)}.</caption>{thead}<tbody>{trs}</tbody></table>'

    case_html = "".join(f"<p>{html.escape(x)}</p>" for x in story)
    case_html += table(r.choice(["Treatment history", "Lines of therapy", "Course of systemic treatment"]), head, rows)
    aes = []
    if r.random() < .7:
        events = r.sample(AE_SCENARIOS[sc["tumour"]], 2)
        drug = sc["lines"][0][1][0]
        ae_head = [r.choice(["Adverse event", "Toxicity", "Event"]), r.choice(["Grade", "CTCAE grade", "Worst grade"]),
                   r.choice(["Onset", "Cycle"]), r.choice(["Attributed drug", "Drug", "Suspected agent"])]
        ae_rows = [[name, str(g), f"cycle {k + 2}", drug] for k, (name, _, g) in enumerate(events)]
        if r.random() < .4:   # the grade column last
            ae_head = [ae_head[0], ae_head[2], ae_head[3], ae_head[1]]
            ae_rows = [[a, c, d, b] for a, b, c, d in ae_rows]
        case_html += f"<p>{pron} had side effects during the first line (Table 2).</p>" + table(
            "Adverse events", ae_head, ae_rows)
        aes = [[label.lower(), g] for _, label, g in events]
    lab_caption, lab_head, lab_rows = r.choice(LAB_TABLES)
    if r.random() < .6:
        case_html += table(lab_caption, lab_head, lab_rows)
    options = []
    if r.random() < .5:
        cap, hd, note = r.choice(OPTIONS)
        opt_name, opt = r.choice([x for x in sc["not_given"] if x[0] != skipped_name])
        case_html += table(cap, hd, [[opt_name, "second-line data", note]])
        options = opt
    case_html += f"<p>{pron} {r.choice(['remains under follow-up', 'is followed in our clinic'])}.</p>"
    review_name, review = r.choice(REVIEW_DRUGS)
    review_table = table(r.choice(["Published cases", "Previously reported patients", "Review of the literature"]),
                         ["Author, year", "Age/sex", "Treatment", "Best response"],
                         [["Example et al., 2019", "54/F", review_name, "Partial response"]])
    title = f"Sequential treatment of a {sc['tumour']}: a case report"
    page = (f'<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body><article>'
            f'<h1>{html.escape(title)}</h1><p>{_authors(r)}</p><h2>Introduction</h2><p>Sequential systemic treatment is '
            f'the rule in this disease.</p><h2>{r.choice(["Case presentation", "Case report", "Case description"])}</h2>'
            f'{case_html}<h2>Discussion</h2><p>Similar patients have been reported (Table {next(ids)}).</p>{review_table}'
            f'<p>Few data guide the choice after the second line.</p><h2>References</h2><ol><li>{html.escape(OTHER[1][0])}'
            f'</li></ol></article></body></html>')
    exp = dict(shape="html_course_facts" + ("_restated" if restated else "") + f"_{where}" + ("_ae" if aes else ""),
               title=title,
               case=[story[0]] + [" | ".join(f"{h}: {x}" for h, x in zip(head, row) if x) for row in rows[:1]],
               not_case=["Few data guide the choice", review_name], forbidden=[], captions=[],
               facts=dict(lines=[[sorted(drugs), RESPONSE_LABELS[cls]] for _, drugs, _, cls in sc["lines"]],
                          not_given=sorted(set(skipped) | set(options) | {review}), exact=True, aes=aes))
    return page, exp


def fact_problems(text, exp, nlp, name="report.xml"):
    """What extraction gets wrong about a report's expected facts (``exp["facts"]``): a drug given that the table
    says was not, a line's response missing or given to another line, a course read as more than one line."""
    from kg.extraction.extract import extract_report
    from kg.readers import read_bytes
    facts = exp.get("facts")
    if not facts:
        return []
    docs = [d for d in read_bytes(text.encode(), name) if hasattr(d, "ids")]
    lines = [t for d in docs for case in extract_report(d, nlp).cases for t in case.treatments]
    got = [({a.label.lower() for a in t.drugs}, {x.concept.label.lower() for x in t.responses}) for t in lines]
    given = set().union(*(d for d, _ in got)) if got else set()
    errs = [f"given: {d}" for d in facts["not_given"] if d in given]
    if facts.get("exact"):
        # every line given is an expected one, with no response class but its own (a table of measurements names
        # remissions and relapses that are no line's)
        want = {frozenset(d): r for d, r in facts["lines"]}
        errs += [f"line {'+'.join(sorted(d))}" for d, _ in got if d and frozenset(d) not in want]
        errs += [f"{x} on {'+'.join(sorted(d))}" for d, rs in got if frozenset(d) in want for x in rs
                 if x != want[frozenset(d)]]
    if "aes" in facts:
        events = {(e.concept.label.lower(), e.grade) for d in docs for case in extract_report(d, nlp).cases
                  for e in case.adverse_events}
        errs += [f"no {label} grade {g}" for label, g in facts["aes"] if (label, g) not in events]
    for drugs, resp in facts["lines"]:
        mine = [rs for d, rs in got if d == set(drugs)]
        if len(mine) != 1:
            errs.append(f"{len(mine)} lines of {'+'.join(drugs)}")
        elif resp not in mine[0]:
            errs.append(f"no {resp} for {'+'.join(drugs)}")
        # (the scenarios' lines differ in their responses: a line's class on another line's drugs moved there)
        for dd, rr in facts["lines"]:
            if set(dd) != set(drugs) and any(d == set(dd) and resp in rs for d, rs in got):
                errs.append(f"{resp} of {'+'.join(drugs)} on {'+'.join(dd)}")
    return errs


# ------------------------------------------------------------------------------------------ checks ---
MAKERS = [care_abstract, clinical_note, letter, conference_abstract, image_piece, two_columns, case_series, jats_tables,
          html_tables, jats_course_facts, html_course_facts]


def generate(n):
    out = []
    r = random.Random(14)
    for make in MAKERS:
        for i in range(n):
            text, exp = make(r, r.choice(CASES))
            ext = "xml" if make in (jats_tables, jats_course_facts) else "html" if make in (
                html_tables, html_course_facts) else "txt"
            prefix = "crse" if make is jats_course_facts else "hcrs" if make is html_course_facts else make.__name__[:4]
            out.append((f"{prefix}{i:03d}.{ext}", text, exp))
    return out


def problems(name, text, exp):
    from kg.readers import read_bytes
    try:
        [doc] = list(read_bytes(text.encode(), name))
    except Exception as exc:  # noqa: BLE001 (a report that cannot be read is a finding)
        return [f"ERROR {str(exc)[:80]}"]
    errs = []
    if exp["title"] and _norm(doc.title) != _norm(exp["title"]):
        errs.append(f"title={doc.title[:60]!r}")
    texts = [(s.kind, _norm(doc.text[s.start:s.end])) for s in doc.sections]
    has_case = any(k == "case" for k, _ in texts)
    narrative = {"case"} if has_case else NARRATIVE
    for part in exp["case"]:
        kinds = [k for k, t in texts if _norm(part) in t]
        if not kinds:
            errs.append(f"not read: {part[:30]!r}")
        elif not set(kinds) & narrative or exp.get("strict") and "case" not in kinds:
            errs.append(f"case part in {sorted(set(kinds))}")
    if exp.get("same_kind"):
        # the case's parts all of one kind: a case part beside 'abstract' ones would leave these out of the story
        kinds = {k for part in exp["case"] for k, t in texts if _norm(part) in t}
        if len(kinds) > 1:
            errs.append(f"case parts in {sorted(kinds)}")
    for part in exp["not_case"]:
        if any(_norm(part) in t for k, t in texts if k in narrative and (has_case or k != "abstract")):
            errs.append(f"in the case: {part[:30]!r}")
    body = " ".join(t for k, t in texts if k in BODY)
    errs += [f"in the body: {f[:30]!r}" for f in exp["forbidden"] if _norm(f) in body]
    for cap in exp["captions"]:
        if not any(_norm(cap) in t for k, t in texts if k == "caption"):
            errs.append(f"no caption {cap[:30]!r}")
    return errs


def sample(per_shape=2):
    return passing_sample(generate(100), problems, per_shape)


def _findings(items):
    nlp = None
    for name, text, exp in items:
        errs = problems(name, text, exp)
        if exp.get("facts"):
            if nlp is None:
                from kg.nlp import build_pipeline
                nlp = build_pipeline()
            errs += fact_problems(text, exp, nlp, name)
        yield name, exp["shape"], errs


def main(argv):
    if "--check" in argv:
        print_findings(_findings(generate(int(argv[argv.index("--check") + 1]))))
        return
    write_fixtures("report_shapes", sample())


if __name__ == "__main__":
    main(sys.argv[1:])
