"""Whose fact is it, and was it really done? One ConText-style assertion engine.

Cues are rows of ``kg/rules/context.jsonl`` (mention level) and ``kg/rules/sentences.jsonl``
(sentence level); this module only knows how far each kind of cue reaches (its ``window``)
and the precedence of the statuses (``PRECEDENCE``, the order of ``kg/rules/README.md``).

We use our own small engine instead of negspacy/medspaCy: medspaCy pins spaCy back to 3.7
(breaking negspacy), and negspacy only knows negation, while case reports need more statuses.

Component ``kg_assertion`` (last in the pipeline) sets

* ``span._.status`` of every entity: ``affirmed``, ``negated``, ``refused``, ``not_done``,
  ``hypothetical``, ``family``, ``concomitant`` or ``literature_aside`` (the mention sits in a
  parenthetical aside about other reports: "(which was studied in NSCLC)");
* ``doc.spans["kg_sentence_flags"]``: one span per sentence and flag, labelled ``literature``
  (a literature / other-patients cue outside asides), ``other_report`` (another author's patient or
  series: also ``literature``), ``model_donor`` (the patient gave the tissue of a laboratory model:
  also ``literature``), ``patient_anchor`` (the sentence is about
  this patient), ``citation_line`` (a reference-list entry), ``figure_caption`` (a caption flowed
  into web-page text) or ``table_row`` (a table row flowed
  into the text). Span groups and extension values travel with ``Doc.to_bytes`` (n_process).

Whether a flagged sentence is "literature" also depends on its section (case narrative or
discussion): that is assembly, done in ``kg.extraction.context``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.cue_specs import Cue, label_is
from kg.nlp.doc_text import doc_text, drop_doc_text, sentences_with_entities
from kg.nlp.ents import register_extensions
from kg.nlp.terms_index import TermIndex, get_index
from kg.rules import rules
from kg.rules.literal_index import literals_in
from kg.rules.prefilter import MatchesAnywhere, PrefilteredPattern, prefiltered, search_known

register_extensions()

# A mention gets the first status whose cue applies, in this order (kg/rules/README.md).
# The sentence-level "literature" (sentences.jsonl + section kind) comes before all of them.
PRECEDENCE = ("LITERATURE_ASIDE", "FAMILY", "NEGATED", "REFUSED", "NOT_DONE", "HYPOTHETICAL", "CONCOMITANT")
STATUS = {"LITERATURE_ASIDE": "literature_aside", "FAMILY": "family", "NEGATED": "negated",
          "REFUSED": "refused", "NOT_DONE": "not_done", "HYPOTHETICAL": "hypothetical",
          "CONCOMITANT": "concomitant"}
AFFIRMED = "affirmed"
SENTENCE_FLAGS = ("literature", "other_report", "model_donor", "patient_anchor", "citation_line", "reference_title",
                  "table_row", "figure_caption", "list_line")
FLAGS_KEY = "kg_sentence_flags"
AE_TABLE_KEY = "kg_ae_table"  # written by kg_context (kg/nlp/grades.py)

# A cue reaches only the first thing of its kind it names; drugs, classes and regimens are one kind.
_SHIELD_GROUP = frozenset({"DRUG", "DRUG_CLASS", "REGIMEN"})
# what a plan names (a plan given up later by name: AssertionComponent._give_up_named_plan)
_PLAN_LABELS = frozenset({"DRUG", "DRUG_CLASS", "REGIMEN", "PROCEDURE"})
# Windows whose patterns are matched against one token or the mention itself (a regex on a few
# characters costs less than a prefilter check).
_TOKEN_WINDOWS = frozenset({"tokens", "tokens_next", "clause_tokens", "self"})
# The mentions that name a treatment itself (a plan lead names none: "a change of chemotherapy" may).
_NAMED_TREATMENT = frozenset({"DRUG", "REGIMEN"})
# A class word told as the one already named: "the chemotherapy", "this planned treatment" (parsing, not a cue).
_DEFINITE = re.compile(r"\b(?:the|this|that|such)\s+(?:planned\s+|proposed\s+|recommended\s+|intended\s+|induction\s+)?$",
                       re.I)
# A comma and a conjunction right before a mention: it may open a clause of its own (parsing, not a cue).
# The labels that make up a combination of treatments told in one sentence (_another_combination).
_COMBINATION_LABELS = frozenset({"DRUG", "REGIMEN"})
_CLAUSE_COMMA = re.compile(r"[,;]\s*(?:and|but|so|while|whereas)?\s*(?:then\s+|later\s+|instead\s+)?(?:the\s+)?$")
# the same, with a few words before the treatment that name no predicate ("..., and weekly paclitaxel was started", ",
# and two cycles of docetaxel were given"): _opens_own_clause checks they hold no verb
_CLAUSE_COMMA_WORDS = re.compile(r"[,;]\s*(?:and|but|so|while|whereas)?\s*(?:then\s+|later\s+|instead\s+)?"
                                 r"(?:the\s+|a\s+)?(?P<words>(?:[\w/.-]+\s+){1,3})$")
# The statuses of a mention that tell a plan of the same treatment given up (_plans_never_carried_out).
# The drug classes (kg/rules/therapy.jsonl) of agents that start no course of the tumour's treatment by themselves: a
# steroid, an antiemetic or a growth factor given after a plan does not take the plan's place (_starts_other).
_SIDE_CLASSES = (Cue.SUPPORTIVE_ONLY_CLASS, Cue.CONDITIONAL_CLASS, Cue.ALONE_ONLY_CLASS)
_GIVEN_UP = frozenset({STATUS["REFUSED"], STATUS["NOT_DONE"]})
# The statuses a cue before a list gives its first item and, along the list, the items after it (_list_shares_status).
_LIST_SHARED = frozenset({STATUS["HYPOTHETICAL"], STATUS["REFUSED"]})
_LIST_OPENING = 40   # characters before a list that opens its sentence ("As second-line treatment, ...": no opening)
# A parenthesis opening right after a regimen or class, which may spell out its drugs (parsing, not a cue).
_GLOSS_OPEN = re.compile(r"\s*\(\s*(?:i\.\s?e\.,?\s*)?")
# What a table row looks like besides having no verb (parsing, not a cue).
_NUMBER = re.compile(r"\d+")
# a word of a sentence slice, to find where a token-window cue word stands in the text (_token_cue_closed)
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?]\W*$")
# A list that a comma closes before the mention: "instead of cisplatin, carboplatin" (parsing, not a cue).
_LIST_END = re.compile(r"\w[^,\w]*,\s*$")
# The cells of a table row read as case text: the readers set them apart by " | " (parsing, not a cue).
_CELL = "|"
# The categories whose ``row`` window is read (a not-given status in any cell of a table row).
_ROW_CATEGORIES = ("REFUSED", "NOT_DONE", "HYPOTHETICAL")
# Where the clause of a treatment may start, read back from it: a comma, semicolon or colon (parsing, not a cue).
_CLAUSE_BREAK = re.compile(r"[,;:]")
# A bracket that holds a treatment's other name alone: "X (Y)", "X [Y;" (parsing, not a cue).
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[)\];,]")
# A clause coordinated after a planned mention's own ("X was planned, and Y was given": parsing, not a cue).
_COORDINATED = re.compile(r",\s*(?:and|but|while|whereas)\b")
# The same coordinator right before a later mention, which opens that clause (parsing, not a cue).
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s*$")
# Where a clause of a sentence starts, read back from a drug (parsing, not a cue).
_CLAUSE_START = re.compile(r"[,;:]|\b(?:and|but|then|so|while|whereas)\b")
# A contrast between an alternative and the treatment chosen instead (parsing, not a cue).
_CONTRAST = re.compile(r"\bbut\b|;|\binstead\b|\bwhereas\b")
# A later clause that may give a plan up: after ";" or a contrast (", but she never took it").
_LATER_CLAUSE = re.compile(r";|,\s*(?:but|however|yet)\b")
# The lines of a sentence read for lists of options: up to and including a colon, or up to a line break.
_LINE = re.compile(r"[^\n:]*:?|\n")
# How many sentences after an OPTIONS_LEAD sentence may be bare lines of its list of options.
_OPTIONS_REACH = 6
# How many sentences after a plan-only mention may tell it carried out (PLAN_CARRIED_OUT).
_CARRIED_OUT_REACH = 2
# The most words of a heading line (no verb, no sentence end): the story of a plan stops there.
_HEADING_WORDS = 6
# How many token strings _token_kind remembers before it starts again.
_TOKEN_MEMO = 50_000
# The cues read row by row (_Cues.anywhere: Assertion.has, may_have, _not_done_around, may_lead_options), built with
# the engine.
_READ_ROW_BY_ROW = (("OPTIONS_LEAD", "next_sentences"), ("NOT_DONE", "around"), ("HYPOTHETICAL", "around"),
                    ("HYPOTHETICAL", "plan_pending"), ("HYPOTHETICAL", "future_before"), ("TERMINATE", "shield_gap"))


@dataclass(frozen=True)
class Other:
    """Another mention of the sentence (offsets relative to the sentence)."""

    label: str
    start: int
    end: int


@dataclass
class _Cues:
    """Compiled cue alternations, one per (category, window); built once per process."""

    pat: dict[tuple[str, str], re.Pattern] = field(default_factory=dict)
    types: dict[tuple[str, str], frozenset | None] = field(default_factory=dict)
    scope: dict[tuple[str, str], int | None] = field(default_factory=dict)
    scope_after: dict[tuple[str, str], int | None] = field(default_factory=dict)
    rows: dict[tuple[str, str], list] = field(default_factory=dict)
    _anywhere: dict[tuple[str, str], MatchesAnywhere] = field(default_factory=dict)

    def add(self, file, category: str, window: str) -> None:
        rows = self.rows[category, window] = [r for r in file.rows(category) if r.fields.get("window") == window]
        pat = file.pattern(category, window)
        # per mention: behind the literal prefilter, except the patterns read on single tokens
        self.pat[category, window] = pat if window in _TOKEN_WINDOWS else prefiltered(pat)
        allowed = {r.allowed_types for r in rows}
        self.types[category, window] = frozenset(allowed.pop()) if len(allowed) == 1 and None not in allowed else None
        self.scope[category, window] = rows[0].max_scope
        self.scope_after[category, window] = rows[0].fields.get("max_scope_after")

    def anywhere(self, key: tuple[str, str]) -> MatchesAnywhere:
        """Whether the cue ``key`` matches anywhere in a text, answered row by row (only the rows
        whose literals occur are run): for the windows read only for a yes or no. Built on first use."""
        found = self._anywhere.get(key)
        if found is None:
            found = self._anywhere[key] = MatchesAnywhere(self.pat[key], [r.compiled() for r in self.rows[key]])
        return found


class Assertion:
    """The engine: status of one mention from its sentence's text (no spaCy needed)."""

    def __init__(self):
        ctx, sen = rules("context"), rules("sentences")
        c = self.c = _Cues()
        for r in ctx.rules:
            if (r.category, r.fields.get("window")) not in c.pat:
                c.add(ctx, r.category, r.fields.get("window"))
        # per sentence: skipped on sentences that lack their words (kg.rules.prefilter, same results)
        self.literature = prefiltered(sen.pattern("LITERATURE"))
        self.anchor = prefiltered(sen.pattern("PATIENT_ANCHOR"))
        # the same questions, row by row (only the rows whose words a sentence has are run)
        self._literature_in = MatchesAnywhere(sen.pattern("LITERATURE"), [r.compiled() for r in sen.rows("LITERATURE")])
        self._anchor_in = MatchesAnywhere(sen.pattern("PATIENT_ANCHOR"),
                                          [r.compiled() for r in sen.rows("PATIENT_ANCHOR")])
        # whether they match anywhere, row by row (their alternations' literals are common words:
        # the whole regex ran on most sentences; each row's own literals rule it out on most)
        self.other_report = MatchesAnywhere(sen.pattern("OTHER_REPORT"),
                                            [r.compiled() for r in sen.rows("OTHER_REPORT")])
        self.model_donor = prefiltered(sen.pattern("MODEL_DONOR"))
        self.citation_line = MatchesAnywhere(sen.pattern("CITATION_LINE"),
                                             [r.compiled() for r in sen.rows("CITATION_LINE")])
        self.reference_title = prefiltered(sen.pattern("REFERENCE_TITLE"))
        self.figure_caption = prefiltered(sen.pattern("FIGURE_CAPTION"))
        self.list_line = sen.pattern("LIST_LINE")
        self.verb = sen.pattern("VERB")
        self.aside = sen.pattern("ASIDE")
        self.actions = c.types["REFUSED", "before"]
        self.token_window = c.scope["NEGATED", "tokens"]
        self._row_cats = tuple(cat for cat in _ROW_CATEGORIES if (cat, "row") in c.pat or (cat, "cell") in c.pat)
        self._checks = {cat: getattr(self, "_" + cat.lower()) for cat in PRECEDENCE}
        self._held: _SentenceFacts | None = None   # the facts of the last sentence asked about
        self._token_kinds: dict[str, tuple[bool, bool, bool]] = {}   # _token_kind's answers
        # every set form of a literal prefilter built now, not on first use: building one registers its literals
        # (kg.rules.literal_index), and the literal set already found for the sentence being read would lack them
        for p in c.pat.values():
            if isinstance(p, PrefilteredPattern):
                p.condition_in()
        for key in _READ_ROW_BY_ROW:
            if key in c.pat:
                c.anywhere(key)

    def _sentence(self, text: str) -> "_SentenceFacts":
        """What is known about sentence ``text`` for all its mentions (kept for the last sentence:
        the component asks about one sentence, then about each of its mentions)."""
        held = self._held
        if held is None or (held.text is not text and held.text != text):
            held = self._held = _SentenceFacts(self, text)
        return held

    # --- plans given up in the next sentence ------------------------------------------
    def plan_cancelled(self, text: str) -> bool:
        """Does this sentence give up the plan of the sentence before ("This plan was abandoned")?"""
        return bool(self.c.pat["PLAN_CANCELLED", "next_sentence"].search(text))

    def planned(self, text: str, start: int, end: int, label: str) -> bool:
        """Is the mention ``text[start:end]`` named as planned ("busulfan and melphalan were planned", "X was
        prescribed") and not, in the same statement, as given ("X was recommended and he received it":
        PSEUDO ``planned_given``)?"""
        if not self._allowed(("PLANNED", "around"), label):
            return False
        m = _Mention(self, text, start, end, label, (), None)
        return bool(self.c.pat["PLANNED", "around"].search(m.before + " " + m.rest)) and not self._given_there(m)

    def _given_there(self, m: "_Mention") -> bool:
        """Is the planned mention given in its own statement (PSEUDO ``planned_given``: "X was recommended and he
        received it")? The statement ends at a coordinated clause of its own (", and R-CHOP was given")."""
        own = _COORDINATED.split(m.rest, 1)[0]
        return bool(self.c.pat["PSEUDO", "planned_given"].search(m.before + " " + own))

    def plan_only(self, text: str, start: int, end: int, label: str, others: Sequence[Other] = ()) -> bool:
        """Is the mention named only as recommended, proposed or planned in its statement (PLAN_ONLY: its clause
        before it and the rest of the sentence), and not given there (PSEUDO ``planned_given``)?"""
        if not self._allowed(("PLAN_ONLY", "statement"), label):
            return False
        m = _Mention(self, text, start, end, label, others, None)
        statement = m.before + " " + m.rest
        # what was done in a clause coordinated before the mention's own ("Staging was begun, and X was
        # scheduled") is not X carried out: the done words are read from the mention's own clause on
        own = _COORDINATED.split(m.before)[-1] + " " + m.rest
        return bool(self.c.pat["PLAN_ONLY", "statement"].search(statement)) and not self._given_there(m) \
            and not self.c.pat["PSEUDO", "plan_only"].search(own)

    def plan_lead(self, text: str, base: int, ents) -> bool:
        """Does this sentence recommend, propose or plan a treatment it does not name (PLAN_ONLY, and no drug or
        regimen among its mentions: "The tumour board recommended a change of treatment.", "Recommendation:")?"""
        return not any(e.label_ in _NAMED_TREATMENT for e in ents) and _CELL not in text \
            and bool(self.c.pat["PLAN_ONLY", "statement"].search(text)) \
            and not self.c.pat["PSEUDO", "plan_only"].search(text) and not self.gives(text)

    def plan_follows(self, text: str, start: int, end: int, label: str, others: Sequence[Other] = ()) -> bool:
        """After a plan lead (:meth:`plan_lead`): is the mention's statement no telling of it given (PSEUDO
        ``planned_given``, PSEUDO ``plan_only``)?"""
        if not self._allowed(("PLAN_ONLY", "statement"), label):
            return False
        m = _Mention(self, text, start, end, label, others, None)
        return not self._given_there(m) and not self.c.pat["PSEUDO", "plan_only"].search(m.before + " " + m.rest)

    def withheld_only(self, text: str, start: int, end: int, label: str) -> bool:
        """Is the mention told withheld or omitted for a reason ("Bleomycin was withheld because of ...":
        WITHHELD_ONLY)? Not given unless the report tells it given elsewhere (:meth:`_plans_never_carried_out`)."""
        key = ("WITHHELD_ONLY", "rest")
        if key not in self.c.pat or not self._allowed(key, label):
            return False
        return bool(self.c.pat[key].search(_Mention(self, text, start, end, label, (), None).rest))

    def carried_out(self, text: str) -> bool:
        """Does this sentence, after a plan, tell a treatment given or under way (PLAN_CARRIED_OUT)?"""
        return bool(self.c.pat["PLAN_CARRIED_OUT", "next_sentences"].search(text))

    def list_gap(self, gap: str) -> bool:
        """Is ``gap``, between two treatments of one sentence, only list words (LIST_SHARED ``gap``: ", ", " or ",
        ", third-line "), with no new predicate (TERMINATE ``shield_gap``)?"""
        key = ("LIST_SHARED", "gap")
        return key in self.c.pat and bool(self.c.pat[key].search(gap)) \
            and not self.c.pat["TERMINATE", "shield_gap"].search(gap)

    def subject_gap(self, gap: str) -> bool:
        """Is ``gap``, between two treatments of one sentence, only list words or a 'with' that joins the two into one
        treatment (LIST_SHARED ``gap`` / ``joined``), parenthetical asides left out, and no new predicate
        (:meth:`_Mention._subject_list_shares_status`)?"""
        gap = self.aside.sub(" ", gap) if "(" in gap else gap
        key = ("LIST_SHARED", "joined")
        return (self.list_gap(gap) or key in self.c.pat and bool(self.c.pat[key].search(gap))) \
            and not self.c.pat["TERMINATE", "shield_gap"].search(gap)

    def opens_clause(self, before: str) -> bool:
        """Is ``before``, the sentence's text before a treatment, free of any predicate from the last clause break
        (a comma, semicolon or colon) on: the treatment opens its clause ("..., and fulvestrant ...", "As a fallback,
        X ...")?"""
        head = _CLAUSE_BREAK.split(before)[-1]
        return len(head) <= _LIST_OPENING and not self.c.pat["TERMINATE", "shield_gap"].search(head) \
            and not self.verb.search(head)

    def list_gap_opens(self, before: str) -> bool:
        """Is ``before``, the sentence's text before a list of treatments, free of any predicate (the list is the
        subject of what follows it: neither TERMINATE ``shield_gap`` nor the sentences' VERB finds a predicate there)?"""
        return len(before) <= _LIST_OPENING and not self.c.pat["TERMINATE", "shield_gap"].search(before) \
            and not self.verb.search(before)

    def given_up_after(self, text: str) -> bool:
        """Does this sentence, after a plan, tell the treatment cancelled or no anticancer drug given at all
        (PLAN_CANCELLED ``next_sentences``: "... and treatment was cancelled", "No anticancer drug was ever given")?"""
        key = ("PLAN_CANCELLED", "next_sentences")
        return key in self.c.pat and bool(self.c.pat[key].search(text))

    def given_up_continued(self, text: str) -> bool:
        """Does this sentence refuse or stop more of a drug, not the drug itself ("she declined further imatinib",
        "it was never resumed": PSEUDO ``given_up_continued``)?"""
        key = ("PSEUDO", "given_up_continued")
        return key in self.c.pat and bool(self.c.pat[key].search(text))

    def taken_up(self, text: str) -> bool:
        """Does this sentence, right after a proposal, tell a treatment it does not name given (PLAN_TAKEN_UP: "She
        received four cycles", "After two courses, ...")?"""
        key = ("PLAN_TAKEN_UP", "next_sentence")
        return key in self.c.pat and bool(self.c.pat[key].search(text))

    def proposal_only(self, text: str, start: int, end: int, label: str, others: Sequence[Other] = ()) -> bool:
        """Is the mention hypothetical only as proposed, considered or planned in the past ("Docetaxel was
        proposed."): a PLANNED cue and a 'considered' one (:meth:`_considered`), and no condition, modal, question,
        pending or future cue that keeps it a plan ("X was proposed in case of progression", "X would be ...")?"""
        if not self.planned(text, start, end, label):
            return False
        m = _Mention(self, text, start, end, label, others, None)
        key = ("HYPOTHETICAL", "around")
        if m.has(key, m.before[-self.c.scope[key]:] if self.c.scope[key] else m.before) \
                or m.has(key, m.after[:self.c.scope_after[key]]) or m.pat["HYPOTHETICAL", "feared"].search(m.before) \
                or self._plan_pending(m) or self._still_to_come(m):
            return False
        return self._considered(m)

    def is_heading(self, text: str) -> bool:
        """A heading line ("Discussion", "Follow-up"): a few words, no verb, no sentence end (parsing, not a cue)."""
        t = text.strip()
        return len(t.split()) <= _HEADING_WORDS and not _SENTENCE_END.search(t) and not self.verb.search(t)

    def gives(self, text: str) -> bool:
        """Does this sentence say something was given or started (PSEUDO ``planned_given``)?"""
        return bool(self.c.pat["PSEUDO", "planned_given"].search(text))

    # --- lists of options over several sentences ------------------------------------
    def options_lead(self, text: str) -> bool:
        """Does this sentence open a list of treatment options ("The board discussed the following options:")?"""
        return bool(self.c.pat["OPTIONS_LEAD", "next_sentences"].search(text))

    def may_lead_options(self, text: str) -> bool:
        """May some line of this sentence open a list of options (the cue's words occur in it)?"""
        rows = self.c.anywhere(("OPTIONS_LEAD", "next_sentences")).narrowed(text)
        return rows is None or bool(rows)

    def option_listed(self, text: str) -> bool:
        """After an options lead: is this sentence a bare line of the list ("Docetaxel plus ramucirumab.")? No
        verb, no actor and no choice (OPTIONS_LEAD ``close``: "She opted for X" ends the list)."""
        return not self.verb.search(text) and not self.c.pat["OPTIONS_LEAD", "close"].search(text)

    # --- sentences -----------------------------------------------------------------
    def sentence_flags(self, text: str) -> list[str]:
        out = []
        plain = self.aside.sub(" ", text)  # asides are judged per mention
        facts = self._sentence(text)
        # the prefilters' literals of the text read (found once for all its row and pattern tests)
        low = plain.lower()
        lits = (facts.lits() if plain == text else literals_in(low)) if plain.isascii() else None
        # another author's patient ("Lee et al. described a boy who ..."): literature, and no patient of this report
        other = self.other_report(plain, lits)
        # the donor of a laboratory model ("organoids established from a 54-year-old woman"): no patient either
        donor = bool(search_known(self.model_donor, plain, low, lits))
        # (without asides the text is the sentence: its rows serve the mentions' phrases as well)
        if other or donor or (self._literature_in.within(plain, facts.literature_rows()) if plain == text
                              else self._literature_in(plain, lits)):
            out.append("literature")
        if other:
            out.append("other_report")
        if donor:
            out.append("model_donor")
        if facts.anchored():
            out.append("patient_anchor")
        if self.citation_line(text):
            out.append("citation_line")
        if self.is_reference_title(text):
            out.append("reference_title")
        if self.is_table_row(text):
            out.append("table_row")
        if self.figure_caption.search(text):
            out.append("figure_caption")
        if self.list_line.search(text):
            out.append("list_line")
        return out

    def is_reference_title(self, text: str) -> bool:
        """A reference's title flowed into the text ("Lorlatinib versus crizotinib in ALK-positive NSCLC
        (CROWN): 3-year update."): REFERENCE_TITLE wording in a sentence without a verb. A row of table cells
        ("Regimen: DRd x8 | Best response (IMWG): CR | ...") is none: a reference has no cells."""
        return bool(self.reference_title.search(text)) and not self.verb.search(text) and text.count(" | ") < 2

    def is_table_row(self, text: str) -> bool:
        """A row of a table flowed into the text by a PDF extractor ("3 2015 44/M ALK crizotinib PR 12"):
        numbers and names without a verb or a sentence end. Such rows describe other patients."""
        return (len(_NUMBER.findall(text)) >= 4 and not self.verb.search(text)
                and not _SENTENCE_END.search(text.strip()))

    # --- mentions ------------------------------------------------------------------
    def status(self, text: str, start: int, end: int, label: str, others: Sequence[Other] = (),
               tokens_before: Sequence[str] | None = None) -> str:
        """Status of the mention ``text[start:end]`` (offsets relative to the sentence ``text``).
        ``tokens_before``: the lower-cased tokens right before it in its sentence (token-window cues;
        ``None`` for mentions made outside the pipeline)."""
        m = _Mention(self, text, start, end, label, others, tokens_before)
        for cat in PRECEDENCE:
            if self._checks[cat](m):
                return STATUS[cat]
        if _CELL in text:
            for cat in self._row_cats:
                if self._row_cue(m, cat):
                    return STATUS[cat]
        return AFFIRMED

    def _row_cue(self, m: "_Mention", category: str) -> bool:
        """A table row read as case text ("Line: 3 | Regimen: X plus Y | Status: planned") is one unit: a
        cell that says the row's treatment was not given (``row`` window, matched on each whole cell: planned,
        declined, not started, "Start: -") governs the drugs of every cell of the row, wherever it stands; a
        plan word in the mention's own cell (``cell`` window: "Planned treatment: X", "X planned") that cell's."""
        if (category, "cell") in self.c.pat and self._allowed((category, "cell"), m.label):
            # a plan word in the mention's own cell ("Planned treatment: X", "X planned"): that cell's drugs only
            start = m.text.rfind(_CELL, 0, m.start) + 1
            end = m.text.find(_CELL, m.end)
            if m.pat[category, "cell"].search(m.text[start:end if end >= 0 else len(m.text)].strip()):
                return True
        if (category, "row") not in self.c.pat or not self._allowed((category, "row"), m.label):
            return False
        pat = m.pat[category, "row"]
        cells = [cell.strip() for cell in m.text.split(_CELL)]
        if ("PSEUDO", "row") in self.c.pat and any(m.pat["PSEUDO", "row"].search(cell) for cell in cells):
            return False   # a cell names the response the row's treatment gave: it was given
        return any(pat.search(cell) for cell in cells)

    def _allowed(self, key: tuple[str, str], label: str) -> bool:
        types = self.c.types[key]
        return types is None or label in types

    def _literature_aside(self, m: "_Mention") -> bool:
        for start, end, aside in self._sentence(m.text).asides():
            if start < m.start < end:
                # "(which was studied in ...)", "(such as tamoxifen and methotrexate)": not given to this patient
                return bool(self.c.pat["LITERATURE_ASIDE", "aside"].search(aside))
        return self._literature_phrase(m)

    def _literature_phrase(self, m: "_Mention") -> bool:
        """A sentence about the patient may still name a trial's drug in a phrase of its own: "Our patient
        responded to alectinib, consistent with the 76% response rate for crizotinib in ALEX". The
        mention's phrase (up to commas and clause breaks: TERMINATE ``phrase``) carries a literature cue
        and no patient anchor, while the rest of the sentence anchors it to the patient.
        The answers known per sentence come first (whether it is anchored, its flags worked it out; whether
        it holds a LITERATURE row's words at all): most mentions need no phrase cut (two TERMINATE scans)."""
        facts = self._sentence(m.text)   # only the rows whose words the sentence has are read
        if not facts.anchored():
            return False
        rows = facts.literature_rows()
        if rows is not None and not rows:
            return False   # no LITERATURE words in the sentence: none in the phrase
        cut = m.pat["TERMINATE", "phrase"]
        before, after = m.before, m.after
        parts = list(cut.finditer(before))
        if parts:
            before = before[parts[-1].end():]
        end = cut.search(after)
        if end:
            after = after[:end.start()]
        phrase = before + m.text[m.start:m.end] + after   # a slice of the sentence
        if len(phrase) >= len(m.text) - 1:
            return False
        return self._literature_in.within(phrase, rows) and not self._anchor_in.within(phrase, facts.anchor_rows())

    def _family(self, m: "_Mention") -> bool:
        scope = self.c.scope["FAMILY", "before"]
        near = m.before[-scope:]
        # "A 39-year-old woman, whose mother had ovarian cancer, was diagnosed with breast cancer": the relative
        # clause closes where the subject's own predicate resumes (TERMINATE ``family``)
        if ("TERMINATE", "family") in self.c.pat:
            ends = list(m.pat["TERMINATE", "family"].finditer(near))
            near = near[ends[-1].end():] if ends else near
        if m.pat["FAMILY", "before"].search(near) and not m.pat["PSEUDO", "family"].search(near):
            return True
        # "Her mother had had a breast cancer ..., treated with tamoxifen, with complete remission; ...":
        # a relative as the sentence's subject owns it up to the first ';'
        head = m.text[:m.start]
        subject = m.pat["FAMILY", "subject"].search(head)
        return bool(subject) and ";" not in head and not m.pat["PSEUDO", "family"].search(head[subject.end():])

    def _negated(self, m: "_Mention") -> bool:
        c = m.pat   # every text read below is a slice of the sentence
        if c["NEGATED", "glued"].match(m.text[m.end:]):
            return True
        after = c["NEGATED", "after"].search(m.after)
        if after and not self._told_later(m, m.after[after.start():]):
            return True
        # "no history of X or Y": the cue covers its list, not what follows a verb; "no prior treatment with X, Y or
        # Z", "naive to X and Y" (``treated_list``) likewise, for treatments only
        if self._heads_list(m, ("NEGATED", "list")) or (
                self._allowed(("NEGATED", "treated_list"), m.label) and self._heads_list(m, ("NEGATED", "treated_list"))):
            return True
        # pre-negation only when the cue is close (ConText uses a few-word window)
        near = m.before[-self.c.scope["NEGATED", "before"]:]
        neg = list(c["NEGATED", "before"].finditer(near))
        if neg and not c["PSEUDO", "before"].search(near[neg[-1].start():]) \
                and not self._told_later(m, m.before + m.text[m.start:m.end] + m.after) \
                and not m.shielded(m.start - len(near) + neg[-1].end()) \
                and not c["TERMINATE", "before"].search(near[neg[-1].end():]) \
                and not self._coordinated_clause(m, near[neg[-1].end():]) \
                and not self._own_clause_given(m, m.start - len(near) + neg[-1].end()):
            return True
        return self._negated_tokens(m)

    def _told_later(self, m: "_Mention", from_cue: str) -> bool:
        """Does the negation in ``from_cue`` (a slice of the sentence: the mention's clause, or the clause from an
        ``after`` cue on) only say when the mention came (PSEUDO ``after``: "a partial response was not confirmed
        until the 12-week CT", "the disease did not progress until month 14")? Then it came: no negation."""
        return ("PSEUDO", "after") in self.c.pat and bool(m.pat["PSEUDO", "after"].search(from_cue))

    def _own_clause_given(self, m: "_Mention", cue_end: int) -> bool:
        """After a cue ending at ``cue_end``, is the mention the subject of a clause of its own that tells it given
        (PSEUDO ``own_predicate``: "X could not be obtained because of costs, and Y was started"; "X was not
        reimbursed; Y was given instead")? The cue's reach ends at that clause, as for a refusal."""
        return self._opens_own_clause(m, cue_end) and bool(m.pat["PSEUDO", "own_predicate"].search(m.rest))

    def _heads_list(self, m: "_Mention", key: tuple[str, str]) -> bool:
        """Does a cue of ``key`` before the mention head the list the mention is in (no verb and no TERMINATE
        ``list`` word between the cue and the mention)?"""
        hits = list(m.pat[key].finditer(m.before))
        if not hits:
            return False
        tail = m.before[hits[-1].end():]
        return not self.verb.search(tail) and not m.pat["TERMINATE", "list"].search(tail)

    def _negated_tokens(self, m: "_Mention") -> bool:
        """Token-window cues ("no ALK rearrangement", "ALK IHC was negative") of the labels they govern."""
        if m.tokens_before is None or not self._allowed(("NEGATED", "tokens"), m.label):
            return False
        c = self.c.pat
        before = every = list(m.tokens_before)
        kinds = [self._token_kind(t) for t in every]   # (clause break, cue word, analyte word)
        # a cue does not cross a clause break: "FISH for ALK was negative; NGS revealed a ROS1 fusion"
        breaks = [i for i, k in enumerate(kinds) if k[0]]
        if breaks:
            before = before[breaks[-1] + 1:]
        # "low free T4, grade 2 hypothyroidism": a cue word that names a lab analyte with the token
        # after it (PSEUDO tokens_next) negates nothing
        first = len(every) - len(before)
        kinds.append(self._token_kind(""))   # after the last token: the mention (read as "")
        if any(kinds[i][1] and not kinds[i + 1][2] for i in range(first, len(every))) \
                and not self._token_cue_closed(m):
            return True
        after = m.text[m.end:m.end + self.c.scope["NEGATED", "tokens_after"]]
        if self._allowed(("PSEUDO", "tokens_after"), m.label) and c["PSEUDO", "tokens_after"].match(after):
            return False  # "lung adenocarcinoma negative for EGFR mutations": the tumor's marker status
        return bool((c["NEGATED", "tokens_after"].match(after) and not self._told_later(m, m.after))
                    or c["NEGATED", "self"].search(m.text[m.start:m.end]))

    def _token_cue_closed(self, m: "_Mention") -> bool:
        """Does a TERMINATE ``before`` row end the reach of the last token cue before the mention, as it ends the
        reach of the ``before`` cues ("no further shrinkage and a new liver lesion": the token window holds 'no', the
        text between holds a clause of its own)? Only the cue words of the mention's own clause (``m.before``)."""
        cues = [w for w in _WORD.finditer(m.before) if self._token_kind(w.group().lower())[1]]
        return bool(cues) and bool(m.pat["TERMINATE", "before"].search(m.before[cues[-1].end():])
                                   or self._coordinated_clause(m, m.before[cues[-1].end():]))

    def _coordinated_clause(self, m: "_Mention", gap: str) -> bool:
        """Does the mention open a coordinated clause of its own after the negation cue that ``gap`` (a slice of the
        sentence, from the cue's end to the mention) follows: the gap ends with a clause comma and a new subject
        (TERMINATE ``coordinated``: "the effusion did not recur, and the [disease remained stable]"; "without any
        toxicity, he achieved a [marked reduction]") and the clause from the break on has a predicate (TERMINATE
        ``coordinated_predicate``)? A negation covers its own clause only."""
        if not m.pat["TERMINATE", "coordinated"].search(gap):
            return False
        # the clause read for its predicate: from the clause break on, over the mention and the words after it
        clause_start = m.start - len(gap) + max(gap.rfind(","), gap.rfind(";")) + 1
        return bool(m.pat["TERMINATE", "coordinated_predicate"].search(m.text[clause_start:m.end + len(m.after)]))

    def _token_kind(self, token: str) -> tuple[bool, bool, bool]:
        """What the token-window cues make of one lower-cased token: (a clause break, a NEGATED
        ``tokens`` cue, a PSEUDO ``tokens_next`` analyte word). Each is a ``fullmatch`` of the token
        alone, so the answers are kept per token string: a report repeats its words, and the regexes
        ran ~4 times for each token before every mention of the labels these cues govern."""
        kind = self._token_kinds.get(token)
        if kind is None:
            c = self.c.pat
            kind = (bool(c["TERMINATE", "clause"].fullmatch(token) or c["TERMINATE", "clause_tokens"].fullmatch(token)),
                    bool(c["NEGATED", "tokens"].fullmatch(token)), bool(c["PSEUDO", "tokens_next"].fullmatch(token)))
            if len(self._token_kinds) >= _TOKEN_MEMO:   # bounded: a long-running worker meets endless words
                self._token_kinds.clear()
            self._token_kinds[token] = kind
        return kind

    def _refused(self, m: "_Mention") -> bool:
        if m.label not in self.actions:
            return False
        refusal = list(m.pat["REFUSED", "before"].finditer(m.before))
        # "Ceritinib was not available, so lorlatinib was given": a new predicate after the cue ends its reach;
        # so does the mention's own predicate after a comma ("She declined X, and Y alone was begun": PSEUDO
        # own_predicate)
        return bool((refusal and not m.shielded(m.start - len(m.before) + refusal[-1].end())
                     and not m._new_predicate(m.before[refusal[-1].end():])
                     and not (self._opens_own_clause(m, m.start - len(m.before) + refusal[-1].end())
                              and m.pat["PSEUDO", "own_predicate"].search(m.rest)))
                    or m.rest_pat()["REFUSED", "rest"].search(m.rest))

    def _opens_own_clause(self, m: "_Mention", cue_end: int) -> bool:
        """After a cue ending at ``cue_end``, does a clause of its own start with the mention or with the treatments
        it is listed with ("She declined X, and Y was begun"; "She was offered the X arm but declined, and Y with Z
        was given": a clause comma before Y, and only list words or 'with' between Y and Z)?"""
        items = sorted((o for o in m.others if m._kin(o) and cue_end <= o.start and o.end <= m.start),
                       key=lambda o: o.start, reverse=True)
        head = m.start   # where the mention's own clause may start: back over the items joined to it
        for o in items:
            if self._clause_comma(m.text[cue_end:head]) or not self.subject_gap(m.text[o.end:head]):
                break
            head = o.start
        return self._clause_comma(m.text[cue_end:head])

    def _clause_comma(self, gap: str) -> bool:
        """Does ``gap`` end with a clause break whose clause opens with the treatment after it: a comma or semicolon
        and a coordinator, then nothing ("..., and X") or a few words with no predicate ("..., and weekly X",
        "..., and two cycles of X"; a verb there, "..., and received X", is the clause's own predicate)?"""
        if _CLAUSE_COMMA.search(gap):
            return True
        hit = _CLAUSE_COMMA_WORDS.search(gap)
        return bool(hit) and not self.verb.search(hit.group("words")) \
            and not self.c.pat["TERMINATE", "shield_gap"].search(hit.group("words"))

    def _not_done(self, m: "_Mention") -> bool:
        return (self._allowed(("NOT_DONE", "around"), m.label) and self._not_done_around(m)
                and not m.rest_pat()["PSEUDO", "not_done"].search(m.rest)) or self._not_done_near(m) \
            or self._plan_given_up(m)

    def _not_done_around(self, m: "_Mention") -> bool:
        """A NOT_DONE cue in the mention's statement: the rest of the sentence and, before the mention,
        only the statement it is in ("X was not added, and Y was given" gives Y)."""
        anywhere = self.c.anywhere(("NOT_DONE", "around"))
        # the rows whose words occur in the whole of `before + " " + rest`: the statement's text is a
        # slice of it, so no other row can match there; none (most mentions): no need to find the statement
        rows = anywhere.narrowed(m.before + " " + m.rest)
        if rows is not None and not rows:
            return False
        before = m.before
        ends = list(m.pat["TERMINATE", "before"].finditer(before))
        if ends:
            before = before[ends[-1].end():]
        if before and self._own_clause_given(m, m.start - len(m.before)):
            before = ""   # "X could not be obtained, and Y was started": Y's statement starts at Y
        return anywhere.within(before + " " + m.rest, rows)

    def _not_done_near(self, m: "_Mention") -> bool:
        """"carboplatin instead of cisplatin", "ineligible for cisplatin" (the cue right before the mention
        or its list); "cisplatin was avoided" (the mention is the subject of the rest of the sentence)."""
        if not self._allowed(("NOT_DONE", "before"), m.label):
            return False
        if m.rest_pat()["NOT_DONE", "rest"].search(m.rest):
            # "X was omitted in cycle 1 ... and added from cycle 2": left out of the first cycles only
            return not m.rest_pat()["PSEUDO", "rest_not_done"].search(m.rest)
        near = m.before[-self.c.scope["NOT_DONE", "before"]:]
        hits = list(m.pat["NOT_DONE", "before"].finditer(near))
        if not hits:
            return False
        cue_end = m.start - len(near) + hits[-1].end()
        gap = m.text[cue_end:m.start]
        # "instead of cisplatin, carboplatin was used": a comma after the list ends the cue's reach
        return not m.shielded(cue_end) and not m._new_predicate(gap) and not _LIST_END.search(gap)

    def _plan_given_up(self, m: "_Mention") -> bool:
        """Planned, and a later clause of the sentence (after ";" or ", but") gives the plan up ("... was planned;
        however, it was abandoned", "X was prescribed, but she never took it"); the next sentence is read by the
        component (``_give_up_plans``)."""
        later = _LATER_CLAUSE.split(m.text[m.end:])[1:]
        return bool(later) and any(self.plan_cancelled(part) for part in later) and \
            self.planned(m.text, m.start, m.end, m.label)

    def _hypothetical(self, m: "_Mention") -> bool:
        key = ("HYPOTHETICAL", "around")
        # (before the mention, only the statement it is in: "not a candidate for surgery and received X" gives X;
        # a terminator that is a new predicate (TERMINATE before ending in its verb or "so") ends the cue's reach,
        # not one that ends in a colon or a comma, which closes the condition: "If relapse: X plus Y", "if
        # lymphoma was confirmed, ABVD" stay conditional)
        # (the statement is found with a TERMINATE/before scan, run only when a row of the cue may match
        # in the sentence at all: most sentences have none of their words, and the cut changes nothing then)
        before = m.before[-self.c.scope[key]:]
        cue_before = False
        if m.may_have(key):
            ends = [e for e in m.pat["TERMINATE", "before"].finditer(before)
                    if e.group(0).rstrip()[-1:].isalpha() and m._new_predicate(e.group(0))]
            if ends:
                before = before[ends[-1].end():]
            # "X and Y were discussed, and Y was started in May 2019": the mention opens a clause of its own that
            # tells it given (PSEUDO own_predicate), which ends the weighing's reach, as for a refusal
            cue_before = m.has(key, before) and not (before and self._own_clause_given(m, m.start - len(before)))
        return bool(cue_before
                    or self._considered(m)
                    or self._plan_pending(m)
                    or self._still_to_come(m)
                    or m.has(key, m.after[:self.c.scope_after[key]])
                    or m.pat["HYPOTHETICAL", "feared"].search(m.before)
                    or (self._allowed(("HYPOTHETICAL", "suspected"), m.label)
                        and bool(m.pat["HYPOTHETICAL", "suspected"].search(m.before))))

    def _plan_pending(self, m: "_Mention") -> bool:
        """A plan that waits on something still to come ("X was planned pending insurance approval", "we scheduled
        X, awaiting the cardiac work-up"): a PLANNED cue and a ``plan_pending`` one in the mention's statement (its
        clause before it and the rest of the sentence), and no giving there (PSEUDO ``planned_given``)."""
        key = ("HYPOTHETICAL", "plan_pending")
        if key not in self.c.pat or not self._allowed(key, m.label) or not m.may_have(key):
            return False
        statement = m.before + " " + m.rest
        return bool(self.c.pat[key].search(statement) and self.c.pat["PLANNED", "around"].search(statement)
                    and not self.c.pat["PSEUDO", "planned_given"].search(statement))

    def _still_to_come(self, m: "_Mention") -> bool:
        """Present or future tense before the mention, in its clause ("she is scheduled to start X and Y", "he will
        be treated with X", "the plan is to begin X"): not given when the report ends, unless the statement gives it
        (PSEUDO ``planned_given``: "she is receiving X and will start Y" keeps X)."""
        key = ("HYPOTHETICAL", "future_before")
        if key not in self.c.pat or not self._allowed(key, m.label) or not m.may_have(key):
            return False
        return bool(m.pat[key].search(m.before)
                    and not self.c.pat["PSEUDO", "planned_given"].search(m.before + " " + m.rest))

    def _considered(self, m: "_Mention") -> bool:
        """A drug only considered, proposed or kept in reserve ("asciminib was considered as an
        alternative", "we discussed FOLFIRINOX"), unless the sentence goes on to give it."""
        # (after the mention only up to a later treatment that a new predicate or time clause leads to: "X until
        # progression, when Y was considered" considers Y, not X)
        after = m.after[:max(0, m.next_named_treatment() - m.end)]
        if m.pred > m.end:   # "X, which was active in a trial, is reserved for relapse": the predicate after the aside
            after = m.predicate_clause()
        # (an aside right after the mention is its own: "X (given her wild-type tumour) was kept for later")
        plan_after = m.pat["HYPOTHETICAL", "plan_after"]
        if "(" in after and self._sentence(m.text).asides():
            after, plan_after = self.aside.sub(" ", after), self.c.pat["HYPOTHETICAL", "plan_after"]
        return (self._allowed(("HYPOTHETICAL", "plan_after"), m.label)
                and bool(plan_after.search(after)
                         or m.pat["HYPOTHETICAL", "plan_before"].search(m.before)
                         or self._among_choices(m))
                and not m.rest_pat()["PSEUDO", "plan"].search(m.rest))

    def _among_choices(self, m: "_Mention") -> bool:
        """One of the alternatives a choice was offered between ("she was offered X plus Y or Z; she chose
        Z"): the ``choice`` rows match the mention's clause (a slice of the sentence) from the offer up to
        the last alternative, and the mention lies inside the match. The one chosen is given where the
        report tells it so ("she chose Z", "Z was started"), outside the offer."""
        if ("HYPOTHETICAL", "choice") not in self.c.pat:
            return False
        start = m.start - len(m.before)
        clause = m.text[start:m.end + len(m.after)]
        return any(hit.start() <= m.start - start and m.end - start <= hit.end()
                   for hit in m.pat["HYPOTHETICAL", "choice"].finditer(clause))

    def _concomitant(self, m: "_Mention") -> bool:
        if not self._allowed(("CONCOMITANT", "before"), m.label):
            return False
        # "leucovorin rescue": the word right after the drug says what it is for
        return bool(m.pat["CONCOMITANT", "before"].search(m.before)
                    or m.pat["CONCOMITANT", "glued_after"].search(m.text[m.end:m.end + 50])
                    or self._immunosuppression(m)
                    or self._treats_event(m))

    def _treats_event(self, m: "_Mention") -> bool:
        """ "a grade 2 cytokine release syndrome occurred and settled with tocilizumab": an anti-inflammatory agent
        (CONCOMITANT ``event_drug``) named as what an adverse event told before it in its clause settled, resolved or
        was treated with (CONCOMITANT ``event_treated``, ending right before the mention) treats the event, not the
        tumour, even beside the antineoplastic drug that caused it."""
        key = ("CONCOMITANT", "event_treated")
        if key not in self.c.pat or not self.c.pat["CONCOMITANT", "event_drug"].fullmatch(m.text[m.start:m.end]):
            return False
        hit = m.pat[key].search(m.before)
        if not hit:
            return False
        clause_start = m.start - len(m.before)
        return any(o.label == "ADVERSE_EVENT" and clause_start <= o.start and o.end <= clause_start + hit.start()
                   for o in m.others)

    def _immunosuppression(self, m: "_Mention") -> bool:
        """ "switched from tacrolimus to everolimus", "sirolimus as maintenance immunosuppression": an mTOR
        inhibitor (CONCOMITANT ``self``) named with a transplant's immunosuppression in its clause."""
        return bool(self.c.pat["CONCOMITANT", "self"].fullmatch(m.text[m.start:m.end])
                    and (m.pat["CONCOMITANT", "immuno_before"].search(m.before)
                         or m.pat["CONCOMITANT", "immuno_after"].search(m.after)))


