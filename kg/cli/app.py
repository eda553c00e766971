"""`kg` command line. Each command is a thin wrapper over a plain function.

Exit codes (README, "Exit codes"; as pySHACL's CLI): 0 ok; 1 invalid or missing data (some
inputs rejected, a graph does not conform, an RDF file that cannot be parsed or holds no
triples, a named report, case, graph or store that does not exist); 2 usage or internal error.
Every error is one line on stderr starting with ``[ERROR]``.
"""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn,
                           TimeElapsedColumn)
from rich.text import Text

from kg.errors import KGError, NotFoundError, StoreNotFoundError
from kg.redact import check_endpoint_url, is_url, safe

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Oncology case reports -> validated RDF knowledge graph (Oxigraph), SPARQL and exports.")
err = Console(stderr=True)
DEFAULT_STORE = "kg-store"
StoreOpt = typer.Option(DEFAULT_STORE, "--store", "-s", help="Store directory (embedded Oxigraph).")


class CasesFormat(str, Enum):
    json = "json"
    table = "table"
    csv = "csv"


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    turtle = "turtle"
    trig = "trig"
    nquads = "nquads"
    jsonld = "jsonld"
    phenopacket = "phenopacket"
    csv = "csv"
    kgx = "kgx"


def _version(value: bool) -> None:
    if value:
        from kg import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print kg's version and exit.")):
    """Oncology case reports -> validated RDF knowledge graph (Oxigraph), SPARQL and exports."""


def _say(line: str, console: Console | None = None) -> None:
    """Print one line to stderr: secrets masked, control characters escaped (kg.redact.safe),
    not rich markup, never wrapped."""
    (console or err).print(safe(line), highlight=False, markup=False, soft_wrap=True)


def _fail(e: Exception) -> None:
    code = getattr(e, "exit_code", 2)
    _say(f"[ERROR] {e}")
    raise typer.Exit(code)


def _check_store(store: str) -> str:
    """A store URL that cannot be parsed is one StoreError (password masked), not a traceback."""
    if is_url(store):
        check_endpoint_url(store)
    return store


def _open(store: str, read_only: bool = True):
    from kg.store import open_store

    return open_store(_check_store(store), read_only=read_only)


class _RateColumn(ProgressColumn):
    """Reports per second since the start."""

    def render(self, task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} reports/s")


# what a user may write after a flag that takes no value (`--force true`); as a path that does not exist
_FLAG_VALUES = frozenset({"true", "false", "yes", "no", "on", "off", "1", "0"})


