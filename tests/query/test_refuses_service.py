"""A named query that would make the store call out (SERVICE) is refused before it runs."""
import pytest

from kg.errors import QueryError
from kg.query import list_queries, load_query


def test_query_with_service_is_refused(tmp_path):
    (tmp_path / "outbound.rq").write_text(
        "# name: outbound\n# summary: federated\nSELECT ?s WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }\n")
    with pytest.raises(QueryError, match="SERVICE"):
        load_query("outbound", directory=tmp_path)


def test_query_word_service_in_comment_or_string_is_fine(tmp_path):
    (tmp_path / "words.rq").write_text(
        "# name: words\n# summary: mentions SERVICE only in text\nSELECT ?s WHERE { ?s ?p \"SERVICE\" }\n")
    assert load_query("words", directory=tmp_path).name == "words"


def test_query_shipped_queries_all_load():
    assert len(list_queries()) >= 8


@pytest.mark.parametrize("where", [
    "BIND(<http://example.org/#p> AS ?x) SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }",
    "BIND(<http://example.org/it's> AS ?x) SERVICE <http://127.0.0.1:9/s> { } BIND(<http://example.org/'> AS ?y)",
    "?s ?p ?o # note\rservice silent <http://127.0.0.1:9/sparql> { ?a ?b ?c }\n",
])
def test_query_service_hidden_from_a_string_stripper_is_refused(tmp_path, where):
    """'#' or a quote inside an IRI, or a comment ended by a carriage return, hid SERVICE from
    the old hand-written stripper (issue #15 item 10); the SPARQL parser sees it."""
    (tmp_path / "hidden.rq").write_text(f"# name: hidden\n# summary: s\nSELECT * WHERE {{ {where} }}\n",
                                        newline="")
    with pytest.raises(QueryError, match="SERVICE"):
        load_query("hidden", directory=tmp_path)


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service ?p ?o }",
    "SELECT ?s WHERE { ?s ?p '''first line\nSERVICE <http://127.0.0.1:9/sparql> { }\n''' }",
])
def test_query_service_as_a_name_or_in_a_long_string_is_fine(tmp_path, query):
    (tmp_path / "fine.rq").write_text(f"# name: fine\n# summary: s\n{query}\n")
    assert load_query("fine", directory=tmp_path).name == "fine"
