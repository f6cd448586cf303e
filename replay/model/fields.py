"""The one rule for what a text-entry field is (privacy at import, typing in the detectors).

Values typed into fields are never stored (docs/safety.md), and typing inside a field is the
user's own input, not the page answering (docs/signals.md, item 23). Both read this rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Elements whose value the user types or picks.
FIELD_TAGS = frozenset(["input", "textarea", "select"])
#: ARIA roles of elements that take typed text (WAI-ARIA 1.2).
FIELD_ROLES = frozenset(["textbox", "searchbox", "combobox"])


def opens_field(tag: Any, attrs: Mapping[str, Any] | None) -> bool:
    """Return True when an element with ``tag`` and ``attrs`` is a text-entry field.

    ``attrs`` are the element's attributes as rrweb records them (values of any type).
    Its descendants are inside the field too (see ``replay.importers._dom.DomMirror.in_field``).
    """
    if str(tag).lower() in FIELD_TAGS:
        return True
    if not attrs:
        return False
    editable = attrs.get("contenteditable")
    if editable is not None and str(editable).strip().lower() != "false":
        return True
    role = attrs.get("role")
    return role is not None and any(r in FIELD_ROLES for r in str(role).lower().split())