_UNSET = object()


class _SentenceFacts:
    """Per-sentence answers shared by the sentence's flags and its mentions, computed on first use:
    the LITERATURE / PATIENT_ANCHOR rows whose literals occur in the sentence
    (``MatchesAnywhere.narrowed``: a phrase of the sentence can match no other row) and whether
    the sentence is anchored to the patient."""

    __slots__ = ("engine", "text", "_literature", "_anchor_rows", "_anchored", "_asides", "_patterns", "_rows",
                 "_lits")

    def __init__(self, engine: Assertion, text: str):
        self.engine, self.text = engine, text
        self._literature = self._anchor_rows = self._anchored = self._asides = self._patterns = self._lits = _UNSET
        self._rows: dict = {}

    def lits(self) -> set | None:
        """The prefilters' literals in the lower-cased sentence (``literals_in``: found once for all
        the sentence's row and pattern tests; kg_cues has usually found them already); None for a
        non-ASCII sentence (``str.lower`` of a slice need not be a slice of its ``lower``) or when
        unknown."""
        if self._lits is _UNSET:
            self._lits = literals_in(self.text.lower()) if self.text.isascii() else None
        return self._lits

    def has(self, key: tuple[str, str], part: str) -> bool:
        """Does the cue ``key`` match anywhere in ``part``, a slice of the sentence? Only the cue's
        rows whose literals occur in the sentence are run (``MatchesAnywhere.narrowed``, worked out
        once per sentence and cue: a slice holds no literal the sentence lacks)."""
        anywhere = self.engine.c.anywhere(key)
        return anywhere.within(part, self._narrowed(key, anywhere))

    def may_have(self, key: tuple[str, str]) -> bool:
        """False when no row of the cue ``key`` has its words in the sentence: :meth:`has` is then False
        for every slice of it (None from ``narrowed``: not known, so True)."""
        rows = self._narrowed(key, self.engine.c.anywhere(key))
        return rows is None or bool(rows)

    def _narrowed(self, key: tuple[str, str], anywhere: MatchesAnywhere):
        rows = self._rows.get(key, _UNSET)
        if rows is _UNSET:
            rows = self._rows[key] = anywhere.narrowed(self.text, self.lits())
        return rows

    def patterns(self) -> "_SentencePatterns":
        if self._patterns is _UNSET:
            self._patterns = _SentencePatterns(self.engine.c.pat, self.text, self.lits())
        return self._patterns

    def asides(self) -> list[tuple[int, int, str]]:
        """(start, end, text) of every ASIDE match of the sentence (each mention asks which holds it)."""
        if self._asides is _UNSET:
            self._asides = [(p.start(), p.end(), p.group(0)) for p in self.engine.aside.finditer(self.text)]
        return self._asides

    def literature_rows(self):
        if self._literature is _UNSET:
            self._literature = self.engine._literature_in.narrowed(self.text, self.lits())
        return self._literature

    def anchor_rows(self):
        if self._anchor_rows is _UNSET:
            self._anchor_rows = self.engine._anchor_in.narrowed(self.text, self.lits())
        return self._anchor_rows

    def anchored(self) -> bool:
        if self._anchored is _UNSET:
            self._anchored = self.engine._anchor_in.within(self.text, self.anchor_rows())
        return self._anchored