@app.command()
def ingest(paths: List[Path] = typer.Argument(..., help="Files or directories of case reports (JATS, PubMed XML, text)."),
           store: str = StoreOpt,
           force: bool = typer.Option(False, help="Re-process reports whose content is unchanged."),
           jobs: int = typer.Option(0, "--jobs", "-j", min=0,
                                    help="Worker processes (0 = all cores; 1 = in this process)."),
           dask: Optional[str] = typer.Option(None, "--dask", metavar="ADDRESS",
                                              help="Run the per-report work on a Dask cluster (scheduler address, "
                                                   "e.g. tcp://host:8786); this process still writes the store."),
           doc_timeout: float = typer.Option(300.0, "--doc-timeout", min=0, metavar="SECONDS",
                                             help="Reject a report whose processing takes longer than this "
                                                  "(0 = no limit; not applied on Dask workers).")):
    """Read, extract, validate and store case reports (one named graph per report)."""
    from kg.pipeline import default_jobs
    from kg.pipeline import ingest as run_ingest

    n_jobs = jobs or default_jobs()
    missing = [p for p in paths if not os.path.lexists(p)]   # lexists: False (not an error) for bad names
    flag_values = [p for p in missing if str(p).lower() in _FLAG_VALUES]
    if flag_values:   # `--force true`: a flag given a value, which became an input path; nothing is read
        _say(f"[ERROR] --force takes no value: {str(flag_values[0])!r} was read as an input path and is no file; "
             "write `--force` alone (see `kg ingest --help`)")
        raise typer.Exit(2)
    if missing and len(missing) == len(paths):   # nothing to read: do not create an empty store
        for p in missing:
            _say(f"[ERROR] {p}: no such file or directory")
        err.print(f"ingested 0 report(s), rejected {len(missing)}; no store was opened", highlight=False)
        raise typer.Exit(1)
    try:
        executor = None
        if dask:
            from kg.distributed import dask_executor
            executor = dask_executor(dask)
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      _RateColumn(), TimeElapsedColumn(), console=err, transient=True) as progress:
            task = progress.add_task("ingesting", total=None)

            def on_event(kind: str, source: str, detail: str) -> None:
                progress.advance(task)
                if kind == "rejected":
                    _say(f"[ERROR] {source}: {detail}", progress.console)
                else:
                    progress.update(task, description=safe(f"{kind}: {Path(source.split('#')[0]).name}"))

            summary = run_ingest(paths, _check_store(store), on_event=on_event, force=force, jobs=n_jobs, executor=executor,
                                 doc_timeout=doc_timeout or None)
    except KGError as e:
        _fail(e)
    except KeyboardInterrupt:
        _say("[ERROR] interrupted")
        raise typer.Exit(2)
    except (typer.Exit, SystemExit):
        raise
    except Exception as e:  # noqa: BLE001 - an internal error: exit 2 with a one-line reason
        _say(f"[ERROR] internal error: {type(e).__name__}: {e}")
        raise typer.Exit(2)
    err.print(f"ingested {len(summary.ingested)} report(s) ({summary.cases} case(s), {summary.triples} triples), "
              f"unchanged {len(summary.unchanged)}, rejected {len(summary.rejected)}", highlight=False)
    if summary.rejected:
        reasons: dict[str, int] = {}
        for _, reason in summary.rejected:
            key = reason.split(";", 1)[0].split(" (", 1)[0][:80]
            reasons[key] = reasons.get(key, 0) + 1
        for reason, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            _say(f"  rejected {n}: {reason}")
    if not (summary.ingested or summary.unchanged or summary.rejected):
        _say(f"[ERROR] no input files under {', '.join(map(str, paths))}: expected case reports (JATS, "
             "PubMed XML, text); hidden files are skipped")
        raise typer.Exit(1)
    raise typer.Exit(summary.exit_code)


@app.command()
def remove(reports: List[str] = typer.Argument(..., help="Reports to delete: identifiers as `kg cases` prints them "
                                                    "(doi:..., pmid:..., pmcid:..., file:<name>) or graph IRIs."),
           store: str = StoreOpt):
    """Delete reports (their graphs, facts, evidence and content hashes) in one transaction."""
    from kg.store import open_store
    from kg.store.remove import remove_reports

    try:
        _require_store(store)
        with open_store(store) as st:
            removed = remove_reports(st, reports)
    except KGError as e:
        _fail(e)
    for r in removed:
        err.print(f"removed {r.ref}: {len(r.graphs)} report graph(s)", highlight=False, markup=False, soft_wrap=True)


def _require_store(store: str) -> None:
    """A remote store URL, or an existing store directory (a command that edits never creates one)."""
    from kg.errors import StoreNotFoundError
    from kg.store.remote import is_store_url

    if not (is_store_url(store) or Path(store).is_dir()):
        raise StoreNotFoundError(f"no store at {store}: run `kg ingest --store {store} ...` first")


@app.command()
def validate(file: Path = typer.Argument(..., help="RDF file (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML).")):
    """Validate an RDF file against the project's SHACL shapes."""
    from kg.validate import validate_file

    try:
        reports = validate_file(file)
    except KGError as e:
        _fail(e)
    bad = [r for r in reports if not r.conforms]
    for r in reports:
        status = "conforms" if r.conforms else f"{len(r.results)} violation(s)"
        _say(f"{r.name}: {status}")
        for line in r.results[:20]:
            _say(f"  - {line}")
    raise typer.Exit(1 if bad else 0)


