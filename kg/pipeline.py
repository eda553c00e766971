"""The main job: input files -> validated per-report graphs in the store.

Each report is processed independently; a report whose graph fails SHACL or
whose file cannot be read is reported and skipped, and the store keeps its
previous version. A report whose content hash is unchanged is skipped before
any NLP is run.

Streaming and parallel (``jobs`` / an executor):

* the parent walks the inputs lazily, reads one file at a time (a multi-record
  file yields its records one by one), hashes each Document (cheap) and skips
  the unchanged ones against the store;
* the per-document work (NLP, extraction, graph building, SHACL validation) runs
  in worker processes (``jobs > 1``), in-process (``jobs == 1``) or on a Dask
  cluster (kg.distributed); a worker builds the spaCy pipeline once and sends
  back a ``DocResult``: N-Triples bytes and counts, cheap to pickle;
* at most ``window`` documents are in flight (bounded memory), and results are
  committed IN INPUT ORDER by the parent, the only process that writes the
  store. Events, summary and the stored graphs are therefore the same for any
  number of workers.

Why the parent reads: multi-record files (a JSONL of 1,090 abstracts, a PubMed
set) must be spread over the workers record by record, and the content-hash
check needs the Document before work is shipped. Reading is a few percent of
the per-document cost (see benchmarks/ingest_throughput.py).
"""
from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import re
import signal
import stat
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import DocumentTimeoutError, InputError, KGError
from kg.readers import MAX_DOCUMENT_CHARS, over_budget
from kg.workers import BrokenProcessPool, WorkerPool, death_reason

# --- the per-document budget ---------------------------------------------------
# spaCy refuses a text over nlp.max_length (1,000,000 characters, error E088) and its memory
# grows with the text: a section longer than MAX_SECTION_CHARS is handed to the NLP in chunks
# of at most that many characters, cut at a paragraph, else a sentence, else a word boundary.
# The longest section of ../shared/corpus has 87,466 characters: its documents are unaffected.
MAX_SECTION_CHARS = 100_000
# A document with more text than kg.readers.MAX_DOCUMENT_CHARS is rejected before any NLP.
# Wall-clock seconds one document may take in a worker (NLP, extraction, graph, SHACL) before it
# is rejected; None or 0 = no limit. With in-order commits this also bounds how long one document
# can hold back the commits of the documents after it.
DEFAULT_DOC_TIMEOUT_S = 300.0


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


@dataclass
class DocResult:
    """What a worker sends back for one Document (plain data, cheap to pickle)."""

    source: str
    primary_id: str
    rejected: str | None = None     # reason (first line) when the document was rejected
    graph_iri: str = ""
    ntriples: bytes = b""           # the validated graph as N-Triples (UTF-8)
    cases: int = 0
    triples: int = 0


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _path_error(path: str, exc: OSError) -> InputError:
    """One InputError for a path that cannot be looked at (named or found in a walk)."""
    if exc.errno == errno.ELOOP:
        return InputError(path, "symbolic link loop (the link resolves to itself); expected a file or directory: "
                          "fix or remove the link")
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return InputError(path, f"symbolic link to {os.readlink(path)!r}, which does not exist; expected a file "
                              "or directory: fix or remove the link")
        return InputError(path, "no such file or directory")
    return InputError(path, f"cannot be read ({exc.strerror or exc}); expected a readable file or directory: "
                      "check the path and permissions")


