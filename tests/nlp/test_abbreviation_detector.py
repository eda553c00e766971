"""kg.nlp.abbreviation_detector: the global short-form matcher finds what spaCy's Matcher finds."""
from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from kg.nlp.abbreviation_detector import _OrthSequences

WORDS = ["ALK", "(", ")", "NSCLC", "non", "-", "small", "cell", "EGFR", "TKI", "TKIs", "alk", "."]
_NLP = spacy.blank("en")


def _both(keys: dict[str, list[list[str]]]):
    ours, theirs = _OrthSequences(_NLP.vocab), Matcher(_NLP.vocab)
    for key, patterns in keys.items():
        ours.add(key, [[{"ORTH": w} for w in p] for p in patterns])
        theirs.add(key, [[{"ORTH": w} for w in p] for p in patterns])
    return ours, theirs


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=40),
       keys=st.dictionaries(st.sampled_from(["k1", "k2", "k3"]),
                            st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), min_size=1, max_size=2),
                            max_size=3))
def test_orth_sequences_match_as_spacys_matcher(words, keys):
    doc = spacy.tokens.Doc(_NLP.vocab, words=words)
    ours, theirs = _both(keys)
    assert set(ours(doc)) == set(theirs(doc) if len(theirs) else [])
    assert len(ours) == len(theirs)
    for key in keys:
        assert key in ours
        ours.remove(key)
    assert ours(doc) == [] and len(ours) == 0


def test_abbreviations_of_a_report_sentence():
    from kg.nlp import build_pipeline

    nlp = build_pipeline()
    doc = nlp("Anaplastic lymphoma kinase (ALK) rearrangements occur in 5% of cases; ALK inhibitors "
              "such as crizotinib target ALK.")
    found = sorted((a["short_text"], a["short_start"], a["long_text"]) for a in doc._.abbreviations)
    # the definition and each later use, every one pointing to the long form
    assert found == [("ALK", t.i, "Anaplastic lymphoma kinase") for t in doc if t.text == "ALK"]
    assert len(found) == 3