@app.command()
def cases(store: str = StoreOpt,
          fmt: CasesFormat = typer.Option(CasesFormat.json, "--format", "-f",
                                          help="json (the cases contract, JSON Schema: kg/query/cases.schema.json), "
                                               "table, or csv (one row per therapy line)."),
          case: Optional[str] = typer.Option(None, "--case", help="IRI of one patient case: print only it.")):
    """Print every patient case in the store (built by SPARQL from the graph), streamed as it is read."""
    from kg.export.cases_csv import cases_csv
    from kg.query.cases import iter_cases

    try:
        with _open(store) as st:
            if fmt is CasesFormat.csv:
                if case is not None and not next(iter_cases(st, case=case), None):
                    raise NotFoundError(f"no patient case <{case}> in the store: `kg cases` lists the case IRIs")
                typer.echo(cases_csv(st, case=case), nl=False)
                return
            n = 0
            out = sys.stdout
            for c in iter_cases(st, case=case):
                if fmt is CasesFormat.json:   # the bytes json.dumps(list, indent=1) writes, one case at a time
                    out.write(("[\n" if n == 0 else ",\n") + _indented(json.dumps(c, indent=1, ensure_ascii=False)))
                else:
                    drugs = [d["label"] for t in c["treatments"] for d in t["drugs"]]
                    out.write(f"{c['report']}\tage={c['age']}\tsex={c['sex']}\t"
                              f"dx={','.join(d['label'] for d in c['diagnoses'])}\tdrugs={','.join(drugs)}\n")
                n += 1
            if case is not None and not n:
                raise NotFoundError(f"no patient case <{case}> in the store: `kg cases` lists the case IRIs")
            if fmt is CasesFormat.json:
                out.write("\n]\n" if n else "[]\n")
            out.flush()
    except KGError as e:
        _fail(e)


def _indented(text: str) -> str:
    return "\n".join(" " + line for line in text.split("\n"))


def _query_params(param: List[str]) -> dict[str, str]:
    """``-p key=value`` options of a named query as a dict (a key given twice is an error)."""
    params: dict[str, str] = {}
    for p in param:
        if "=" not in p:
            raise KGError(f"--param {p!r}: expected key=value")
        k, v = p.split("=", 1)
        if k.strip() in params:
            raise KGError(f"--param {k.strip()} given twice ({params[k.strip()]!r} and {v!r}): a named query "
                          "takes one value per parameter; run the query once per value")
        params[k.strip()] = v
    return params


@app.command()
def query(name: str = typer.Argument(None, help="Named query (see --list)."),
          param: List[str] = typer.Option([], "--param", "-p", help="Parameter as key=value (repeatable)."),
          store: str = StoreOpt,
          fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f", help="table, csv or json."),
          limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most this many rows (a page)."),
          offset: int = typer.Option(0, "--offset", min=0, help="Skip this many rows first."),
          after: Optional[str] = typer.Option(None, "--after", metavar="CASE_IRI",
                                              help="Listings: the rows after those of this case (the last case "
                                                   "of the previous page)."),
          list_: bool = typer.Option(False, "--list", help="List the named queries, what they answer and what each "
                                                           "parameter means."),
          show: bool = typer.Option(False, "--show", help="Print the named query's SPARQL (e.g. to paste into the "
                                                          "YASGUI page of `kg serve`) instead of running it.")):
    """Run a named SPARQL query from queries/ with bound parameters; rows are printed as they come."""
    from kg.query import describe_queries, format_stream, iter_query, list_queries, load_query

    try:
        if list_ or not name:
            typer.echo(describe_queries(list_queries()), nl=False)
            return
        if show:
            typer.echo(load_query(name).text, nl=False)
            return
        params = _query_params(param)
        with _open(store) as st:
            columns, rows = iter_query(st, name, params, limit=limit, offset=offset, after=after)
            for chunk in format_stream(columns, rows, fmt.value):
                sys.stdout.write(chunk)
            sys.stdout.flush()
    except KGError as e:
        _fail(e)


