"""NLP for oncology case reports: spaCy blank("en") + scispacy tokenizer + rules generated
from our term lists + a fuzzy linker. No model weights.

Public API
----------
``build_pipeline(config_path=None, terms=None) -> spacy.Language``
    Built from ``kg/nlp/config.cfg`` (or ``config_path``) and cached per process, keyed by
    the config path and a hash of the terms (``terms=None`` -> ``kg.terms.load_terms()``).
    What is slow to derive and depends only on files is cached under ``$KG_CACHE_DIR``
    (default ~/.cache/kg), keyed by what it is derived from: the shipped + user terms with their
    index (``terms/``, kg.nlp.terms_index), the term names' token arrays (``patterns/``,
    kg.nlp.term_patterns) and the linker's index (``linker/``, kg.linking).
``process(text) -> Doc`` and ``process_many(texts, batch_size=16, n_process=1)``
    Run the default pipeline (``nlp.pipe`` for many texts).

Components
----------
One factory per module, in pipeline order (``nlp.analyze_pipes()`` prints what each assigns
and requires): tokenizer ``kg.scispacy_tokenizer.v1`` (``tokenizer.py``), ``kg_drug_compounds``
(``drug_compounds.py``), ``kg_sentencizer`` (``sentencizer.py``), ``kg_abbreviation_detector``
(``abbreviation_detector.py``), ``kg_terms`` (``term_ruler.py``), ``kg_rules`` (``measure_rules.py``
over ``fusion.py`` and ``measures.py``), ``kg_abbreviations`` (``abbreviations.py``), ``kg_linker``
(``linker.py`` over ``kg.linking``), ``kg_responses`` (``responses.py``), ``kg_adverse_events``
(``adverse_events.py``), ``kg_context`` (``grades.py``: AE grades and severity), ``kg_cues``
(``cues.py`` over the registry ``cue_specs.py``: every cue extraction consults, as a span), ``kg_assertion`` (``assertion.py``). Shared: ``ents.py`` (span extensions, entity merging; ``ents_of``/``set_ents``: doc.ents read once per state of a doc, every entity write through them), ``terms_index.py``,
``doc_text.py``.

Output contract
---------------
``doc.sents``
    Sentences (regex splitter: "et al.", "e.g.", "Fig.", "vs.", "approx.", "i.v.",
    initials and decimals do not end a sentence; blank lines do).
``doc.ents``
    Non-overlapping; longest match wins. Labels: TUMOR, DRUG, DRUG_CLASS, GENE, FUSION,
    RESPONSE, ADVERSE_EVENT, PROCEDURE, DATE, DURATION, DOSE, GRADE, AGE_SEX.
``doc._.kg_terms_key``
    Key of the TermIndex the pipeline matched terms with (``kg.nlp.terms_index.get_index``);
    extraction reads term extras and regimen components from that same index.
``doc._.abbreviations``
    scispacy's abbreviations, as dicts (short_text, short_start, short_end, long_text,
    long_start, long_end; token offsets) so docs can cross processes.

Span extensions (None when not applicable):

- ``curie``: term id (e.g. the NCIt id of crizotinib) for term entities; a short form
  defined in the text ("... tumor (IMT)") carries its long form's curie and label.
- ``pref_label``, ``term_type`` (``tumor``, ``drug``, ..., ``fusion`` for FUSION).
- ``link_score``: 1.0 for exact rule matches, the linker's cosine similarity for fuzzy
  links (``kg_linker``), None for DATE/DURATION/DOSE/GRADE/AGE_SEX.
- FUSION: ``fusion = {"five_prime": {"id", "label"} | None, "three_prime": {...} | None}``
  (single-gene mentions: a kinase is the 3' partner, 5' None) and ``fusion_evidence``
  (the matched text; for "ALK-positive" also the cue word that made it a fusion).
- RESPONSE: ``response_class`` in {"CR", "PR", "SD", "PD"}, ``response_explicit`` (False for
  inferred, failure and percent-change wording) and ``response_rule`` (row id in
  kg/rules/responses.jsonl; None for a term match). Every response wording has its own span.
- ADVERSE_EVENT: ``grade`` (int 1-5 or None), ``severity`` ("mild", "moderate", "severe", ...).
  GRADE entities carry ``grade`` too.
- DATE: ``date`` ISO "2019", "2019-05" or "2020-03-15".
- DURATION: ``duration_days`` (float; year = 365, month = 30, week = 7) and ``relative``
  ("after", "later", "before", "ago", "of", "for", "within", ...).
- DOSE: ``dose = {"amount": float, "unit": str, "route": str|None, "schedule": str|None,
  "fractions": int|None}``.
- AGE_SEX: ``age`` (int) and ``sex`` ("male"/"female"/None).
- ``status`` (every entity, ``kg_assertion``): ``affirmed``, ``negated`` ("ALK IHC was
  negative", "no progression"), ``refused``, ``not_done``, ``hypothetical``, ``family``,
  ``concomitant`` or ``literature_aside``; first that applies, in the order of
  ``kg.nlp.assertion.PRECEDENCE`` (cues: ``kg/rules/context.jsonl``).

``doc._.kg_cues``, ``doc.spans["kg_cues"]``
    Every cue extraction consults (``kg.nlp.cues.Cue``: therapy-sequence, date, response,
    patient/case, procedure and diagnosis cues), one hit per span with its rule row id and its own
    character offsets; extraction reads them through ``kg.extraction.mentions.Sentence.cue*``.

``doc.spans["kg_sentence_flags"]``
    Per sentence, one span per flag: ``literature``, ``patient_anchor``, ``citation_line``,
    ``table_row`` (cues: ``kg/rules/sentences.jsonl``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ConfigError

DEFAULT_CONFIG = Path(__file__).with_name("config.cfg")
TERM_COMPONENTS = ("kg_drug_compounds", "kg_terms", "kg_rules", "kg_linker", "kg_responses", "kg_adverse_events")

_CACHE: dict[tuple[str, str], Language] = {}
_DEFAULT_CACHE: dict[str, Language] = {}  # pipelines built from the shipped/user term files


def _register_factories() -> None:
    """Import every component module: importing registers its factory (one factory per module,
    listed in pipeline order). Done on first build, so ``import kg.nlp`` stays cheap."""
    from kg.nlp import tokenizer  # noqa: F401  kg.scispacy_tokenizer.v1
    from kg.nlp import drug_compounds  # noqa: F401  kg_drug_compounds
    from kg.nlp import sentencizer  # noqa: F401  kg_sentencizer
    from kg.nlp import abbreviation_detector  # noqa: F401  kg_abbreviation_detector
    from kg.nlp import term_ruler  # noqa: F401  kg_terms
    from kg.nlp import measure_rules  # noqa: F401  kg_rules
    from kg.nlp import abbreviations  # noqa: F401  kg_abbreviations
    from kg.nlp import linker  # noqa: F401  kg_linker
    from kg.nlp import responses  # noqa: F401  kg_responses
    from kg.nlp import adverse_events  # noqa: F401  kg_adverse_events
    from kg.nlp import grades  # noqa: F401  kg_context
    from kg.nlp import cues  # noqa: F401  kg_cues
    from kg.nlp import assertion  # noqa: F401  kg_assertion


def build_pipeline(config_path: str | Path | None = None, terms: Sequence | None = None) -> Language:
    """The kg spaCy pipeline (cached per process and per (config, terms))."""
    from kg.nlp.terms_index import register_terms

    _register_factories()

    path = Path(config_path) if config_path else DEFAULT_CONFIG
    if terms is None and str(path) in _DEFAULT_CACHE:
        return _DEFAULT_CACHE[str(path)]  # skip re-reading every term file on each call
    key = register_terms(terms)
    cache_key = (str(path.resolve()), key)
    if cache_key in _CACHE:
        if terms is None:
            _DEFAULT_CACHE[str(path)] = _CACHE[cache_key]
        return _CACHE[cache_key]
    try:
        config = spacy.util.load_config(path)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the NLP config ({exc})") from exc
    for name in TERM_COMPONENTS:
        if name in config.get("components", {}):
            config["components"][name]["terms_key"] = key
    try:
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    except Exception as exc:  # spaCy raises ConfigValidationError/ValueError/KeyError
        raise ConfigError(f"{path}: invalid NLP pipeline config: {exc}") from exc
    check_pipeline(nlp)
    _CACHE[cache_key] = nlp
    if terms is None:
        _DEFAULT_CACHE[str(path)] = nlp
    return nlp


def check_pipeline(nlp: Language) -> None:
    """Sentences and term entities are what every later component and extraction build on."""
    need = ["kg_sentencizer", "kg_terms"]
    missing = [n for n in need if n not in nlp.pipe_names]
    if missing:
        raise ConfigError(f"the NLP config lacks component(s) {', '.join(missing)}; found {nlp.pipe_names}")


def process(text: str) -> Doc:
    return build_pipeline()(text)


def process_many(texts: Iterable[str], batch_size: int = 16, n_process: int = 1) -> Iterator[Doc]:
    return build_pipeline().pipe(texts, batch_size=batch_size, n_process=n_process)


__all__ = ["build_pipeline", "process", "process_many", "DEFAULT_CONFIG"]
