"""What may be printed: secrets masked, control characters escaped (one helper for every message).

``safe(text)`` is applied to every line kg prints about a problem (the CLI's ``[ERROR]`` lines,
warnings, the serve banner): a password in a URL (``http://user:PW@host/sparql``) or in a
query-string parameter becomes ``***``, and control characters (terminal escapes, carriage
returns, line breaks, bidirectional overrides) in file names or anywhere else are shown as
``\\x1b``, ``\\u202e`` ... so a crafted file name cannot erase or forge a line.

>>> safe("http://ann:s3cret@host:8890/sparql?key=abc: no answer")
'http://ann:***@host:8890/sparql?key=***: no answer'
>>> safe("bad\\x1b[1A\\rname.txt")
'bad\\\\x1b[1A\\\\rname.txt'
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from kg.errors import StoreError

# scheme://user:password@  (the password runs to the last "@" before the path)
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*:/{1,3}[^/@\s:]*):([^/\s]*)@")
_SECRET_PARAM = re.compile(r"(?i)([?&;](?:password|passwd|pwd|pass|token|access_token|api[_-]?key|key|secret)=)"
                           r"[^&;#\s'\"]+")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def mask_secrets(text: str) -> str:
    """``text`` with URL passwords and secret query parameters replaced by ``***``."""
    return _SECRET_PARAM.sub(r"\1***", _USERINFO.sub(r"\1:***@", text))


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    o = ord(ch)
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}"


def printable(text: str) -> str:
    """``text`` with control and format characters (C0, DEL, C1, bidi overrides, zero-width
    characters, lone surrogates) escaped: what is printed is what the name holds."""
    return "".join(_escape(ch) if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") else ch
                   for ch in text)


def safe(text: object) -> str:
    """The one helper: secrets masked, control characters escaped."""
    return printable(mask_secrets(str(text)))


def check_endpoint_url(url: str) -> None:
    """Raise StoreError (one line, password masked) unless ``url`` is a usable http(s) endpoint URL."""
    shown = mask_secrets(url)
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as e:
        raise StoreError(f"not a SPARQL endpoint URL: {shown!r} ({e}); expected http(s)://host[:port]/path "
                         "with a port in 1..65535") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise StoreError(f"not a SPARQL endpoint URL: {shown!r}: expected http(s)://host[:port]/path")
    if port == 0:
        raise StoreError(f"not a SPARQL endpoint URL: {shown!r}: port 0; expected a port in 1..65535")


def is_url(location: object) -> bool:
    return isinstance(location, str) and location.strip().lower().startswith(("http://", "https://"))


__all__ = ["mask_secrets", "printable", "safe", "check_endpoint_url", "is_url"]