@app.command()
def export(store: str = StoreOpt,
           fmt: ExportFormat = typer.Option(ExportFormat.turtle, "--format", "-f",
                                            help="RDF: turtle, trig, nquads, jsonld; per case: phenopacket (GA4GH "
                                                 "Phenopacket v2, one JSON document per line), csv (one row per "
                                                 "therapy line); kgx (NAME_nodes.tsv + NAME_edges.tsv for -o NAME)."),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="New or regular file to write (default or '-': stdout); "
                                                               "links, devices, FIFOs and paths in the store are refused."),
           graph: Optional[str] = typer.Option(None, help="Only this named graph (IRI); for the per-case formats, "
                                                          "the cases of that report."),
           case: Optional[str] = typer.Option(None, "--case", help="Per-case formats only: this patient case (IRI); "
                                                                   "phenopacket then writes one JSON document."),
           types: bool = typer.Option(True, "--types/--no-types",
                                      help="RDF formats: state the rdf:type of fact, sentence, section and decision "
                                           "nodes (the range of the link to them; the store keeps them untyped). "
                                           "--no-types writes exactly the stored quads.")):
    """Export the store: RDF (all named graphs, or one), Phenopackets, CSV or KGX."""
    from kg.export import check_target
    from kg.export import export as run_export

    try:
        if fmt is ExportFormat.kgx and (output is None or str(output) == "-"):
            raise KGError("kgx writes two files (NAME_nodes.tsv, NAME_edges.tsv): give -o NAME")
        target = None if output is None or str(output) == "-" else (
            output if fmt is ExportFormat.kgx else check_target(output, None if is_url(store) else store))
        with _open(store) as st:
            if graph is not None and not st.contains_graph(graph):   # a missing named thing: exit 1
                raise StoreNotFoundError(f"no named graph <{graph}> in the store; `kg stats` counts the "
                                         "graphs and `kg cases` lists the reports")
            run_export(st, fmt.value, target if target else sys.stdout, graph=graph,
                       store_location=None if is_url(store) else store, case=case, types=types)
    except KGError as e:
        _fail(e)


@app.command()
def site(out: Path = typer.Argument(..., help="Directory to write (new, empty, or a site kg wrote before)."),
         store: str = StoreOpt,
         jobs: int = typer.Option(0, "--jobs", "-j", min=0,
                                  help="Processes drawing the timelines (0 = all cores; 1 = in this process).")):
    """Write a static, offline site: an index of the cases (filterable) and one page per case with
    its summary, therapy timeline and the evidence sentence behind every fact."""
    from kg.pipeline import default_jobs
    from kg.site import build_site
    from kg.site.build import check_site_dir

    try:
        check_site_dir(out, None if is_url(store) else store)   # before the progress bar: an error is one line
        with _open(store) as st, Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                          MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                                          transient=True) as progress:
            task = progress.add_task("case pages", total=None)
            summary = build_site(st, out, store_location=None if is_url(store) else store,
                                 on_page=lambda _page: progress.advance(task), jobs=jobs or default_jobs())
    except KGError as e:
        _fail(e)
    _say(f"wrote {summary.out}: {summary.cases} case page(s) and index.html, {summary.total_bytes / 1e6:.1f} MB "
         f"(largest page {summary.largest_page}, {summary.largest_bytes / 1e3:.0f} kB) in {summary.seconds:.1f} s")


plot_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Figures of the case store (matplotlib).")
app.add_typer(plot_app, name="plot")


@plot_app.command("swimmer")
def plot_swimmer(output: Path = typer.Option(..., "--output", "-o", help="File to write: FILE.svg or FILE.png."),
                 query_name: Optional[str] = typer.Option(None, "--query", "-q", metavar="NAME",
                                                          help="Named query whose `case` column selects the cases "
                                                               "(e.g. cases_by_fusion_gene); default every case."),
                 param: List[str] = typer.Option([], "--param", "-p", help="Query parameter as key=value (repeatable)."),
                 store: str = StoreOpt):
    """Cohort swimmer plot: one lane per case, one bar per therapy line, response markers."""
    from kg.plot.swimmer import write_swimmer

    try:
        params = _query_params(param)
        if params and query_name is None:
            raise KGError("--param needs --query NAME: parameters belong to a named query")
        with _open(store) as st:
            lanes = write_swimmer(st, output, query_name, params, store_location=None if is_url(store) else store)
    except KGError as e:
        _fail(e)
    _say(f"wrote {output}: {lanes} case(s)")


