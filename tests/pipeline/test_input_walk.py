"""Walking input directories: the store is skipped, links to directories are reported."""
import os

from kg.errors import InputError
from kg.pipeline import iter_input_files


def test_pipeline_walk_skips_the_store_and_reports_directory_links(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "kg-store").mkdir()
    (tmp_path / "kg-store" / "MANIFEST-000005").write_text("y")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("z")
    os.symlink(tmp_path / "sub", tmp_path / "loop")
    items = list(iter_input_files([tmp_path], skip=[tmp_path / "kg-store"]))
    files = sorted(p.name for p in items if not isinstance(p, InputError))
    errors = [e for e in items if isinstance(e, InputError)]
    assert files == ["a.txt", "b.txt"]
    assert len(errors) == 1 and errors[0].path.endswith("loop") and "not followed" in errors[0].reason


def test_pipeline_walk_reports_missing_path(tmp_path):
    items = list(iter_input_files([tmp_path / "nope"]))
    assert len(items) == 1 and isinstance(items[0], InputError) and "no such file" in items[0].reason
