"""kg/nlp/__init__.py: the pipeline documents itself. Every kg_ component comes from its own
module and declares what it assigns and requires, so ``nlp.analyze_pipes()`` shows the order and
finds no component that needs something no earlier component sets."""
import ast
from pathlib import Path

import kg.nlp

NLP_DIR = Path(kg.nlp.__file__).parent


def _factory_names(path: Path) -> list[str]:
    """Names registered by ``@Language.factory("name", ...)`` decorators in a module."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            for dec in node.decorator_list:
                if (isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute) and dec.func.attr == "factory"
                        and dec.args and isinstance(dec.args[0], ast.Constant)):
                    out.append(dec.args[0].value)
    return out


def test_every_kg_component_declares_assigns_and_the_order_has_no_problems(nlp):
    analysis = nlp.analyze_pipes()
    summary = analysis["summary"]
    assert list(summary) == nlp.pipe_names
    assert all(name.startswith("kg_") for name in nlp.pipe_names)
    for name, info in summary.items():
        assert info["assigns"], f"{name} declares no assigns"
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    # what extraction reads is set by someone
    assigned = {a for info in summary.values() for a in info["assigns"]}
    assert {"doc.ents", "doc.sents", "doc._.abbreviations", "doc._.kg_terms_key", "span._.status",
            "span._.response_class", "span._.grade", "span._.age"} <= assigned


def test_sentences_and_entities_come_before_their_readers(nlp):
    order = nlp.pipe_names
    assert order.index("kg_sentencizer") < order.index("kg_terms") < order.index("kg_responses")
    assert order[-1] == "kg_assertion"  # statuses are set on every entity, the last ones included


def test_one_factory_per_module():
    per_file = {p.name: _factory_names(p) for p in NLP_DIR.glob("*.py")}
    assert all(len(names) <= 1 for names in per_file.values()), {f: n for f, n in per_file.items() if len(n) > 1}
    declared = {n for names in per_file.values() for n in names}
    # every component of the shipped pipeline is a factory of kg/nlp (none defined elsewhere)
    assert set(kg.nlp.build_pipeline().pipe_names) <= declared


def test_each_component_lives_in_its_own_module(nlp):
    modules = [type(nlp.get_pipe(name)).__module__ for name in nlp.pipe_names]
    assert len(set(modules)) == len(modules), modules
    assert all(m.startswith("kg.nlp.") for m in modules)
