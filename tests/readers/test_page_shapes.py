"""Page shapes real sites produce (blogs, news pages, forums, Markdown, text copied from a browser): the case's
narrative is read into a body section under the right title, with the page's furniture left out. Every page
here was made up for these tests."""
from __future__ import annotations

from kg.model import Document
from kg.readers import read_bytes

TITLE = "Alectinib Response in ALK-Positive Lung Adenocarcinoma"
STORY = ("A 61-year-old man with ALK-positive lung adenocarcinoma received alectinib 600 mg twice daily in "
         "March 2021 and had a partial response after three months.")
MORE = "He remained on treatment at 14 months without progression, with only mild constipation."
DISC = ("Second-generation ALK inhibitors give durable control even in patients who present with bulky "
        "disease, which this case illustrates again.")
BODY = {"abstract", "introduction", "case", "discussion", "conclusion", "results", "methods", "other"}


def _page(body: str, head: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE} | Example Site</title>{head}</head>"
            f"<body>{body}</body></html>").encode()


def _one(data: bytes, name: str) -> Document:
    [doc] = read_bytes(data, name)
    return doc


def _body(doc: Document) -> str:
    return "\n".join(s.text_of(doc) for s in doc.sections if s.kind in BODY)


def _kinds(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, s.title) for s in doc.sections]


# ------------------------------------------------------------------ prose above the first heading ---
def test_story_paragraphs_above_the_first_heading_are_body_text():
    """Short paragraphs that tell the patient's story right under the title, then "Discussion": the story was
    read as front matter (not long enough for an abstract), so the case was lost."""
    doc = _one(_page(f"<article><h1>{TITLE}</h1><p>{STORY}</p><p>{MORE}</p><h2>Discussion</h2><p>{DISC}</p>"
                     "</article>"), "story.html")
    assert STORY in _body(doc) and MORE in _body(doc)
    assert ("discussion", "Discussion") in _kinds(doc)
    text = f"{TITLE}\n\n{STORY}\n\n{MORE}\n\nDiscussion\n\n{DISC}\n".encode()
    assert STORY in _body(_one(text, "story.txt"))


def test_prose_above_the_first_heading_without_a_patient_stays_front_matter():
    """A guideline's or news page's numbered statements above a heading tell no patient's story."""
    doc = _one(_page(f"<h1>{TITLE}</h1><p>1. First-line therapy: the response rate with alectinib was 83% in the "
                     "pivotal trial of untreated patients.</p><h2>Discussion</h2><p>No case follows.</p>"), "g.html")
    assert "response rate" not in _body(doc)


# ----------------------------------------------------------------------------------- comments ---
def test_a_comment_thread_longer_than_the_post_is_left_out():
    """Readers' comments ("128 Comments") under a short post: the thread held most of the page's text, so it
    was never furniture, and its heading was read as "Discussion" (the count taken for a section number)."""
    thread = "".join(f"<div class='c'><p><b>Reader{i}</b> said:</p><p>My aunt was treated with chemotherapy for "
                     f"two years and did well; thank you for writing this, post number {i}.</p></div>"
                     for i in range(30))
    for wrapper in (f"<div id='comments' class='comments-area'><h2>128 Comments</h2>{thread}</div>",
                    f"<div id='disqus_thread'><h2>3 thoughts on this post</h2>{thread}</div>"):
        doc = _one(_page(f"<div class='post'><h1>{TITLE}</h1><p>{STORY}</p><p>{MORE}</p></div>{wrapper}"), "c.html")
        assert STORY in _body(doc) and MORE in _body(doc)
        assert "Reader3" not in doc.text and "chemotherapy" not in doc.text
        assert doc.title == TITLE


def test_a_count_of_comments_is_no_discussion_heading():
    from kg.readers.headings import heading_kind

    assert heading_kind("128 Comments") == heading_kind("3 thoughts on “Alectinib”") == "back_matter"
    assert heading_kind("Comments") == heading_kind("Discussion") == "discussion"