class _NoMatch:
    """A pattern that matches nowhere (what ``_SentencePatterns`` gives for a cue whose literals
    the sentence lacks)."""

    __slots__ = ()

    def search(self, *_a):
        return None

    match = fullmatch = search

    def finditer(self, *_a):
        return iter(())


_NO_MATCH = _NoMatch()


class _SentencePatterns(dict):
    """The cue patterns (``_Cues.pat``) for texts that are slices of one sentence: a prefiltered
    pattern whose literal condition fails on the whole sentence matches no slice of it (every
    string that occurs in a slice occurs in the sentence; for a case-insensitive pattern only when
    the sentence is ASCII, where ``str.lower`` of a slice is a slice of ``str.lower`` of the
    sentence), so it is ``_NO_MATCH`` for the sentence: its mentions skip the per-slice check
    (lower-casing and literal tests) for each of their windows. Texts that are not slices (``rest``
    with its asides replaced, ``before + " " + rest``) use ``_Cues.pat`` itself."""

    __slots__ = ("_pat", "_text", "_low", "_lits")

    def __init__(self, pat: dict, text: str, lits: set | None = None):
        super().__init__()
        self._pat, self._text = pat, text
        self._low = text.lower() if text.isascii() else None
        self._lits = lits   # the literals of _low (kg.rules.literal_index), when known

    def __missing__(self, key):
        p = self._pat[key]
        may = getattr(p, "_may_match", None)
        if may is not None:
            if p._fold:
                if self._low is not None:
                    may_in = p.condition_in() if self._lits is not None else None
                    if not (may_in(self._low, self._lits) if may_in is not None else may(self._low)):
                        p = _NO_MATCH
            elif not may(self._text):
                p = _NO_MATCH
        self[key] = p
        return p


