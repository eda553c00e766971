"""Skip a regular expression on texts it cannot match: a literal prefilter, exact by construction.

Python's ``re`` tries a case-insensitive alternation of cue phrases at every position of the text
(it has no literal-prefix scan for such patterns): ~100 µs for one sentence against the LITERATURE
cues. Most sentences contain none of the words such a pattern needs. ``literal_filter`` reads the
parsed pattern and derives what any match must contain: for every run of literal characters that a
match consumes contiguously, one of the run's strings ("stud" + "y"|"ies" -> "study" | "studies"),
for every alternative of an alternation its own conditions (AND within an alternative, OR across
them). ``prefiltered(pattern)`` returns a stand-in with the same methods and results that answers
"no match" without running the regex when the text lacks them, and otherwise runs the regex as is.

Only necessary conditions are derived (a construct the analysis does not know contributes none), so
a text the filter lets through is matched exactly as before and a text it stops has no match.
Case-insensitive patterns are checked on ``str.lower()`` of the text with ASCII literals and
non-ASCII characters without case ("•", "–", "→") only;
a text with one of the few non-ASCII characters ``re`` matches to an ASCII letter that
``str.lower()`` does not give (``FOLD_TRAPS``; tests/rules/test_literal_prefilter.py checks the list
against ``re`` over every code point) is always handed to the regex.
"""
from __future__ import annotations

import ast
import hashlib
import json
import re
import sys
from pathlib import Path
from re import _compiler
from re import _constants as C  # noqa: N812  (the parser's op codes)
from re import _parser
from typing import Callable

from kg.rules import literal_index

_sre = _compiler._sre   # unicode_iscased: what re's compiler asks of a literal under IGNORECASE

# Non-ASCII characters `re` (IGNORECASE) matches to an ASCII letter where str.lower() does not
# yield that letter in place: dotted capital I (lower() gives "i" + a combining dot), dotless i, long s.
FOLD_TRAPS = ("\u0130", "\u0131", "\u017f")
_MAX_STRINGS = 8        # a run's alternatives kept exact up to this many strings (cross products: each
                        # string is one `in` test, and small sets measured cheaper overall)
_MAX_CLASS = 10         # a character class counts as literal up to this many characters


def _chance(s: str) -> float:
    """A rough chance that a sentence contains ``s``: shorter strings are commoner. Only orders the
    tests of a filter (and decides whether a guard is worth testing first); never changes its answer."""
    return _CHANCE.get(len(s), 0.004)


_CHANCE = {1: 0.3, 2: 0.25, 3: 0.06, 4: 0.03, 5: 0.02, 6: 0.01, 7: 0.007}


class _Lit:
    """At least one of these strings occurs in the text."""

    __slots__ = ("strings",)

    def __init__(self, strings):
        self.strings = tuple(sorted(set(strings), key=lambda x: (-len(x), x)))

    def weight(self) -> int:
        return min(len(s) for s in self.strings)

    def useful(self) -> bool:
        """Selective enough to be worth a check: two characters or more, or one sign ("%", "=")."""
        return all(len(x) >= 2 or not x.isalnum() for x in self.strings)

    def guard(self) -> "_Lit | None":
        return self if self.useful() else None

    def plan(self) -> tuple[float, float, str]:
        """(chance it holds, expected number of ``in`` tests, code)."""
        miss, cost = 1.0, 0.0
        for x in self.strings:
            cost += miss
            miss *= 1.0 - _chance(x)
        return 1.0 - miss, cost, self.code()

    def code(self) -> str:
        return " or ".join(f"{x!r} in t" for x in self.strings)


class _Digit:
    """The text contains a digit (``\\d``: any Unicode decimal digit, a superset of ``[0-9]``): what a
    pattern needs that consumes a digit class (``\\d``, ``[0-9]``, ``[1-4]``), which no literal
    expresses. Sound on lower-cased texts too: digits have no case (``str.lower`` keeps them, and
    ``re`` matches no other character to one under IGNORECASE). Tested with one small regex search
    (``_D`` in the filters' namespace, see ``FILTER_ENV``)."""

    __slots__ = ()

    def weight(self) -> int:
        return 0

    def useful(self) -> bool:
        return True

    def guard(self) -> None:
        return None   # not a literal set: an alternation with it has no single literal guard

    def plan(self) -> tuple[float, float, str]:
        # about half the sentences of a report hold a digit (ages, dates, doses); one scan costs
        # about as much as a few `in` tests
        return 0.5, 3.0, self.code()

    def code(self) -> str:
        return "_D(t)"


# What the generated filters may call besides `in`: the digit test of _Digit.
FILTER_ENV = {"_D": re.compile(r"\d").search}