# --------------------------------------------------------------------- lists of other stories ---
def test_a_list_of_links_to_other_stories_is_left_out_even_when_longer_than_the_article():
    stories = "".join(f"<li><a href='/s{i}'><h3>Story {i}: a lung cancer drug shows early promise in a new "
                      f"trial</h3><p>What doctors think of the new treatment, part {i}.</p></a></li>"
                      for i in range(40))
    doc = _one(_page(f"<div class='post'><h1>{TITLE}</h1><p>{STORY}</p><p>{MORE}</p></div>"
                     f"<div class='more'><h2>More stories</h2><ul>{stories}</ul></div>"), "r.html")
    assert STORY in _body(doc)
    assert "Story 3" not in doc.text and "doctors think" not in doc.text


def test_a_list_with_text_of_its_own_is_kept():
    """A list whose items are sentences with a link in them is the article's, not a list of other pages."""
    items = "".join(f"<li>In {2019 + i} the patient received alectinib, as in <a href='/p{i}'>an earlier "
                    f"report</a>.</li>" for i in range(3))
    doc = _one(_page(f"<h1>{TITLE}</h1><h2>Case presentation</h2><p>{STORY}</p><ul>{items}</ul>"), "l.html")
    assert "In 2020 the patient received alectinib" in _body(doc)


def test_teaser_cards_beside_an_article_in_a_div_are_left_out():
    cards = "".join(f"<article class='card'><h3>Another case {i}</h3><p>A woman received osimertinib.</p>"
                    "</article>" for i in range(6))
    doc = _one(_page(f"<div class='content'><h1>{TITLE}</h1><h2>Case presentation</h2><p>{STORY}</p>"
                     f"<p>{MORE}</p></div><div>{cards}</div>"), "t.html")
    assert STORY in _body(doc) and "osimertinib" not in doc.text


# -------------------------------------------------------------------------------------- titles ---
def test_a_title_set_on_two_lines_is_one_title():
    doc = _one(_page(f"<article><h1>Alectinib Response<br>in ALK-Positive Lung Adenocarcinoma</h1>"
                     f"<h2>Case presentation</h2><p>{STORY}</p></article>"), "br.html")
    assert doc.title == TITLE


def test_the_post_title_named_by_the_title_element_wins_over_a_blog_name_in_h1():
    doc = _one(_page(f"<div class='header'><h1><a href='/'>Oncology Notes Blog</a></h1></div>"
                     f"<div class='post'><h3 class='post-title'>{TITLE}</h3><p>{STORY}</p><p>{MORE}</p></div>"),
               "blog.html")
    assert doc.title == TITLE and STORY in _body(doc)


def test_a_site_name_after_the_title_in_og_title_is_cut_off():
    doc = _one(_page(f"<div class='story'><p>{STORY}</p><p>{MORE}</p></div>",
                     f"<meta property='og:title' content='{TITLE} - Example News'>"), "og.html")
    assert doc.title == TITLE


# -------------------------------------------------------------------------------- plain text ---
def test_a_kicker_in_capitals_above_a_plain_text_title():
    """ "NEWS" / "ONCOLOGY" above the title of a page copied from a browser was read as a sub-heading that
    swallowed the title."""
    for sep in ("\n", "\n\n"):
        for kicker in ("NEWS", "ONCOLOGY"):
            text = sep.join([kicker, TITLE, "By Jane Roe | March 3, 2024", STORY, MORE]) + "\n"
            doc = _one(text.encode(), "news.txt")
            assert doc.title == TITLE, (kicker, sep)
            assert STORY in _body(doc)


def test_a_capitals_heading_above_a_sentence_still_heads_it():
    doc = _one(f"PATHOLOGY\n\nThe tumour measured 3 cm and was ALK-positive. {STORY}\n".encode(), "p.txt")
    assert ("other", "PATHOLOGY") in _kinds(doc)


def test_markdown_headings_and_links():
    text = (f"# {TITLE}\n\n[Home](/) | [About](/about)\n\n## 1. Introduction\n\nALK fusions are rare.\n\n"
            f"## 2. Case presentation ##\n\n{STORY} See [our earlier post](https://example.org/p).\n\n"
            f"- Stage IV at diagnosis\n- No brain metastases\n\n{MORE}\n\n### Discussion\n\n{DISC}\n")
    for name in ("post.txt", "post.md"):
        doc = _one(text.encode(), name)
        assert doc.title == TITLE
        assert [k for k in _kinds(doc) if k[0] in BODY] == [
            ("introduction", "1. Introduction"), ("case", "2. Case presentation"), ("discussion", "Discussion")]
        case = "\n".join(s.text_of(doc) for s in doc.sections if s.kind == "case")
        assert "See our earlier post." in case and "- No brain metastases" in case and MORE in case
        assert "#" not in doc.text and "](" not in doc.text


