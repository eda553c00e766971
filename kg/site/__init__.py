"""`kg site OUT/`: a static, offline site of the case store (index of cases, one page per case
with timeline and evidence). See ``kg.site.build``."""
from kg.site.build import SiteSummary, build_site

__all__ = ["build_site", "SiteSummary"]