@app.command()
def stats(store: str = StoreOpt):
    """Counts of reports, cases, facts and triples in the store."""
    from kg.query.stats import store_stats

    try:
        with _open(store) as st:
            data = store_stats(st)
    except KGError as e:
        _fail(e)
    for k, v in data.items():
        typer.echo(f"{k}\t{v}")


@app.command()
def serve(store: str = StoreOpt,
          host: str = typer.Option("127.0.0.1", help="Bind address (loopback only unless --allow-remote)."),
          port: int = typer.Option(7878, help="Port."),
          timeout: float = typer.Option(30.0, help="Seconds Oxigraph may evaluate a query before its first "
                                                   "result (does not bound streaming or sort memory; see README)."),
          memory_limit: int = typer.Option(0, "--memory-limit", min=0, metavar="MB",
                                           help="Address-space limit of the server process (0 = half the RAM)."),
          cpu_limit: int = typer.Option(0, "--cpu-limit", min=0, metavar="SECONDS",
                                        help="Total CPU time the server process may use (0 = no limit)."),
          allow_remote: bool = typer.Option(False, help="Allow a non-loopback bind address."),
          unsandboxed: bool = typer.Option(False, help="Run the server without the Landlock network sandbox: "
                                                       "it may then make outgoing connections (federated "
                                                       "SPARQL SERVICE calls).")):
    """Serve the store read-only with the Oxigraph server (SPARQL endpoint + YASGUI page).

    The server runs in a Landlock network sandbox (no outgoing TCP, so SERVICE calls fail);
    where the kernel lacks it (Linux < 6.7), serving is refused unless --unsandboxed.
    A server that fails to start or crashes is reported in one line (exit code 2).
    """
    from kg.server import serve as run_serve

    try:
        run_serve(store, host=host, port=port, timeout_s=timeout, allow_remote=allow_remote,
                  allow_federation=unsandboxed, memory_mb=memory_limit or None, cpu_s=cpu_limit or None)
    except KGError as e:
        _fail(e)


def _mount_terms() -> None:
    try:
        from kg.terms.cli import app as terms_app
    except ImportError:  # pragma: no cover - terms CLI is part of the package
        return
    app.add_typer(terms_app, name="terms", help="Terminology: import releases, report counts.")


_mount_terms()


def main() -> None:
    """Entry point: every error is one ``[ERROR]`` line on stderr, exit codes as the README's table."""
    try:  # typer >= 0.20 carries its own copy of click
        from typer._click import exceptions as click_exc
    except ImportError:  # pragma: no cover - older typer on the click package
        from click import exceptions as click_exc

    try:
        rc = app(standalone_mode=False, prog_name="kg")  # also under `python -m`
    except click_exc.NoArgsIsHelpError as e:   # `kg` or `kg terms` alone: the help, as usage
        typer.echo(e.ctx.get_help(), err=True)
        sys.exit(2)
    except click_exc.UsageError as e:          # unknown option or command, missing argument, bad value
        cmd = e.ctx.command_path if e.ctx is not None else "kg"
        err.print(f"[ERROR] {e.format_message()} (see `{cmd} --help`)", markup=False, highlight=False,
                  soft_wrap=True)
        sys.exit(2)
    except (getattr(click_exc, "Abort", KeyboardInterrupt), KeyboardInterrupt):
        err.print("[ERROR] interrupted", markup=False, highlight=False)
        sys.exit(2)
    except KGError as e:  # anything that escaped a command
        _say(f"[ERROR] {e}")
        sys.exit(getattr(e, "exit_code", 2))
    except Exception as e:  # noqa: BLE001 - a bug: one line (secrets masked), no traceback
        _say(f"[ERROR] internal error: {type(e).__name__}: {e}")
        sys.exit(2)
    sys.exit(rc if isinstance(rc, int) else 0)


if __name__ == "__main__":
    main()