class _And:
    __slots__ = ("parts",)

    def __init__(self, parts):
        self.parts = parts

    def useful(self) -> bool:
        return any(p.useful() for p in self.parts)

    def guard(self) -> "_Lit | None":
        """The most selective single literal set every text that meets the condition contains."""
        guards = [g for g in (p.guard() for p in self.parts if p.useful()) if g is not None]
        return min(guards, key=lambda g: (g.plan()[0], g.plan()[1], g.strings), default=None)

    def plan(self) -> tuple[float, float, str]:
        # the parts in the order that stops a failing text soonest: ascending cost / chance to fail
        plans = sorted((p.plan() for p in self.parts if p.useful()),
                       key=lambda x: (x[1] / max(1e-9, 1.0 - x[0]), x[2]))
        chance, cost = 1.0, 0.0
        for pp, pc, _ in plans:
            cost += chance * pc
            chance *= pp
        return chance, cost, " and ".join(f"({c})" for _, _, c in plans)

    def code(self) -> str:
        return self.plan()[2]


class _Or:
    __slots__ = ("parts",)

    def __init__(self, parts):
        self.parts = parts

    def useful(self) -> bool:
        return all(p.useful() for p in self.parts)

    def guard(self) -> "_Lit | None":
        """Every alternative's guard together: one of them occurs in any text that meets the condition."""
        guards = [p.guard() for p in self.parts]
        if not guards or any(g is None for g in guards):
            return None
        return _Lit({x for g in guards for x in g.strings})

    def plan(self) -> tuple[float, float, str]:
        # the alternatives in the order that stops a passing text soonest: ascending cost / chance
        plans = sorted((p.plan() for p in _factored(self.parts)), key=lambda x: (x[1] / max(1e-9, x[0]), x[2]))
        miss, cost = 1.0, 0.0
        for pp, pc, _ in plans:
            cost += miss * pc
            miss *= 1.0 - pp
        code = " or ".join(f"({c})" for _, _, c in plans)
        # alternatives that share words ("X old" | "Y old" | ...) test them again and again on a text
        # that has none: one test of the guard (each alternative's own guard, together) first rules
        # them all out, when that is cheaper on the whole
        guard = self.guard()
        if guard is not None:
            gp, gc, gcode = guard.plan()
            if gc + gp * cost < cost:
                return 1.0 - miss, gc + gp * cost, f"({gcode}) and ({code})"
        return 1.0 - miss, cost, code

    def code(self) -> str:
        return self.plan()[2]


def _factored(parts: list) -> list:
    """The alternatives with a literal set that several of them require tested once for all of them:
    (A and X) or (A and Y) or Z -> (A and (X or Y)) or Z, repeatedly (the same condition: only the
    order and the number of the tests change)."""
    parts = list(parts)
    while True:
        count: dict[tuple, int] = {}
        for p in parts:
            if isinstance(p, _And):
                for q in {q.strings for q in p.parts if isinstance(q, _Lit) and q.useful()}:
                    count[q] = count.get(q, 0) + 1
        shared = [k for k, n in count.items() if n >= 2]
        if not shared:
            return parts
        # the set most alternatives share; among those, the one least likely to occur
        best = max(shared, key=lambda k: (count[k], -_Lit(k).plan()[0], k))
        taken, rest = [], []
        for p in parts:
            if isinstance(p, _And) and any(isinstance(q, _Lit) and q.strings == best for q in p.parts):
                taken.append(p)
            else:
                rest.append(p)
        tails = []
        for p in taken:
            others = [q for q in p.parts if not (isinstance(q, _Lit) and q.strings == best) and q.useful()]
            if not others:  # this alternative needs the set only: so does the group
                tails = None
                break
            tails.append(others[0] if len(others) == 1 else _And(others))
        group = _Lit(best) if tails is None else _And([_Lit(best), _Or(tails)])
        parts = rest + [group]


def _and(parts):
    parts = [p for p in parts if p is not None]
    if any(isinstance(p, _Digit) for p in parts):
        # one digit test says as much as several, and none is needed beside a literal with a digit
        parts = [p for p in parts if not isinstance(p, _Digit)]
        if not any(_implies_digit(p) for p in parts):
            parts.append(_DIGIT)
    # the longest literals first: they are the rarest, so the check stops early
    parts.sort(key=lambda p: -p.weight() if isinstance(p, _Lit) else 0)
    return None if not parts else parts[0] if len(parts) == 1 else _And(parts)


def _implies_digit(p) -> bool:
    """Does condition ``p`` hold only for texts with a digit (a digit test beside it adds nothing)?"""
    if isinstance(p, _Digit):
        return True
    if isinstance(p, _Lit):
        return all(any(c.isdigit() for c in x) for x in p.strings)
    if isinstance(p, _And):
        return any(_implies_digit(q) for q in p.parts)
    if isinstance(p, _Or):
        return all(_implies_digit(q) for q in p.parts)
    return False


