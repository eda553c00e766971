"""No pattern anchored at the start is used from a position.

``Pattern.match(text, pos)`` (and search, fullmatch, finditer, findall, scanner with a ``pos``) does not take ``pos``
as the start of the string: ``^`` (without MULTILINE) and ``\\A`` match only at index 0, so a rule row written
``"^..."`` and read from a position after a mention never matches, silently (session 35: the AE_SEVERITY_AFTER row
'paronychia was mild' was dead for years in kg/nlp/grades.py). Such a row must be read on the slice its caller cuts
(``pattern.match(text[pos:])``, a cue spec with ``slice=True``) or be written without the anchor.

How: every call in kg/ of those methods with a position argument (not a literal 0) is found in the source (ast);
its pattern is looked up where it lives: a module-level pattern (a rule category compiled at import, a regex built
on one) by evaluating the receiver in its module; a local one through LOCAL_SITES, which says which patterns reach
it (the cue specs read in place, the callers' arguments). A new call site whose pattern cannot be found fails until
it is added there: adding a '^' row to a category read from a position, or a new positional call on an anchored
pattern, fails this test."""
from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path
from re import _constants as C
from re import _parser

import pytest

import kg

METHODS = frozenset({"match", "search", "fullmatch", "finditer", "findall", "scanner"})
KG = Path(kg.__file__).parent


def start_anchored(pattern) -> bool:
    """Can a branch of ``pattern`` match only at the start of the string (``\\A``; ``^`` without MULTILINE)?"""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return _anchored(list(parsed), bool(parsed.state.flags & re.MULTILINE))


def _anchored(items: list, multiline: bool) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is C.AT:
        return av is C.AT_BEGINNING_STRING or (av is C.AT_BEGINNING and not multiline)
    if op is C.SUBPATTERN:
        _group, add, delete, sub = av
        inner = (multiline or bool(add & re.MULTILINE)) and not delete & re.MULTILINE
        return _anchored(list(sub), inner) or (_empty(sub) and _anchored(items[1:], multiline))
    if op is C.BRANCH:
        return any(_anchored(list(branch), multiline) for branch in av[1])
    if op in (C.ASSERT, C.ASSERT_NOT):   # zero width: an anchor inside a lookahead, or the item after it
        return (av[0] == 1 and _anchored(list(av[1]), multiline)) or _anchored(items[1:], multiline)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _anchored(list(sub), multiline) or (low == 0 and _anchored(items[1:], multiline))
    return False


def _empty(sub) -> bool:
    """A group that may match nothing (then what follows it is the start)."""
    return sub.getwidth()[0] == 0


