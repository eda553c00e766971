"""`kg terms ...`: a typer sub-app (mounted by the main CLI) over the plain functions."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from kg.errors import KGError

app = typer.Typer(name="terms", help="Curated term lists: import terminologies, report verification.",
                  no_args_is_help=True)
err = Console(stderr=True)


@app.command("import")
def import_cmd(
    kind: str = typer.Argument(..., help="hgnc | ncit | drugbank | ctcae | oncotree"),
    file: Path = typer.Argument(..., help="the terminology release file"),
    dest: Optional[Path] = typer.Option(None, "--dest", help="directory to write to (default: $KG_TERMS_DIR, "
                                                              "else ~/.local/share/kg/terms; kg reads terms there)"),
) -> None:
    """Import a terminology file into the user terms directory."""
    from kg.terms.importers import import_terms

    try:
        summary = import_terms(kind, file, dest)
    except KGError as exc:
        err.print(f"[ERROR] {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(getattr(exc, "exit_code", 2))
    err.print(f"imported {summary}", markup=False, highlight=False, soft_wrap=True)   # the path on one line


@app.command("report")
def report_cmd(
    shared: Optional[Path] = typer.Option(None, "--shared", help="the folder holding terminology/ with the "
                                                                 "authoritative files (default: ../shared beside "
                                                                 "the checkout; without it, counts only)"),
) -> None:
    """Count shipped terms per type and verify every external id against the authoritative files
    (when they are present: a user's installation has none, and gets the counts)."""
    from kg.terms.verify import report

    try:
        r = report(shared=shared)
    except (KGError, OSError) as exc:
        err.print(f"[ERROR] {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(getattr(exc, "exit_code", 2))
    table = Table(title="kg terms")
    table.add_column("type")
    table.add_column("terms", justify="right")
    for t, n in r["per_type"].items():
        table.add_row(t, str(n))
    err.print(table)
    if r["verified"] is None:   # no authoritative files here (a user's installation): counts only
        err.print(f"external ids: {r['external_ids']}  local-only: {r['local_only']}  {r['unverified']}",
                  markup=False, highlight=False, soft_wrap=True)
        return
    err.print(f"external ids: {r['external_ids']}  verified: {r['verified']}  local-only: {r['local_only']}  "
              f"xrefs verified: {r['xrefs_verified']}/{r['xrefs_checked']}  ids in ontology/*.ttl: {r['ttl_ids_checked']}")
    for p in r["problems"][:20]:
        err.print(f"[red]problem:[/red] {p}")
    if r["problems"]:
        raise typer.Exit(1)
