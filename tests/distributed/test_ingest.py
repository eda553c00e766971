"""kg ingest over a Dask cluster (LocalCluster, 2 worker processes) gives the graphs of a local ingest."""
from __future__ import annotations

import pytest

pytest.importorskip("dask.distributed", reason="dask.distributed not installed: pip install 'kg-oncocase[dask]'")

from dask.distributed import Client, LocalCluster  # noqa: E402

from kg.distributed import dask_executor, ingest_dask  # noqa: E402
from kg.pipeline import ingest  # noqa: E402
from kg.store import open_store  # noqa: E402
from pipeline.test_parallel import make_corpus  # noqa: E402

pytestmark = pytest.mark.system  # a Dask LocalCluster of worker processes


def dump(store) -> list[str]:
    with open_store(store, read_only=True) as st:
        return sorted(st.dump("nquads").decode("utf-8").splitlines())


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as c:
        yield c


def test_distributed_ingest_matches_local_ingest(cluster, tmp_path):
    corpus = make_corpus(tmp_path)
    local_events, dask_events = [], []
    local = ingest([corpus], tmp_path / "local", jobs=1, on_event=lambda *e: local_events.append(e))
    dist = ingest_dask([corpus], tmp_path / "dask", cluster.scheduler_address,
                       on_event=lambda *e: dask_events.append(e))
    assert dist == local and dask_events == local_events
    assert len(dist.ingested) == 9 and len(dist.rejected) == 2
    assert dump(tmp_path / "dask") == dump(tmp_path / "local")
    # both workers took part, each with its own pipeline
    with Client(cluster.scheduler_address) as client:
        pids = client.run(lambda: __import__("os").getpid())
        built = client.run(lambda: bool(__import__("kg.nlp", fromlist=["_CACHE"])._CACHE))
    assert len(pids) == 2 and all(built.values())


def test_distributed_second_run_skips_unchanged_without_the_cluster_doing_work(cluster, tmp_path):
    corpus = make_corpus(tmp_path)
    store = tmp_path / "store"
    with Client(cluster.scheduler_address) as client:
        first = ingest([corpus], store, executor=dask_executor(client))
        ex = dask_executor(client)
        submitted = []
        real_submit = ex.submit
        ex.submit = lambda fn, *a: submitted.append(a) or real_submit(fn, *a)
        second = ingest([corpus], store, executor=ex)
    assert len(first.ingested) == 9
    assert second.ingested == [] and len(second.unchanged) == 10 and len(second.rejected) == 2
    assert submitted == []
