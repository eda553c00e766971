"""Curated term lists: loading (`load_terms`), importing, verification report."""
from kg.terms.loader import Term, load_terms, read_term_file, terms_by_type, user_terms_dir, write_term_file

__all__ = ["Term", "load_terms", "read_term_file", "terms_by_type", "user_terms_dir", "write_term_file"]


def report(*args, **kwargs):
    """Counts per type + verification against ../shared (see kg.terms.verify.report)."""
    from kg.terms.verify import report as _report

    return _report(*args, **kwargs)


__all__.append("report")
