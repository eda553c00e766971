"""kg: oncology case reports to a validated, queryable RDF knowledge graph."""
from pathlib import Path

__version__ = "0.1.0"

# Repository-level resources (the package is installed editable, see README).
ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
QUERIES_DIR = ROOT / "queries"
