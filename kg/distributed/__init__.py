"""Run the per-report work of ``kg ingest`` on a Dask cluster.

    kg ingest CORPUS/ --dask tcp://scheduler:8786 [--store DIR | --store http://...]

The parent (the ``kg ingest`` process) still reads the inputs, checks content
hashes and is the ONLY writer of the store; the Dask workers run
``kg.pipeline.process_to_result`` (NLP, extraction, graph, SHACL) on the
Documents they are sent and return N-Triples bytes. Workers need ``kg``
installed (same version); they do not need the input files nor the store.
The spaCy pipeline is built once per worker process (cached by
``kg.nlp.build_pipeline``) and used by one task at a time.
"""
from __future__ import annotations

from kg.errors import KGError


class DaskExecutor:
    """``submit(fn, *args) -> future`` over a ``dask.distributed.Client``; a context manager."""

    def __init__(self, address, **client_kwargs):
        try:
            from dask.distributed import Client
        except ImportError as e:
            raise KGError("--dask needs dask.distributed: pip install 'kg-oncocase[dask]'") from e
        try:
            self.client = address if hasattr(address, "submit") else Client(address, **client_kwargs)
        except (OSError, TimeoutError, ValueError) as e:
            raise KGError(f"cannot connect to the Dask scheduler at {address}: {e}") from e
        self._own = not hasattr(address, "submit")

    @property
    def slots(self) -> int:
        """Tasks the cluster runs at once (worker threads); kg.pipeline keeps 4 per slot in flight."""
        try:
            return max(1, sum(self.client.nthreads().values()))
        except Exception:  # noqa: BLE001 - a scheduler that cannot say: a small window
            return 2

    def submit(self, fn, *args):
        # pure=False: identical Documents are still separate tasks (their order matters to the parent)
        return self.client.submit(fn, *args, pure=False)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self._own:
            self.client.close()


def dask_executor(address, **client_kwargs) -> DaskExecutor:
    """Connect to the Dask scheduler at ``address`` (or wrap an existing Client)."""
    return DaskExecutor(address, **client_kwargs)


def ingest_dask(paths, store_location, address, **kwargs):
    """kg.pipeline.ingest with the per-report work on the Dask cluster at ``address``."""
    from kg.pipeline import ingest

    return ingest(paths, store_location, executor=dask_executor(address), **kwargs)


__all__ = ["DaskExecutor", "dask_executor", "ingest_dask"]
