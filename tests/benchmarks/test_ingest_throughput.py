"""benchmarks/ingest_throughput.py's stage profile runs each NLP component on the docs ingest sends
(kg.extraction.analyse.section_docs): the same section kind and has-case flags, which components read
to skip work (a profile that fed bare section texts measured kg_cues at about twice its real cost)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import ingest_throughput  # noqa: E402

from kg.model import Document, Section  # noqa: E402
from kg.nlp.cues import HAS_CASE_KEY, SECTION_KIND_KEY  # noqa: E402

TITLE = "Sustained remission of a rare lung tumour under targeted therapy"
ABSTRACT = "We describe a woman with a thoracic mass. She improved on treatment."
CASE = "A 61-year-old man presented with cough. Imaging showed a right lower lobe mass."
REFS = "1. Someone A. Another paper. J Example. 2001;3:1-2."


def _document(with_case: bool) -> Document:
    text = ABSTRACT + "\n" + (CASE if with_case else "") + "\n" + REFS
    a_end = len(ABSTRACT)
    c_start = a_end + 1
    c_end = c_start + (len(CASE) if with_case else 0)
    sections = [Section("abstract", "Abstract", 0, a_end)]
    if with_case:
        sections.append(Section("case", "Case report", c_start, c_end))
    sections.append(Section("references", "References", c_end + 1, len(text)))
    return Document(source="made-up", format="text", ids=["file:made-up"], title=TITLE, text=text,
                    sections=sections)


class _Recorder:
    """A stand-in pipeline: the tokenizer of a blank spaCy pipeline, components that note what they see."""

    def __init__(self):
        import spacy
        self._blank = spacy.blank("en")
        self.seen: list[tuple[str, str, object, object]] = []
        self.pipeline = [(name, self._component(name)) for name in ("first", "second")]

    def make_doc(self, text):
        return self._blank.make_doc(text)

    def _component(self, name):
        def proc(doc):
            self.seen.append((name, doc.text, doc.user_data.get(SECTION_KIND_KEY), doc.user_data.get(HAS_CASE_KEY)))
            return doc
        return proc


def test_components_see_the_section_kind_and_case_flag():
    nlp = _Recorder()
    times = ingest_throughput.component_times(_document(with_case=True), nlp)
    assert set(times) == {"nlp: tokenizer", "nlp: first", "nlp: second"}
    assert all(v >= 0 for v in times.values())
    # the references section is not analysed; each analysed section carries its kind and the report's flag
    assert nlp.seen == [("first", ABSTRACT, "abstract", True), ("second", ABSTRACT, "abstract", True),
                        ("first", CASE, "case", True), ("second", CASE, "case", True)]


def test_report_without_case_section_says_so():
    nlp = _Recorder()
    ingest_throughput.component_times(_document(with_case=False), nlp)
    assert [(kind, has_case) for _, _, kind, has_case in nlp.seen] == [("abstract", False), ("abstract", False)]


def test_profile_docs_are_the_ones_analyse_sends(monkeypatch):
    """analyse() and the profile build their docs with the same function."""
    from kg.extraction import analyse as analyse_mod

    made = []
    real = analyse_mod.section_docs

    def spy(doc, nlp):
        out = real(doc, nlp)
        made.append([(d.text, dict(d.user_data)) for d in out[2]])
        return out

    monkeypatch.setattr(analyse_mod, "section_docs", spy)
    nlp = _Recorder()
    ingest_throughput.component_times(_document(with_case=True), nlp)
    assert made == [[(ABSTRACT, {SECTION_KIND_KEY: "abstract", HAS_CASE_KEY: True}),
                     (CASE, {SECTION_KIND_KEY: "case", HAS_CASE_KEY: True})]]


def test_the_floor_is_the_fastest_of_its_runs(monkeypatch, tmp_path):
    """measure_floor runs the same work ``repeat`` times, each in a process of its own, and keeps the
    fastest run (wall and CPU apart): on a shared machine other processes only add to a run's time."""
    (tmp_path / "report.txt").write_text("Case report\n\n" + CASE + "\n", encoding="utf-8")
    runs = iter([{"wall_s": 3.0, "cpu_s": 1.9, "tokens": 20}, {"wall_s": 2.5, "cpu_s": 2.2, "tokens": 20},
                 {"wall_s": 2.8, "cpu_s": 1.5, "tokens": 20}])
    asked = []
    monkeypatch.setattr(ingest_throughput, "_floor_in_child", lambda paths: asked.append(paths) or next(runs))
    floor = ingest_throughput.measure_floor([str(tmp_path)], repeat=3)
    assert asked == [[str(tmp_path)]] * 3
    assert (floor["floor_s"], floor["floor_cpu_s"]) == (2.5, 1.5)     # each the least of its own runs
    assert floor["floor_runs_cpu_s"] == [1.9, 2.2, 1.5] and floor["documents"] == 1


def test_one_floor_pass_tokenizes_the_fact_bearing_sections(monkeypatch, tmp_path):
    import spacy

    import kg.nlp

    (tmp_path / "report.txt").write_text("Case report\n\n" + CASE + "\n", encoding="utf-8")
    monkeypatch.setattr(kg.nlp, "build_pipeline", lambda: spacy.blank("en"))
    run = ingest_throughput.floor_pass([str(tmp_path)])
    n_docs, texts = ingest_throughput.section_texts([str(tmp_path)])
    assert n_docs == 1 and any("61-year-old" in t for t in texts)
    assert run["tokens"] == sum(len(spacy.blank("en")(t)) for t in texts) > 10
    assert run["wall_s"] >= 0 and run["cpu_s"] >= 0
