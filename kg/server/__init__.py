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

Never serve a store while another process writes it (undefined behaviour in
Oxigraph's read-only mode).
"""
from __future__ import annotations

import contextlib
import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError, StoreError
from kg.server import sandbox


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


def _popen(cmd: list[str], port: int, allow_federation: bool, **kwargs) -> subprocess.Popen:
    sb = _network_sandbox(port, allow_federation)
    if sb is None:
        return subprocess.Popen(cmd, **kwargs)
    with sb:
        try:
            return subprocess.Popen(cmd, preexec_fn=sb, **kwargs)
        except subprocess.SubprocessError as e:  # raised in the child before exec: nothing ran unsandboxed
            raise ServerError(f"the Landlock network sandbox could not be applied to the oxigraph server ({e}); "
                              f"{_UNSANDBOXED_HINT}") from e


def serve(location: str | os.PathLike, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout_s: float | None = DEFAULT_TIMEOUT_S, allow_remote: bool = False,
          allow_federation: bool = False) -> int:
    """Run the read-only server, sandboxed, in the foreground until interrupted; returns its exit code.

    ``allow_federation=True`` runs it without the network sandbox (it then executes SERVICE calls).
    """
    cmd = server_command(location, host, port, timeout_s, allow_remote)
    proc = _popen(cmd, int(port), allow_federation)
    print(f"serving {location} read-only at http://{_url_host(host)}:{port}/query (Ctrl-C to stop)",
          file=sys.stderr)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        _stop(proc)
        return 0


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
                   allow_remote: bool = False, allow_federation: bool = False):
    """Start the read-only server (sandboxed unless ``allow_federation``), wait until /query answers,
    yield a RunningServer, stop it."""
    port = port or free_port(host)
    cmd = server_command(location, host, port, timeout_s, allow_remote)
    proc = _popen(cmd, int(port), allow_federation, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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
           "is_loopback", "ServerError"]
