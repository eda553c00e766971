"""Hostile XML is refused, or parsed without ever pulling in outside content."""
import pytest

from kg.errors import InputError, MalformedXMLError, UnsafeXMLError
from kg.readers import read_bytes, read_path
from kg.readers.xmlsafe import parse_xml

SECRET = "KG-SECRET-7f3a9c"
ABSTRACT = "<abstract><p>A 40-year-old man with lung adenocarcinoma received crizotinib.</p></abstract>"


@pytest.fixture()
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def _jats(doctype: str, inner: str = "") -> bytes:
    return (f'<?xml version="1.0"?>{doctype}<article article-type="case-report"><front><article-meta>'
            f'<title-group><article-title>T {inner}</article-title></title-group>{ABSTRACT}'
            f'</article-meta></front></article>').encode()


def _read_all(data: bytes) -> str:
    """Everything a reader hands out, as one string (to search for leaked content)."""
    out = []
    for item in read_bytes(data, "hostile.xml"):
        out.append(repr(item) if isinstance(item, InputError) else repr(vars(item)))
    return "\n".join(out)


def _refused_or_clean(data: bytes) -> None:
    try:
        produced = _read_all(data)
    except InputError as exc:
        assert SECRET not in str(exc)
        assert "\n" not in str(exc)
        return
    assert SECRET not in produced


def test_xxe_external_entity_is_refused(secret_file):
    data = _jats(f'<!DOCTYPE article [<!ENTITY x SYSTEM "file://{secret_file}">]>', "&x;")
    with pytest.raises(UnsafeXMLError) as info:
        _read_all(data)
    assert "ENTITY" in str(info.value).upper() and SECRET not in str(info.value)


def test_billion_laughs_is_refused():
    levels = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    data = _jats(f"<!DOCTYPE article [{''.join(levels)}]>", "&l9;")
    with pytest.raises(UnsafeXMLError):
        _read_all(data)


def test_parameter_entity_is_refused(secret_file):
    data = _jats(f'<!DOCTYPE article [<!ENTITY % p SYSTEM "file://{secret_file}"> %p;]>')
    with pytest.raises(UnsafeXMLError):
        _read_all(data)


def test_external_dtd_is_not_loaded(secret_file):
    # A system DTD is accepted as a declaration only: nothing is fetched, so nothing leaks.
    _refused_or_clean(_jats(f'<!DOCTYPE article SYSTEM "file://{secret_file}">'))


def test_unresolved_entity_reference_pulls_nothing(secret_file):
    # Entity declared nowhere we load: its name is all there is, never file content.
    data = _jats(f'<!DOCTYPE article SYSTEM "file://{secret_file}">', "&secret;")
    _refused_or_clean(data)


def test_xinclude_is_not_processed(secret_file):
    inner = f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{secret_file}" parse="text"/>'
    docs = list(read_bytes(_jats("", inner), "xinclude.xml"))
    assert SECRET not in repr([vars(d) for d in docs])
    assert "crizotinib" in docs[0].text  # the rest of the document is still read


def test_public_jats_doctype_is_accepted_without_loading():
    doctype = ('<!DOCTYPE article PUBLIC "-//NLM//DTD Journal Publishing DTD v2.3 20070202//EN" '
               '"journalpublishing.dtd">')
    (doc,) = read_bytes(_jats(doctype), "plain.nxml")
    assert doc.article_type == "case-report"
    assert "crizotinib" in doc.text


def test_deep_nesting_is_refused():
    data = b"<article>" + b"<sec>" * 5000 + b"</sec>" * 5000 + b"</article>"
    with pytest.raises(UnsafeXMLError) as info:
        parse_xml(data, "deep.xml")
    assert "nesting" in str(info.value)


def test_malformed_xml_reports_line_and_column_on_one_line(tmp_path):
    path = tmp_path / "broken.nxml"
    path.write_bytes(_jats("")[:-40])  # truncated mid-document
    with pytest.raises(MalformedXMLError) as info:
        read_path(path)
    message = str(info.value)
    assert "line" in message and "column" in message and "\n" not in message
    assert not isinstance(info.value, UnsafeXMLError)
