"""Serve a store read-only over HTTP with the Oxigraph server CLI, network-sandboxed.

``oxigraph serve-read-only --location STORE --bind HOST:PORT [--timeout-s N]``
exposes the SPARQL endpoint at ``/query`` (and a YASGUI page at ``/``). The
read-only server refuses SPARQL updates. Loopback binds only, unless
``allow_remote=True``.

Oxigraph's server executes federated ``SERVICE`` calls and cannot be told not to,
so `serve` and `running_server` start it inside a Landlock sandbox
(`kg.server.sandbox`): no outgoing TCP connection, TCP bind on the serve port only.
A ``SERVICE`` call then fails (``SERVICE SILENT`` yields no data) without any
connection being made. Where Landlock's network rules are unavailable they raise
ServerError, unless ``allow_federation=True`` (CLI ``--unsandboxed``), which serves
without the sandbox. The sandbox does not cover UDP: DNS lookups of a ``SERVICE``
host name still happen.

Supervision and limits: the server child runs with an address-space limit (``RLIMIT_AS``,
``memory_mb``) and a CPU-time limit (``RLIMIT_CPU``, ``cpu_s``), and gets SIGTERM when the
process that started it dies (``PR_SET_PDEATHSIG``), so kill -9 of `kg serve` leaves no server
behind. `serve` waits for the child: a failure to start (port taken) or a crash (a panic, an
allocation over the memory limit, the CPU limit) is raised as ServerError (one line, with the
server's last message); SIGTERM or SIGHUP to `kg serve` stops the child and returns 0.

``--timeout-s`` (``timeout_s``) bounds the time Oxigraph spends evaluating a query before its
first result; it does not bound streaming a large result, nor the memory a sort takes (the
memory limit does), and a timeout may surface as a truncated HTTP 200 body.

The server answers from the store as it was when it started. A store is never served and written
at once (a writer beside Oxigraph's read-only mode is undefined behaviour): `serve` and
`running_server` hold the serving lock of ``kg.store.serving``, which a writable ``open_store``
respects, and they refuse a store a kg command is writing.
"""
from __future__ import annotations

import collections
import contextlib
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError, StoreError
from kg.limits import ChildLimits, default_memory_mb
from kg.redact import is_url, safe
from kg.server import sandbox
from kg.store.serving import lock_for_serving


class ServerError(KGError):
    """The Oxigraph server cannot be found, started or reached."""


DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 30.0