def test_site_footer_links_after_the_article_are_navigation():
    text = f"{TITLE}\n\nCase presentation\n\n{STORY}\n\nPrivacy policy\n\nTerms of use\n"
    doc = _one(text.encode(), "copy.txt")
    assert "Privacy policy" not in _body(doc) and "Terms of use" not in _body(doc)


def test_a_site_logo_in_h1_is_not_the_title():
    doc = _one(_page(f"<h1 class='site-logo'>Oncology Today</h1><div class='post'><h2>{TITLE}</h2><p>{STORY}</p>"
                     f"<p>{MORE}</p></div>").replace(f"<title>{TITLE} | Example Site</title>".encode(), b""), "logo.html")
    assert doc.title == TITLE and STORY in _body(doc)


def test_a_blog_name_in_capitals_above_a_title_in_capitals():
    text = f"ONCOLOGY NOTES\nMY PATIENT ON ALECTINIB\nPosted March 3, 2024\n{STORY}\n{MORE}\n"
    doc = _one(text.encode(), "blog.txt")
    assert doc.title == "MY PATIENT ON ALECTINIB" and STORY in _body(doc)


def test_unicode_line_and_paragraph_separators_break_lines():
    text = f"{TITLE}\u2028\u2028Case presentation\u2028{STORY}\u2029{MORE}\u2029"
    doc = _one(text.encode(), "ls.txt")
    assert doc.title == TITLE and ("case", "Case presentation") in _kinds(doc)
    assert STORY in _body(doc)


WRAPPED = ["A 61-year-old man with ALK-positive lung", "adenocarcinoma received alectinib 600 mg twice",
           "daily in March 2021 and had a partial response", "after three months."]


def test_a_sentence_wrapped_by_br_or_one_div_per_line_is_one_sentence():
    """Text pasted from a PDF keeps a <br> at every line end; a PDF converter puts each line in a <div>: the
    lines were paragraphs of their own, each a broken piece of the sentence."""
    pages = (f"<div><h1>{TITLE}</h1><p><b>Case presentation</b></p><p>{'<br>'.join(WRAPPED)}</p><p>{MORE}</p></div>",
             f"<div class='pf'><div class='t'>{TITLE}</div><div class='t'>Case presentation</div>"
             + "".join(f"<div class='t'>{line}</div>" for line in WRAPPED) + f"<div class='t'>{MORE}</div></div>")
    for body in pages:
        doc = _one(_page(body), "wrapped.html")
        assert STORY in _body(doc), _body(doc)
        assert doc.title == TITLE


def test_lines_of_a_list_each_ending_a_sentence_stay_apart():
    doc = _one(_page(f"<h1>{TITLE}</h1><h2>Case presentation</h2><p>{STORY}<br>{MORE}<br>"
                     "no further treatment was needed.</p>"), "lines.html")
    assert f"{STORY}\n{MORE}\nno further treatment was needed." in _body(doc)


def test_a_story_typed_in_capitals_is_read():
    """An old record or a discharge summary typed in capitals held no 'prose' and the page was refused."""
    for name, data in (("caps.html", _page(f"<div><h1>{TITLE}</h1><p>{STORY.upper()}</p><p>{MORE.upper()}</p></div>")),
                       ("caps.txt", f"{TITLE}\n\n{STORY.upper()}\n\n{MORE.upper()}\n".encode())):
        doc = _one(data, name)
        assert STORY.upper() in _body(doc) and doc.title == TITLE


INTRO = "ALK rearrangements occur in a small share of lung cancers and predict benefit from kinase inhibitors."


