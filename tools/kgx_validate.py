"""Run the KGX validator (PyPI `kgx`) on a nodes/edges TSV pair, offline; print its errors as JSON.

    python tools/kgx_validate.py OUT.json NAME_nodes.tsv NAME_edges.tsv

Runs in its own venv with `kgx` installed (kgx pins linkml/bmt versions kg does not use; `.ci/run`
makes `.venv-kgx`). kgx fetches the Biolink model, its predicate map and its JSON-LD context from
the network at import time; here they come from the `biolink-model` package kgx depends on, so the
check needs no network. Writes OUT.json: {"nodes": N, "edges": M, "errors": [{"level", "type",
"message", "ids"}]} (kgx prints its progress on standard output).
"""
import json
import os
import sys

import biolink_model
import bmt.toolkit

SCHEMA = os.path.join(biolink_model.__path__[0], "schema", "biolink_model.yaml")
PREFIX_MAP = os.path.join(biolink_model.__path__[0], "prefixmaps", "biolink_model_prefix_map.json")
bmt.toolkit.Toolkit.__init__.__defaults__ = (SCHEMA, {"predicate mappings": []})

import kgx.config as kgx_config  # noqa: E402

kgx_config.get_config()
with open(PREFIX_MAP, encoding="utf-8") as fh:
    context = json.load(fh)
kgx_config.jsonld_context_map.update({"biolink": context.get("@context", context), "monarch_context": {},
                                      "obo_context": {}})

from kgx.transformer import Transformer  # noqa: E402
from kgx.validator import Validator  # noqa: E402


def main(out: str, paths: list[str]) -> int:
    t = Transformer(stream=False)
    t.transform({"filename": paths, "format": "tsv"})
    v = Validator()
    v.validate(t.store.graph)
    errors = [{"level": level, "type": str(et), "message": msg, "ids": sorted(map(str, ids))[:5]}
              for level, by_type in v.get_errors().items() for et, by_msg in by_type.items()
              for msg, ids in by_msg.items()]
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"nodes": t.store.graph.number_of_nodes(), "edges": t.store.graph.number_of_edges(),
                   "errors": errors}, fh)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
