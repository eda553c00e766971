"""Write the static site: ``index.html`` (the filterable case table), ``cases/<slug>.html`` (one
page per case: summary, timeline, facts, evidence) and ``assets/`` (one stylesheet, one script).

Pages are rendered with Jinja2 templates shipped in the package (``kg/site/templates``) with
autoescaping on: report text can hold markup and is never trusted. The timeline is an inline
SVG drawn by matplotlib (``kg.plot.timeline``). Nothing is loaded from the network: the site
works from the file system.

The site is written to a new directory beside ``OUT`` and then put in its place, so ``OUT`` is
either the previous site or the new one, never half of one. ``OUT`` must be new, empty, or a
site kg wrote before (it holds the ``.kg-site`` marker): any other directory is refused.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Callable

from jinja2 import Environment, PackageLoader, StrictUndefined

import kg
from kg.errors import ExportError
from kg.plot.pool import drawn
from kg.plot.timeline import timeline_svg
from kg.query.responses import RECIST_NAMES, RECIST_ORDER, response_class
from kg.site.pages import CasePage, load_pages

MARKER = ".kg-site"
POOL_MIN_CASES = 40   # fewer timelines are drawn sooner here than worker processes start


@dataclass
class SiteSummary:
    out: Path
    cases: int
    pages: int              # HTML files written (index + one per case)
    total_bytes: int        # every file of the site
    largest_page: str       # relative path of the largest HTML page
    largest_bytes: int
    seconds: float


def environment() -> Environment:
    env = Environment(loader=PackageLoader("kg.site", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals.update(version=kg.__version__, response_class=response_class,
                       recist=[(c, RECIST_NAMES[c]) for c in RECIST_ORDER])
    return env


def check_site_dir(out: str | os.PathLike, store_location: str | os.PathLike | None = None) -> Path:
    """``out`` if the site may be written there (module docstring); raises ExportError otherwise."""
    out = Path(out)
    expected = "expected a new or empty directory, or one `kg site` wrote before"
    if out.is_symlink():
        raise ExportError(f"refusing to write the site to {out}: it is a symbolic link; {expected}")
    if out.exists():
        if not out.is_dir():
            raise ExportError(f"refusing to write the site to {out}: it is not a directory; {expected}")
        if any(out.iterdir()) and not (out / MARKER).is_file():
            raise ExportError(f"refusing to write the site to {out}: the directory holds other files "
                              f"(no {MARKER} marker), which would be replaced; {expected}")
    parent = out.resolve().parent
    if not parent.is_dir():
        raise ExportError(f"cannot write the site to {out}: directory {parent} does not exist")
    if store_location is not None and not str(store_location).lower().startswith(("http://", "https://")):
        store_dir, target = Path(os.path.realpath(store_location)), Path(os.path.realpath(out))
        if target == store_dir or store_dir in target.parents or target in store_dir.parents:
            raise ExportError(f"refusing to write the site to {out}: it is inside the store {store_location}, or "
                              f"holds it (the store would be damaged); {expected} apart from the store")
    return out


def _write(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def _copy_assets(dest: Path) -> int:
    size = 0
    for item in files("kg.site").joinpath("static").iterdir():
        if item.name.endswith((".css", ".js")):
            data = item.read_bytes()
            (dest / item.name).write_bytes(data)
            size += len(data)
    return size


def _replace(tmp: Path, out: Path) -> None:
    """Put the finished site ``tmp`` at ``out`` (the old site, if any, is removed after)."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.resolve().parent))
        os.replace(out, old / "site")
    os.replace(tmp, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def render_pages(pages: list[CasePage], dest: Path, on_page: Callable[[CasePage], None] | None = None,
                 jobs: int = 1) -> tuple[int, int, str, int]:
    """Write index.html and the case pages into ``dest`` (timelines drawn by ``jobs`` processes);
    returns (html files, bytes, largest page, its bytes)."""
    env = environment()
    (dest / "cases").mkdir()
    sizes = {"index.html": _write(dest / "index.html", env.get_template("index.html").render(pages=pages, root=""))}
    case_template = env.get_template("case.html")
    workers = jobs if len(pages) >= POOL_MIN_CASES else 1
    for page, svg in zip(pages, drawn(timeline_svg, (p.case for p in pages), workers)):
        page.timeline_svg = svg
        sizes[page.filename] = _write(dest / page.filename, case_template.render(page=page, root="../"))
        page.timeline_svg = None   # one drawing in memory at a time
        if on_page is not None:
            on_page(page)
    largest = max(sizes, key=lambda k: sizes[k])
    return len(sizes), sum(sizes.values()), largest, sizes[largest]


def build_site(store, out: str | os.PathLike, store_location: str | os.PathLike | None = None,
               on_page: Callable[[CasePage], None] | None = None, jobs: int = 1) -> SiteSummary:
    """Write the site of every case in ``store`` to the directory ``out`` (module docstring);
    ``jobs`` processes draw the timelines."""
    t0 = time.perf_counter()
    out = check_site_dir(out, store_location if store_location is not None else getattr(store, "location", None))
    pages = load_pages(store)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.resolve().parent))
    except OSError as e:
        raise ExportError(f"cannot write the site beside {out}: {e.strerror or e}") from None
    try:
        (tmp / "assets").mkdir()
        asset_bytes = _copy_assets(tmp / "assets")
        n_pages, page_bytes, largest, largest_bytes = render_pages(pages, tmp, on_page, jobs)
        (tmp / MARKER).write_text("written by `kg site`; `kg site` may replace this directory\n", encoding="utf-8")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)   # mkdtemp made it private; the site is for reading
        _replace(tmp, out)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(f"cannot write the site to {out}: {e.strerror or e}") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return SiteSummary(out, len(pages), n_pages, page_bytes + asset_bytes, largest, largest_bytes,
                       time.perf_counter() - t0)


__all__ = ["build_site", "check_site_dir", "render_pages", "environment", "SiteSummary", "MARKER"]
