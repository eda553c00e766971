"""kg: oncology case reports to a validated, queryable RDF knowledge graph."""
from importlib.resources import files
from pathlib import Path

__version__ = "0.1.0"


def _resource_dir(name: str) -> Path:
    """A top-level resource folder (``ontology``, ``queries``).

    An installed wheel carries a copy in the package (``kg/_data/NAME``, made by setup.py's
    build step); a source checkout (editable install, tests) reads the top-level folder itself.
    """
    bundled = files("kg").joinpath("_data", name)
    if bundled.is_dir():
        return Path(str(bundled))
    return Path(__file__).resolve().parent.parent / name


ROOT = Path(__file__).resolve().parent.parent     # the source checkout (meaningless in a wheel install)
ONTOLOGY_DIR = _resource_dir("ontology")
QUERIES_DIR = _resource_dir("queries")