def test_a_blogs_own_words_for_the_patients_story_head_the_case():
    """ "Patient story", "History", "Presentation", "Case study" after an introduction: the story was read as more
    of the introduction, which tells the literature, and the case was lost."""
    for heading in ("Patient story", "Presentation", "Case study", "Medical history", "Her story",
                    "Clinical summary"):
        for name, data in (("h.html", _page(f"<h1>{TITLE}</h1><h2>Introduction</h2><p>{INTRO}</p><h2>{heading}</h2>"
                                            f"<p>{STORY}</p><h2>Discussion</h2><p>{DISC}</p>")),
                           ("h.txt", f"{TITLE}\n\nIntroduction\n\n{INTRO}\n\n{heading}\n\n{STORY}\n\nDiscussion\n\n"
                                     f"{DISC}\n".encode())):
            doc = _one(data, name)
            assert ("case", heading) in _kinds(doc), (heading, name)
            assert STORY in "\n".join(s.text_of(doc) for s in doc.sections if s.kind == "case")


def test_an_unknown_heading_beside_the_introduction_starts_a_part_of_its_own():
    doc = _one(_page(f"<h1>{TITLE}</h1><h2>Introduction</h2><p>{INTRO}</p><h2>What happened</h2><p>{STORY}</p>"
                     f"<h2>Discussion</h2><p>{DISC}</p>"), "u.html")
    assert ("other", "What happened") in _kinds(doc)
    assert STORY not in "\n".join(s.text_of(doc) for s in doc.sections if s.kind == "introduction")
    # a sub-heading (a level below) stays in the introduction
    doc = _one(_page(f"<h1>{TITLE}</h1><h2>Introduction</h2><p>{INTRO}</p><h3>ALK in lung cancer</h3><p>{INTRO}</p>"
                     f"<h2>Case presentation</h2><p>{STORY}</p>"), "s.html")
    assert ("introduction", "ALK in lung cancer") in _kinds(doc)


def test_the_article_the_page_is_titled_by_wins_over_a_longer_next_story():
    """A news site's endless scroll appends the next story (longer, about another drug) below the article."""
    story = "".join(f"<p>In other news, a phase 3 trial of osimertinib met its primary endpoint, part {i}, the "
                    "sponsor said in a statement.</p>" for i in range(8))
    for head in (f"<meta property='og:title' content='{TITLE}'>", ""):   # (else the <title>: "TITLE | Example Site")
        doc = _one(_page(f"<article><h1>{TITLE}</h1><p>{STORY}</p><p>{MORE}</p></article>"
                         f"<article><h1>Osimertinib trial meets its endpoint</h1>{story}</article>", head), "n.html")
        assert doc.title == TITLE and STORY in _body(doc) and "osimertinib" not in doc.text


def test_a_case_box_in_an_aside_or_a_framed_table_is_the_case():
    """A teaching article sets the patient's story apart in a box headed "Case": as an <aside> it was furniture,
    as a one-cell table a caption (no facts), and the case was lost."""
    disc = f"<p>{DISC}</p>" * 3
    for box in (f"<aside class='case-box'><h3>Case</h3><p>{STORY}</p><p>{MORE}</p></aside>",
                f"<table class='box'><tr><td><b>Case presentation</b><p>{STORY}</p><p>{MORE}</p></td></tr></table>"):
        doc = _one(_page(f"<article><h1>{TITLE}</h1><p>{INTRO}</p>{box}{disc}</article>"), "box.html")
        assert STORY in _body(doc), box
    # an aside that is no case box is still furniture
    doc = _one(_page(f"<article><h1>{TITLE}</h1><h2>Case presentation</h2><p>{STORY}</p>{disc}<aside><h3>Read next"
                     "</h3><p>Osimertinib in lung cancer.</p></aside></article>"), "aside.html")
    assert "Osimertinib" not in doc.text


def test_markdown_underscore_emphasis_and_yaml_front_matter():
    text = (f"---\ntitle: \"{TITLE}\"\ndate: 2024-03-03\ntags: [oncology, ALK]\n---\n\n## Case presentation\n\n"
            f"{STORY.replace('alectinib', '_alectinib_')}\n\n{MORE.replace('treatment', '__treatment__')}\n")
    doc = _one(text.encode(), "post.md")
    assert doc.title == TITLE
    assert STORY in _body(doc) and MORE in _body(doc)
    assert "EML4_ALK fusion" in _body(_one(f"{TITLE}\n\nCase presentation\n\n{STORY} An EML4_ALK fusion was found.\n"
                                           .encode(), "g.txt"))