def find_oxigraph() -> str:
    """The `oxigraph` binary next to the running Python (venv) or on PATH."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServerError("the `oxigraph` server binary was not found next to Python or on PATH; "
                      "install it with `pip install oxigraph==0.5.13`")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _bind(host: str, port: int) -> str:
    h = host.strip("[]")
    return f"[{h}]:{port}" if ":" in h else f"{h}:{port}"


def _url_host(host: str) -> str:
    h = host.strip("[]")
    return f"[{h}]" if ":" in h else h


def server_command(location: str | os.PathLike, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                   timeout_s: float | None = DEFAULT_TIMEOUT_S, allow_remote: bool = False) -> list[str]:
    """The argv that serves ``location`` read-only (checks the store and the bind address).

    The argv alone is not sandboxed: `serve` and `running_server` add the network sandbox.
    """
    if is_url(location):
        raise StoreError(f"cannot serve {location}: it is a URL; expected a local store directory "
                         "(a remote endpoint is served already)")
    loc = Path(location)
    if not loc.is_dir():
        raise StoreError(f"no store at {loc}: run `kg ingest --store {loc} ...` first")
    if not is_loopback(host) and not allow_remote:
        raise ServerError(f"refusing to bind {host}: only loopback addresses (127.0.0.1, ::1, localhost) "
                          "unless allow_remote=True (--allow-remote)")
    if not (0 < int(port) < 65536):
        raise ServerError(f"invalid port {port}: expected 1..65535")
    cmd = [find_oxigraph(), "serve-read-only", "--location", str(loc), "--bind", _bind(host, int(port))]
    if timeout_s is not None:
        if timeout_s <= 0:
            raise ServerError(f"invalid timeout {timeout_s}: expected seconds > 0")
        cmd += ["--timeout-s", str(max(1, int(round(timeout_s))))]
    return cmd


_UNSANDBOXED_HINT = ("pass --unsandboxed (allow_federation=True) to serve without it, "
                     "letting any query make the server connect out")


def _network_sandbox(port: int, allow_federation: bool) -> sandbox.NetSandbox | None:
    """The sandbox for a server bound to ``port``; None (with a warning) if federation is allowed."""
    if allow_federation:
        print("warning: serving without the network sandbox (--unsandboxed): the Oxigraph server executes "
              "federated SERVICE calls, connecting wherever a query says", file=sys.stderr)
        return None
    reason = sandbox.unavailable_reason()
    if reason:
        raise ServerError(f"refusing to serve without the network sandbox that blocks federated SERVICE calls: "
                          f"{reason}; {_UNSANDBOXED_HINT}")
    try:
        return sandbox.NetSandbox(port)
    except OSError as e:
        raise ServerError(f"cannot set up the Landlock network sandbox: {e.strerror or e}; {_UNSANDBOXED_HINT}") from e


def _popen(cmd: list[str], port: int, allow_federation: bool, limits: ChildLimits | None = None,
           **kwargs) -> subprocess.Popen:
    limits = limits or ChildLimits(memory_mb=default_memory_mb())
    sb = _network_sandbox(port, allow_federation)
    if sb is None:
        return subprocess.Popen(cmd, preexec_fn=limits, **kwargs)

    def preexec() -> None:
        limits()
        sb()

    with sb:
        try:
            return subprocess.Popen(cmd, preexec_fn=preexec, **kwargs)
        except subprocess.SubprocessError as e:  # raised in the child before exec: nothing ran unsandboxed
            raise ServerError(f"the Landlock network sandbox could not be applied to the oxigraph server ({e}); "
                              f"{_UNSANDBOXED_HINT}") from e


class _Stop(Exception):
    """SIGTERM / SIGHUP to `kg serve`: stop the server child."""


def _raise_stop(signum, frame):
    raise _Stop(signum)


def port_in_use(host: str, port: int) -> bool:
    fam = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    with socket.socket(fam, socket.SOCK_STREAM) as s:
        try:
            s.bind((host.strip("[]"), int(port)))
        except OSError:
            return True
    return False


def exit_reason(code: int, last_lines: list[str], limits: ChildLimits | None = None) -> str:
    if not any(ln.startswith("Listening for requests") for ln in last_lines):
        return _exit_reason(code, last_lines, limits).replace("oxigraph server", "oxigraph server failed to start:", 1) \
            .replace("; a query crashed it (a panic, or an allocation", "; (an allocation", 1).replace(
            ": restart kg serve", ")", 1)
    return _exit_reason(code, last_lines, limits)


def _exit_reason(code: int, last_lines: list[str], limits: ChildLimits | None = None) -> str:
    """One line: why the server child ended with ``code`` (negative: killed by a signal)."""
    last = next((ln for ln in reversed(last_lines) if ln.strip()
                 and not ln.startswith((" ", "note:", "stack", "Listening for requests"))), "")
    panic = next((ln for ln in last_lines if "panicked" in ln), "")
    if panic:
        i = last_lines.index(panic)
        last = " ".join(x.strip() for x in last_lines[i:i + 2])
    said = f": {last.strip()[:300]}" if last.strip() else ""
    if code < 0:
        sig = -code
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else f"signal {sig}"
        if sig == signal.SIGXCPU or (sig == signal.SIGKILL and limits and limits.cpu_s and not said):
            return (f"oxigraph server stopped by {name}: it used its CPU-time limit"
                    f"{f' of {limits.cpu_s} s' if limits and limits.cpu_s else ''}{said}; restart it, or raise "
                    "--cpu-limit")
        hint = ""
        if sig == signal.SIGABRT:
            hint = ("; a query crashed it (a panic, or an allocation over the memory limit"
                    f"{f' of {limits.memory_mb} MB' if limits and limits.memory_mb else ''}: --memory-limit): "
                    "restart kg serve")
        return f"oxigraph server crashed ({name}){said}{hint}"
    return f"oxigraph server exited with code {code}{said}"


def serve(location: str | os.PathLike, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout_s: float | None = DEFAULT_TIMEOUT_S, allow_remote: bool = False,
          allow_federation: bool = False, memory_mb: int | None = None, cpu_s: int | None = None) -> int:
    """Run the read-only server, sandboxed and limited, in the foreground until interrupted.

    Returns 0 after Ctrl-C, SIGTERM or SIGHUP (the server is stopped); raises ServerError when the
    server cannot start or ends on its own (a crash). ``memory_mb``: address-space limit of the
    server (default: half the RAM); ``cpu_s``: its CPU-time limit (default: none).
    ``allow_federation=True`` runs it without the network sandbox (it then executes SERVICE calls).
    """
    cmd = server_command(location, host, port, timeout_s, allow_remote)
    if port_in_use(host, port):
        raise ServerError(f"port {port} on {host} is already in use; expected a free port: stop the other "
                          "server or pass --port")
    limits = ChildLimits(memory_mb=memory_mb or default_memory_mb(), cpu_s=cpu_s or None)
    tail: collections.deque[str] = collections.deque(maxlen=40)
    previous = {}
    for sig in (signal.SIGTERM, signal.SIGHUP):
        with contextlib.suppress(ValueError, OSError):  # not the main thread: no handlers
            previous[sig] = signal.signal(sig, _raise_stop)
    try:
        with lock_for_serving(location):   # no kg command writes the store while it is served
            proc = _popen(cmd, int(port), allow_federation, limits, stderr=subprocess.PIPE)

            def relay() -> None:  # the server's log to our stderr (secrets masked), keeping the last lines
                for raw in proc.stderr:
                    line = raw.decode("utf-8", "replace").rstrip("\n")
                    tail.append(line)
                    if not line.startswith(" "):   # no backtrace frames
                        print(safe(line), file=sys.stderr, flush=True)

            reader = threading.Thread(target=relay, daemon=True)
            reader.start()
            print(safe(f"serving {location} read-only at http://{_url_host(host)}:{port}/query "
                       f"(memory limit {limits.memory_mb} MB; Ctrl-C to stop)"), file=sys.stderr)
            try:
                code = proc.wait()
            except (KeyboardInterrupt, _Stop):
                _stop(proc)
                return 0
            reader.join(timeout=2.0)
            if code != 0:
                raise ServerError(exit_reason(code, list(tail), limits))
            return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@dataclass
class RunningServer:
    url: str           # base URL, e.g. http://127.0.0.1:7878
    process: subprocess.Popen
    sandboxed: bool = True  # started inside the network sandbox (no outgoing TCP)

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"

    def query(self, sparql: str, accept: str = "application/sparql-results+json", timeout: float = 30.0) -> bytes:
        """POST a SPARQL query; returns the raw response body (raises urllib.error.HTTPError)."""
        req = urllib.request.Request(self.query_url, data=sparql.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-query", "Accept": accept})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.read()


def free_port(host: str = DEFAULT_HOST) -> int:
    fam = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(fam, socket.SOCK_STREAM) as s:
        s.bind((host.strip("[]"), 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen, grace: float = 5.0) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=grace)


@contextlib.contextmanager
def running_server(location: str | os.PathLike, port: int | None = None, host: str = DEFAULT_HOST,
                   timeout_s: float | None = DEFAULT_TIMEOUT_S, startup_s: float = 20.0,
                   allow_remote: bool = False, allow_federation: bool = False, memory_mb: int | None = None):
    """Start the read-only server (sandboxed unless ``allow_federation``; address space limited to
    ``memory_mb``; dies with this process), wait until /query answers, yield a RunningServer, stop it."""
    port = port or free_port(host)
    cmd = server_command(location, host, port, timeout_s, allow_remote)
    with lock_for_serving(location):   # no kg command writes the store while it is served
        with _started(location, host, port, cmd, allow_federation, memory_mb, startup_s) as server:
            yield server


@contextlib.contextmanager
def _started(location, host, port, cmd, allow_federation, memory_mb, startup_s):
    proc = _popen(cmd, int(port), allow_federation, ChildLimits(memory_mb=memory_mb or default_memory_mb()),
                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://{_url_host(host)}:{port}"
    server = RunningServer(base, proc, sandboxed=not allow_federation)
    try:
        deadline = time.monotonic() + startup_s
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
                raise ServerError(f"oxigraph server exited with code {proc.returncode}: {err.strip()[:500]}")
            try:
                server.query("ASK {}", timeout=2.0)
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if time.monotonic() > deadline:
                    raise ServerError(f"oxigraph server did not answer on {base}/query within {startup_s:.0f} s")
                time.sleep(0.1)
        yield server
    finally:
        _stop(proc)
        if proc.stderr:
            proc.stderr.close()


__all__ = ["serve", "running_server", "RunningServer", "server_command", "find_oxigraph", "free_port",
           "is_loopback", "ServerError", "exit_reason", "port_in_use"]
