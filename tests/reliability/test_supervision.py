"""Issue 15, items 5, 6 and 7: `kg serve` supervises the Oxigraph child (a failure to start or a
crash is one [ERROR] line and a non-zero exit), the child runs under OS limits (a runaway sort
stops at the memory limit), and children
(the server, the ingest workers) die with their parent, after kill -9 and SIGTERM alike.
Plus the minimal reproducer of the Oxigraph 0.5.13 sort panic (expected to fail until fixed)."""
from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from fixture_helpers import FIXTURE_TRIG
from kg.server import free_port
from kg.store import open_store
from reliability_inputs import KG, error_lines, jsonl_abstracts

pytestmark = pytest.mark.system
ENV = dict(os.environ, NO_COLOR="1", TERM="dumb")

# 21 xsd:dateTime values with and without a time zone: ORDER BY makes Oxigraph 0.5.13's sort
# panic ("user-provided comparison function does not correctly implement a total order");
# in pyoxigraph the panic aborts Python.
PANIC_QUERY = ("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?x WHERE { VALUES ?x { " + " ".join(
    f'"2020-01-01T{t}"^^xsd:dateTime' for t in (
        "15:00:00+14:00", "09:00:00+14:00", "12:00:00+14:00", "00:00:00+14:00", "02:00:00Z", "12:00:00",
        "14:00:00+14:00", "03:00:00", "01:00:00+14:00", "07:00:00+14:00", "00:00:00", "09:00:00+14:00",
        "10:00:00Z", "05:00:00Z", "13:00:00", "16:00:00Z", "03:00:00", "02:00:00", "03:00:00",
        "21:00:00+14:00", "01:00:00")) + " } } ORDER BY ?x")


@pytest.mark.xfail(strict=True, reason="Oxigraph 0.5.13 panics sorting dateTimes with and without a time zone; "
                                        "an XPASS means a fixed release: drop this mark and the README note")
def test_oxigraph_sort_panic_reproducer():
    res = subprocess.run([sys.executable, "-c", "import pyoxigraph as ox, sys\n"
                          "print(len(list(ox.Store().query(sys.argv[1]))))", PANIC_QUERY],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and res.stdout.strip() == "21", res.stderr[-500:]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    loc = tmp_path_factory.mktemp("srv") / "store"
    with open_store(loc) as st:
        st.load_file(FIXTURE_TRIG)
    return loc


def _children(pid: int) -> list[int]:
    out = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as fh:
            out += [int(x) for x in fh.read().split()]
    return out


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        p = todo.pop()
        try:
            kids = _children(p)
        except OSError:
            continue
        found.update(kids)
        todo += kids
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return "\nState:\tZ" not in fh.read()
    except OSError:
        return False


def _wait_until(cond, what: str, limit: float = 60.0) -> None:
    end = time.monotonic() + limit   # a bound on waiting, not a speed assertion
    while not cond():
        if time.monotonic() > end:
            pytest.fail(f"gave up waiting: {what}")
        time.sleep(0.1)


def _answers(port: int) -> bool:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2).read()
        return True
    except OSError:
        return False