def _or(parts):
    if not parts or any(p is None for p in parts):
        return None  # an alternative without a condition: anything may match
    if sum(isinstance(p, _Digit) for p in parts) > 1:  # "\d|...|\d": one test
        parts = [p for p in parts if not isinstance(p, _Digit)] + [_DIGIT]
    lits = [p for p in parts if isinstance(p, _Lit)]
    rest = [p for p in parts if not isinstance(p, _Lit)]
    if len(lits) > 1:  # "a" or "b" or ...: one literal set
        lits = [_Lit({x for p in lits for x in p.strings})]
    parts = lits + rest
    return parts[0] if len(parts) == 1 else _Or(parts)


def _char(code: int, ignorecase: bool) -> str | None:
    ch = chr(code)
    if ignorecase and not ch.isascii():
        return ch if uncased(ch) else None
    return ch.lower() if ignorecase else ch


def uncased(ch: str) -> bool:
    """A character without case ("•", "–", "→", "µ" is not one): ``re`` (IGNORECASE) matches it to
    itself only (it compiles it as a plain literal) and ``str.lower`` keeps it, so it can stand in a
    condition read on the lower-cased text as an ASCII literal does (tests/rules/test_literal_prefilter.py
    checks both over every code point)."""
    return not _sre.unicode_iscased(ord(ch)) and ch.lower() == ch