class _TokensBefore:
    """The lower-cased tokens ``doc[start:end]``, read only when a token-window cue asks (most
    mentions are decided before)."""

    __slots__ = ("doc", "start", "end")

    def __init__(self, doc: Doc, start: int, end: int):
        self.doc, self.start, self.end = doc, start, end

    def __iter__(self):
        return (t.lower_ for t in self.doc[self.start:self.end])

    def __len__(self) -> int:
        return self.end - self.start


class _Mention:
    """One mention in its sentence, with the clause windows the cues read (computed once)."""

    __slots__ = ("text", "start", "end", "label", "others", "tokens_before", "before", "after", "_rest", "_engine",
                 "pat", "_facts", "pred")

    def __init__(self, engine: Assertion, text, start, end, label, others, tokens_before):
        self._engine = engine
        self.text, self.start, self.end, self.label = text, start, end, label
        self.others, self.tokens_before = others, tokens_before
        # the cue patterns for texts that are slices of this sentence (_SentencePatterns)
        self._facts = engine._sentence(text)
        self.pat = self._facts.patterns()
        clause = self.pat["TERMINATE", "clause"]
        before, after = text[:start], text[end:]
        cuts = list(clause.finditer(before))
        if cuts:
            before = before[cuts[-1].end():]
        cut = clause.search(after)
        if cut:
            after = after[:cut.start()]
        self.before, self.after = before, after
        self._rest = None
        # where the mention's own predicate starts: after an appositive or a relative clause between commas right
        # after it ("X, the approved option after Y, was postponed ...", "X, which showed activity in a trial, is
        # reserved for relapse": APPOSITIVE ``after``), the predicate is still the mention's
        app = self.pat["APPOSITIVE", "after"].search(text[end:]) if ("APPOSITIVE", "after") in engine.c.pat else None
        self.pred = end + app.end() if app else end

    @property
    def rest(self) -> str:
        """The rest of the sentence up to ';', asides removed: "X was requested ..., but was refused"
        (an elided passive subject is the mention itself, so refusal and planned-not-done cues read to
        the end of the sentence, not the clause); "(images not available)" is an aside."""
        if self._rest is None:
            part = self.text[self.pred:self._rest_end()].split(";", 1)[0]
            # (a sentence without an aside has none in any slice of it: the part stays a slice)
            self._rest = self._engine.aside.sub(" ", part) if self._facts.asides() else part
        return self._rest

    def rest_pat(self) -> dict:
        """The cue patterns for :attr:`rest`: the sentence's own (``pat``) when the rest is a slice of
        the sentence (no aside was taken out of it), else ``_Cues.pat``."""
        return self._engine.c.pat if self._facts.asides() else self.pat

    def _kin(self, o: Other) -> bool:
        """Another mention of the same kind as this one (drugs, classes and regimens are one kind)."""
        group = _SHIELD_GROUP if self.label in _SHIELD_GROUP else {self.label}
        return o.label in group and (o.start, o.end) != (self.start, self.end)

    def has(self, key: tuple[str, str], part: str) -> bool:
        """Does the cue ``key`` match anywhere in ``part``, a slice of this sentence?"""
        return self._facts.has(key, part)

    def may_have(self, key: tuple[str, str]) -> bool:
        """May the cue ``key`` match in some slice of this sentence (False: :meth:`has` is False for every slice)?"""
        return self._facts.may_have(key)

    def _new_predicate(self, gap: str) -> bool:
        """(``gap``: a slice of the sentence, as every caller passes)"""
        return self.has(("TERMINATE", "shield_gap"), gap)

    def shielded(self, cue_end: int) -> bool:
        """A cue reaches only the first thing it names: "could not afford lorlatinib and received
        ensartinib" negates lorlatinib, not ensartinib (another mention of the same kind sits between,
        followed by a new predicate). Along a list it reaches on: "declined cisplatin and etoposide",
        "refused chemotherapy with vincristine"."""
        return any(self._kin(o) and cue_end <= o.start and o.end <= self.start
                   and self._new_predicate(self.text[o.end:self.start]) for o in self.others)

    def _rest_end(self) -> int:
        """Where the rest of the sentence stops being about this mention: at the first later mention of
        its kind that a new predicate leads to ("Lorlatinib was started because ceritinib was not
        available": the refusal is ceritinib's)."""
        return self._next_clause_of(lambda o: True, self.pred)

    def predicate_clause(self) -> str:
        """The clause of the mention's own predicate after an appositive (APPOSITIVE ``after``; "" without one), up
        to the next clause break or the next named treatment a new predicate leads to: what :attr:`after` is for a
        mention whose predicate follows it directly."""
        if self.pred == self.end:
            return ""
        after = self.text[self.pred:self._next_clause_of(lambda o: o.label in _NAMED_TREATMENT, self.pred)]
        cut = self.pat["TERMINATE", "clause"].search(after)
        return after[:cut.start()] if cut else after

    def next_named_treatment(self) -> int:
        """Where the next named drug or regimen starts that a new predicate or a time clause leads to (the end of
        the sentence if none): "X until progression, when Y was considered". A drug class restating the mention
        ("X was the first ALK inhibitor considered") is no other treatment."""
        return self._next_clause_of(lambda o: o.label in _NAMED_TREATMENT)

    def _next_clause_of(self, which, start: int | None = None) -> int:
        """The start of the first later mention of this mention's kind (and ``which``) after ``start`` (the
        mention's end by default) that a new predicate or the next clause leads to; the end of the sentence if none."""
        start = self.end if start is None else start
        later = sorted(o.start for o in self.others if which(o) and self._kin(o) and o.start >= start
                       and (self._predicate_outside_asides(self.text[start:o.start]) or self._opens_next_clause(o)))
        return later[0] if later else len(self.text)

    def _predicate_outside_asides(self, gap: str) -> bool:
        """A new predicate in ``gap`` (a slice of the sentence) that is not inside a parenthetical aside: the verb of
        "fulvestrant with alpelisib (PIK3CA H1047R was found on ctDNA) or capecitabine are reserved" is the aside's,
        and the treatments before and after it are one list, the subject of what follows (parsing, not a cue)."""
        if "(" not in gap or not self._new_predicate(gap):
            return self._new_predicate(gap)
        return bool(self._engine.c.pat["TERMINATE", "shield_gap"].search(self._engine.aside.sub(" ", gap)))

    def _opens_next_clause(self, o: Other) -> bool:
        """"She received azacitidine, and venetoclax, intended from day 1, was never started": after a clause whose
        verb comes before this mention, another treatment right after a coordinator (", and", ", but"; no verb between
        them: "started X with Y, and Z ...") opens the next clause, and what that clause says is its own."""
        gap = self.text[self.end:o.start]
        return bool(_NEXT_CLAUSE.search(gap)) and not self._engine.verb.search(gap) and bool(
            self._engine.verb.search(self.before))


