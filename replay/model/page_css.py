"""Stylesheet text of a recorded page: its top-level rules and rrweb's edits of them (Qt-free).

rrweb records a page's CSS as text (``_cssText``) and its later changes as rule
insertions and deletions by index (``CSSStyleSheet.insertRule/deleteRule``) and
declaration changes on the rule at an index path (``CSSStyleDeclaration.setProperty``).
:class:`replay.model.page.PageState` keeps a sheet as its list of top-level rules and
applies those edits with these functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def split_css(text: str) -> list[str]:
    """Split a style sheet into its top-level rules (strings and comments respected)."""
    rules: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if ch in "\"'":
            end = i + 1
            while end < n and text[end] != ch:
                end += 2 if text[end] == "\\" else 1
            i = end + 1
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
            if depth == 0:
                rules.append(text[start : i + 1].strip())
                start = i + 1
        elif ch == ";" and depth == 0:  # @import/@charset statements
            rules.append(text[start : i + 1].strip())
            start = i + 1
        i += 1
    if text[start:].strip():
        rules.append(text[start:].strip())
    return [r for r in rules if r]


def change_rules(rules: list[str], adds: Sequence[Any], removes: Sequence[Any]) -> None:
    """Apply rrweb's rule deletions (highest index first) then insertions to ``rules``.

    An insertion without a usable index is appended; a deletion out of range is ignored
    (the recorder saw a sheet we may not have whole).
    """
    for index in sorted((i for i in removes if type(i) is int), reverse=True):
        if 0 <= index < len(rules):
            del rules[index]
    for rule, index in adds:
        if type(index) is int and 0 <= index <= len(rules):
            rules.insert(index, str(rule))
        else:
            rules.append(str(rule))


def patch_rule(rules: list[str], path: list[int], change: dict[str, Any]) -> bool:
    """Set/remove declarations of the rule at ``path`` (nested in @media etc.); True if found."""
    index = path[0]
    if not 0 <= index < len(rules):
        return False
    rule = rules[index]
    open_at, close_at = rule.find("{"), rule.rfind("}")
    if open_at < 0 or close_at < open_at:
        return False
    head, body = rule[: open_at + 1], rule[open_at + 1 : close_at]
    if len(path) > 1:
        inner = split_css(body)
        if not patch_rule(inner, path[1:], change):
            return False
        rules[index] = head + "".join(inner) + "}"
    else:
        rules[index] = head + patch_style(body, change) + "}"
    return True


def patch_style(current: str, diff: dict[str, Any]) -> str:
    """Apply rrweb's style-attribute diff (``{prop: value | [value, priority] | False}``)."""
    decls: dict[str, str] = {}
    for part in current.split(";"):
        name, sep, value = part.partition(":")
        if sep and name.strip():
            decls[name.strip()] = value.strip()
    for name, value in diff.items():
        if value is False or value is None:
            decls.pop(name, None)
        elif isinstance(value, list) and value:
            decls[name] = str(value[0]) + (f" !{value[1]}" if len(value) > 1 and value[1] else "")
        else:
            decls[name] = str(value)
    return "; ".join(f"{k}: {v}" for k, v in decls.items())
