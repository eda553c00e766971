"""Cue rules as data: every cue the pipeline uses to decide a patient fact lives in a JSONL file
of this package, one row per cue with its examples (schema and precedence: ``README.md`` here).

Public API
----------
``rules(name) -> RuleFile``
    The rows of ``kg/rules/<name>.jsonl`` (cached per process).
``RuleFile.pattern(category) -> re.Pattern``
    All rows of one category compiled into one alternation (words, stems and regexes).
``RuleFile.rows(category)``, ``RuleFile.categories``, ``RuleFile.words(category)``
    The rows themselves, for components that build a PhraseMatcher or read row fields
    (``response_class``, ``explicit``, ``grade``...).
``RULE_FILES``
    Names of every rule file shipped (the example test walks them all).

A row is ``{"id", "category", "words" | "stems" | "regex" | "pattern", "direction", "max_scope",
"allowed_types", "case_sensitive", "examples", "counter_examples", "note", ...}``; unknown keys
are row fields the component using the category documents (e.g. ``response_class``).

A row's ``regex`` may name another category of its file in braces (``{AE_TABLE_EVENT_COLUMN}``, upper case): the
rows of that category, as one group, stand there. Words said once in a row of their own are then read by every
pattern built on them (the column words of an adverse-event table's header: its line forms and its grid test).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.errors import ConfigError

DIRECTIONS = frozenset({"FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO", "SENTENCE"})
_MATCHERS = ("words", "stems", "regex", "pattern")
_KNOWN = frozenset({"id", "category", "direction", "max_scope", "allowed_types", "case_sensitive",
                    "examples", "counter_examples", "note", "prefix", "suffix", *_MATCHERS})


@dataclass(frozen=True)
class Rule:
    """One cue row. ``regex()`` is the row's own pattern source (words/stems escaped)."""

    id: str
    file: str
    category: str
    words: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()
    regex_source: str | None = None
    token_pattern: tuple | None = None  # a spaCy Matcher pattern (list of token dicts)
    direction: str = "SENTENCE"
    max_scope: int | None = None
    allowed_types: tuple[str, ...] | None = None
    case_sensitive: bool = False
    prefix: str = ""   # regex glued before the row's alternatives (e.g. "\\b")
    suffix: str = ""
    examples: tuple = ()
    counter_examples: tuple = ()
    note: str = ""
    fields: dict[str, Any] = field(default_factory=dict)

    def source(self) -> str:
        """The regex this row contributes to its category's alternation: ``words`` are whole
        words/phrases (``\\b`` on both sides), ``stems`` match a word's beginning, ``regex`` is
        used as written; ``prefix``/``suffix`` wrap the whole row (e.g. a trailing ``$`` anchor)."""
        alts = []
        if self.words:
            alts.append(r"\b(?:" + _alternation(sorted(self.words, key=len, reverse=True)) + r")\b")
        if self.stems:
            alts.append(r"\b(?:" + _alternation(sorted(self.stems, key=len, reverse=True)) + r")")
        if self.regex_source:
            alts.append(self.regex_source)
        body = alts[0] if len(alts) == 1 else "|".join(f"(?:{a})" for a in alts)
        return f"{self.prefix}(?:{body}){self.suffix}" if (self.prefix or self.suffix) else body

    def compiled(self) -> re.Pattern:
        pat = self.__dict__.get("_compiled")
        if pat is None:  # kept on the row: components call this per sentence
            pat = re.compile(self.source(), 0 if self.case_sensitive else re.I)
            object.__setattr__(self, "_compiled", pat)
        return pat


def _phrase(words: str) -> str:
    """A literal phrase: spaces match any whitespace run."""
    return r"\s+".join(re.escape(w) for w in words.split())


def _alternation(phrases: list[str]) -> str:
    """``_phrase(p1)|_phrase(p2)|...``, the phrases grouped by their first character, each group in
    the phrases' own order: ["woman", "man", "male"] -> "woman|m(?:an|ale)". The same matches: only the
    phrases of one first character can match at a position (the groups' first characters differ, also
    folded to lower case, and are ASCII: no other character matches two of them under IGNORECASE),
    and they are tried in the same order; but ``re`` reads the first character once per group
    instead of entering every phrase at every position it tries (under IGNORECASE it does not skip
    a phrase on its first character). The plain alternation when that cannot be said: a phrase
    that starts with a non-ASCII character, or two whose first characters differ only in case."""
    phrases = [p for p in phrases if p.strip()]
    firsts = [p.split()[0][0] for p in phrases]
    exact_of: dict[str, str] = {}
    for c in firsts:
        if not c.isascii() or exact_of.setdefault(c.lower(), c) != c:
            return "|".join(_phrase(p) for p in phrases)
    groups: dict[str, list[str]] = {}
    for c, p in zip(firsts, phrases):
        first, *more = p.split()
        groups.setdefault(c, []).append(r"\s+".join([re.escape(first[1:])] + [re.escape(w) for w in more])
                                        if more else re.escape(first[1:]))
    return "|".join(re.escape(c) + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
                    for c, rest in groups.items())


