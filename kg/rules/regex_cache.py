"""Compiled regular expressions kept on disk from one process start to the next, as ``.pyc`` files keep code.

Building the pipeline compiles ~1,400 patterns (the rule files' alternations, their scans, spaCy's and
scispacy's tokenizer rules): ~0.85 of the ~3.5 CPU seconds the forkserver of ``kg ingest -j N`` spends
before its first worker starts, and all of it in ``re``'s pure-Python parser and code generator. What
they produce for a pattern (the SRE code: a list of integers, the group names) depends only on the
pattern, its flags and the Python version, so it is kept in one file under ``$KG_CACHE_DIR`` and given
to ``_sre.compile`` (the last step of ``re.compile``) on the next start: the same Pattern objects
(``Pattern.__eq__`` compares their code; tests/rules/test_regex_cache.py compares every pattern of a
pipeline build), without parsing.

Only inside :func:`regex_codes_kept` (the pipeline build and warm-up, ``kg.pipeline``). The file is
named by the interpreter and the SRE engine's version (``_sre.MAGIC``); ``_sre.compile`` checks the code
it is given, and anything that goes wrong with the file or an entry means compiling as usual. The file
is rewritten with what the build used when that differs from what it held (a rule edit's old patterns
drop out).
"""
from __future__ import annotations

import contextlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser

import _sre

# the most patterns the file keeps (a pipeline build compiles ~1,400)
_MOST = 10_000
FILE_NAME = f"regex-codes-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}.marshal"


def cache_file() -> Path:
    """The file under ``$KG_CACHE_DIR`` (default ~/.cache/kg, as the linker's index and term patterns)."""
    env = os.environ.get("KG_CACHE_DIR")
    return (Path(env).expanduser() if env else Path.home() / ".cache" / "kg") / FILE_NAME


def sre_arguments(pattern, flags: int) -> tuple:
    """What ``re._compiler.compile`` gives ``_sre.compile`` after the pattern itself (Python 3.11-3.12):
    ``(flags, code, groups - 1, groupindex, indexgroup)``."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]   # (its opcodes are named int constants)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _load(path: Path) -> dict:
    try:
        codes = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return codes if isinstance(codes, dict) else {}


def _save(path: Path, codes: dict) -> None:
    """Written whole to a temporary file, then moved over the old one (readers see one or the other)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-codes-")
    except OSError:   # a read-only cache directory: the next start compiles again
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(codes))
        os.replace(tmp, path)
    except (OSError, ValueError):   # a full disk, or an entry marshal cannot write: the same
        with contextlib.suppress(OSError):
            os.unlink(tmp)


@contextlib.contextmanager
def regex_codes_kept(path: Path | None = None):
    """Inside: ``re.compile`` (and everything that compiles through ``re``) takes a pattern's code from the
    file when it is there, and adds it when not; the file is updated on leaving."""
    path = cache_file() if path is None else path
    known = _load(path)
    used: dict = {}
    plain = _compiler.compile

    def compile(p, flags=0):
        if not isinstance(p, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return plain(p, flags)
        flags = int(flags)   # a re.RegexFlag is no plain int to marshal
        key = (p, flags)
        args = known.get(key)
        if args is not None:
            try:
                compiled = _sre.compile(p, *args)
            except (RuntimeError, TypeError, ValueError):   # not code of this engine: compiled as usual
                args = None
        if args is None:
            args = sre_arguments(p, flags)
            compiled = _sre.compile(p, *args)
        used[key] = args
        return compiled

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = plain
        if not used.keys() <= known.keys():
            # added to what other builds keep (a test's small pipeline, the warm-up's own patterns), up to
            # _MOST entries; past that only this build's (old rule edits' patterns drop out)
            merged = {**known, **used}
            _save(path, merged if len(merged) <= _MOST else used)


__all__ = ["FILE_NAME", "cache_file", "regex_codes_kept", "sre_arguments"]