def _start_serve(store_dir, *extra):
    port = free_port()
    proc = subprocess.Popen([*KG, "serve", "--store", str(store_dir), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    _wait_until(lambda: _answers(port) or proc.poll() is not None, "kg serve to answer")
    assert proc.poll() is None, proc.stderr.read()
    (child,) = _children(proc.pid)
    return proc, child


def test_port_taken_is_one_line(store_dir):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        res = subprocess.run([*KG, "serve", "--store", str(store_dir), "--port", str(port)],
                             capture_output=True, text=True, timeout=120, env=ENV)
    assert res.returncode == 2
    assert error_lines(res.stderr) == [f"[ERROR] port {port} on 127.0.0.1 is already in use; "
                                       "expected a free port: stop the other server or pass --port"]


def test_a_server_that_cannot_start_is_reported(store_dir):
    res = subprocess.run([*KG, "serve", "--store", str(store_dir), "--port", str(free_port()),
                          "--memory-limit", "64"], capture_output=True, text=True, timeout=120, env=ENV)
    assert res.returncode == 2
    (line,) = error_lines(res.stderr)
    assert line.startswith("[ERROR] oxigraph server failed to start") and "--memory-limit" in line


def test_a_crash_is_reported_with_a_non_zero_exit(store_dir):
    proc, child = _start_serve(store_dir)
    os.kill(child, signal.SIGABRT)   # what a panic in the server does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    (line,) = error_lines(err)
    assert line.startswith("[ERROR] oxigraph server crashed (SIGABRT)")


def _post(port: int, sparql: str) -> bytes | None:
    """The body of the answer, or None when the server closed the connection without one."""
    req = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=sparql.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.read()
    except (http.client.RemoteDisconnected, ConnectionError, urllib.error.URLError):
        return None


def _start_serve_on(store_dir, port, *extra):
    proc = subprocess.Popen([*KG, "serve", "--store", str(store_dir), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    _wait_until(lambda: _answers(port) or proc.poll() is not None, "kg serve to answer")
    assert proc.poll() is None, proc.stderr.read()
    return proc


def test_the_query_that_panics_oxigraph_is_reported_not_silent(store_dir):
    """Issue #15 item 5: a 1.1 KB query killed the server and `kg serve` exited 0 without a word.
    Now a server that dies is one [ERROR] line and exit 2; a fixed Oxigraph keeps answering."""
    port = free_port()
    proc = _start_serve_on(store_dir, port)
    try:
        body = _post(port, PANIC_QUERY)
        _wait_until(lambda: proc.poll() is not None or _answers(port), "kg serve to end or answer again")
    finally:
        if proc.poll() is None:
            proc.terminate()
        _, err = proc.communicate(timeout=60)
    if body is None and proc.returncode != 0:      # Oxigraph 0.5.13: the panic aborts the server
        assert proc.returncode == 2
        (line,) = error_lines(err)
        assert line.startswith("[ERROR] oxigraph server crashed (SIGABRT)") and "total order" in line
    else:                                           # a fixed release: the answer, and kg serve still ran
        assert body is not None and proc.returncode == 0, err


def test_a_runaway_sort_stops_at_the_memory_limit_and_is_reported(store_dir):
    """Issue #15 item 6: `--timeout` does not bound a sort's memory (9.7 GB RSS for an ORDER BY over
    a cross product); the memory limit does: the server aborts at it and `kg serve` says so."""
    port = free_port()
    proc = _start_serve_on(store_dir, port, "--memory-limit", "1000", "--timeout", "600")
    try:
        assert _post(port, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") is not None  # control
        cross = ("SELECT ?a ?b ?c WHERE { GRAPH ?g1 { ?a ?p1 ?o1 } GRAPH ?g2 { ?b ?p2 ?o2 } "
                 "GRAPH ?g3 { ?c ?p3 ?o3 } } ORDER BY ?o1 ?o2 ?o3 LIMIT 5")
        assert _post(port, cross) is None
        _wait_until(lambda: proc.poll() is not None, "kg serve to end")
    finally:
        if proc.poll() is None:
            proc.terminate()
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    (line,) = error_lines(err)
    assert line.startswith("[ERROR] oxigraph server crashed (SIGABRT)") and "memory limit of 1000 MB" in line


def test_the_server_runs_under_os_limits(store_dir):
    proc, child = _start_serve(store_dir, "--memory-limit", "3000", "--cpu-limit", "900")
    try:
        with open(f"/proc/{child}/limits") as fh:
            limits = fh.read()
        assert f"Max address space         {3000 * 1024 * 1024}" in limits
        assert "Max cpu time              900 " in limits
    finally:
        proc.terminate()
        proc.communicate(timeout=60)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP])
def test_the_server_dies_with_kg_serve(store_dir, sig):
    proc, child = _start_serve(store_dir)
    os.kill(proc.pid, sig)
    proc.communicate(timeout=60)
    if sig != signal.SIGKILL:
        assert proc.returncode == 0
    _wait_until(lambda: not _alive(child), "the oxigraph child to end")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_ingest_workers_die_with_their_parent(tmp_path, sig):
    (tmp_path / "in").mkdir()
    for i in range(8):
        (tmp_path / "in" / f"{i}.jsonl").write_bytes(jsonl_abstracts(20).replace(b"3200000", f"32{i}0000".encode()))
    proc = subprocess.Popen([*KG, "ingest", str(tmp_path / "in"), "--store", str(tmp_path / "store"), "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    # wait for the forkserver and its two workers
    _wait_until(lambda: len(_descendants(proc.pid)) >= 3 or proc.poll() is not None, "ingest workers")
    assert proc.poll() is None
    family = _descendants(proc.pid)
    os.kill(proc.pid, sig)
    proc.wait(timeout=60)
    _wait_until(lambda: not any(_alive(p) for p in family),
                f"every child of kg ingest to end: {[p for p in family if _alive(p)]}")