def _told_given(ud, ents) -> list:
    """The named treatments (drugs, regimens) of a sentence whose status is affirmed: told given."""
    return [e for e in ents if e.label_ in _NAMED_TREATMENT and ud.get(("._.", "status", e.start_char, e.end_char)) == AFFIRMED]


def _before_other_drugs(ud, text: str, base: int, ents, names: set[str], classes: bool = False) -> str:
    """The text of a sentence that may carry out a plan of the drug ``names``: the whole sentence, or, when it
    names drugs told given that are all others (and no regimen, which may hold the drug), only the clauses before
    the clause of the first of them. ``classes``: a regimen told given that ``names`` does not name is another too
    (``names`` are then every treatment of the plan's sentence, a regimen's spelled-out drugs among them)."""
    given = _told_given(ud, ents)
    if not given or not all((classes or e.label_ == "DRUG") and not _names(e) & names for e in given):
        return text
    head = text[:max(0, min(e.start_char for e in given) - base)]
    cut = [m.start() for m in _CLAUSE_START.finditer(head)]
    return head[:cut[-1]] if cut else ""


def _starts_other(eng: "Assertion", ud, text: str, base: int, ents, own: set[str], terms: TermIndex | None) -> bool:
    """Does a sentence after a plan tell another treatment of the tumour given (a drug or regimen told given, none of
    them named in the plan's sentence, ``own``, nor a supportive agent), with nothing carried out in the clauses before
    it ("Regorafenib was started in May.")? (Its sentence then carries nothing of the plan out: the plan's reach ends
    before it.)"""
    given = _told_given(ud, ents)
    return bool(given) and not any(_names(e) & own for e in given) \
        and all(_treats_tumour(ud, e, terms) for e in given) and eng.carried_out(text) \
        and not eng.carried_out(_before_other_drugs(ud, text, base, ents, own, classes=True))


