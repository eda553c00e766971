"""The ingest process (the parent of the workers) never imports spaCy: every second it spends
importing is a second before the first worker starts (the workers build the pipeline)."""
import subprocess
import sys

import pytest


@pytest.mark.system
def test_the_ingest_parent_does_not_import_spacy(tmp_path):
    doc = tmp_path / "r.txt"
    doc.write_text("Case report\n\nA 40-year-old man with ALK-positive lung adenocarcinoma received crizotinib.\n",
                   encoding="utf-8")
    # ingest() as run by `kg ingest -j N`, with the per-document work left to a stand-in executor
    code = f"""
import sys
from kg.pipeline import DocResult, _Done, ingest

class Elsewhere:
    def submit(self, fn, doc, *args):
        return _Done(DocResult(doc.source, doc.primary_id, rejected="processed elsewhere"))
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return None

s = ingest([{str(doc)!r}], {str(tmp_path / 'store')!r}, executor=Elsewhere())
print(s.rejected)
assert "spacy" not in sys.modules, "the ingest parent imported spaCy"
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "processed elsewhere" in r.stdout   # the document was read, hashed and dispatched


def test_content_hash_is_still_importable_from_extraction():
    from kg.extraction.extract import content_hash as old
    from kg.model import content_hash

    assert old is content_hash


@pytest.mark.system
def test_the_worker_pool_starts_building_the_pipeline_before_the_first_document(tmp_path):
    # the forkserver (which builds the pipeline the workers fork from) runs as soon as the pool is
    # made: its ~2 s build overlaps the parent's own imports and reading instead of following them
    code = """
import os, time
from kg.pipeline import process_pool

def children():
    out = set()
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/children") as f:
            out |= {int(p) for p in f.read().split()}
    return out

def cmdline(p):
    try:
        with open(f"/proc/{p}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return b""

before = children()
pool = process_pool(2)
# read right after the pool is made (no document submitted); a child caught in its exec shows an
# empty command line for a moment on a loaded machine: read again for up to 10 s, never submitting
deadline = time.monotonic() + 10
while True:
    cmds = [cmdline(p) for p in children() - before]
    if any(b"multiprocessing.forkserver" in c for c in cmds) or time.monotonic() > deadline:
        break
    time.sleep(0.05)
assert any(b"multiprocessing.forkserver" in c for c in cmds), cmds
print("ok")
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == "ok"
