"""The test tiers: plain ``pytest`` is the fast tier, the README's test command runs all.

Static checks of the configuration, so a change that would silently put the heavy tests
into the fast tier (or drop them from CI) fails here.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FULL = "pytestmark = pytest.mark.full"


def _addopts() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["pytest"]["ini_options"]["addopts"])


def test_plain_pytest_deselects_the_full_tier() -> None:
    opts = _addopts()
    assert opts[opts.index("-m") + 1] == "not full"


def test_this_run_knows_its_tier(pytestconfig: pytest.Config) -> None:
    """The marker expression in force is one of the two tiers (or one asked for by hand)."""
    assert pytestconfig.getoption("markexpr")


def test_the_readme_test_command_runs_everything() -> None:
    bootstrap = (REPO / "packaging" / "bootstrap.sh").read_text(encoding="utf-8")
    runs = [shlex.split(line.strip().removeprefix("exec ").removesuffix(";;"))
            for line in bootstrap.splitlines() if ".venv/bin/pytest" in line]  # fmt: skip
    assert len(runs) == 1
    args = runs[0]
    assert args[args.index("-m") + 1] == "full or not full"
    assert args[-1] == "$@"  # the user's arguments last: their own -m wins


@pytest.mark.parametrize(
    "path",
    [
        *sorted((REPO / "tests" / "safety").glob("test_*.py")),
        REPO / "tests" / "test_packaging.py",
        REPO / "tests" / "page" / "test_page_render.py",  # Qt WebEngine
        REPO / "tests" / "page" / "test_page_fidelity.py",
        REPO / "tests" / "page" / "test_page_app.py",
    ],
    ids=lambda p: p.name,
)
def test_heavy_modules_are_marked_full(path: Path) -> None:
    assert FULL in path.read_text(encoding="utf-8"), f"{path.name} is heavy: mark it full"


def test_libreoffice_test_is_full() -> None:
    text = (REPO / "tests" / "test_export.py").read_text(encoding="utf-8")
    assert re.search(r"@pytest\.mark\.full[^\n]*\ndef test_libreoffice_reads_cells_back", text)


def test_benchmarks_are_scripts_not_tests() -> None:
    bench = REPO / "tests" / "bench"
    scripts = sorted(bench.glob("*.py"))
    assert any(p.name.startswith("bench_") for p in scripts)
    for path in scripts:
        assert not re.match(r"test_|.*_test\.py$", path.name), f"{path.name} would be collected"
        assert "def test_" not in path.read_text(encoding="utf-8")
