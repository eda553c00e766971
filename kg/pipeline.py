"""The main job: input files -> validated per-report graphs in the store.

Each report is processed independently; a report whose graph fails SHACL or
whose file cannot be read is reported and skipped, and the store keeps its
previous version. A report whose content hash is unchanged is skipped.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KGError


@dataclass
class IngestSummary:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)   # (source, reason)
    cases: int = 0
    triples: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files named or found (recursively, sorted) under directories, lazily."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        elif p.exists():
            yield p
        else:
            yield InputError(str(p), "no such file or directory")


def process_document(doc, nlp):
    """Document -> (graph IRI, rdflib Graph, ReportRecord), validated."""
    from kg.extraction.extract import extract_report
    from kg.graph.build import build_report_graph
    from kg.validate import ensure_valid

    record = extract_report(doc, nlp)
    graph_iri, graph = build_report_graph(record)
    ensure_valid(graph, f"{doc.source} ({doc.primary_id})")
    return graph_iri, graph, record


def ingest(paths: Iterable[str | Path], store_location: str | Path,
           on_event: Callable[[str, str, str], None] | None = None,
           force: bool = False) -> IngestSummary:
    """Read, extract, validate and store every report under ``paths``.

    on_event(kind, source, detail) is called with kind in {"ingested", "unchanged", "rejected"}.
    """
    from kg.extraction.extract import content_hash
    from kg.nlp import build_pipeline
    from kg.readers import read_path
    from kg.store import open_store

    notify = on_event or (lambda *a: None)
    summary = IngestSummary()
    nlp = build_pipeline()
    store = open_store(store_location)
    try:
        for item in iter_input_files(paths):
            if isinstance(item, InputError):
                summary.rejected.append((item.path, item.reason))
                notify("rejected", item.path, item.reason)
                continue
            try:
                docs = read_path(item)
                for doc in docs:
                    if isinstance(doc, InputError):
                        summary.rejected.append((doc.path, doc.reason))
                        notify("rejected", doc.path, doc.reason)
                        continue
                    _ingest_one(doc, nlp, store, summary, notify, content_hash, force)
            except InputError as e:
                summary.rejected.append((e.path, e.reason))
                notify("rejected", e.path, e.reason)
    finally:
        store.close() if hasattr(store, "close") else None
    return summary


def _ingest_one(doc, nlp, store, summary, notify, content_hash, force):
    from kg.graph.iri import graph_iri

    h = content_hash(doc)
    if not force and store.content_hash(graph_iri(doc.primary_id)) == h:
        summary.unchanged.append(doc.source)
        notify("unchanged", doc.source, doc.primary_id)
        return
    try:
        giri, graph, record = process_document(doc, nlp)
    except KGError as e:
        reason = str(e).split("\n", 1)[0]
        summary.rejected.append((doc.source, reason))
        notify("rejected", doc.source, reason)
        return
    store.replace_graph(giri, graph)
    summary.ingested.append(doc.source)
    summary.cases += len(record.cases)
    summary.triples += len(graph)
    notify("ingested", doc.source, f"{doc.primary_id}: {len(record.cases)} case(s), {len(graph)} triples")
