"""Publication types as sources state them (PubMed PublicationType, JATS article-type and
article-categories subjects, a "Case Report" label line in text), normalised to lower-case
names. A signal for case detection: the extraction decides what to make of it."""
from __future__ import annotations

import re

# (pattern over the lower-cased, de-hyphenated type, normalised name); first match wins.
_CANONICAL: list[tuple[str, str]] = [
    (r"(?:clinical )?case reports?|case stud(?:y|ies)|clinical case", "case report"),
    (r"case series", "case series"),
    (r"systematic reviews?", "systematic review"),
    (r"meta analys[ie]s", "meta-analysis"),
    (r"(?:review|mini ?review|literature review)(?: articles?)?|reviews", "review"),
    (r"randomi[sz]ed controlled trials?", "randomized controlled trial"),
    (r"clinical trials?", "clinical trial"),
    (r"(?:original |primary )?research(?: articles?)?|original (?:articles?|research)|research paper", "research article"),
    (r"letters?(?: to the editor)?", "letter"),
    (r"editorials?", "editorial"),
    (r"comments?|commentary", "comment"),
    (r"brief (?:reports?|communications?)|short (?:reports?|communications?)", "brief report"),
    (r"clinical images?|images? in .*", "clinical image"),
    # a notice that corrects or withdraws another article: it retells that article's case, has none
    (r"(?:published )?errat(?:um|a)|corrigend(?:um|a)|corrections?(?: notices?)?|"
     r"retractions?(?: of publication| notices?)?|(?:notice of )?retraction|expressions? of concern", "correction"),
    (r"observational study|multicenter study|comparative study|cohort study|retrospective study", None),
    (r"journal article|english abstract|other|article|research support.*", ""),
]
_COMPILED = [(re.compile(p), name) for p, name in _CANONICAL]
# Families: a specific type also carries its general one.
_FAMILY = [(re.compile(r"\btrial\b"), "clinical trial"), (re.compile(r"\breview\b"), "review")]


def normalise_type(value: str) -> str:
    """"Case Reports" -> "case report", "case-report" -> "case report", "Clinical Trial, Phase II"
    -> "clinical trial, phase ii"; "" for types that say nothing (Journal Article, other)."""
    text = re.sub(r"[\s_-]+", " ", (value or "").strip().lower()).strip(" .")
    for regex, name in _COMPILED:
        if regex.fullmatch(text):
            return text if name is None else name
    return text


def is_publication_type(value: str) -> bool:
    """A known publication type (to tell an article-categories subject "Case Report" from "Oncology")."""
    text = re.sub(r"[\s_-]+", " ", (value or "").strip().lower()).strip(" .")
    return any(regex.fullmatch(text) and name for regex, name in _COMPILED) or bool(
        re.fullmatch(r"clinical trial, phase [ivx0-9/]+", text))


def publication_types(values) -> list[str]:
    """Normalised, de-duplicated, in source order; a specific type is followed by its family."""
    out: list[str] = []
    for value in values:
        name = normalise_type(value)
        for item in [name] + [family for regex, family in _FAMILY if name and regex.search(name)]:
            if item and item not in out:
                out.append(item)
    return out


def says_case_report(types: list[str]) -> bool:
    return "case report" in types