def _treats_tumour(ud, ent, terms: TermIndex | None) -> bool:
    """Is the treatment no supportive agent by its term's drug class (_SIDE_CLASSES; unknown: it treats the tumour)?"""
    curie = ud.get(("._.", "curie", ent.start_char, ent.end_char))
    cls = (terms.extra(curie, "drug_class") or "").strip().lower() if terms is not None and curie else ""
    return not cls or not any(label_is(cue, cls) for cue in _SIDE_CLASSES)


def _chosen_instead(ud, text: str, base: int, mine, ent) -> bool:
    """Does the sentence of an alternative or a plan tell another treatment chosen after a contrast ("X had been an
    alternative, but Y was chosen for its CNS activity", "X was an option; Y was preferred")? What the next sentences
    tell carried out is then that treatment's, not the alternative's."""
    return any(o.label_ in _NAMED_TREATMENT and o.start_char > ent.end_char and not _names(o) & _names(ent)
               and ud.get(("._.", "status", o.start_char, o.end_char)) == AFFIRMED
               and _CONTRAST.search(text[ent.end_char - base:o.start_char - base]) for o in mine)


def _same_concept(ud, a, b) -> bool:
    """Do two mentions name one concept: the same linked term (``._.curie``), or ``b`` a short form whose long
    form is ``a`` (``._.long_form``)?"""
    curie = ud.get(("._.", "curie", a.start_char, a.end_char))
    long_form = ud.get(("._.", "long_form", b.start_char, b.end_char))
    return bool(curie) and curie == ud.get(("._.", "curie", b.start_char, b.end_char)) \
        or bool(long_form) and long_form.lower() == a.text.lower()


def _names(ent) -> set[str]:
    """What a mention names: its words and, when linked, its id (the same drug told in other words: "the team planned
    axicabtagene ciloleucel" and "the plan for axi-cel has not been carried out" name one drug). The linker's term
    (``._.curie``) is set by now; ``kb_id_`` is not."""
    return {ent.text.lower(), ent.kb_id_, ent._.curie or ""} - {""}


def _general_statement(eng: "Assertion", text: str) -> bool:
    """A sentence of the literature (a LITERATURE row of kg/rules/sentences.jsonl) that names no patient of the report
    (no patient anchor): what it names is told in general, of no one."""
    flags = eng.sentence_flags(text)
    return "literature" in flags and "patient_anchor" not in flags


def _another_combination(earlier, later) -> bool:
    """Do two sentences name two different combinations, each with a drug or regimen the other lacks ("BEP
    (bleomycin, etoposide and cisplatin) planned for three cycles" and later "high-dose chemotherapy with carboplatin
    and etoposide, planned as consolidation, was not given")? The drug they share is then in two plans: giving up
    the later plan says nothing of the earlier one."""
    def named(ents) -> set[str]:
        return {e.kb_id_ or e.text.lower() for e in ents if e.label_ in _COMBINATION_LABELS}
    a, b = named(earlier), named(later)
    return bool(a - b) and bool(b - a)


_ENGINE: Assertion | None = None


