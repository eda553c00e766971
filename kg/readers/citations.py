"""Citation numbers a PDF-to-text tool glues to the text: superscripts lose their raise and stand right after a
word or its stop ("started crizotinib12 in May", "grade 3 neutropenia15", "as reported.3,4 The patient",
"hepatitis,3,4 and", "colitis;15 the"). Glued, they hide the word from the term lists ("neutropenia15" is no
term) and the stop from the sentence splitter ("response.4 She" is no sentence end), so the reader drops them.

Only numbers of one to three digits (a list or range of them) right after a word of lower-case letters, and
before a blank or the end of the line: a year ("Oncol.2019;20:") is longer, and a gene's or a variant's number
("BRCA1", "HER2", "T790M") follows a capital, and so does an author's name with its affiliation ("Haugen1"). Words that name a number of their own ("exon19",
"cycle2", "codon12") keep it. The source map (kg/readers/origin.py) skips what is dropped, so evidence offsets
still point into the file's text."""
from __future__ import annotations

import re

# words a number legitimately follows with no space: a count, a rank or a position, not a citation
_NUMBERED_WORDS = frozenset("""
exon exons codon intron cycle cycles day days week weeks month months year years grade stage line lines dose arm
patient case lesion site level phase type class chromosome trisomy monosomy figure table
alpha beta gamma delta kappa lambda interleukin version approx sample specimen node nodes region segment score gleason ecog covid
""".split())
# abbreviations a stop and a number follow ("Fig.3", "ref.12", "No.5"): no citation
_ABBREVIATIONS = frozenset("fig figs tab vol ref refs nos approx resp".split())
_CITE = r"\d{1,3}(?:[,–-]\d{1,3}){0,6}"
# after a word's stop, comma or semicolon: "response.4 She", "hepatitis,3,4 and", "colitis;15 the", "(NSCLC).5 The"
# (not a colon: "size:3 cm" is a value)
_AFTER_STOP = re.compile(rf"(?<=[a-z)\]])([.,;])({_CITE})(?=[ \t]|$)", re.M)
# glued to the word itself: "crizotinib12 was", "neutropenia15."; the word all lower case (an author's name in the
# title block keeps its affiliation's number: "Ingrid Haugen1,")
_AFTER_WORD = re.compile(rf"(?<![\w./@:#=?&])(?P<word>[a-z]{{4,}})({_CITE})(?=[\s.,;:)]|$)")


def _keep(word: str | None) -> bool:
    """The number glued to ``word`` is its own: a word that counts ("exon19", "cycle2") or a gene symbol written in
    lower case, a word of one vowel or none ("brca1", "fgfr2", "smad4"; a drug's or an event's name has more)."""
    return word is not None and (word.lower() in _NUMBERED_WORDS or len(re.findall(r"[aeiouy]", word.lower())) < 2)


def drop_glued_citations(text: str) -> str:
    """``text`` without the citation numbers glued to its words and stops."""
    text = _AFTER_STOP.sub(lambda m: m.group(1) if _cited(_word_before(text, m.start())) else m.group(0), text)
    return _AFTER_WORD.sub(lambda m: m.group(0) if _keep(m.group("word")) else m.group("word"), text)


def _cited(word: str | None) -> bool:
    """A stop after this word may carry a citation: a word of three letters or more ("e.g.5", "No.5" are
    abbreviations before a number) that is no abbreviation ("Fig.3", "ref.12")."""
    return word is not None and len(word) >= 3 and word.lower() not in _ABBREVIATIONS


def _word_before(text: str, end: int) -> str | None:
    """The word before a stop at ``end``; None when the stop is inside an address or an id ("10.1002/jghcr.982",
    "www.example.org/case.12"): their numbers are no citations."""
    m = re.search(r"(?:^|[\s(\[-])([(\[]?([A-Za-z]+)[)\]]?)$", text[max(0, end - 60):end])
    return m.group(2) if m else None