def _positional_calls(source: str) -> list[tuple[int, ast.expr]]:
    """(line, receiver) of every ``<receiver>.<method>(text, pos, ...)`` with a pos other than a literal 0."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in METHODS):
            continue
        receiver = node.func.value
        if isinstance(receiver, ast.Name) and receiver.id == "re":
            continue  # re.match(pattern, string, flags): no position
        pos = node.args[1] if len(node.args) >= 2 else next((k.value for k in node.keywords if k.arg == "pos"), None)
        if pos is None or (isinstance(pos, ast.Constant) and pos.value == 0):
            continue
        out.append((node.lineno, receiver))
    return out


_UNRESOLVED = object()


def _resolve(node: ast.expr, namespace: dict):
    """The patterns a receiver names in a module's namespace (a dict or list subscripted by a computed key: all of
    its values), or _UNRESOLVED (a local variable, an attribute of self)."""
    if isinstance(node, ast.Name):
        found = namespace.get(node.id, _UNRESOLVED)
        return _UNRESOLVED if found is _UNRESOLVED else [found]
    if isinstance(node, ast.Attribute):
        bases = _resolve(node.value, namespace)
        if bases is _UNRESOLVED:
            return _UNRESOLVED
        found = [getattr(b, node.attr, _UNRESOLVED) for b in bases]
        return _UNRESOLVED if _UNRESOLVED in found else found
    if isinstance(node, ast.Subscript):
        bases = _resolve(node.value, namespace)
        if bases is _UNRESOLVED:
            return _UNRESOLVED
        if isinstance(node.slice, ast.Constant):
            return [b[node.slice.value] for b in bases]
        return [v for b in bases for v in (b.values() if isinstance(b, dict) else b)]
    return _UNRESOLVED


def _cue_specs_read_in_place():
    from kg.nlp.cue_specs import SPECS
    from kg.nlp.cues import pattern_of

    return [pattern_of(s.cue) for s in SPECS if s.window == "after" and not s.slice]


def _lab_joins():
    from kg.nlp import adverse_events as ae

    return [ae._LAB_LIST_GAP, ae._LAB_AND]   # the `joins` its two callers pass to _analytes_before


def _story_paragraph():
    from kg.readers.builder import _story_paragraph

    return [_story_paragraph()]


def _chunk_cuts():
    from kg import pipeline

    return [pipeline._PARAGRAPH, pipeline._SENTENCE_END, pipeline._SPACE]


def _document_words():
    from kg.readers.origin import _anchor

    # built by _anchor from the document's own words (escaped): never anchored
    return [_anchor("A 54-year-old man had fever.", 2, 3), _anchor("A 54-year-old man had fever.", 2, 3, True)]



def _named_anaphor_antecedents():
    from kg.nlp.grades import _ANTECEDENT_RES

    # built from the AE_NAMED_ANAPHOR rows' virus words (escaped): the `antecedent` of _named_anaphor_events
    return [antecedent for _rx, antecedent, _words in _ANTECEDENT_RES]

# (module, receiver as written) -> the patterns that reach a call site whose receiver is local; None: the site
# only forwards its caller's arguments (the caller's own call is checked where it is)
LOCAL_SITES = {
    ("kg.nlp.cues", "c.pattern"): _cue_specs_read_in_place,
    ("kg.nlp.adverse_events", "joins"): _lab_joins,
    ("kg.readers.builder", "opener"): _story_paragraph,
    ("kg.pipeline", "pattern"): _chunk_cuts,
    ("kg.readers.origin", "pattern"): _document_words,
    ("kg.nlp.grades", "antecedent"): _named_anaphor_antecedents,
    ("kg.rules.prefilter", "self._re"): None,   # PrefilteredPattern.match(string, *args): forwards
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _sites():
    for path in sorted(KG.rglob("*.py")):
        calls = _positional_calls(path.read_text(encoding="utf-8"))
        if calls:
            yield _module_name(path), calls


def _patterns_of(module: str, receiver: ast.expr):
    written = ast.unparse(receiver)
    if (module, written) in LOCAL_SITES:
        fn = LOCAL_SITES[module, written]
        return [] if fn is None else fn()
    return _resolve(receiver, vars(importlib.import_module(module)))


def _anchored_uses() -> tuple[list[str], list[str]]:
    anchored, unknown = [], []
    for module, calls in _sites():
        for line, receiver in calls:
            found = _patterns_of(module, receiver)
            where = f"{module}:{line} {ast.unparse(receiver)}"
            if found is _UNRESOLVED:
                unknown.append(where)
                continue
            for pat in found:
                if not isinstance(getattr(pat, "pattern", None), str):
                    unknown.append(f"{where} (not a pattern: {type(pat).__name__})")
                elif start_anchored(pat):
                    anchored.append(f"{where}: {pat.pattern[:120]!r}")
    return anchored, unknown


def test_no_start_anchored_pattern_is_used_from_a_position():
    anchored, unknown = _anchored_uses()
    assert not unknown, ("positional match/search calls whose pattern this test cannot find: add them to "
                         f"LOCAL_SITES with the patterns that reach them: {unknown}")
    assert not anchored, ("patterns anchored with '^' or '\\A' used from a position (they never match there: cut "
                          f"the slice, or drop the anchor): {anchored}")


def test_the_scan_sees_the_call_sites_it_must():
    # the kinds of call this test guards, as kg writes them: a rule category read from a mention's end, a cue spec
    # read in place, a category-built regex with a window (pos and endpos)
    seen = {(m, ast.unparse(r)) for m, calls in _sites() for _, r in calls}
    assert {("kg.nlp.adverse_events", "GRADE_SITE"), ("kg.nlp.cues", "c.pattern"),
            ("kg.nlp.grades", "GRADE_IMPROVED")} <= seen
    assert _cue_specs_read_in_place(), "no cue spec reads its category in place any more: drop its LOCAL_SITES row"


@pytest.mark.parametrize("source,flags,expected", [
    ("^was mild", re.I, True),
    (r"\Afoo", 0, True),
    ("(?:(?:^a)|(?:b))", 0, True),            # one row of a category alternation anchored: that row is dead
    ("(?:x)?^y", 0, True),
    ("(?=^)z", 0, True),
    ("^x", re.M, False),                      # MULTILINE: '^' after a newline matches from a position
    ("(?m:^x)", 0, False),
    (r"(?m)\Ax", 0, True),
    (r"\s+was\s+mild\b", re.I, False),
    ("a^", 0, False),
    ("(?:a|b)c$", 0, False),
])
def test_start_anchored(source, flags, expected):
    assert start_anchored(re.compile(source, flags)) is expected


def test_a_made_up_module_with_an_anchored_rule_read_from_a_position_is_found():
    source = "def f(text, i):\n    return AFTER.match(text, i) or AFTER.match(text, 0) or AFTER.match(text)\n"
    calls = _positional_calls(source)
    assert [(line, ast.unparse(r)) for line, r in calls] == [(2, "AFTER")]
    [pat] = _resolve(calls[0][1], {"AFTER": re.compile("(?:^\\s*(?:was|is)\\s+mild)", re.I)})
    assert start_anchored(pat)
    assert _resolve(ast.parse("self.x", mode="eval").body, {}) is _UNRESOLVED
