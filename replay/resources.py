"""Locate bundled resource files (thresholds, icons, translations).

From a source checkout (or an editable install) the files live in ``<repo>/resources``.
The packaging engineer extends :func:`resource_path` for installed wheels and frozen
builds; callers only ever use this one function.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    # A wheel (setup.py copies resources/ to replay/_resources) and the PyInstaller build
    # (packaging/replay.spec puts it in the same place) come first: an installed
    # site-packages/resources could be anyone's. Then the source checkout.
    roots = [here / "_resources", here.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder/one-file bundle
    if frozen_root:
        roots.insert(0, Path(frozen_root) / "resources")
    return roots


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("thresholds.toml")``.

    Parameters
    ----------
    *parts : str
        Path components below the ``resources`` folder.

    Returns
    -------
    Path
        The first existing candidate, else the source-checkout location (so an error
        message names a sensible path).
    """
    candidates = [root.joinpath(*parts) for root in _candidates()]
    for path in candidates:
        if path.exists():
            return path
    return candidates[-1]
