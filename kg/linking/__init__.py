"""Entity linking against our own terms (no downloaded models).

- `build_kb(terms)`: a scispacy KnowledgeBase (CURIE, preferred label, aliases).
- `build_candidate_generator(kb)`: scispacy CandidateGenerator over a char-3-gram TF-IDF +
  nmslib HNSW index, cached under $KG_CACHE_DIR (default ~/.cache/kg).
- `TermLinker(terms).link("crizotinb")` -> ("<crizotinib's id>", 0.8...).

The `kg_linker` spaCy component that uses `TermLinker` lives with the other components
(kg/nlp/linker.py): kg.linking knows nothing of the pipeline.
"""
from kg.linking.index import TermLinker, build_candidate_generator, build_kb, cache_dir

__all__ = ["TermLinker", "build_candidate_generator", "build_kb", "cache_dir"]
