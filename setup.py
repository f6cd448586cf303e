"""Build hook: ship the top-level ``resources/`` folder inside the wheel as ``replay/_resources``.

Everything else about the package lives in pyproject.toml. setuptools cannot map a folder
outside the package into it from pyproject.toml alone (``package-dir`` entries are ignored by
``packages.find``), so ``build_py`` copies it. Editable installs skip the copy: there
``replay.resources.resource_path`` finds ``resources/`` in the checkout itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# Left out of the wheel: lupdate sources (.ts) are for translators; the app loads the .qm files.
IGNORED = shutil.ignore_patterns("*.ts", "__pycache__", "*.pyc", ".*")


class BuildPyWithResources(build_py):
    """``build_py`` that also copies ``resources/`` to ``<build_lib>/replay/_resources``."""

    def run(self) -> None:
        """Build the package, then copy the resources beside it."""
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "replay" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "resources", target, ignore=IGNORED)


setup(cmdclass={"build_py": BuildPyWithResources})