@dataclass
class RuleFile:
    name: str
    rules: list[Rule]
    _patterns: dict[str, re.Pattern] = field(default_factory=dict, repr=False)
    _rows: dict[str, list[Rule]] = field(default_factory=dict, repr=False)

    @property
    def categories(self) -> list[str]:
        return sorted({r.category for r in self.rules})

    def rows(self, category: str) -> list[Rule]:
        rows = self._rows.get(category)
        if rows is None:  # kept: components ask per sentence
            rows = [r for r in self.rules if r.category == category]
            if not rows:
                raise ConfigError(f"rule file {self.name}.jsonl has no category {category!r}; "
                                  f"it has {', '.join(self.categories)}")
            self._rows[category] = rows
        return list(rows)

    def words(self, category: str) -> list[str]:
        return [w for r in self.rows(category) for w in r.words]

    def pattern(self, category: str, window: str | None = None) -> re.Pattern:
        """One compiled alternation of every row of a category (rows of one category share case
        sensitivity; a row with a prefix/suffix is wrapped on its own). ``window``: only the rows
        whose ``window`` field is that (a ConText category whose cues read different slices of the
        sentence, e.g. the words before a mention and the words after it)."""
        key = category if window is None else f"{category}/{window}"
        pat = self._patterns.get(key)
        if pat is None:
            rows = self.rows(category)
            if window is not None:
                rows = [r for r in rows if r.fields.get("window") == window]
                if not rows:
                    raise ConfigError(f"rule file {self.name}.jsonl has no row of category {category!r} "
                                      f"with window {window!r}")
            flags = {r.case_sensitive for r in rows}
            if len(flags) > 1:
                raise ConfigError(f"{self.name}.jsonl category {key}: rows disagree on case_sensitive")
            source = _category_source(rows)
            try:
                pat = re.compile(source, 0 if flags.pop() else re.I)
            except re.error as exc:
                raise ConfigError(f"{self.name}.jsonl category {key}: invalid pattern ({exc})") from exc
            self._patterns[key] = pat
        return pat


def _row(file: str, n: int, raw: dict) -> Rule:
    where = f"kg/rules/{file}.jsonl line {n}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a JSON object per line, found {type(raw).__name__}")
    for key in ("id", "category"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise ConfigError(f"{where}: every row needs a non-empty string {key!r}")
    if not any(raw.get(k) for k in _MATCHERS):
        raise ConfigError(f"{where} ({raw['id']}): a row needs one of {', '.join(_MATCHERS)}")
    direction = raw.get("direction", "SENTENCE")
    if direction not in DIRECTIONS:
        raise ConfigError(f"{where} ({raw['id']}): direction {direction!r} is not one of {sorted(DIRECTIONS)}")
    return Rule(
        id=raw["id"], file=file, category=raw["category"],
        words=tuple(raw.get("words") or ()), stems=tuple(raw.get("stems") or ()),
        regex_source=raw.get("regex"), token_pattern=tuple(raw["pattern"]) if raw.get("pattern") else None,
        direction=direction, max_scope=raw.get("max_scope"),
        allowed_types=tuple(raw["allowed_types"]) if raw.get("allowed_types") else None,
        case_sensitive=bool(raw.get("case_sensitive", False)),
        prefix=raw.get("prefix", ""), suffix=raw.get("suffix", ""),
        examples=tuple(tuple(e) if isinstance(e, list) else e for e in raw.get("examples") or ()),
        counter_examples=tuple(tuple(e) if isinstance(e, list) else e for e in raw.get("counter_examples") or ()),
        note=raw.get("note", ""),
        fields={k: v for k, v in raw.items() if k not in _KNOWN},
    )


# "{AE_TABLE_EVENT_COLUMN}" in a row's regex: another category of the file (no regex quantifier has upper-case letters)
_CATEGORY_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def _category_source(rows: list[Rule]) -> str:
    """One alternation of a category's rows, as ``RuleFile.pattern`` compiles it."""
    sources = [r.source() for r in rows]
    return sources[0] if len(sources) == 1 else "|".join(f"(?:{s})" for s in sources)


def _resolve(name: str, out: list[Rule]) -> list[Rule]:
    """The rows with every ``{CATEGORY}`` of their regex replaced by that category's rows (in turn resolved)."""
    by_category: dict[str, list[Rule]] = {}
    for rule in out:
        by_category.setdefault(rule.category, []).append(rule)
    done: dict[str, Rule] = {}

    def resolved(rule: Rule, seen: tuple[str, ...]) -> Rule:
        if rule.id in done:
            return done[rule.id]
        if rule.regex_source is None or not _CATEGORY_REF.search(rule.regex_source):
            done[rule.id] = rule
            return rule

        def group(m: re.Match) -> str:
            category = m.group(1)
            if category not in by_category:
                raise ConfigError(f"kg/rules/{name}.jsonl row {rule.id}: {{{category}}} names no category of the file")
            if category in seen:
                raise ConfigError(f"kg/rules/{name}.jsonl row {rule.id}: {{{category}}} refers back to itself")
            return "(?:" + _category_source([resolved(r, seen + (category,)) for r in by_category[category]]) + ")"

        new = replace(rule, regex_source=_CATEGORY_REF.sub(group, rule.regex_source))
        done[rule.id] = new
        return new

    return [resolved(rule, (rule.category,)) for rule in out]


def _files() -> list[str]:
    return sorted(p.name[:-6] for p in resources.files(__package__).iterdir() if p.name.endswith(".jsonl"))


@lru_cache(maxsize=None)
def rules(name: str) -> RuleFile:
    """The rows of ``kg/rules/<name>.jsonl``."""
    path = resources.files(__package__) / f"{name}.jsonl"
    if not path.is_file():
        raise ConfigError(f"no rule file kg/rules/{name}.jsonl; shipped: {', '.join(_files())}")
    out: list[Rule] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"kg/rules/{name}.jsonl line {n}: not JSON ({exc.msg})") from exc
        rule = _row(name, n, raw)
        if rule.id in seen:
            raise ConfigError(f"kg/rules/{name}.jsonl line {n}: duplicate id {rule.id!r}")
        seen.add(rule.id)
        out.append(rule)
    return RuleFile(name=name, rules=_resolve(name, out))


RULE_FILES = tuple(_files())

__all__ = ["Rule", "RuleFile", "rules", "RULE_FILES", "DIRECTIONS"]
