"""The package rules of docs/architecture.md: who may import whom, and no Qt in the core.

Two checks: a static one (every ``import`` statement in ``replay/``, module level or
inside a function, read with ``ast``) against :data:`ALLOWED`, and a dynamic one (every
core module imported in a fresh interpreter, then ``sys.modules`` searched for Qt).
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

import replay

ROOT = Path(replay.__file__).resolve().parent

CORE = sorted(
    m.name
    for m in pkgutil.walk_packages(replay.__path__, prefix="replay.")
    if not m.name.startswith("replay.ui")
)

#: Each part of ``replay`` and the parts it may import (``replay`` = the package itself:
#: ``__version__``). Anything else is a violation. Keep in step with docs/architecture.md.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "resources": set(),
    "filekind": set(),
    "model": {"errors"},
    "importers": {"errors", "filekind", "model"},
    "signals": {"errors", "filekind", "model", "resources"},
    "playback": {"model"},
    "store": {"errors", "filekind", "model", "signals"},
    "export": {"replay", "errors", "filekind", "model", "signals", "store"},
    "ingest": {"errors", "importers", "model", "signals", "store"},
    "review": {"errors", "filekind", "model", "playback", "signals", "store"},
    "team": {"errors", "filekind", "model", "signals", "store"},
    "demo": {"errors", "ingest", "resources", "store"},
    "batch": {"errors", "filekind", "importers", "signals"},
    "insights": {"replay", "errors", "filekind", "model", "signals", "store", "team"},
    "commands": {
        "replay", "errors", "model", "importers", "signals", "playback", "store", "export",
        "ingest", "review", "demo", "batch", "resources", "team", "insights", "ui", "filekind",
    },
    "cli": {"replay", "commands"},
    "__main__": {"cli"},
    "ui": {
        "replay", "errors", "model", "importers", "signals", "playback", "store", "export",
        "ingest", "review", "demo", "resources", "team", "insights",
    },
}  # fmt: skip

#: The layers drawn in docs/architecture.md: a core part imports only lower layers.
LAYERS: dict[str, int] = {
    "errors": 0, "resources": 0, "filekind": 0, "model": 1, "importers": 2, "playback": 2, "signals": 2,
    "store": 3, "ingest": 4, "review": 4, "export": 4, "batch": 4, "team": 4, "demo": 5,
    "insights": 5,
}  # fmt: skip

#: The only core module that may import ``replay.ui``, and only inside a function (lazily).
UI_ENTRY = (
    "replay/commands/app.py",
    "replay/commands/insights.py",
)  # app; report --pdf (WebEngine)
QT = ("PySide6", "shiboken6", "pyqtgraph")


def _part(module: str) -> str:
    """``replay.store.tags`` -> ``store``; ``replay`` -> ``replay``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "replay"


def _imports() -> list[tuple[Path, str, bool]]:
    """Every absolute import in replay/: (file, module, at module level)."""
    out: list[tuple[Path, str, bool]] = []
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = set(map(id, tree.body))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            else:
                continue
            out.extend((path, name, id(node) in top) for name in names)
    return out


IMPORTS = _imports()


def _source_part(path: Path) -> str:
    rel = path.relative_to(ROOT)
    return rel.parts[0].removesuffix(".py") if len(rel.parts) > 1 else rel.stem


def test_every_part_has_rules() -> None:
    parts = {_source_part(p) for p in ROOT.rglob("*.py")} - {"__init__"}
    assert parts == set(ALLOWED) - {"replay"}


def test_parts_import_only_what_they_may() -> None:
    bad = []
    for path, module, _top in IMPORTS:
        if module.split(".")[0] != "replay":
            continue
        source, target = _source_part(path), _part(module)
        if source in ("__init__",) or target == source:
            continue
        if target not in ALLOWED[source]:
            bad.append(f"{path.relative_to(ROOT.parent)} imports {module}")
    assert bad == []


def test_core_parts_import_only_lower_layers() -> None:
    for source, targets in ALLOWED.items():
        if source in LAYERS:
            for target in targets - {"replay"}:
                assert LAYERS[target] < LAYERS[source], f"{source} -> {target}"


def test_the_part_graph_has_no_cycle() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for path, module, _top in IMPORTS:
        if module.split(".")[0] == "replay":
            source, target = _source_part(path), _part(module)
            if target not in (source, "replay") and source != "__init__":
                graph[source].add(target)

    # commands -> ui -> ... never back to commands; cycles would show as a path to itself.
    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph[start]:
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    assert [p for p in list(graph) if reaches(p, p, {p})] == []


def test_qt_only_in_ui_and_ui_only_lazily_from_the_app_command() -> None:
    bad = []
    for path, module, top in IMPORTS:
        rel = path.relative_to(ROOT.parent).as_posix()
        if rel.startswith("replay/ui/"):
            continue
        if module.split(".")[0] in QT:
            bad.append(f"{rel} imports {module}")
        if module.startswith("replay.ui") and (rel not in UI_ENTRY or top):
            bad.append(f"{rel} imports {module}" + (" at module level" if top else ""))
    assert bad == []


@pytest.mark.parametrize(
    ("source", "module"),
    [("model", "replay.store.library"), ("store", "replay.ui.app"), ("signals", "PySide6")],
)
def test_the_rules_catch_a_violation(source: str, module: str) -> None:
    """The checks above can fail: a forbidden edge is not allowed by the table."""
    target = _part(module) if module.startswith("replay") else module
    assert target not in ALLOWED[source]


def test_core_modules_exist() -> None:
    assert "replay.model.session" in CORE
    assert "replay.review.model" in CORE
    assert "replay.ingest" in CORE
    assert "replay.cli" in CORE


def test_core_imports_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')"
        " or m.startswith('replay.ui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imported Qt: {out.stdout}"
