"""One error hierarchy for the whole project.

Messages say what was expected, what was found and how to fix it. Exit codes (README,
"Exit codes"): 1 for invalid or missing data -- an unusable input (InputError), a graph that
does not conform (ValidationError), a report, case, graph or store that is named but absent
(NotFoundError); 2 for everything else that is our fault or the user's invocation (KGError).
"""
from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 2


# --- input: a file we were asked to read is unusable (exit 1) -------------
class InputError(KGError):
    """An input document cannot be turned into a report."""

    exit_code = 1

    def __init__(self, path: str | None, reason: str):
        self.path = str(path) if path is not None else "<input>"
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnreadableInputError(InputError):
    """The file cannot be opened or decoded (permissions, binary, encoding)."""


class EmptyInputError(InputError):
    """The file holds no text."""


class UnsupportedFormatError(InputError):
    """The content is not JATS, PubMed XML or plain text."""


class MalformedXMLError(InputError):
    """The XML is not well-formed or was refused by the hardened parser."""


class UnsafeXMLError(MalformedXMLError):
    """The XML uses a feature we refuse (DTD, entities, XInclude, excessive depth)."""


class NoContentError(InputError):
    """The document parsed but has no usable text (e.g. JATS without body or abstract)."""


class InputTooLargeError(InputError):
    """The file exceeds the configured size limit."""


class DocumentTimeoutError(InputError):
    """Processing one document took longer than the per-document time limit."""

    def __init__(self, path: str | None, seconds: float | None):
        super().__init__(path, f"processing took longer than the per-document limit of {seconds:g} s; "
                         "expected a report that is analysed in time: split it, or raise the limit "
                         "(kg ingest --doc-timeout)")


class InvalidRecordError(InputError):
    """One record of a multi-record file (PubMed set, JSONL line, JSON list item) is unusable."""


# --- data: a produced graph is not valid (exit 1) -------------------------
class ValidationError(KGError):
    """A case graph does not conform to the SHACL shapes."""

    exit_code = 1

    def __init__(self, graph_name: str, report_text: str, results: list[str] | None = None):
        self.graph_name = graph_name
        self.results = results or []
        first = self.results[0] if self.results else report_text.strip().splitlines()[0:1]
        super().__init__(f"{graph_name}: SHACL validation failed ({len(self.results)} violation(s)); first: {first}")


# --- terminology -------------------------------------------------------------
class TerminologyError(KGError):
    """A term list or an imported terminology file is wrong."""


class WrongTerminologyFileError(TerminologyError):
    """An importer was given a file of another kind."""

    exit_code = 1


# --- store / query / export ----------------------------------------------------
class StoreError(KGError):
    """The store cannot be opened, written or read."""


class NotFoundError(KGError):
    """Something the user named (a report, a case) is not in the store (exit 1)."""

    exit_code = 1


class StoreNotFoundError(NotFoundError, StoreError):
    """The store, or a graph named in it, does not exist (exit 1, as any named thing that is missing)."""


class QueryError(KGError):
    """A named query is unknown, malformed, or its parameters are wrong."""


class ExportError(KGError):
    """An export cannot be written."""


class ConfigError(KGError):
    """The NLP pipeline or another component is misconfigured."""
