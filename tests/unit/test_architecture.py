"""The layout is the design: docs/architecture.md's table of parts is checked against the imports."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GEO = ROOT / "geo"
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(GEO.rglob("*.py"))}


def _imports(path: Path) -> set[str]:
    """Every geo module a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "geo":
                found.update(f"geo.{alias.name}" for alias in node.names)
            elif node.module.startswith("geo."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("geo."))
    return found


def _parts_table() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """part -> (its module prefixes, the parts it may import), from docs/architecture.md."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not re.fullmatch(r"[a-z]+", cells[0]) or cells[0] == "part":
            continue
        modules = tuple(m.strip() for m in cells[1].split(",") if m.strip())
        allowed = frozenset(p.strip() for p in cells[2].split(",") if p.strip())
        table[cells[0]] = (modules, allowed)
    return table


def _part_of(module: str, table: dict[str, tuple[tuple[str, ...], frozenset[str]]]) -> str | None:
    best: tuple[int, str] | None = None
    for part, (prefixes, _allowed) in table.items():
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), part)
    return best[1] if best else None


def test_the_table_names_every_part_it_allows() -> None:
    table = _parts_table()
    assert len(table) >= 8, "docs/architecture.md lost its table of parts"
    for part, (_modules_of, allowed) in table.items():
        assert allowed <= set(table), f"{part} may import unknown parts {sorted(allowed - set(table))}"


def test_every_module_belongs_to_a_part() -> None:
    table = _parts_table()
    orphans = [m for m in _modules() if m != "geo" and _part_of(m, table) is None]
    assert not orphans, f"modules in no part of docs/architecture.md: {orphans}"


def test_no_module_imports_from_a_part_the_diagram_forbids() -> None:
    table = _parts_table()
    wrong = []
    for module, path in _modules().items():
        mine = _part_of(module, table)
        if mine is None:
            continue
        for target in _imports(path):
            theirs = _part_of(target, table)
            if theirs is not None and theirs != mine and theirs not in table[mine][1]:
                wrong.append(f"{module} ({mine}) imports {target} ({theirs})")
    assert not wrong, "\n".join(wrong)


def test_the_import_graph_has_no_cycle() -> None:
    modules = _modules()
    graph = {m: {t for t in _imports(p) if t in modules and t != m} for m, p in modules.items()}
    # a package's __init__ importing its own modules is how a package names its API, not a cycle
    for m in graph:
        graph[m] = {t for t in graph[m] if not t.startswith(m + ".")}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_no_module_is_too_long_to_read() -> None:
    long = {m: n for m, p in _modules().items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines (split them by job): {long}"


def test_the_product_never_imports_streamlit() -> None:
    offenders = [m for m, p in _modules().items()
                 if re.search(r"^\s*(import|from)\s+streamlit\b", p.read_text(encoding="utf-8"), re.M)]
    assert not offenders, offenders
