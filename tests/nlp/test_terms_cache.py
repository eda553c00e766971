"""kg/nlp/terms_index.py: the shipped + user terms and their index come from a disk cache when the
term files are those it was made from, equal to a fresh load; a changed term file is seen at once."""
import pytest

from kg.nlp import terms_index
from kg.nlp.terms_index import build_index, get_index, get_terms, register_terms, terms_fingerprint
from kg.terms import load_terms

HEADER = "id\tlabel\ttype\tsynonyms\tsource\tsource_version\txrefs\textra\n"


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("KG_TERMS_DIR", str(tmp_path / "terms"))
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "mine.tsv").write_text(
        HEADER + "KG:drug-zzfoo\tZzfoomab\tdrug\tzz-foo 1\tlocal\t\t\tnote=one\n", encoding="utf-8")
    return tmp_path


def forget(monkeypatch):
    """As in a new process: nothing registered yet."""
    monkeypatch.setattr(terms_index, "_DEFAULT_KEYS", {})
    monkeypatch.setattr(terms_index, "_REGISTRY", {})
    monkeypatch.setattr(terms_index, "_TERMS", {})


def test_the_cached_terms_and_index_equal_a_fresh_load(dirs, monkeypatch):
    forget(monkeypatch)
    key = register_terms(None)  # loads, indexes and writes the cache
    assert len(list((dirs / "cache" / "terms").glob("*.pickle"))) == 1
    terms = load_terms()
    assert key == terms_fingerprint(terms)

    forget(monkeypatch)
    monkeypatch.setattr("kg.terms.load_terms", lambda *a, **k: pytest.fail("read the term files despite the cache"))
    assert register_terms(None) == key
    cached_terms, cached_index = get_terms(key), get_index(key)
    assert cached_terms == terms
    assert cached_index == build_index(terms, key)
    assert cached_index.lower_names["zzfoomab"] == "KG:drug-zzfoo"
    assert dict(next(t for t in cached_terms if t.id == "KG:drug-zzfoo").extra) == {"note": "one"}


def test_a_changed_term_file_is_read_again(dirs, monkeypatch):
    forget(monkeypatch)
    first = register_terms(None)
    (dirs / "terms" / "mine.tsv").write_text(
        HEADER + "KG:drug-zzfoo\tZzfoomab\tdrug\tzz-foo 2\tlocal\t\t\t\n", encoding="utf-8")
    second = register_terms(None)  # same process: the file change is seen too
    assert second != first
    assert get_index(second).lower_names.get("zz-foo 2") == "KG:drug-zzfoo"
    assert "zz-foo 1" not in get_index(second).lower_names


def test_a_corrupt_cache_is_rebuilt(dirs, monkeypatch):
    forget(monkeypatch)
    key = register_terms(None)
    (cached,) = (dirs / "cache" / "terms").glob("*.pickle")
    cached.write_bytes(b"garbage")
    forget(monkeypatch)
    assert register_terms(None) == key
    assert get_index(key).lower_names["zzfoomab"] == "KG:drug-zzfoo"
