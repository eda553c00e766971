"""Imported by the forkserver of ``kg ingest -j N`` (multiprocessing preload).

Building the spaCy pipeline here, once, lets every worker process forked from
the server start with it ready (copy-on-write) instead of importing spaCy,
scispacy and building the pipeline again in each worker. ``warm_up`` then loads what
the first document would (extraction rules, the compiled SHACL shapes), once for all workers.
"""
import gc

# no cyclic garbage collection while spaCy is imported and the pipeline built and warmed up:
# the objects made live as long as the server (kg.pipeline.gc_paused); on again before any
# worker forks (a worker inherits the server's setting)
gc.disable()
try:
    from kg.pipeline import warm_up, worker_nlp

    worker_nlp()
    warm_up()
except Exception:  # noqa: BLE001 - the worker's initializer builds it again and reports the error
    pass
finally:
    gc.enable()