def _inside(path: str, roots: list[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def iter_input_files(paths: Iterable[str | Path], skip: Iterable[str | Path] = ()) -> Iterator[Path | InputError]:
    """Files named or found (recursively, sorted) under directories, lazily.

    A path named here is handled like a path found in a walk: one that cannot be looked at
    (permissions, a name too long, a symbolic link loop) is an InputError, never an exception.
    ``skip`` holds directories never to descend into (the store itself, when it sits under an
    input directory). Unreadable directories and symbolic links to directories (not followed:
    they can loop) are reported, not silently dropped. A symbolic link to a file found in a walk
    is followed only when its target lies inside one of the directories named in ``paths``
    (a corpus folder cannot make kg read /etc/passwd); a link named in ``paths`` is followed.
    """
    skipped = {os.path.realpath(s) for s in skip}
    paths = [Path(p) for p in paths]
    roots: list[str] = []
    for p in paths:
        with contextlib.suppress(OSError, ValueError):
            if stat.S_ISDIR(os.stat(p).st_mode):
                roots.append(os.path.realpath(p))
    for p in paths:
        try:
            st = os.stat(p)
        except (OSError, ValueError) as e:
            yield _path_error(str(p), e) if isinstance(e, OSError) else InputError(str(p), f"invalid path ({e})")
            continue
        if not stat.S_ISDIR(st.st_mode):
            yield p
            continue
        errors: list[OSError] = []
        for root, dirs, files in os.walk(p, onerror=errors.append):
            while errors:
                e = errors.pop()
                yield InputError(str(e.filename or root), f"cannot read directory ({e.strerror or e})")
            kept = []
            for d in sorted(dirs):
                full = os.path.join(root, d)
                if os.path.realpath(full) in skipped or d.startswith("."):
                    continue
                if os.path.islink(full):
                    yield InputError(full, "symbolic link to a directory, not followed; name its target instead")
                    continue
                kept.append(d)
            dirs[:] = kept
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = os.path.join(root, name)
                if os.path.islink(full):
                    try:
                        os.stat(full)
                    except OSError as e:
                        if e.errno == errno.ELOOP:
                            yield _path_error(full, e)
                            continue
                    target = os.path.realpath(full)
                    if not _inside(target, roots):
                        yield InputError(full, f"symbolic link to {target}, outside the input directories; not "
                                         "followed: name the target itself to read it")
                        continue
                yield Path(full)
        while errors:
            e = errors.pop()
            yield InputError(str(e.filename or p), f"cannot read directory ({e.strerror or e})")


def iter_documents(paths: Iterable[str | Path], skip: Iterable[str | Path] = ()):
    """Documents of every input, lazily (one file in memory at a time); InputError for what cannot be read."""
    from kg.readers import read_path

    for item in iter_input_files(paths, skip=skip):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            for doc in read_path(item):
                yield doc
        except InputError as e:
            yield e


_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?;][\"')\]]?(?=\s)")
_SPACE = re.compile(r"\s+")


def _cut(text: str, start: int, limit: int) -> tuple[int, int]:
    """(end of this chunk, start of the next) for a chunk of ``text`` from ``start`` of at most
    ``limit`` characters: the last paragraph break in its second half, else the last sentence
    end, else the last white space, else exactly ``limit`` characters."""
    hi = start + limit
    lo = start + limit // 2
    for pattern in (_PARAGRAPH, _SENTENCE_END, _SPACE):
        last = None
        for last in pattern.finditer(text, lo, hi):
            pass
        if last is not None:
            return (last.end() if pattern is _SENTENCE_END else last.start()), last.end()  # [start, end) cut
    return hi, hi


def bounded_sections(doc, max_chars: int = MAX_SECTION_CHARS):
    """``doc`` with every section longer than ``max_chars`` split into consecutive sections of the
    same kind and title, each at most ``max_chars`` long (the text and its offsets are unchanged,
    so the content hash and every evidence offset stay the same). Documents without a long
    section are returned as they are."""
    if all(s.end - s.start <= max_chars for s in doc.sections):
        return doc
    sections = []
    for sec in doc.sections:
        start = sec.start
        while sec.end - start > max_chars:
            end, nxt = _cut(doc.text, start, max_chars)
            sections.append(dataclasses.replace(sec, start=start, end=end))
            start = nxt
        if sec.end > start:
            sections.append(dataclasses.replace(sec, start=start))
    return dataclasses.replace(doc, sections=sections)


def check_budget(doc, max_chars: int = MAX_DOCUMENT_CHARS) -> None:
    """Reject a document whose text is over the per-document budget (before any NLP)."""
    if len(doc.text) > max_chars:
        raise over_budget(doc.source, len(doc.text), max_chars)


def process_document(doc, nlp):
    """Document -> (graph IRI, rdflib Graph, ReportRecord), validated.

    Long sections are analysed in bounded chunks (``bounded_sections``); a document over the
    per-document budget raises InputTooLargeError. A document that cannot hold a case
    (``kg.extraction.case_gate``) gets its empty record without the rest of the NLP."""
    from kg.extraction.case_gate import case_gate
    from kg.extraction.extract import extract_report
    from kg.graph.build import build_report_graph
    from kg.model import ReportRecord, content_hash
    from kg.validate import ensure_valid

    check_budget(doc)
    bounded = bounded_sections(doc)
    if case_gate(nlp).cannot_hold_case(bounded):
        # the record extract_report would give it, without the NLP (most abstracts of a literature corpus)
        record = ReportRecord(document=bounded, cases=[], content_hash=content_hash(bounded))
    else:
        record = extract_report(bounded, nlp)
    record.document = doc   # the sections as read: evidence offsets count in a section, not in a chunk
    graph_iri, graph = build_report_graph(record)
    ensure_valid(graph, f"{doc.source} ({doc.primary_id})")
    return graph_iri, graph, record


# ------------------------------------------------------------ worker side ---
_WORKER_LOCK = threading.Lock()   # one document at a time per process (threaded Dask workers)


_NLP = None   # this process's pipeline (kg.nlp.build_pipeline re-reads the term lists before its own cache)


def worker_nlp():
    """The spaCy pipeline of this process, built on first use and kept."""
    global _NLP
    if _NLP is None:
        from kg.rules.regex_cache import regex_codes_kept

        with gc_paused(), regex_codes_kept():
            from kg.nlp import build_pipeline

            _NLP = build_pipeline()
        _freeze_heap()
    return _NLP


@contextlib.contextmanager
def gc_paused():
    """No cyclic garbage collection inside (the previous state restored after). Building the
    pipeline allocates ~200k objects that live as long as the process: with the collector on,
    its ~770 collections traverse them again and again (0.4 of the 2.2 CPU seconds the
    forkserver spends before the first worker starts). What cyclic garbage the build leaves
    (~8k objects, ~1 MB) is frozen with the rest (``_freeze_heap``), as before."""
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _freeze_heap() -> None:
    """Move every object alive now (the pipeline, its term index and rules: ~250k objects) out of
    the garbage collector's reach (``gc.freeze``): they live as long as the process, yet each
    collection of the oldest generation traversed them all (over the 1,156 corpus reports in one
    process, GC took 0.22 s, 0.16 s frozen), and in a worker forked from the forkserver that
    traversal also writes to the shared pages it touches (copy-on-write). No collection first:
    the build leaves ~20 garbage objects, not worth a full collection (~70 ms) at start-up."""
    import gc

    gc.freeze()


# A short made-up report that warm_up processes: what the first real document would load lazily
# (the linker's neighbourhood index, tumour subtype tables, scipy.sparse, per-label caches: ~0.3 s of
# CPU) is then loaded once in the forkserver instead of in every worker on its first document.
_WARM_UP_REPORT = """Case report: a response to alectinib

Abstract

We report a 41-year-old woman with EML4-ALK fusion-positive lung adenocarcinoma.

Case presentation

In March 2021 a 41-year-old woman presented with cough. A biopsy showed adenocarcinoma of the lung and
next-generation sequencing revealed an EML4-ALK fusion; ROS1 rearrangement was not detected. She started
crizotinib 250 mg twice daily and a partial response was observed after 3 months. She developed grade 3
neutropenia and grade 2 diarrhea attributed to crizotinib. Progressive disease was documented in June 2022.
She then received alectinib (600 mg twice daily), which led to a complete response. She was alive with no
evidence of disease at the last follow-up.

Discussion

Crizotinib produced an objective response rate of 50% in a phase II trial (1).
"""


def warm_up() -> None:
    """Import and load what the first document would: the extraction rules, graph building, the
    compiled SHACL shapes and what the NLP loads on first use, by processing a short made-up report
    (~0.7 s). Called in the forkserver after the pipeline is built, so every worker forked from it
    starts with them instead of loading them on its first document. The pipeline keeps no state
    from one document to the next (tools/cases_identity.py: the same output with and without)."""
    from kg.rules.regex_cache import regex_codes_kept

    with regex_codes_kept():   # the extraction modules' patterns, compiled on import
        from kg.extraction import extract  # noqa: F401
        from kg.graph import build  # noqa: F401
        from kg.readers.text import read_text
        from kg.validate import load_shapes
        from kg.validate.fast import compiled

        shapes = load_shapes()
        compiled(id(shapes), shapes)
        process_to_result(read_text(_WARM_UP_REPORT, "kg-warm-up.txt"), None)
    _freeze_heap()   # what the warm-up loaded too, before the workers fork


def init_worker(parent_pid: int | None = None) -> None:
    """Process-pool initializer: die with the ingest process ``parent_pid`` (even after its kill -9;
    the worker's own parent is the forkserver), build the spaCy pipeline once per worker, leave
    Ctrl-C to the parent."""
    if parent_pid:
        from kg.limits import die_with

        die_with(parent_pid)
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # pragma: no cover - not the main thread
        pass
    worker_nlp()


class _Deadline(BaseException):
    """Raised by SIGALRM inside a document's processing (a BaseException: no `except Exception`
    on the way can swallow it)."""


def _on_alarm(signum, frame):
    raise _Deadline


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Raise ``_Deadline`` in this thread after ``seconds`` of wall-clock time (SIGALRM).

    Only in the main thread of a process (process-pool workers, ``-j 1``); elsewhere (threaded
    Dask workers) and with ``seconds`` None or 0 it does nothing. Python code and regular
    expressions are interrupted; a single long call into C code is interrupted when it returns.
    """
    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_to_result(doc, timeout_s: float | None = DEFAULT_DOC_TIMEOUT_S) -> DocResult:
    """Worker task: Document -> DocResult (NLP, extraction, graph, validation, N-Triples).

    Input problems (KGError, e.g. a graph that fails SHACL) become a rejection, and so do a
    document that takes longer than ``timeout_s`` seconds (DocumentTimeoutError) and one whose
    processing runs out of memory (MemoryError); anything else is a bug and is raised as a
    KGError naming the document.
    """
    with _WORKER_LOCK:
        try:
            with time_limit(timeout_s):
                giri, graph, record = process_document(doc, worker_nlp())
                nt = graph.serialize(format="nt", encoding="utf-8")
        except _Deadline:
            return DocResult(doc.source, doc.primary_id, rejected=DocumentTimeoutError(doc.source, timeout_s).reason)
        except KGError as e:   # an InputError's reason, without the path the rejection line starts with
            reason = e.reason if isinstance(e, InputError) else str(e)
            return DocResult(doc.source, doc.primary_id, rejected=reason.split("\n", 1)[0])
        except MemoryError:  # the document, not the code: an allocation failed (a limit, a full machine)
            return DocResult(doc.source, doc.primary_id, rejected="ran out of memory while processing this "
                             "document; not stored: check the document's size, or the memory available")
        except Exception as e:  # noqa: BLE001 - reported with the document, never swallowed
            raise KGError(f"{doc.source}: internal error while processing ({type(e).__name__}: {e})") from None
        return DocResult(doc.source, doc.primary_id, graph_iri=str(giri), ntriples=nt,
                         cases=len(record.cases), triples=len(graph))


def worker_usage(pause: float = 0.0) -> tuple[int, float, float]:
    """(pid, peak RSS in MB, CPU seconds) of the calling worker process (benchmarks, diagnostics)."""
    import resource
    import time

    time.sleep(pause)
    u = resource.getrusage(resource.RUSAGE_SELF)
    return os.getpid(), u.ru_maxrss / 1024, u.ru_utime + u.ru_stime


# ------------------------------------------------------------ executors ---
class _Done:
    """A finished 'future' (in-process execution, or a decision made without work)."""

    __slots__ = ("_value",)

    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


class InProcessExecutor:
    """``-j 1``: run each task immediately in this process."""

    def submit(self, fn, *args):
        return _Done(fn(*args))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


# Documents per pool task (kg.workers.WorkerPool.batch_submit): each task costs the parent ~0.3 ms of
# CPU (pickling, pipe, waking the pool's threads), as much as reading and hashing an abstract; a batch
# is closed early when its documents hold BATCH_CHARACTERS characters (a long report is worth a task of
# its own, and keeps the two workers' shares even at the end of a run).
BATCH_DOCUMENTS = 4
BATCH_CHARACTERS = 20_000


def process_pool(jobs: int) -> WorkerPool:
    """A process pool of ``jobs`` workers, each with the NLP pipeline built once (initializer),
    rebuilt when a worker dies (kg.workers.WorkerPool); documents are sent in batches
    (BATCH_DOCUMENTS), each recovered alone when a worker dies."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # forkserver/spawn: never fork a parent that runs threads (rich's refresh thread)
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        # the server imports spaCy and builds the pipeline once; workers fork from it ready to go
        ctx.set_forkserver_preload(["kg.distributed.preload"])
        # start the server now: it builds the pipeline (~2 s, the start-up of every -j N run) while
        # this process imports the store and reads the first documents, instead of after them (the
        # pool starts it only at the first submit, and that submit waits for the build)
        from multiprocessing import forkserver
        forkserver.ensure_running()
    else:  # pragma: no cover - not Linux
        ctx = mp.get_context("spawn")
    parent = os.getpid()
    return WorkerPool(lambda: ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init_worker,
                                                  initargs=(parent,)), ctx, init_worker,
                      batch_size=BATCH_DOCUMENTS, batch_weight=BATCH_CHARACTERS)