def engine() -> Assertion:
    """The process's engine (rules compiled once)."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = Assertion()
    return _ENGINE


def sentence_flags(doc: Doc) -> dict[int, frozenset[str]]:
    """Sentence start char -> its flags, from ``doc.spans["kg_sentence_flags"]``."""
    out: dict[int, set[str]] = {}
    for key in (FLAGS_KEY, AE_TABLE_KEY):  # kg_context's adverse-event tables: flag ``ae_table``
        if key in doc.spans:
            for span in doc.spans[key]:
                out.setdefault(span.start_char, set()).add(span.label_)
    return {k: frozenset(v) for k, v in out.items()}


@Language.factory("kg_assertion", assigns=["span._.status", "doc.spans"],
                  requires=["doc.ents", "doc.sents"])
class AssertionComponent:
    """Sets ``span._.status`` of every entity and the sentence flags (see the module docstring)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.engine = engine()

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        full = doc_text(doc)
        drop_doc_text(doc)  # last kg component: don't ship the copy with the doc
        flags: list[Span] = []
        ud = doc.user_data
        previous: tuple[str, int, list] | None = None  # (text, base, entities) of the sentence before
        before: tuple[str, int, list] | None = None    # the same of the sentence before that
        plans: dict[str, list] = {}   # name -> (text, base, entity) of each earlier mention that may be a plan
        options = 0   # how many more sentences may be lines of a list of options (OPTIONS_LEAD)
        story: list[tuple[str, int, list]] = []   # (text, base, entities) of every sentence, in order
        for s, e, base, text, mine in sentences_with_entities(doc, full):
            story.append((text, base, mine))
            flags.extend(Span(doc, s, e, label=f) for f in self.engine.sentence_flags(text))
            if (previous is not None and previous[2] or before is not None and before[2]) \
                    and self.engine.plan_cancelled(text):
                # "X was planned. This plan was abandoned ...": the sentence before, or the one before it when the
                # sentence between names no treatment ("X was ordered. Her CEA rose. She died before it started.")
                # (not when the sentence between gives it: "X was ordered. It was started on day 3. ...")
                plan = previous if any(e.label_ in _PLAN_LABELS for e in previous[2]) else \
                    None if self.engine.gives(previous[0]) else before
                if plan is not None:
                    self._give_up_plans(ud, *plan)
            before, previous = previous, (text, base, mine)
            # lines of a list of options after an OPTIONS_LEAD sentence or line ("Options discussed:" then bare lines)
            listed: list[tuple[int, int]] = []   # (start, end) of each line of the sentence that lists options
            if options > 0 or self.engine.may_lead_options(text):
                options = self._option_lines(text, options, listed)
            if not mine:
                continue
            others = [Other(x.label_, x.start_char - base, x.end_char - base) for x in mine]
            for ent in mine:
                tokens = _TokensBefore(doc, max(s, ent.start - self.engine.token_window), ent.start)
                status = self.engine.status(text, ent.start_char - base, ent.end_char - base, ent.label_,
                                            others, tokens)
                if listed and status == AFFIRMED and ent.label_ in _SHIELD_GROUP and any(
                        a <= ent.start_char - base < b for a, b in listed):
                    status = STATUS["HYPOTHETICAL"]
                ud[("._.", "status", ent.start_char, ent.end_char)] = status
                self._give_up_named_plan(ud, plans, text, base, ent, status, mine)
            self._list_shares_status(ud, text, base, mine)
            self._subject_list_shares_status(ud, text, base, mine)
            self._short_form_shares_status(ud, text, base, mine)
            self._gloss_shares_status(ud, text, base, mine)
        self._proposals_taken_up(ud, story)
        key = doc._.kg_terms_key
        self._plans_never_carried_out(ud, story, get_index(key) if key else None)
        self._given_up_later(ud, story)
        for text, base, mine in story:   # the story's passes above may have told the regimen or its drugs anew
            self._short_form_shares_status(ud, text, base, mine)
            self._gloss_shares_status(ud, text, base, mine)
        doc.spans[FLAGS_KEY] = flags
        return doc

    def _list_shares_status(self, ud, text: str, base: int, mine) -> None:
        """A list of treatments that an option, a consideration or a refusal before it governs ("referred for
        consideration of cisplatin, fluorouracil and cetuximab", "the options would be X, Y or Z"): a cue that reached
        only the first item reaches the items after it too, when only list words separate them (LIST_SHARED ``gap``:
        commas, and/or/plus, a line or dose modifier) and no new predicate (TERMINATE ``shield_gap``)."""
        eng = self.engine
        ents = [e for e in mine if e.label_ in _SHIELD_GROUP]
        for prev, ent in zip(ents, ents[1:]):
            shared = ud.get(("._.", "status", prev.start_char, prev.end_char))
            key = ("._.", "status", ent.start_char, ent.end_char)
            if shared not in _LIST_SHARED or ud.get(key) != AFFIRMED:
                continue
            gap = text[prev.end_char - base:ent.start_char - base]
            # "She refused palbociclib, and letrozole alone was begun": the later item is the subject of its own predicate
            if eng.list_gap(gap) and not eng.c.pat["PSEUDO", "own_predicate"].search(text[ent.end_char - base:]):
                ud[key] = shared
        # a list that opens its sentence, before any predicate, and whose last items a cue after it governs ("Second-
        # line sunitinib, third-line regorafenib and ripretinib remain available"): its first items share their status
        first = 0
        while first + 1 < len(ents) and eng.list_gap(text[ents[first].end_char - base:ents[first + 1].start_char - base]):
            first += 1
        if first and not eng.list_gap_opens(text[:ents[0].start_char - base]):
            return
        last = ud.get(("._.", "status", ents[first].start_char, ents[first].end_char)) if first else None
        if last in _LIST_SHARED:
            for ent in ents[:first]:
                key = ("._.", "status", ent.start_char, ent.end_char)
                if ud.get(key) == AFFIRMED:
                    ud[key] = last

    def _subject_list_shares_status(self, ud, text: str, base: int, mine) -> None:
        """A list of treatments that is the subject of the predicate after it ("..., and fulvestrant with alpelisib
        (PIK3CA H1047R was found) or capecitabine are reserved for progression"): items joined only by list words or
        'with' (LIST_SHARED ``gap`` / ``joined``, asides left out) are one subject, so the predicate after the list
        says the same of each. The first item is read with the rest of the list left out ("..., and fulvestrant are
        reserved for progression"); when that gives the status the last item has, and it is a not-given one, the
        items told given before it share it (the cue after the list could reach only the last of them)."""
        eng = self.engine
        ents = [e for e in mine if e.label_ in _SHIELD_GROUP]
        i = 0
        while i < len(ents) - 1:
            j = i
            while j + 1 < len(ents) and eng.subject_gap(text[ents[j].end_char - base:ents[j + 1].start_char - base]):
                j += 1
            # the subject starts at the first item that opens its clause: no predicate before it in the clause ("She
            # remains on X and Y, and Z is reserved": only Z opens one)
            k = next((k for k in range(i, j) if eng.opens_clause(text[:ents[k].start_char - base])), j)
            if j > k:
                self._collapse_list(ud, text, base, mine, ents[k:j + 1])
            i = j + 1

    def _collapse_list(self, ud, text: str, base: int, mine, run) -> None:
        """(:meth:`_subject_list_shares_status`) the run's first item read with the rest of the run left out."""
        first, last = run[0], run[-1]
        told = ud.get(("._.", "status", last.start_char, last.end_char))
        items = [e for e in run[:-1] if ud.get(("._.", "status", e.start_char, e.end_char)) == AFFIRMED]
        if told not in _LIST_SHARED | _GIVEN_UP or not items:
            return
        cut = last.end_char - first.end_char   # the characters left out
        short = text[:first.end_char - base] + text[last.end_char - base:]
        others = [Other(x.label_, x.start_char - base - (cut if x.start_char >= last.end_char else 0),
                        x.end_char - base - (cut if x.start_char >= last.end_char else 0))
                  for x in mine if x.start_char <= first.start_char or x.start_char >= last.end_char]
        if self.engine.status(short, first.start_char - base, first.end_char - base, first.label_, others) != told:
            return
        for e in items:
            ud[("._.", "status", e.start_char, e.end_char)] = told

    def _short_form_shares_status(self, ud, text: str, base: int, mine) -> None:
        """A treatment's other name in the parentheses right after it ("afamitresgene autoleucel (afami-cel)",
        "tisagenlecleucel (Kymriah)") is the same mention: the parentheses hold it alone and it names the same
        concept, so it takes the status the name before it was given (a cue right before the first name, "to assess
        eligibility for X (Y)", does not reach past the bracket)."""
        ents = [e for e in mine if e.label_ in _SHIELD_GROUP]
        for head, inner in zip(ents, ents[1:]):
            if not _same_concept(ud, head, inner) \
                    or not _BRACKET_OPEN.fullmatch(text, head.end_char - base, inner.start_char - base) \
                    or not _BRACKET_CLOSE.match(text, inner.end_char - base):
                continue
            told = ud.get(("._.", "status", head.start_char, head.end_char))
            key = ("._.", "status", inner.start_char, inner.end_char)
            if told != AFFIRMED and ud.get(key) == AFFIRMED:
                ud[key] = told

    def _gloss_shares_status(self, ud, text: str, base: int, mine) -> None:
        """A regimen or class and the drugs its parentheses spell out are one treatment ("R-CHOP (rituximab,
        cyclophosphamide, doxorubicin, vincristine and prednisone) was booked", "PCV (procarbazine, lomustine and
        vincristine) or temozolomide was offered"): a cue that reached only some of them (the nearest) tells the
        status of all, when the parentheses hold only drugs and no predicate and one not-given status is told."""
        ents = [e for e in mine if e.label_ in _SHIELD_GROUP]
        for i, head in enumerate(ents):
            if head.label_ == "DRUG":
                continue
            opened = _GLOSS_OPEN.match(text, head.end_char - base)
            close = text.find(")", head.end_char - base)
            if not opened or close < 0 or "(" in text[opened.end():close]:
                continue
            inner = [e for e in ents[i + 1:] if e.end_char - base <= close]
            if not inner or any(e.label_ != "DRUG" for e in inner) or self.engine.verb.search(text[opened.end():close]):
                continue
            group = [head, *inner]
            told = {ud.get(("._.", "status", e.start_char, e.end_char)) for e in group}
            shared = told & (_LIST_SHARED | _GIVEN_UP)
            if len(shared) != 1 or not told <= shared | {AFFIRMED}:
                continue
            status = shared.pop()
            for e in group:
                ud[("._.", "status", e.start_char, e.end_char)] = status

    def _proposals_taken_up(self, ud, story: list) -> None:
        """A treatment told only as proposed or considered ("Docetaxel was proposed.") and taken up by the next
        sentence, which names no treatment of its own and tells one given (PLAN_TAKEN_UP: "She received four
        cycles with stable disease."): the proposal was carried out (affirmed), unless that sentence gives the plan
        up (PLAN_CANCELLED) or is a heading."""
        eng = self.engine
        for i in range(len(story) - 1):
            text, base, mine = story[i]
            if not mine or _CELL in text:
                continue
            nxt, _b, theirs = story[i + 1]
            if any(e.label_ in _NAMED_TREATMENT for e in theirs) or not eng.taken_up(nxt) \
                    or eng.is_heading(nxt) or eng.plan_cancelled(nxt):
                continue
            others = [Other(x.label_, x.start_char - base, x.end_char - base) for x in mine]
            # "X had been an alternative but Y was easier to give. She had grade 2 nausea.", "Y was chosen, with X
            # arranged as the next step. After four doses, ...": the sentence tells another treatment given, which the
            # next sentence goes on with, not the proposal
            given = [e for e in mine if e.label_ in _NAMED_TREATMENT
                     and ud.get(("._.", "status", e.start_char, e.end_char)) == AFFIRMED]
            for ent in mine:
                key = ("._.", "status", ent.start_char, ent.end_char)
                if any(not _names(g) & _names(ent) for g in given):
                    continue
                if ent.label_ in _SHIELD_GROUP and ud.get(key) == STATUS["HYPOTHETICAL"] and eng.proposal_only(
                        text, ent.start_char - base, ent.end_char - base, ent.label_, others):
                    ud[key] = AFFIRMED

    def _plans_never_carried_out(self, ud, story: list, terms: TermIndex | None = None) -> None:
        """A treatment the report only recommends, proposes or plans (PLAN_ONLY: "The board recommended X", "Plan:
        X") and never tells given: no other affirmed mention of it, and none of the sentences right after the plan
        carries it out (PLAN_CARRIED_OUT: "She received four cycles", "It was well tolerated", "CT showed a partial
        response"; not after a sentence that starts another treatment of the tumour: what follows is that one's course,
        _starts_other). Such a plan, often the report's last word on the patient, was never given (hypothetical). So
        is a plan a later sentence tells refused or not done by name, whatever the sentences after the plan say. A
        drug told only as withheld or omitted for a reason (WITHHELD_ONLY), in a report that names no regimen given,
        was never given either (not done)."""
        eng = self.engine
        plan_only: dict[int, list] = {}   # sentence index -> its plan-only mentions
        told: set[str] = set()            # names (and ids) of the mentions told otherwise than as a plan
        refused: dict[str, tuple[int, int]] = {}   # name (and id) -> (sentence, start) of the last refused or not done mention
        withheld: list = []               # mentions told only as withheld or omitted (WITHHELD_ONLY)
        regimen_told = False              # a named regimen told given (a withheld drug may be one of its drugs)
        definite: set[str] = set()        # class words told refused or not done as "the ..." ("the chemotherapy")
        for i, (text, base, mine) in enumerate(story):
            for ent in mine:
                if ent.label_ in _SHIELD_GROUP and ud.get(("._.", "status", ent.start_char, ent.end_char)) in _GIVEN_UP:
                    refused.update((n, (i, ent.start_char)) for n in _names(ent))
                    if ent.label_ == "DRUG_CLASS" and _DEFINITE.search(text[:ent.start_char - base]):
                        definite.update(_names(ent))
            if _CELL in text and mine:   # a table row: its cells' own cues (row, cell) decide
                told.update(n for ent in mine if ud.get(("._.", "status", ent.start_char, ent.end_char)) == AFFIRMED
                            for n in _names(ent))
                continue
            others = [Other(x.label_, x.start_char - base, x.end_char - base) for x in mine]
            # the sentence before leads to a plan without naming the treatment ("The board recommended a change of
            # treatment." then "Docetaxel 75 mg/m2 with ramucirumab.")
            lead = i > 0 and eng.plan_lead(*story[i - 1])
            # a sentence of the literature about no patient ("X and Y are second-generation inhibitors", "the
            # mutation confers resistance to X") names the drug in general: no sign it was given, so a plan of it
            # told later stays a plan (leak38; its statuses are made "literature" after the NLP, kg.extraction.context)
            general = any(e.label_ in _SHIELD_GROUP for e in mine) and _general_statement(eng, text)
            for ent in mine:
                if ent.label_ not in _SHIELD_GROUP:
                    continue
                key = ("._.", "status", ent.start_char, ent.end_char)
                if ud.get(key) != AFFIRMED:
                    continue
                if ent.label_ == "REGIMEN":
                    regimen_told = True
                if eng.withheld_only(text, ent.start_char - base, ent.end_char - base, ent.label_):
                    withheld.append(ent)
                elif eng.plan_only(text, ent.start_char - base, ent.end_char - base, ent.label_, others) or (
                        lead and eng.plan_follows(text, ent.start_char - base, ent.end_char - base, ent.label_, others)):
                    plan_only.setdefault(i, []).append(ent)
                elif not general:
                    told.update(_names(ent))
        for i, ents in plan_only.items():
            after = []
            for t, b, theirs in story[i + 1:i + 1 + _CARRIED_OUT_REACH]:
                if eng.is_heading(t):
                    break   # "Discussion": the story stops there
                after.append((t, b, theirs))
            # a sentence that tells the plan cancelled or no anticancer drug given carries nothing out, whatever
            # cycle or infusion it names ("The first infusion was booked, but ..., and treatment was cancelled.")
            given_up = any(eng.given_up_after(t) for t, _b, _m in after)
            # what the sentences after another treatment's start tell carried out is that treatment's course ("X was
            # recommended. Y was started in May. She developed grade 2 rash."): the plan's reach stops there
            own = {n for e in story[i][2] for n in _names(e)}
            other_start = next((k for k, (t, b, m) in enumerate(after) if _starts_other(eng, ud, t, b, m, own, terms)),
                               None)
            reach = after if other_start is None else after[:other_start]
            carried_by = [(t, b, m) for t, b, m in reach if eng.carried_out(t) and not eng.given_up_after(t)]
            # the plan's class words ("chemotherapy with X and Y was recommended"): a later "the chemotherapy was
            # cancelled" gives up the plan too
            kinds = {n for e in story[i][2] if e.label_ == "DRUG_CLASS" for n in _names(e)}
            kind_given_up = any(refused.get(n, (-1, 0))[0] > i for n in kinds & definite)
            for ent in ents:
                # a sentence that carries out only other drugs, named ("X was suggested. [...] Carboplatin and
                # paclitaxel were administered."), tells those given, not the plan of this drug, unless a clause
                # before theirs tells something carried out ("After six months, progression was seen and she
                # received Y")
                carried = any(ent.label_ != "DRUG" or eng.carried_out(_before_other_drugs(ud, t, b, m, _names(ent)))
                              for t, b, m in carried_by) and not _chosen_instead(ud, *story[i], ent)
                # a later sentence that tells this very treatment refused or not done ("X was recommended. [...]
                # She declined X.") says what became of the plan: the carrying-out words around it are another's
                # (a later mention of the same sentence counts too: "The board recommended X; [...] so X was never
                # started")
                # (a refusal of the drug in another combination is another plan's: _another_combination)
                if not _names(ent) & told and (not carried or kind_given_up or given_up
                                               or any(refused.get(n, (-1, 0)) > (i, ent.start_char)
                                                      and not _another_combination(story[i][2],
                                                                                   story[refused[n][0]][2])
                                                      for n in _names(ent))):
                    ud[("._.", "status", ent.start_char, ent.end_char)] = STATUS["HYPOTHETICAL"]
        if not regimen_told:
            for ent in withheld:
                if not _names(ent) & told:
                    ud[("._.", "status", ent.start_char, ent.end_char)] = STATUS["NOT_DONE"]

    def _given_up_later(self, ud, story: list) -> None:
        """A drug a later mention tells refused or not done ("Adding bevacizumab was raised at the clinic. [...]
        Bevacizumab was never administered.") whose earlier mentions tell nothing given (no PLAN_CARRIED_OUT words
        in their sentence, up to the refusal when it is the same) was never given: those mentions are not done too.
        A refusal of more of a drug (PSEUDO ``given_up_continued``: "she declined further imatinib", "it was never
        resumed") tells it given before; a mention told given anywhere, or one after the refusal, keeps the drug
        given."""
        eng = self.engine
        last: dict[str, int] = {}   # name (and id) -> start of the last mention that tells it refused or not done
        for text, base, mine in story:
            for ent in mine:
                if ent.label_ in _NAMED_TREATMENT and ud.get(("._.", "status", ent.start_char, ent.end_char)) \
                        in _GIVEN_UP and not eng.given_up_continued(text) \
                        and "literature" not in eng.sentence_flags(text):   # "... compared with X" of a trial
                    last.update((n, ent.start_char) for n in _names(ent))
        if not last:
            return
        told: set[str] = set()
        candidates = []
        for text, base, mine in story:
            for ent in mine:
                if ent.label_ not in _NAMED_TREATMENT or ud.get(("._.", "status", ent.start_char, ent.end_char)) != AFFIRMED:
                    continue
                names = _names(ent)
                refusal = max((last.get(n, -1) for n in names), default=-1)
                if refusal > ent.end_char and _CELL not in text \
                        and not eng.carried_out(text[:max(0, min(len(text), refusal - base))]):
                    candidates.append(ent)
                else:
                    told.update(names)
        for ent in candidates:
            if not _names(ent) & told:
                ud[("._.", "status", ent.start_char, ent.end_char)] = STATUS["NOT_DONE"]

    def _option_lines(self, text: str, options: int, listed: list) -> int:
        """Walk the lines of a sentence (split after a colon or a line break) with ``options``, how many more
        lines may list options; the lines that do are added to ``listed``. Returns the count left."""
        for line in _LINE.finditer(text):
            part = line.group(0)
            if not part.strip():
                continue
            if options > 0 and self.engine.option_listed(part):
                listed.append((line.start(), line.end()))
                options -= 1
            else:
                options = 0
            if self.engine.options_lead(part):
                options = _OPTIONS_REACH
        return options

    def _give_up_named_plan(self, ud, plans: dict, text: str, base: int, ent, status: str, mine=()) -> None:
        """A plan given up later by name: "doxorubicin and ifosfamide were planned. [...] The doxorubicin and
        ifosfamide plan was cancelled." The later mention is itself a plan not done (a PLANNED cue and a
        NOT_DONE one); the drug's earlier planned mentions of the section were that plan, never given.
        Another mention that says the drug was given stays affirmed."""
        if ent.label_ not in _PLAN_LABELS:
            return
        name = ent.text.lower()
        if status == STATUS["NOT_DONE"] and self.engine.planned(text, ent.start_char - base, ent.end_char - base, ent.label_):
            for t, b, e, theirs in plans.pop(name, []):
                key = ("._.", "status", e.start_char, e.end_char)
                if ud.get(key) == AFFIRMED and self.engine.planned(t, e.start_char - b, e.end_char - b, e.label_) \
                        and not _another_combination(theirs, mine):
                    ud[key] = STATUS["NOT_DONE"]
        elif status == AFFIRMED:
            plans.setdefault(name, []).append((text, base, ent, mine))

    def _give_up_plans(self, ud, text: str, base: int, ents) -> None:
        for ent in ents:
            key = ("._.", "status", ent.start_char, ent.end_char)
            if ud.get(key) == AFFIRMED and self.engine.planned(text, ent.start_char - base, ent.end_char - base, ent.label_):
                ud[key] = STATUS["NOT_DONE"]
