"""The query benchmark's parallel bulk load: the parts cover the file exactly, at line ends, and two
bulk loaders side by side store the same quads as one."""
import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("query_latency", ROOT / "benchmarks" / "query_latency.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _nquads(n_graphs: int) -> str:
    lines = []
    for g in range(n_graphs):
        for i in range(7):
            lines.append(f'<http://example.org/r{g}/s{i}> <http://example.org/p> "value {g}/{i} with ünïcode" '
                         f'<http://example.org/graph/{g}> .')
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("parts", [1, 2, 3, 7])
def test_parts_cover_the_file_at_line_ends(bench, tmp_path, parts):
    path = tmp_path / "data.nq"
    path.write_text(_nquads(5), encoding="utf-8")
    data = path.read_bytes()
    ranges = bench.line_aligned_parts(path, parts)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(data)
    assert all(a == prev_b for (_, prev_b), (a, _) in zip(ranges, ranges[1:]))
    assert all(data[b - 1:b] == b"\n" for _, b in ranges)
    assert len(ranges) == parts


def test_a_part_cut_inside_a_long_line_moves_to_its_end(bench, tmp_path):
    path = tmp_path / "one.nq"
    path.write_text(_nquads(1).splitlines()[0] + "\n", encoding="utf-8")
    assert bench.line_aligned_parts(path, 4) == [(0, path.stat().st_size)]


def test_parallel_load_stores_the_same_quads_as_one_loader(bench, tmp_path):
    path = tmp_path / "data.nq"
    path.write_text(_nquads(40), encoding="utf-8")
    one, two = ox.Store(str(tmp_path / "one")), ox.Store(str(tmp_path / "two"))
    bench.parallel_bulk_load(one, path, parts=1)
    bench.parallel_bulk_load(two, path, parts=3)
    assert len(one) == 280
    assert set(one) == set(two)


def test_a_syntax_error_in_one_part_reaches_the_caller(bench, tmp_path):
    path = tmp_path / "bad.nq"
    path.write_text(_nquads(4) + "<http://example.org/broken> this is not n-quads\n", encoding="utf-8")
    with pytest.raises(SyntaxError):
        bench.parallel_bulk_load(ox.Store(str(tmp_path / "s")), path, parts=2)
