"""Issue 15, items 4 and 13 (symlink loops): paths named on the command line are handled like
paths found in a walk (one [ERROR] line, the run goes on); symbolic links found in a walk are
followed only inside the named directories; loops are reported as loops."""
from __future__ import annotations

import os

import pytest

from kg.errors import InputError
from kg.pipeline import iter_input_files
from reliability_inputs import case_text, error_lines, run_kg, summary_line

TOO_LONG = "x" * 300   # over NAME_MAX: stat() fails with ENAMETOOLONG


def _split(items):
    return ([str(i) for i in items if not isinstance(i, InputError)],
            {e.path: e.reason for e in items if isinstance(e, InputError)})


def test_links_are_followed_only_inside_the_named_directories(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "real.txt").write_text("x")
    os.symlink(outside, corpus / "to_outside.txt")
    os.symlink("/etc/passwd", corpus / "passwd.txt")
    os.symlink(corpus / "sub" / "real.txt", corpus / "to_inside.txt")
    files, errors = _split(list(iter_input_files([corpus])))
    assert files == [str(corpus / "to_inside.txt"), str(corpus / "sub" / "real.txt")]
    assert set(errors) == {str(corpus / "to_outside.txt"), str(corpus / "passwd.txt")}
    assert all("outside the input directories" in r for r in errors.values())
    # a target inside another named directory is inside the roots
    files, errors = _split(list(iter_input_files([corpus, tmp_path])))
    assert str(corpus / "to_outside.txt") in files and str(corpus / "passwd.txt") in errors


def test_a_link_named_on_the_command_line_is_followed(tmp_path):
    os.symlink(tmp_path / "t.txt", tmp_path / "named.txt")
    (tmp_path / "t.txt").write_text("x")
    assert _split(list(iter_input_files([tmp_path / "named.txt"]))) == ([str(tmp_path / "named.txt")], {})


def test_symbolic_link_loops_are_reported_as_loops(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    os.symlink(d / "loop.txt", d / "loop.txt")
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    _, errors = _split(list(iter_input_files([d, tmp_path / "a.txt"])))
    assert set(errors) == {str(d / "loop.txt"), str(tmp_path / "a.txt")}
    assert all(r.startswith("symbolic link loop") for r in errors.values())


def test_dangling_link_named_on_the_command_line(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    _, errors = _split(list(iter_input_files([tmp_path / "dangling.txt"])))
    assert "gone.txt" in errors[str(tmp_path / "dangling.txt")] and "does not exist" in errors[
        str(tmp_path / "dangling.txt")]


def test_a_path_that_cannot_be_looked_at_is_an_input_error(tmp_path):
    items = list(iter_input_files([tmp_path / TOO_LONG, tmp_path / "nul\x00l"]))
    assert [type(i) for i in items] == [InputError, InputError]
    assert "cannot be read (File name too long)" in items[0].reason


@pytest.mark.system
def test_unreadable_paths_on_the_command_line_do_not_stop_the_run(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(case_text(1), encoding="utf-8")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    res = run_kg("ingest", str(tmp_path / TOO_LONG), str(tmp_path / "loop.txt"), str(good),
                 "--store", str(tmp_path / "store"), "-j", "1")
    assert res.returncode == 1, res.stderr
    errors = error_lines(res.stderr)
    assert len(errors) == 2
    assert errors[0].startswith(f"[ERROR] {tmp_path / TOO_LONG}: cannot be read (File name too long)")
    assert errors[1].startswith(f"[ERROR] {tmp_path / 'loop.txt'}: symbolic link loop")
    assert summary_line(res.stderr).startswith("ingested 1 report(s)")
