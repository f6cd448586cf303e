"""The one rule for what a text-entry field is (privacy at import, typing in the detectors).

Values typed into fields are never stored (docs/safety.md), and typing inside a field is the
user's own input, not the page answering (docs/signals.md, item 23). Both read this rule.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

#: Elements whose value the user types or picks.
FIELD_TAGS = frozenset(["input", "textarea", "select"])
#: ARIA roles of elements that take typed text (WAI-ARIA 1.2).
FIELD_ROLES = frozenset(["textbox", "searchbox", "combobox"])


def opens_field(tag: Any, attrs: Mapping[str, Any] | None) -> bool:
    """Return True when an element with ``tag`` and ``attrs`` is a text-entry field.

    ``attrs`` are the element's attributes as rrweb records them (values of any type).
    Its descendants are inside the field too (:func:`in_field`).
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


#: The deepest ancestor walk. A tree deeper than this is hostile: the walk answers "field",
#: the safe answer for privacy (a value is never stored by mistake).
MAX_DEPTH = 4096

#: What :func:`in_field` needs of a node: its tag (None when it is not an element), its
#: attributes and its parent's id; None when the id is unknown.
Step = Callable[[int], "tuple[Any, Mapping[str, Any] | None, Any] | None"]


def in_field(node: int, step: Step, memo: dict[int, bool] | None = None) -> bool:
    """Return True when ``node`` is a text-entry field or lies inside one.

    The one ancestor walk for both tree types (the importer's mirror, the detectors' page
    state): ``step`` looks a node up. Loops end the walk ("not a field"); ``memo``, when
    given, keeps the answer for every node walked (valid while the tree does not change).
    """
    seen: dict[int, None] = {}
    current: Any = node
    found = False
    while isinstance(current, int) and current not in seen:
        if memo is not None and current in memo:
            found = memo[current]
            break
        got = step(current)
        if got is None:
            break
        if len(seen) >= MAX_DEPTH:
            found = True
            break
        seen[current] = None
        tag, attrs, parent = got
        if tag is not None and opens_field(tag, attrs):
            found = True
            break
        current = parent
    if memo is not None:
        for n in seen:
            memo[n] = found
    return found