def _class(items, ignorecase: bool) -> set[str] | None:
    """The characters of a small positive class ``[sz]``, or None."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars = [av]
        elif op is C.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars = range(av[0], av[1] + 1)
        else:  # NEGATE, CATEGORY (\d, \w, \s), big ranges
            return None
        for code in chars:
            ch = _char(code, ignorecase)
            if ch is None:
                return None
            out.add(ch)
    return out if len(out) <= _MAX_CLASS else None


_DIGIT = _Digit()
_ZERO, _NINE = ord("0"), ord("9")


def _digit_class(items) -> bool:
    """Does the class ``[...]`` hold digits only (``\\d``, ``[0-9]``, ``[1-4]``, ``[05]``)? Then every
    character it matches is a digit (with or without IGNORECASE: no other character folds to one)."""
    if not items:
        return False
    for op, av in items:
        if op is C.CATEGORY:
            if av is not C.CATEGORY_DIGIT:
                return False
        elif op is C.LITERAL:
            if not _ZERO <= av <= _NINE:
                return False
        elif op is C.RANGE:
            if not (_ZERO <= av[0] and av[1] <= _NINE):
                return False
        else:  # NEGATE, other categories, ...
            return False
    return True


def _sequence(data, ignorecase: bool):
    """(exact strings or None, condition or None) of a parsed sequence: ``exact`` when every match
    of the sequence consumes one of those strings; ``condition`` must hold for any match."""
    strings, cond, _head = _seq(data, ignorecase)
    return strings, cond


def _seq(data, ignorecase: bool):
    """``_sequence``, and the strings every match of a sequence that is not exact begins with (the
    literal run before its first other element; None when unknown): an enclosing sequence goes on
    with them ("(?:versus|vs\\.?)", which ``re``'s parser turns into "v" + (?:ersus|s\\.?), still
    needs "versus" or "vs")."""
    conj = []
    run: set[str] | None = {""}
    exact = True
    head: set[str] | None = None

    def lose():
        """The sequence is no longer one of a few strings: what it has read so far begins every match."""
        nonlocal exact, head
        if exact:
            head = set(run)
        exact = False

    def close():
        nonlocal run
        if "" not in run:
            lit = _Lit(run)
            # single digits ("[1-4]"): too common to test one by one, but they say "a digit"
            conj.append(_DIGIT if not lit.useful() and _implies_digit(lit) else lit)
        run = {""}

    def extend(strings: set[str]) -> None:
        nonlocal run
        if len(run) * len(strings) > _MAX_STRINGS:
            lose()
            close()
            if len(strings) > _MAX_STRINGS:
                if "" not in strings:
                    conj.append(_Lit(strings))
                return
        run = {a + b for a in run for b in strings}

    for op, av in data:
        if op is C.LITERAL:
            ch = _char(av, ignorecase)
            if ch is None:
                lose()
                close()
            else:
                extend({ch})
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: what is consumed around it stays contiguous
        elif op is C.IN:
            chars = _class(av, ignorecase)
            if chars is None or (len(chars) > _MAX_STRINGS and _digit_class(av)):
                lose()
                close()
                if _digit_class(av):   # \d, [0-9]: a digit, which no literal says
                    conj.append(_DIGIT)
            else:
                extend(chars)
        elif op in (C.SUBPATTERN, C.ATOMIC_GROUP, C.BRANCH):
            if op is C.SUBPATTERN:
                _group, add_flags, del_flags, sub = av
                # (?-i:...) in a case-insensitive pattern: a case-sensitive literal that occurs
                # occurs lower-cased in the lower-cased text the condition reads (its ASCII
                # characters lower-cased, as _char does), so the group keeps its condition;
                # (?i:...) in a case-sensitive one, or other flags: none from it
                if (add_flags | del_flags) & (re.LOCALE | re.ASCII) or (add_flags & re.IGNORECASE and not ignorecase):
                    lose()
                    close()
                    continue
                sub_exact, cond, sub_head = _seq(sub.data, ignorecase)
            elif op is C.ATOMIC_GROUP:
                sub_exact, cond, sub_head = _seq(av.data, ignorecase)
            else:
                sub_exact, cond, sub_head = _branch(av[1], ignorecase)
            if sub_exact == {""}:
                continue  # consumes nothing (an empty or zero-width group)
            if sub_exact is not None:
                extend(sub_exact)
            else:
                # the group's match begins with one of its head strings: worth keeping when they join
                # the literal before ("v" + "ersus"|"s") or the group says nothing else (its own
                # condition already requires them otherwise)
                if sub_head and "" not in sub_head and (run != {""} or cond is None or not cond.useful()) \
                        and len(run) * len(sub_head) <= _MAX_STRINGS:
                    run = {a + b for a in run for b in sub_head}
                lose()
                close()
                if cond is not None:
                    conj.append(cond)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            lose()
            close()
            if lo >= 1:
                conj.append(_sequence(sub.data, ignorecase)[1])
        else:  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...
            lose()
            close()
    strings = set(run) if exact else None
    close()
    return strings, _and(conj), head


def _branch(alternatives, ignorecase: bool):
    results = [_seq(alt.data, ignorecase) for alt in alternatives]
    if all(ex is not None for ex, _, _ in results):
        strings = set().union(*(ex for ex, _, _ in results))
        if "" in strings:
            return strings, None, None
        return strings, _Lit(strings), None
    # each alternative's match begins with its strings (exact) or its head: the branch's with one of them
    heads = [ex if ex is not None else hd for ex, _, hd in results]
    head = None if any(h is None for h in heads) else set().union(*heads)
    return None, _or([cond for _, cond, _ in results]), head


def _filter_code(pattern: re.Pattern, fold: bool = False) -> str | None:
    """The prefilter of ``pattern`` as the text of one expression over ``t`` (see literal_filter),
    derived from the parsed pattern; None when nothing useful is known. ``fold``: a condition on
    the lower-cased text even for a case-sensitive pattern (see ``prefiltered``)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.LOCALE | re.VERBOSE):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an analysis we cannot do is no filter, never an error
        return None
    ignorecase = bool(parsed.state.flags & re.IGNORECASE) or fold
    _, cond = _sequence(parsed.data, ignorecase)
    if cond is None or not cond.useful():
        return None
    code = cond.code()
    # a digit test alone: the regex finds no digit about as fast as the test would
    return None if code.strip("()") == _DIGIT.code().strip("()") else code


# literals this long and longer are looked up in the set of the literals a text holds (its set
# form, kg.rules.literal_index); one or two characters (":", "is") are searched in the text: a
# direct search finds them fast, and in the automaton they would match in most words
_MIN_INDEXED = 3


def _set_form(code: str | None) -> tuple[str | None, list[str]]:
    """(the filter ``code`` with each test ``'word' in t`` of a literal of ``_MIN_INDEXED``
    characters or more written ``'word' in S``, those literals), for texts whose literals are known
    (``S``: kg.rules.literal_index.literals_in(t)); (None, []) when it tests no such literal.
    The same condition: a registered literal is in ``S`` exactly when it occurs in ``t``."""
    if code is None:
        return None, []
    indexed: set[str] = set()

    class _InSet(ast.NodeTransformer):
        def visit_Compare(self, node):
            if len(node.ops) == 1 and isinstance(node.ops[0], ast.In) and isinstance(node.left, ast.Constant) \
                    and isinstance(node.left.value, str) and len(node.left.value) >= _MIN_INDEXED \
                    and isinstance(node.comparators[0], ast.Name) and node.comparators[0].id == "t":
                indexed.add(node.left.value)
                return ast.Compare(node.left, node.ops, [ast.Name("S", ast.Load())])
            return self.generic_visit(node)

    tree = _InSet().visit(ast.parse(code, mode="eval"))
    if not indexed:
        return None, []
    return ast.unparse(tree), sorted(indexed)