def test_collapsed_accordion_panels_and_read_more_are_read():
    """A page saved with its accordion closed (each section's panel hidden under its heading or toggle button) was
    refused as holding no text; the rest of a story behind "Read more" was left out with the case."""
    panels = {"hidden": "<div class='panel' hidden>{}</div>", "aria": "<div aria-hidden='true'>{}</div>",
              "style": "<div style='display: none'>{}</div>"}
    for name, panel in panels.items():
        for toggle in ("<h3>{}</h3>", "<button aria-expanded='false'>{}</button>", "<h2><button>{}</button></h2>"):
            body = "".join(toggle.format(h) + panel.format(f"<p>{t}</p>") for h, t in
                           (("Introduction", INTRO), ("Case presentation", STORY + " " + MORE), ("Discussion", DISC)))
            doc = _one(_page(f"<div class='content'><h1>{TITLE}</h1>{body}</div>"), f"{name}.html")
            assert ("case", "Case presentation") in _kinds(doc) and STORY in _body(doc), (name, toggle)
    doc = _one(_page(f"<article><h1>{TITLE}</h1>{('<p>' + INTRO + '</p>') * 3}<a class='more'>Read more</a>"
                     f"<div style='display:none'><h2>Case presentation</h2><p>{STORY}</p></div></article>"), "m.html")
    assert STORY in _body(doc)


def test_a_hidden_panel_that_is_no_collapsed_section_is_still_left_out():
    doc = _one(_page(f"<h1>{TITLE}</h1><p>Jane Roe<sup>a</sup></p><div style='display:none'>Department of Oncology, "
                     f"Lakeside Hospital</div><h2>Case presentation</h2><p>{STORY}</p>"), "h.html")
    assert "Lakeside" not in doc.text


def test_a_web_page_printed_to_pdf_loses_the_browsers_header_and_footer():
    head = f"3/3/24, 10:15 AM {TITLE} | Example Site"
    text = (f"{head}\n\n{TITLE}\n\nCase presentation\n\n{STORY} He remained on\n\n"
            f"https://example.org/case/alectinib 1/2\n\n{head}\n\nalectinib at 14 months without progression.\n\n"
            f"Discussion\n\n{DISC}\n\nhttps://example.org/case/alectinib 2/2\n")
    doc = _one(text.encode(), "printed.txt")
    assert doc.title == TITLE
    assert f"{STORY} He remained on alectinib at 14 months without progression." in _body(doc)
    assert "example.org" not in doc.text and "10:15" not in doc.text


def test_a_dated_note_line_that_is_no_running_head_stays():
    text = f"{TITLE}\n\nCase presentation\n\n3/3/24, 10:15 AM Seen in clinic; {STORY}\n\n3/5/24, 09:30\n\n{MORE}\n"
    assert "Seen in clinic" in _body(_one(text.encode(), "note.txt"))
    assert "3/5/24, 09:30" in _body(_one(text.encode(), "note.txt"))


def test_an_unknown_heading_line_above_the_patients_story_ends_the_introduction_in_plain_text():
    for heading in ("What happened", "Diagnosis and treatment", "Patient history and treatment"):
        text = f"{TITLE}\n\nIntroduction\n\n{INTRO}\n\n{heading}\n\n{STORY}\n\n{MORE}\n\nDiscussion\n\n{DISC}\n"
        doc = _one(text.encode(), "u.txt")
        assert ("other", heading) in _kinds(doc), heading
        assert STORY not in "\n".join(s.text_of(doc) for s in doc.sections if s.kind == "introduction")
    # a short line above a sentence that tells no patient's story stays in the introduction
    text = f"{TITLE}\n\nIntroduction\n\n{INTRO}\n\nALK in lung cancer\n\n{INTRO}\n\nCase presentation\n\n{STORY}\n"
    assert ("other", "ALK in lung cancer") not in _kinds(_one(text.encode(), "s.txt"))
