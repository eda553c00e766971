"""kg.site.links: report identifiers to the pages where the report can be read."""
import doctest

import kg.site.links as links
from kg.site.links import report_url


def test_links_doctests():
    assert doctest.testmod(links).failed == 0


def test_report_url_only_https_for_known_identifiers():
    assert report_url("DOI:10.1000/JIMT.2021.1") == "https://doi.org/10.1000/JIMT.2021.1"
    for other in ("doi:javascript:alert(1)", "pmid:12a", "pmcid:123", "file:x.txt", "javascript:alert(1)", None, ""):
        assert report_url(other) is None, other
    assert report_url("doi:10.1/a b#c?d") == "https://doi.org/10.1/a%20b%23c%3Fd"