# --------------------------------------------------------------- parent ---
@dataclass
class _Entry:
    source: str
    kind: str                   # "work", "unchanged", "rejected", "deferred"
    detail: str = ""
    future: object = None
    doc: object = None
    graph_iri: str = ""
    hash: str = ""


def _triples_of(ntriples: bytes):
    import pyoxigraph as ox

    return [(t.subject, t.predicate, t.object) for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)]


def _batch_size(executor) -> int:
    return max(1, int(getattr(executor, "batch_size", 1) or 1)) if hasattr(executor, "batch_submit") else 1


def ingest(paths: Iterable[str | Path], store_location, on_event: Callable[[str, str, str], None] | None = None,
           force: bool = False, jobs: int = 1, executor=None, window: int | None = None,
           doc_timeout: float | None = DEFAULT_DOC_TIMEOUT_S) -> IngestSummary:
    """Read, extract, validate and store every report under ``paths``.

    on_event(kind, source, detail) is called, in input order, with kind in
    {"ingested", "unchanged", "rejected"}. ``jobs``: worker processes (1 = in
    this process). ``executor``: anything with ``submit(fn, *args) -> future``
    (e.g. kg.distributed.dask_executor); overrides ``jobs``. ``window``: most
    documents in flight (default 4 tasks per worker: 4 batches with a batching pool). ``doc_timeout``: seconds one document may take
    in a worker before it is rejected (None/0: no limit; not applied on threaded Dask workers).
    ``store_location``: a path (or
    anything kg.store.open_store accepts), or an already open store.
    """
    notify = on_event or (lambda *a: None)
    summary = IngestSummary()
    if executor is None:   # first: the workers' start-up overlaps this process's imports below
        jobs = max(1, int(jobs or default_jobs()))
        executor = InProcessExecutor() if jobs == 1 else process_pool(jobs)
        window = window if window is not None else (0 if jobs == 1 else 4 * jobs * _batch_size(executor))
    else:
        slots = getattr(executor, "slots", None) or max(2, jobs or default_jobs())
        window = window if window is not None else 4 * slots * _batch_size(executor)
    # a pool that batches (kg.workers.WorkerPool): one task per few documents, each with its own result
    batched = getattr(executor, "batch_submit", None)

    def submit(doc):
        if batched is not None:
            return batched(process_to_result, doc, doc_timeout, weight=len(doc.text))
        return executor.submit(process_to_result, doc, doc_timeout)
    from kg.graph.iri import report_graph_iri
    from kg.model import content_hash
    from kg.store import open_store

    own_store = not hasattr(store_location, "replace_graph")
    store = open_store(store_location) if own_store else store_location
    known: dict[str, str | None] = {}      # graph IRI -> content hash in the store (cached lookups)
    inflight: dict[str, str] = {}          # graph IRI -> hash of the latest document sent for it
    queue: deque[_Entry] = deque()

    def stored_hash(giri: str):
        if giri not in known:
            known[giri] = store.content_hash(giri)
        return known[giri]

    def reject(source, reason):
        summary.rejected.append((source, reason))
        notify("rejected", source, reason)

    def commit(entry: _Entry) -> None:
        if entry.kind == "rejected":
            reject(entry.source, entry.detail)
            return
        if entry.kind == "deferred":  # same content as a document in flight before it: decide now
            if stored_hash(entry.graph_iri) == entry.hash:
                entry.kind = "unchanged"
            else:
                entry.future = submit(entry.doc)
        if entry.kind == "unchanged":
            summary.unchanged.append(entry.source)
            notify("unchanged", entry.source, entry.detail)
            return
        try:
            res: DocResult = entry.future.result()
        except BrokenProcessPool:  # a worker died (OOM killer, crash, signal): find out if this document did it
            if not hasattr(executor, "recover"):
                raise
            res = recovered(entry)
        if res.rejected is not None:
            reject(res.source, res.rejected)
            return
        # the report graph (its term nodes go to the terminology graph, once): its triples are counted
        stored = store.replace_graph(res.graph_iri, _triples_of(res.ntriples))
        known[res.graph_iri] = entry.hash
        summary.ingested.append(res.source)
        summary.cases += res.cases
        summary.triples += stored
        notify("ingested", res.source, f"{res.primary_id}: {res.cases} case(s), {stored} triples")

    def recovered(entry: _Entry) -> DocResult:
        """The document of a future that broke with the pool, processed again alone: its result,
        or a rejection when it kills its own process too."""
        kind, value = executor.recover(entry.future, process_to_result, entry.doc, doc_timeout)
        if kind == "ok":
            return value
        if kind == "error":
            raise value
        return DocResult(entry.source, entry.doc.primary_id, rejected=death_reason(value))

    def drain(limit: int) -> None:
        while len(queue) > limit:
            entry = queue.popleft()
            commit(entry)
            if inflight.get(entry.graph_iri) == entry.hash and not any(
                    e.graph_iri == entry.graph_iri for e in queue):
                inflight.pop(entry.graph_iri, None)

    def dispatch(doc) -> _Entry:
        h = content_hash(doc)
        giri = str(report_graph_iri(doc))
        entry = _Entry(doc.source, "work", doc.primary_id, graph_iri=giri, hash=h, doc=doc)  # doc: for a retry
        if not force and giri in inflight and inflight[giri] == h:
            entry.kind = "deferred"    # the same content is in flight: decide at commit
        elif not force and giri not in inflight and stored_hash(giri) == h:
            entry.kind, entry.doc = "unchanged", None
            return entry
        else:
            entry.future = submit(doc)
        inflight[giri] = h
        return entry

    try:
        with executor:
            try:
                local_store = [store_location] if isinstance(store_location, (str, Path)) and \
                    not str(store_location).startswith(("http://", "https://")) else []
                for item in iter_documents(paths, skip=local_store):
                    if isinstance(item, InputError):
                        queue.append(_Entry(item.path, "rejected", item.reason))
                    else:
                        queue.append(dispatch(item))
                    drain(window)
                drain(0)
            except BaseException:
                for entry in queue:  # an error stopped the run: do not wait for the rest
                    if entry.future is not None and hasattr(entry.future, "cancel"):
                        entry.future.cancel()
                raise
    finally:
        if own_store and hasattr(store, "close"):
            store.close()
    return summary
