"""Run `kg ARGS` in the test process as the console script does (one helper for every CLI test)."""
from __future__ import annotations

import sys

import pytest

from kg.cli.app import main


def run_kg(capsys, monkeypatch, *args) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `kg ARGS`."""
    monkeypatch.setattr(sys, "argv", ["kg", *map(str, args)])
    with pytest.raises(SystemExit) as e:
        main()
    out = capsys.readouterr()
    return e.value.code, out.out, out.err