def literal_filter(pattern: re.Pattern, fold: bool = False):
    """A function ``text -> bool`` that is False only for texts ``pattern`` matches nowhere in
    (for case-insensitive patterns, and with ``fold``: called with ``text.lower()``), or None when
    nothing useful is known (every text may match)."""
    code = _analysis(pattern, fold)["filter"] if isinstance(pattern.pattern, str) else None
    if code is None:
        return None
    # one expression of `in` tests (literals written with repr): a call per node would cost
    # as much as the checks
    return eval(f"lambda t: {code}", dict(FILTER_ENV))  # noqa: S307 - built from repr() of literals only


def literal_filter_in(pattern: re.Pattern, fold: bool = False):
    """``literal_filter``'s set form: a function ``(text, S) -> bool`` with ``S`` the literals
    ``text`` holds (``kg.rules.literal_index.literals_in(text)``, not None), the same answers as
    ``literal_filter(pattern, fold)(text)``; None when there is no filter or its set form would
    test nothing in ``S`` (use the text form)."""
    found = _analysis(pattern, fold) if isinstance(pattern.pattern, str) else None
    if found is None or found["set_filter"] is None:
        return None
    literal_index.register(found["indexed"])
    return eval(f"lambda t, S: {found['set_filter']}", dict(FILTER_ENV))  # noqa: S307 - as literal_filter


_UNBUILT = object()


class PrefilteredPattern:
    """``re.Pattern`` stand-in: the same results, the regex skipped on texts its literals rule out."""

    __slots__ = ("_re", "_may_match", "_fold", "_folded", "_may_match_in")

    def __init__(self, pattern: re.Pattern, condition, fold: bool = False):
        self._re = pattern
        self._may_match = condition
        self._folded = fold   # a case-sensitive pattern's condition read on the lower-cased text
        self._fold = bool(pattern.flags & re.IGNORECASE) or fold
        self._may_match_in = _UNBUILT   # condition_in()

    def condition_in(self):
        """The condition's set form ``(lower-cased text, its literals) -> bool`` (``literal_filter_in``:
        for callers that know the literals of the text; None: use the text form), built on first use
        (only its literals go into kg.rules.literal_index's automaton)."""
        found = self._may_match_in
        if found is _UNBUILT:
            found = self._may_match_in = literal_filter_in(self._re, self._folded) if self._fold else None
        return found

    def _possible(self, text) -> bool:
        if text.__class__ is not str:
            return True
        if self._fold:
            if not text.isascii() and any(t in text for t in FOLD_TRAPS):
                return True
            return self._may_match(text.lower())
        return self._may_match(text)

    # search / match / finditer: the check of _possible written out (hundreds of thousands of calls
    # per corpus run: a method call each cost as much as the literal tests)
    def search(self, string, *args, **kwargs):
        if string.__class__ is str:
            if self._fold:
                if string.isascii() or not any(t in string for t in FOLD_TRAPS):
                    if not self._may_match(string.lower()):
                        return None
            elif not self._may_match(string):
                return None
        return self._re.search(string, *args, **kwargs)

    def match(self, string, *args, **kwargs):
        return self._re.match(string, *args, **kwargs) if self._possible(string) else None

    def fullmatch(self, string, *args, **kwargs):
        return self._re.fullmatch(string, *args, **kwargs) if self._possible(string) else None

    def finditer(self, string, *args, **kwargs):
        if string.__class__ is str:
            if self._fold:
                if string.isascii() or not any(t in string for t in FOLD_TRAPS):
                    if not self._may_match(string.lower()):
                        return iter(())
            elif not self._may_match(string):
                return iter(())
        return self._re.finditer(string, *args, **kwargs)

    def findall(self, string, *args, **kwargs):
        return self._re.findall(string, *args, **kwargs) if self._possible(string) else []

    def sub(self, repl, string, count=0):
        return self._re.sub(repl, string, count) if self._possible(string) else string

    def subn(self, repl, string, count=0):
        return self._re.subn(repl, string, count) if self._possible(string) else (string, 0)

    def __getattr__(self, name):  # pattern, flags, groups, groupindex, split, scanner
        if name in PrefilteredPattern.__slots__:
            raise AttributeError(name)
        return getattr(self._re, name)

    def __repr__(self):
        return f"prefiltered({self._re!r})"

    def __eq__(self, other):
        return self._re == (other._re if isinstance(other, PrefilteredPattern) else other)

    def __hash__(self):
        return hash(self._re)

    def __reduce__(self):
        return prefiltered, (self._re, self._folded)


