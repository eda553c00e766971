"""NLP for oncology case reports: spaCy blank("en") + scispacy tokenizer + rules generated
from our term lists + a fuzzy linker. No model weights.

Public API
----------
``build_pipeline(config_path=None, terms=None) -> spacy.Language``
    Built from ``kg/nlp/config.cfg`` (or ``config_path``) and cached per process, keyed by
    the config path and a hash of the terms (``terms=None`` -> ``kg.terms.load_terms()``).
``process(text) -> Doc`` and ``process_many(texts, batch_size=16, n_process=1)``
    Run the default pipeline (``nlp.pipe`` for many texts).

Output contract
---------------
``doc.sents``
    Sentences (regex splitter: "et al.", "e.g.", "Fig.", "vs.", "approx.", "i.v.",
    initials and decimals do not end a sentence; blank lines do).
``doc.ents``
    Non-overlapping; longest match wins. Labels: TUMOR, DRUG, DRUG_CLASS, GENE, FUSION,
    RESPONSE, ADVERSE_EVENT, PROCEDURE, DATE, DURATION, DOSE, GRADE, AGE_SEX.
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


def build_pipeline(config_path: str | Path | None = None, terms: Sequence | None = None) -> Language:
    """The kg spaCy pipeline (cached per process and per (config, terms))."""
    # Importing registers the factories named in the config.
    import kg.linking.component  # noqa: F401
    import kg.nlp.assertion  # noqa: F401
    import kg.nlp.components as components
    import kg.nlp.responses  # noqa: F401
    import kg.nlp.adverse_events  # noqa: F401
    from kg.nlp.terms_index import register_terms

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
    components.check_pipeline(nlp)
    _CACHE[cache_key] = nlp
    if terms is None:
        _DEFAULT_CACHE[str(path)] = nlp
    return nlp


def process(text: str) -> Doc:
    return build_pipeline()(text)


def process_many(texts: Iterable[str], batch_size: int = 16, n_process: int = 1) -> Iterator[Doc]:
    return build_pipeline().pipe(texts, batch_size=batch_size, n_process=n_process)


__all__ = ["build_pipeline", "process", "process_many", "DEFAULT_CONFIG"]
