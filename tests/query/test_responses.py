"""kg.query.responses: RECIST class of response terms (from the shipped term list) and best response."""
import doctest

import kg.query.responses as responses
from kg.query.responses import best_of, best_response, progressive_disease_term, response_class
from kg.terms.loader import read_term_file, shipped_terms_dir


def test_responses_doctests():
    assert doctest.testmod(responses).failed == 0


def test_response_class_of_every_shipped_response_term_by_id_and_label():
    terms = read_term_file(shipped_terms_dir() / "responses.tsv")
    assert {t.id for t in terms} >= {"NCIT:C4870", "NCIT:C18058", "NCIT:C18213", "NCIT:C35571"}
    for t in terms:
        assert response_class(t.id) == t.extra["response_class"]
        assert response_class(None, t.label.upper()) == t.extra["response_class"]


def test_best_response_ranks_cr_over_pr_over_sd_over_pd_and_ignores_unknown():
    lines = [{"responses": [{"id": "NCIT:C35571", "label": "progressive disease"},
                            {"id": None, "label": "mixed response"}]},
             {"responses": [{"id": "NCIT:C18213", "label": "stable disease"}]}]
    assert best_response({"treatments": lines})["id"] == "NCIT:C18213"
    lines.append({"responses": [{"id": "NCIT:C4870", "label": "complete response"}]})
    assert best_response({"treatments": lines})["id"] == "NCIT:C4870"
    assert best_response({"treatments": [{"responses": [{"id": None, "label": "mixed response"}]}]}) is None
    assert best_response({"treatments": []}) is None


def test_best_of_a_line_first_among_equals_and_by_synonym():
    """One ranking for the site and the exports: a synonym ('complete remission') ranks as CR
    (the exports' own copy matched only labels containing 'complete response')."""
    first_pr, second_pr = {"id": "NCIT:C18058", "label": "partial response"}, {"id": None, "label": "partial response"}
    assert best_of([{"id": None, "label": "stable disease"}, first_pr, second_pr]) is first_pr
    assert best_of([first_pr, {"id": None, "label": "complete remission"}])["label"] == "complete remission"
    assert best_of([{"id": None, "label": "mixed response"}]) is None


def test_progressive_disease_term_is_the_shipped_pd_term():
    assert progressive_disease_term() == {"id": "NCIT:C35571", "label": "progressive disease"}