def finditer_known(pattern, string: str, low: str, lits: set | None):
    """``pattern.finditer(string)`` for a caller that knows ``low`` (``string.lower()``) and its
    literals ``lits``, as :func:`search_known` (a sentence read by a dozen case-insensitive
    patterns is lower-cased and searched for their literals once, not once per pattern)."""
    if lits is not None and isinstance(pattern, PrefilteredPattern) and string.isascii():
        cond = pattern.condition_in()
        if cond is not None:
            return pattern._re.finditer(string) if cond(low, lits) else iter(())
    return pattern.finditer(string)


def search_known(pattern, string: str, low: str, lits: set | None):
    """``pattern.search(string)`` (a ``prefiltered`` pattern or a plain one) for a caller that knows
    ``low`` (``string.lower()``) and its literals ``lits`` (kg.rules.literal_index.literals_in(low);
    None: not known): a case-insensitive prefilter reads them instead of searching ``low``."""
    if lits is not None and isinstance(pattern, PrefilteredPattern) and string.isascii():
        cond = pattern.condition_in()
        if cond is not None:
            return pattern._re.search(string) if cond(low, lits) else None
    return pattern.search(string)


def _derive_anchored(pattern: re.Pattern) -> bool:
    """Does every alternative start with ``^`` / ``\\A`` and then consume a character at once? Then
    the regex fails at once on most texts and a prefilter would only add its own cost. An anchor
    followed by a repeat that can walk along the text (``^[^.;]{0,40}?\\bwas\\b``,
    ``^\\W*(?:\\w+\\W+){0,6}?``) or by a look-ahead (``^(?!.*\\bgiven\\b)``) is not: ``re`` tries the rest
    at every step of the walk, which costs as much as a search."""
    try:
        return _anchored_seq(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - only a speed decision
        return False


def _anchored_seq(data) -> bool:
    while len(data) == 1 and data[0][0] is C.SUBPATTERN:
        data = data[0][1][3].data
    if not data:
        return False
    op, av = data[0]
    if op is C.AT:
        return av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING) and _fails_at_once(list(data[1:]))
    if op is C.SUBPATTERN:
        return _anchored_seq(av[3].data)
    if op is C.BRANCH:
        return all(_anchored_seq(alt.data) for alt in av[1])
    return False


# what consumes exactly one character (a test at the anchored position, no walk)
_ONE_CHAR = (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY)


def _fails_at_once(data: list) -> bool:
    """Does the sequence ``data`` (what follows a start anchor) test a character at the start
    before anything can walk along the text? A literal or a class does; a group, an alternation
    or an optional element (``-?``) when every way through it does; a repeat of more than one,
    a look-around or anything else does not (or is not known to)."""
    if not data:
        return False
    (op, av), rest = data[0], list(data[1:])
    if op in _ONE_CHAR:
        return True
    if op is C.AT:   # "\\b", "$": zero-width, tested where it stands
        return _fails_at_once(rest)
    if op is C.SUBPATTERN:
        return _fails_at_once(list(av[3].data) + rest)
    if op is C.BRANCH:
        return all(_fails_at_once(list(alt.data) + rest) for alt in av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        if av[1] <= 1:   # zero or one: both ways through must test a character at once
            return _fails_at_once(list(av[2].data) + rest) and (av[0] >= 1 or _fails_at_once(rest))
        if _no_word_characters(av[2].data):
            # spaces or punctuation ("^\\s*", "^\\W*"): they stop at the first word character,
            # where what follows is tested
            return _fails_at_once(rest)
        if av[0] >= 1 and _narrow_character(av[2].data):
            return True   # "^\\d{1,3}", "^[A-Z]+": the first character is tested at once
    return False


def _narrow_character(data) -> bool:
    """Is ``data`` one character of a class most text does not match: a literal, or a class of
    literals, small ranges and digits (not negated, no ``\\w``, ``\\S``, ``.``)?"""
    if len(data) != 1:
        return False
    op, av = data[0]
    if op is C.LITERAL:
        return True
    return op is C.IN and all(iop is C.LITERAL or iop is C.RANGE or
                              (iop is C.CATEGORY and iav is C.CATEGORY_DIGIT) for iop, iav in av)


def _no_word_characters(data) -> bool:
    """Is ``data`` one character of a class without word characters (``\\s``, ``\\W``, ``[,;]``)?"""
    if len(data) != 1:
        return False
    op, av = data[0]
    items = av if op is C.IN else [(op, av)]
    if op not in (C.IN, C.LITERAL, C.CATEGORY):
        return False
    for iop, iav in items:
        if iop is C.LITERAL:
            if chr(iav).isalnum() or chr(iav) == "_":
                return False
        elif iop is C.CATEGORY:
            if iav not in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD):
                return False
        else:   # NEGATE, RANGE, ...
            return False
    return True


