"""kg_linker's edit-distance prefilter only skips words that could never reach the link threshold."""
import json
import random
import re
from pathlib import Path

import pytest

from kg.linking.index import similarity

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="module")
def linker():
    from kg.nlp import build_pipeline

    return build_pipeline().get_pipe("kg_linker")


def _misspellings(word: str, rng: random.Random) -> list[str]:
    i = rng.randrange(1, len(word) - 1)
    return [word[:i] + word[i + 1:],                       # deletion
            word[:i] + "x" + word[i:],                     # insertion
            word[:i] + "e" + word[i + 1:],                 # substitution
            word[:i] + word[i + 1] + word[i] + word[i + 2:],  # transposition
            word[:i] + "zq" + word[i + 2:]]                # two edits


def _words(linker) -> list[str]:
    rng = random.Random(7)
    aliases = sorted(a.lower() for a in linker.linker.kb.alias_to_cuis if a.isalpha() and len(a) >= 6)
    words = set(rng.sample(aliases, 400))
    for a in rng.sample(aliases, 400):
        words.update(_misspellings(a, rng))
    path = SHARED / "corpus" / "abstracts" / "nsclc_guideline_cited_abstracts.jsonl"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines()[:150]:
            words.update(w.lower() for w in re.findall(r"[A-Za-z]{5,}", json.dumps(json.loads(line))))
    return sorted(words)


def test_linking_prefilter_never_drops_a_link(linker):
    words = _words(linker)
    far = [w for w in words if not linker.reachable(w)]
    near = [w for w in words if linker.reachable(w)]
    assert len(far) > len(words) / 3, "the prefilter should skip many ordinary words"
    # every skipped word: the full candidate search finds nothing at the link threshold
    for word, best in zip(far, linker.linker.scored(far, linker.min_tfidf)):
        assert best is None or best[1] < linker.threshold, (word, best)
    # and the prefilter keeps the misspellings that do link
    linked = [w for w, b in zip(near, linker.linker.scored(near, linker.min_tfidf)) if b and b[1] >= linker.threshold]
    assert len(linked) > 100


def test_linking_prefilter_bound_matches_the_score(linker):
    t = linker.threshold
    for length in range(1, 40):
        word = "a" * length
        d_max = int((1 - t) * length / t + 1e-9)
        # a string one edit beyond the bound cannot score >= t, one within can
        longer = word + "b" * (d_max + 1)
        assert similarity(word, longer) < t
        if d_max >= 1:
            assert similarity(word, word + "b" * d_max) >= t


def test_long_words_are_filtered_at_two_edits_and_never_lose_a_link(linker):
    """Words of 13-18 letters (bound 2 at t = 0.86, most of the words the filter used to pass on)
    are checked in the two-deletion neighbourhoods: a stopped word has no alias within 2 edits, and
    the generator finds no link for it either; aliases misspelled twice are kept and link."""
    from kg.linking.index import edit_distance
    from kg.nlp.linker import _edit_bound

    rng = random.Random(11)
    aliases = sorted(a.lower() for a in linker.linker.kb.alias_to_cuis if a.isalpha() and 13 <= len(a) <= 18)
    assert len(aliases) > 100
    twice = set()
    for a in rng.sample(aliases, 100):
        i, j = sorted(rng.sample(range(1, len(a)), 2))
        twice.add(a[:i] + "q" + a[i + 1:j] + a[j + 1:])          # a substitution and a deletion
    ordinary = {w.lower() for w in re.findall(r"[A-Za-z]{13,18}", " ".join(_words(linker)))}
    words = sorted(w for w in twice | ordinary if _edit_bound(w, linker.threshold) == 2)
    stopped = [w for w in words if not linker.reachable(w)]
    assert len(stopped) > 100
    assert all(linker.reachable(w) for w in twice if _edit_bound(w, linker.threshold) == 2)
    every = [a.lower() for a in linker.linker.kb.alias_to_cuis]
    for word in stopped:
        assert all(edit_distance(word, a) > 2 for a in every if abs(len(a) - len(word)) <= 2), word
    for word, best in zip(stopped, linker.linker.scored(stopped, linker.min_tfidf)):
        assert best is None or best[1] < linker.threshold, (word, best)
