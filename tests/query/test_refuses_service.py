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