def prefiltered(pattern: re.Pattern, fold: bool = False):
    """``pattern`` behind its literal prefilter, or ``pattern`` itself when none is useful
    (no literal condition, or a pattern anchored at the start of the text).

    ``fold``: for a case-sensitive pattern whose words are case-insensitive groups ("(?i:fused)
    (?i:to) [A-Z]+"): its condition is derived as for a case-insensitive pattern and read on the
    lower-cased text (as FOLD_TRAPS texts go straight to the regex). Sound: a case-sensitive
    ASCII literal that occurs occurs lower-cased in the lower-cased text, as a (?i:) group's does;
    without ``fold`` such groups give no condition (the condition is read on the text as written)."""
    if isinstance(pattern, PrefilteredPattern):
        return pattern
    if not isinstance(pattern.pattern, str) or _analysis(pattern)["anchored"]:
        return pattern
    fold = fold and not pattern.flags & re.IGNORECASE   # folding a case-insensitive one changes nothing
    cond = literal_filter(pattern, fold)
    return pattern if cond is None else PrefilteredPattern(pattern, cond, fold)


def _derive_backreference(pattern: re.Pattern) -> bool:
    def walk(data) -> bool:
        for op, av in data:
            if op in (C.GROUPREF, C.GROUPREF_EXISTS):
                return True
            for x in (av if isinstance(av, (list, tuple)) else (av,)):
                if isinstance(x, _parser.SubPattern) and walk(x.data):
                    return True
                if isinstance(x, (list, tuple)) and any(isinstance(y, _parser.SubPattern) and walk(y.data) for y in x):
                    return True
        return False

    try:
        return walk(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - unknown: assume the worst
        return True


def _has_backreference(pattern: re.Pattern) -> bool:
    return _analysis(pattern)["backref"]


# --- the analyses, derived once: a cache shipped as package data -------------------------------
# Parsing ~350 patterns again in every process that builds the pipeline costs ~0.25 s of CPU at
# start-up (on the critical path of `kg ingest -j N`: the forkserver builds before any worker can
# start). tools/build_prefilters.py writes what the analysis gives for every pattern the pipeline
# uses, keyed by the exact pattern text and flags. The cache is only read when its fingerprint (the
# text of this module, which holds every derivation, and the Python version, whose `re` parser they
# read) is this process's own; a pattern not in it (edited rules) is analysed here as before. So a
# stale cache can never change a result, only cost the time it was meant to save
# (tests/rules/test_prefilter_cache.py).
CACHE_FILE = Path(__file__).with_name("prefilter_cache.json")
_cache: dict[str, dict] | None = None
_recording: dict[str, dict] | None = None   # tools/build_prefilters.py: every analysis made, uncached
_missed: list[str] = []


def fingerprint() -> str:
    """What the cached analyses depend on besides the pattern: this module's text, Python's version."""
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(("python %d.%d" % sys.version_info[:2]).encode())
    return h.hexdigest()


def cache_key(pattern: re.Pattern, fold: bool = False) -> str:
    return f"{'fold:' if fold else ''}{pattern.flags}:{pattern.pattern}"


def derive(pattern: re.Pattern, fold: bool = False) -> dict:
    """Every analysis of ``pattern`` this module makes, from its text (no cache)."""
    code = _filter_code(pattern, fold)
    set_code, indexed = _set_form(code)
    return {"filter": code, "set_filter": set_code, "indexed": indexed,
            "anchored": _derive_anchored(pattern), "backref": _derive_backreference(pattern)}


def load_cache(path: Path = CACHE_FILE) -> dict[str, dict]:
    """The analyses in ``path`` when it was written for this module and this Python, else none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint() or \
            not isinstance(data.get("analyses"), dict):
        return {}
    return data["analyses"]


def _analysis(pattern: re.Pattern, fold: bool = False) -> dict:
    global _cache
    if not isinstance(pattern.pattern, str):
        return derive(pattern, fold)
    key = cache_key(pattern, fold)
    if _recording is not None:
        _recording[key] = found = derive(pattern, fold)
        return found
    if _cache is None:
        _cache = load_cache()
    found = _cache.get(key)
    if found is None:
        found = _cache[key] = derive(pattern, fold)
        _missed.append(key)
    return found


def cache_misses() -> list[str]:
    """The patterns analysed in this process because the cache lacked them (benchmarks: the cache
    is due to be rebuilt when this is not empty after the pipeline was built)."""
    return list(_missed)


def cache_text(analyses: dict[str, dict]) -> str:
    """The cache file for ``analyses``: deterministic (sorted keys), one analysis a line."""
    lines = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(analyses[k], sort_keys=True, ensure_ascii=False)}"
             for k in sorted(analyses)]
    return ('{"fingerprint": "' + fingerprint() + '",\n"analyses": {\n' + ",\n".join(lines) + "\n}}\n")


def row_picker(rows: list, searched: list | None = None, with_set: bool = False) -> Callable[..., tuple]:
    """One function ``text -> the (condition, pattern) pairs of rows whose literal condition holds``,
    every row's condition written inline (the same tests as calling each row's ``literal_filter``;
    a sentence asks dozens of rows, and a call per row cost as much as its tests). ``searched``:
    the pattern to give for each row instead of its own (the same matches, found faster).
    ``with_set``: the set form, ``(text, S) -> the same pairs`` with ``S`` the literals ``text``
    holds (``kg.rules.literal_index.literals_in``; see ``literal_filter_in``)."""
    env: dict = dict(FILTER_ENV)
    lines = ["def pick(t, S):" if with_set else "def pick(t):", "    out = []"]
    for i, (cond, row) in enumerate(rows):
        env[f"r{i}"] = (cond, row if searched is None else searched[i])
        code = None
        if cond is not None:
            found = _analysis(row)
            code = found["filter"]
            if with_set and found["set_filter"] is not None:
                code = found["set_filter"]
                literal_index.register(found["indexed"])
        lines.append(f"    out.append(r{i})" if code is None else f"    if {code}: out.append(r{i})")
    lines.append("    return tuple(out)")
    exec("\n".join(lines), env)  # noqa: S102 - built from repr() of literals only, as literal_filter
    return env["pick"]


class MatchesAnywhere:
    """``whole.search(text) is not None`` for ``whole``, the alternation ``(?:row1)|(?:row2)|...`` of
    ``rows`` (a rule category and its rows' own patterns), answered row by row: a text matches the
    alternation somewhere exactly when one of the rows matches it somewhere, and only the rows whose
    literals occur in the text are run (instead of every alternative at every position). For
    callers that only ask whether there is a match."""

    def __init__(self, whole: re.Pattern, rows):
        self._whole = prefiltered(whole)
        rows = [getattr(r, "_re", r) for r in rows]
        self._rows = None
        if rows and all(r.flags == getattr(self._whole, "_re", self._whole).flags for r in rows) and \
                not any(_has_backreference(r) for r in rows):   # a row's \1 is another group in the whole
            self._rows = [(literal_filter(r), r) for r in rows]
        self._fold = bool(getattr(self._whole, "flags", 0) & re.IGNORECASE)
        self._pick_in = None
        if self._rows is not None:
            from kg.rules.regex_start import fast_start
            # each row searched with its first characters tested up front (most rows start with
            # \b, which re tries at every position); the conditions are the rows' own
            searched = [fast_start(r) for _, r in self._rows]
            self._pick = row_picker(self._rows, searched)
            if self._fold:   # the same picks from the literals of the lower-cased text, when known
                self._pick_in = row_picker(self._rows, searched, with_set=True)
            self._rows = [(cond, fast) for (cond, _), fast in zip(self._rows, searched)]
        else:
            self._pick = None

    def __call__(self, text: str, lits: set | None = None) -> bool:
        """``lits``: the literals of ``text.lower()`` (kg.rules.literal_index.literals_in), when known."""
        if self._rows is None or (self._fold and not text.isascii() and any(t in text for t in FOLD_TRAPS)):
            return self._whole.search(text) is not None
        if lits is not None and self._pick_in is not None:
            picked = self._pick_in(text.lower(), lits)
        else:
            picked = self._pick(text.lower() if self._fold else text)
        return any(row.search(text) is not None for _, row in picked)

    def narrowed(self, text: str, lits: set | None = None) -> tuple | None:
        """The rows that may match in ``text`` or in any slice of it (their literals occur in it),
        for :meth:`within`; None when this cannot be narrowed: a case-folding question on a
        non-ASCII text (``str.lower`` of a slice is not always a slice of ``str.lower`` of the
        whole: final sigma, dotted I), or rows that are not read one by one.
        Sound because a row's literal condition only asks whether strings occur (and, or), and
        every string that occurs in a slice occurs in the whole. ``lits``: as for ``__call__``."""
        if self._rows is None or (self._fold and not text.isascii()):
            return None
        if lits is not None and self._pick_in is not None:
            return self._pick_in(text.lower(), lits)
        return self._pick(text.lower() if self._fold else text)

    def within(self, part: str, rows: tuple | None) -> bool:
        """``self(part)`` for ``part``, a slice of the text that ``rows`` (:meth:`narrowed`) came
        from: only those rows are run (none: no match, without reading ``part``)."""
        if rows is None:
            return self(part)
        if not rows:
            return False
        folded = part.lower() if self._fold else part
        return any((cond is None or cond(folded)) and row.search(part) is not None for cond, row in rows)
