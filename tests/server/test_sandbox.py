"""kg.server.sandbox: the Landlock network sandbox of the Oxigraph server, and the refusal without it."""
import socket
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from typer.testing import CliRunner

import kg.server as server_mod
from kg.server import ServerError, free_port, running_server, serve, server_command, sandbox
from kg.store import open_store

LINUX = sys.platform.startswith("linux")
needs_linux = pytest.mark.skipif(not LINUX, reason="Landlock is Linux-only")

# A child that tries an outgoing connect, a bind on another port and a bind on the allowed one.
PROBE = textwrap.dedent("""
    import socket, sys
    target, allowed, other = (int(a) for a in sys.argv[1:4])
    def attempt(fn):
        s = socket.socket()
        try:
            fn(s)
            return "ok"
        except OSError as e:
            return e.__class__.__name__ + ":" + str(e.errno)
        finally:
            s.close()
    print(attempt(lambda s: s.connect(("127.0.0.1", target))))
    print(attempt(lambda s: s.bind(("127.0.0.1", other))))
    print(attempt(lambda s: s.bind(("127.0.0.1", allowed))))
""")


@pytest.fixture
def listener():
    """A TCP listener on 127.0.0.1 recording accepted connections."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    accepted = []

    def loop():
        while True:
            try:
                conn, addr = sock.accept()
            except OSError:
                return
            accepted.append(addr)
            conn.close()

    threading.Thread(target=loop, daemon=True).start()
    yield sock.getsockname()[1], accepted
    sock.close()


@pytest.fixture
def store_dir(tmp_path):
    loc = tmp_path / "kg-store"
    with open_store(loc):
        pass
    return loc


def _probe(listen_port, allowed, other, preexec_fn=None):
    out = subprocess.run([sys.executable, "-c", PROBE, str(listen_port), str(allowed), str(other)],
                         preexec_fn=preexec_fn, capture_output=True, text=True, timeout=30, check=True)
    return out.stdout.split()


@needs_linux
def test_landlock_network_rules_available():
    assert sandbox.landlock_abi() >= sandbox.MIN_NET_ABI, (
        "this kernel lacks Landlock network rules (ABI >= 4, Linux >= 6.7): kg serve refuses to run "
        "here without --unsandboxed")
    assert sandbox.unavailable_reason() is None


@pytest.mark.system
@needs_linux
def test_net_sandbox_blocks_connect_and_other_binds(listener):
    port, accepted = listener
    allowed, other = free_port(), free_port()
    with sandbox.NetSandbox(allowed) as sb:
        assert _probe(port, allowed, other, preexec_fn=sb) == ["PermissionError:13", "PermissionError:13", "ok"]
    time.sleep(0.3)
    assert accepted == []
    # control: the same child unsandboxed connects and binds anywhere
    assert _probe(port, allowed, other) == ["ok", "ok", "ok"]
    time.sleep(0.3)
    assert len(accepted) == 1


def test_net_sandbox_rejects_bad_port():
    with pytest.raises(ValueError):
        sandbox.NetSandbox(0)


def test_landlock_abi_is_zero_off_linux(monkeypatch):
    monkeypatch.setattr(sandbox.sys, "platform", "darwin")
    assert sandbox.landlock_abi() == 0
    assert "Linux" in sandbox.unavailable_reason()


def _no_popen(monkeypatch):
    started = []
    monkeypatch.setattr(server_mod.subprocess, "Popen", lambda *a, **k: started.append(a) or pytest.fail("started"))
    return started


@pytest.mark.parametrize("abi", [0, 3])
def test_serving_refused_without_landlock_network_rules(monkeypatch, store_dir, abi):
    monkeypatch.setattr(sandbox, "landlock_abi", lambda: abi)
    started = _no_popen(monkeypatch)
    for start in (lambda: running_server(store_dir).__enter__(), lambda: serve(store_dir, port=free_port())):
        with pytest.raises(ServerError) as ei:
            start()
        msg = str(ei.value)
        assert "--unsandboxed" in msg and "allow_federation=True" in msg and "SERVICE" in msg
        assert f"Landlock ABI is {abi}" in msg and "\n" not in msg
    assert started == []
    # the argv alone does not need the sandbox
    assert server_command(store_dir, port=8123)[1] == "serve-read-only"


@pytest.mark.system
def test_sandbox_failure_in_child_aborts_the_start(monkeypatch, store_dir):
    """A sandbox that fails between fork and exec makes the start fail: nothing runs unsandboxed."""
    def failing(self):
        raise OSError(1, "simulated landlock_restrict_self failure")

    monkeypatch.setattr(sandbox.NetSandbox, "__call__", failing)
    if sandbox.unavailable_reason():
        pytest.skip(f"needs the sandbox to be constructible: {sandbox.unavailable_reason()}")
    with pytest.raises(ServerError, match="could not be applied.*--unsandboxed"):
        with running_server(store_dir):
            pytest.fail("the server started")


@pytest.mark.system
def test_unsandboxed_serving_warns_and_runs_without_landlock(monkeypatch, store_dir, capfd):
    monkeypatch.setattr(sandbox, "landlock_abi", lambda: 0)
    try:
        server_mod.find_oxigraph()
    except ServerError as e:
        pytest.skip(str(e))
    with running_server(store_dir, timeout_s=10, allow_federation=True) as srv:
        assert not srv.sandboxed
        assert b"true" in srv.query("ASK {}")
    assert "warning: serving without the network sandbox" in capfd.readouterr().err


def test_cli_serve_refuses_without_sandbox_and_names_flag(monkeypatch, store_dir):
    from kg.cli.app import app

    monkeypatch.setattr(sandbox, "landlock_abi", lambda: 0)
    _no_popen(monkeypatch)
    res = CliRunner().invoke(app, ["serve", "--store", str(store_dir), "--port", str(free_port())])
    assert res.exit_code == 2
    assert "--unsandboxed" in res.output


def test_cli_serve_documents_unsandboxed():
    from kg.cli.app import app

    res = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200", "TERM": "dumb"})
    assert res.exit_code == 0
    assert "--unsandboxed" in res.output and "outgoing connections" in res.output
