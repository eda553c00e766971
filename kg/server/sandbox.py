"""Network sandbox for the Oxigraph server process: Linux Landlock through ctypes.

Oxigraph 0.5's server executes federated SPARQL ``SERVICE`` calls and has no option to
refuse them, so a query could make it connect anywhere (SSRF, exfiltration). Landlock
(kernel ABI >= 4, Linux >= 6.7) lets an unprivileged process forbid itself, for good and
for every program it execs, TCP ``connect`` to any port and TCP ``bind`` except on the
listed ports. `NetSandbox` is used as ``subprocess.Popen(..., preexec_fn=sandbox)``: the
ruleset is built in the parent (errors are reported there); the child only sets
``no_new_privs`` and restricts itself before exec. Accepting connections on the bound
port is not restricted by Landlock, so the endpoint keeps working.

Not covered: UDP and so DNS lookups (the host name of a ``SERVICE`` IRI is still resolved,
which discloses that name to the DNS resolver), Unix sockets and other socket types.

Linux x86_64 and aarch64 only (64-bit Python); elsewhere `landlock_abi` is 0.
"""
from __future__ import annotations

import ctypes
import errno
import os
import platform
import sys

# Landlock syscalls are in the generic table: same numbers on x86_64 and aarch64.
_SYS_CREATE_RULESET, _SYS_ADD_RULE, _SYS_RESTRICT_SELF = 444, 445, 446
_ARCHES = {"x86_64", "amd64", "aarch64", "arm64"}

LANDLOCK_CREATE_RULESET_VERSION = 1 << 0
LANDLOCK_RULE_NET_PORT = 2
LANDLOCK_ACCESS_NET_BIND_TCP = 1 << 0
LANDLOCK_ACCESS_NET_CONNECT_TCP = 1 << 1
PR_SET_NO_NEW_PRIVS = 38
MIN_NET_ABI = 4  # first ABI with network (TCP bind/connect) rules


class _RulesetAttr(ctypes.Structure):
    # struct landlock_ruleset_attr up to ABI 5; later fields (scoped) default to 0 when size is 16
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64)]


class _NetPortAttr(ctypes.Structure):
    _fields_ = [("allowed_access", ctypes.c_uint64), ("port", ctypes.c_uint64)]


_libc_cache: list = []


def _libc():
    if not _libc_cache:
        try:
            lib = ctypes.CDLL(None, use_errno=True)
            lib.syscall.restype = ctypes.c_long
            lib.prctl.restype = ctypes.c_int
            _libc_cache.append(lib)
        except (OSError, AttributeError):
            _libc_cache.append(None)
    return _libc_cache[0]


def _supported_platform() -> bool:
    return (sys.platform.startswith("linux") and platform.machine().lower() in _ARCHES
            and ctypes.sizeof(ctypes.c_void_p) == 8)  # not x32 / 32-bit userland (other syscall numbers)


def _os_error(what: str) -> OSError:
    e = ctypes.get_errno()
    return OSError(e, f"{what}: {os.strerror(e)}")


def landlock_abi() -> int:
    """The kernel's Landlock ABI version; 0 if unsupported here, not built in (ENOSYS) or disabled (EOPNOTSUPP)."""
    if not _supported_platform():
        return 0
    libc = _libc()
    if libc is None:
        return 0
    v = libc.syscall(ctypes.c_long(_SYS_CREATE_RULESET), ctypes.c_void_p(None), ctypes.c_size_t(0),
                     ctypes.c_uint32(LANDLOCK_CREATE_RULESET_VERSION))
    return int(v) if v > 0 else 0


def unavailable_reason() -> str | None:
    """Why the network sandbox cannot be used here (None if it can)."""
    if not _supported_platform():
        return (f"the Landlock network sandbox needs 64-bit Linux on x86_64 or aarch64, "
                f"found {sys.platform} {platform.machine()}")
    abi = landlock_abi()
    if abi < MIN_NET_ABI:
        return (f"the kernel's Landlock ABI is {abi} (0 = not built in or disabled), the network sandbox "
                f"needs ABI >= {MIN_NET_ABI} (Linux >= 6.7 with landlock in the lsm= list)")
    return None


class NetSandbox:
    """``preexec_fn`` that forbids the child every TCP connect and every TCP bind but on ``bind_port``.

    Build it in the parent (creates the ruleset fd, raises OSError if Landlock refuses),
    pass it to one ``Popen``, then `close` it (or use it as a context manager).
    """

    def __init__(self, bind_port: int):
        self._fd = -1
        if not (0 < int(bind_port) < 65536):
            raise ValueError(f"invalid port {bind_port}: expected 1..65535")
        reason = unavailable_reason()
        if reason:
            raise OSError(errno.EOPNOTSUPP, reason)
        self.bind_port = int(bind_port)
        libc = _libc()
        attr = _RulesetAttr(handled_access_fs=0,  # accepted by the kernel when a net access is handled
                            handled_access_net=LANDLOCK_ACCESS_NET_BIND_TCP | LANDLOCK_ACCESS_NET_CONNECT_TCP)
        fd = libc.syscall(ctypes.c_long(_SYS_CREATE_RULESET), ctypes.byref(attr), ctypes.c_size_t(ctypes.sizeof(attr)),
                          ctypes.c_uint32(0))
        if fd < 0:
            raise _os_error("landlock_create_ruleset")
        rule = _NetPortAttr(allowed_access=LANDLOCK_ACCESS_NET_BIND_TCP, port=self.bind_port)
        if libc.syscall(ctypes.c_long(_SYS_ADD_RULE), ctypes.c_int(fd), ctypes.c_int(LANDLOCK_RULE_NET_PORT),
                        ctypes.byref(rule), ctypes.c_uint32(0)) != 0:
            exc = _os_error("landlock_add_rule")
            os.close(fd)
            raise exc
        self._fd = int(fd)  # O_CLOEXEC (kernel default): present in the forked child, gone after exec
        # bound in the parent so the child only makes foreign calls
        self._prctl = libc.prctl
        self._syscall = libc.syscall
        self._args_nnp = (ctypes.c_int(PR_SET_NO_NEW_PRIVS),) + tuple(ctypes.c_ulong(x) for x in (1, 0, 0, 0))
        self._args_restrict = (ctypes.c_long(_SYS_RESTRICT_SELF), ctypes.c_int(self._fd), ctypes.c_uint32(0))

    def __call__(self) -> None:
        """In the child between fork and exec: restrict it; any failure raises, so Popen fails."""
        if self._fd < 0:
            raise OSError(errno.EBADF, "NetSandbox already closed")
        if self._prctl(*self._args_nnp) != 0:
            raise _child_failure("prctl(PR_SET_NO_NEW_PRIVS)")
        if self._syscall(*self._args_restrict) != 0:
            raise _child_failure("landlock_restrict_self")
        os.close(self._fd)  # this child's copy only

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> "NetSandbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except OSError:
            pass


def _child_failure(what: str) -> OSError:
    # subprocess only tells the parent "Exception occurred in preexec_fn": say which call failed on stderr
    exc = _os_error(what)
    try:
        os.write(2, f"kg: network sandbox not applied, {exc.strerror}\n".encode())
    except OSError:
        pass
    return exc


__all__ = ["NetSandbox", "landlock_abi", "unavailable_reason", "MIN_NET_ABI"]
