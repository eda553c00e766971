"""What a query may do before it runs: no federated ``SERVICE`` call.

The embedded store (pyoxigraph) executes a ``SERVICE`` pattern by connecting to the IRI it
names, so a query that holds one is refused before it runs. The check reads the query with a
real SPARQL 1.1 parser (rdflib's grammar) and looks for a ``ServiceGraphPattern`` anywhere in
the parse tree: in any case (``service``), ``SILENT`` or not, with an IRI or a variable, nested
in OPTIONAL, UNION, MINUS, GRAPH, sub-queries or FILTER EXISTS. The word in a comment, a
string, an IRI, a prefixed name or a variable name (``?service``) is not a SERVICE call.

Two parsers read the same text here (rdflib for the check, Oxigraph for the run), so the check
closes the gaps between them:

* a query rdflib cannot parse is refused (it cannot be checked), never run unchecked;
* SPARQL ends a ``#`` comment at a line feed *or* a carriage return, rdflib only at a line
  feed: the check sees carriage returns as line feeds, so ``# …\\rSERVICE <…>`` is found.

``tests/query/test_refuses_service.py`` runs every query the check accepts against Oxigraph with
a listener as the SERVICE target and asserts that no connection was made.
"""
from __future__ import annotations

from functools import lru_cache

from kg.errors import QueryError

SERVICE_PATTERN = "ServiceGraphPattern"   # rdflib's parse-tree name of `SERVICE [SILENT] term { ... }`


def _names(node):
    """Every parse-tree node name under ``node`` (rdflib CompValue / pyparsing results)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, CompValue):
            yield x.name
            stack.extend(x.values())
        elif isinstance(x, ParseResults):
            stack.extend(x)
            stack.extend(x.values())   # named results, in case one is not in the list part
        elif isinstance(x, (list, tuple)):
            stack.extend(x)
        elif isinstance(x, dict):
            stack.extend(x.values())


@lru_cache(maxsize=256)
def _check(text: str) -> str | None:
    """None when ``text`` is a SPARQL query without SERVICE; else why it is refused."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    seen = text.replace("\r\n", "\n").replace("\r", "\n")   # SPARQL's EOL is LF or CR
    try:
        tree = parseQuery(seen)
    except (ParseBaseException, ValueError, TypeError) as e:
        first = str(e).split("\n", 1)[0]
        return f"is not SPARQL 1.1 that can be checked for SERVICE ({first}); refused rather than run unchecked"
    if any(name == SERVICE_PATTERN for name in _names(tree)):
        return "uses SERVICE (federated query); queries must only read the local store"
    return None


def refuse_service(text: str, where: str) -> None:
    """Raise QueryError (naming ``where``) when ``text`` calls SERVICE or cannot be parsed."""
    reason = _check(text)
    if reason:
        raise QueryError(f"{where}: {reason}")


__all__ = ["refuse_service", "SERVICE_PATTERN"]
