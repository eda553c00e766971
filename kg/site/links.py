"""Where a report identifier (as ``kg cases`` prints it) can be read on the web.

>>> report_url("doi:10.3389/fonc.2021.658327")
'https://doi.org/10.3389/fonc.2021.658327'
>>> report_url("pmid:34567")
'https://pubmed.ncbi.nlm.nih.gov/34567/'
>>> report_url("pmcid:pmc8111")
'https://pmc.ncbi.nlm.nih.gov/articles/PMC8111/'
>>> report_url("file:case.txt") is None
True
>>> report_url('doi:10.1/"><script>')
'https://doi.org/10.1/%22%3E%3Cscript%3E'
"""
from __future__ import annotations

import re
from urllib.parse import quote

from kg.prefixes import namespace

_PMID = re.compile(r"^\d+$")
_PMCID = re.compile(r"^pmc\d+$", re.I)


def report_url(identifier: str | None) -> str | None:
    """An https URL for a ``doi:``, ``pmid:`` or ``pmcid:`` identifier; None for any other."""
    prefix, _, value = (identifier or "").partition(":")
    prefix, value = prefix.lower(), value.strip()
    if prefix == "doi" and value.startswith("10."):
        return namespace("doi") + quote(value, safe="/:;()._-")
    if prefix == "pmid" and _PMID.match(value):
        return f"https://pubmed.ncbi.nlm.nih.gov/{value}/"
    if prefix == "pmcid" and _PMCID.match(value):
        return f"https://pmc.ncbi.nlm.nih.gov/articles/{value.upper()}/"
    return None


__all__ = ["report_url"]
