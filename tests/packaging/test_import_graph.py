"""No import loop between kg's sub-packages: the package-level import graph, built with ast from
every import in kg/ (function-level imports included), is acyclic; and the pipeline (kg.nlp)
never reaches into the stages after it."""
import ast
from pathlib import Path

import kg

KG_DIR = Path(kg.__file__).parent


def _unit(module: str) -> str:
    """``kg.nlp.fusion`` -> ``kg.nlp``; ``kg.errors`` -> ``kg.errors``; ``kg`` -> ``kg``."""
    return ".".join(module.split(".")[:2])


def _module_name(path: Path) -> str:
    parts = path.relative_to(KG_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(dotted: str) -> bool:
    rel = Path(*dotted.split(".")[1:]) if "." in dotted else Path()
    return (KG_DIR / rel).is_dir() or (KG_DIR / rel).with_suffix(".py").is_file()


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in KG_DIR.rglob("*.py"):
        name = _module_name(path)
        src = _unit(name)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative import
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                # "from kg import nlp" imports the module kg.nlp; "from kg import __version__" only kg
                targets = [f"{base}.{a.name}" if _is_module(f"{base}.{a.name}") else base for a in node.names]
            for t in targets:
                if t == "kg" or t.startswith("kg."):
                    dst = _unit(t)
                    if dst != src:
                        graph.setdefault(src, set()).add(dst)
        graph.setdefault(src, set())
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state and (found := visit(m)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_graph_sees_the_known_edges():
    graph = import_graph()
    assert {"kg.nlp", "kg.rules", "kg.model"} <= graph["kg.extraction"]
    assert "kg.linking" in graph["kg.nlp"]  # kg_linker uses the candidate generator


def test_no_import_loop_between_sub_packages():
    cycle = _cycle(import_graph())
    assert cycle is None, " -> ".join(cycle)


def test_the_cycle_finder_finds_a_loop():
    assert _cycle({"kg.a": {"kg.b"}, "kg.b": {"kg.c"}, "kg.c": {"kg.a"}}) == ["kg.a", "kg.b", "kg.c", "kg.a"]
    assert _cycle({"kg.a": {"kg.b"}, "kg.b": set()}) is None


def test_earlier_stages_do_not_import_later_ones():
    graph = import_graph()
    assert not graph["kg.nlp"] & {"kg.extraction", "kg.graph", "kg.store", "kg.pipeline", "kg.cli"}
    assert not graph["kg.linking"] & {"kg.nlp", "kg.extraction"}
    assert not graph["kg.rules"] - {"kg.errors"}
