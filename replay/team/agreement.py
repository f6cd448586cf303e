"""Inter-rater agreement of reviewers' tags: Cohen's kappa, Krippendorff's alpha, confusion.

The rules (issue 16; docs/team-review.md explains them with an example):

**Units.** Agreement is measured on *units*: places in a session that at least one reviewer
tagged. Each reviewer's tags of a session are matched to the units built so far, one-to-one
and closest first (:func:`replay.signals.matching.greedy_match` with the tag rule of
:func:`~replay.signals.matching.tag_distance`: points within ``tolerance_ms``, a point inside
a range widened by ``tolerance_ms``, ranges when they overlap). A tag that matches no unit
opens a new one. A unit therefore holds at most one tag per reviewer.

**Unmatched tags count as a disagreement with "none".** In a unit, a reviewer who reviewed
the session but has no tag there gets the value ``none`` ("no problem here"). So a tag that
the other reviewer did not match is a pair ``(category, none)`` in the confusion matrix and
counts against agreement. The cell ``(none, none)`` is always 0: places that nobody tagged are
not units, because nobody can count them. (ELAN users: this is the "unmatched annotations
count" choice; the time-bin *presence* figures below count the untagged time as agreement.)

**Who reviewed a session.** A reviewer reviewed a session when they tagged it or marked it
done (``replay done``). A reviewer who did neither is *missing* there (Krippendorff's alpha
handles missing values; Cohen's kappa of a pair uses only the sessions both reviewed).

**Figures.** Cohen's kappa (scikit-learn ``cohen_kappa_score``) for every pair of
reviewers, Krippendorff's alpha (the ``krippendorff`` package, nominal) over all reviewers,
both overall (categories plus ``none``) and per category (the unit's value is "this category"
or "not this category"). Presence agreement: each session is cut into ``bin_ms`` time bins,
a bin is 1 for a reviewer when any of their tags touches it, else 0; kappa and alpha over the
bins, per session and overall. A figure that is undefined (no units, one reviewer, every
value the same so the chance agreement is 1) is None, with the observed agreement beside it.
"""

from __future__ import annotations

import functools
import itertools
import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from replay.model.tags import Tag
from replay.signals.matching import greedy_match, tag_distance

NONE = "none"
DEFAULT_TOLERANCE_MS = 1000
DEFAULT_BIN_MS = 1000

MATCHING_RULE = (
    "points match within tolerance_ms; a point matches a range it lies in (widened by "
    "tolerance_ms); ranges match when they overlap; one-to-one, closest first"
)
UNMATCHED_RULE = (
    "a tag the other reviewer did not match is a pair (category, none) and counts as a "
    "disagreement; (none, none) is never counted: untagged places are not units"
)


@dataclass(frozen=True, slots=True)
class Unit:
    """One place in a session that at least one reviewer tagged.

    Attributes
    ----------
    session_id : int
    start_ms, end_ms : int
        The span of all tags in the unit.
    tags : dict
        Reviewer -> their tag in this unit.
    values : dict
        Reviewer -> category, ``"none"`` (reviewed the session, no tag here) or None
        (did not review the session: missing).
    """

    session_id: int
    start_ms: int
    end_ms: int
    tags: Mapping[str, Tag]
    values: Mapping[str, str | None]

    @property
    def agreed(self) -> bool:
        """True when every reviewer with a value gave the same one."""
        given = {v for v in self.values.values() if v is not None}
        return len(given) <= 1

    @property
    def key(self) -> str:
        """The sorted uids (or ids) of the unit's tags: names the unit across runs."""
        return ",".join(sorted(t.uid or f"id{t.id}" for t in self.tags.values()))

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "session_id": self.session_id,
            "start_ms": self.start_ms,
            "end_ms": self.end_ms,
            "values": dict(self.values),
            "tag_ids": {r: t.id for r, t in self.tags.items()},
            "severities": {r: t.severity for r, t in self.tags.items()},
            "key": self.key,
        }


@dataclass(slots=True)
class _UnitDraft:
    tags: dict[str, Tag] = field(default_factory=dict)

    @property
    def start_ms(self) -> int:
        return min(t.start_ms for t in self.tags.values())

    @property
    def end_ms(self) -> int:
        return max(t.start_ms if t.end_ms is None else t.end_ms for t in self.tags.values())


def _to_unit_distance(
    tag: Tag, unit: _UnitDraft, *, tolerance_ms: int
) -> tuple[float, ...] | None:
    found = [tag_distance(tag, t, tolerance_ms=tolerance_ms) for t in unit.tags.values()]
    ok = [d for d in found if d is not None]
    return min(ok) if ok else None


def build_units(
    tags: Iterable[Tag],
    reviewers: Sequence[str],
    reviewed: Mapping[int, set[str]],
    *,
    tolerance_ms: int = DEFAULT_TOLERANCE_MS,
) -> list[Unit]:
    """Group reviewers' tags into units (see the module doc).

    Parameters
    ----------
    tags : iterable of Tag
        Live reviewer tags (other reviewers' and consensus tags are ignored).
    reviewers : sequence of str
        Whose tags count, in this order (the order decides nothing but ties).
    reviewed : mapping
        Session id -> reviewers who reviewed it (tagged or marked done).
    tolerance_ms : int
        See :func:`~replay.signals.matching.tag_distance`.
    """
    wanted = set(reviewers)
    by_session: dict[int, dict[str, list[Tag]]] = {}
    for tag in tags:
        if tag.deleted or tag.origin != "reviewer" or tag.reviewer not in wanted:
            continue
        by_session.setdefault(tag.session_id, {}).setdefault(tag.reviewer, []).append(tag)
    distance = functools.partial(_to_unit_distance, tolerance_ms=tolerance_ms)
    units: list[Unit] = []
    for sid in sorted(by_session):
        drafts: list[_UnitDraft] = []
        for reviewer in reviewers:
            mine = sorted(by_session[sid].get(reviewer, []), key=lambda t: (t.start_ms, t.id))
            pairs = greedy_match(mine, drafts, distance)
            matched = {i for i, _ in pairs}
            for i, j in pairs:
                drafts[j].tags[reviewer] = mine[i]
            drafts.extend(
                _UnitDraft({reviewer: t}) for i, t in enumerate(mine) if i not in matched
            )
        present = set(reviewed.get(sid, set())) | set(by_session[sid])
        for d in sorted(drafts, key=lambda d: (d.start_ms, d.end_ms)):
            values: dict[str, str | None] = {}
            for r in reviewers:
                if r in d.tags:
                    values[r] = d.tags[r].category
                else:
                    values[r] = NONE if r in present else None
            units.append(Unit(sid, d.start_ms, d.end_ms, dict(d.tags), values))
    return units


# -- statistics (the libraries do the arithmetic) -------------------------------------------


def cohen_kappa(y1: Sequence[Any], y2: Sequence[Any]) -> float | None:
    """Cohen's kappa of two equally long label lists (scikit-learn); None when undefined.

    Undefined: no items, or chance agreement of 1 (both raters used one and the same label).
    """
    if not y1:
        return None
    from sklearn.metrics import cohen_kappa_score  # type: ignore[import-untyped]  # heavy import: only when measuring

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = float(cohen_kappa_score(list(y1), list(y2), replace_undefined_by=np.nan))
    return None if math.isnan(value) else value


def krippendorff_alpha(rows: Sequence[Sequence[Any]]) -> float | None:
    """Nominal Krippendorff's alpha of reviewers x units values (None = missing).

    Uses the ``krippendorff`` package; None when undefined (fewer than two values in the
    domain, or no unit with two values to pair).
    """
    import krippendorff

    labels = sorted({v for row in rows for v in row if v is not None}, key=str)
    if len(rows) < 2 or len(labels) < 2:
        return None
    code = {v: float(i) for i, v in enumerate(labels)}
    data = np.array([[np.nan if v is None else code[v] for v in row] for row in rows])
    pairable = (~np.isnan(data)).sum(axis=0) >= 2
    if not pairable.any():
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
    return None if math.isnan(value) else value


def observed_agreement(y1: Sequence[Any], y2: Sequence[Any]) -> float | None:
    """Share of items with the same label (None for no items)."""
    if not y1:
        return None
    return sum(1 for a, b in zip(y1, y2, strict=True) if a == b) / len(y1)


# -- results --------------------------------------------------------------------------------


@dataclass(slots=True)
class PairFigures:
    """Agreement of two reviewers on some items."""

    reviewers: tuple[str, str]
    n: int
    observed_agreement: float | None
    cohen_kappa: float | None
    labels: list[str] = field(default_factory=list)
    confusion_matrix: list[list[int]] = field(default_factory=list)
    per_category: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        out: dict[str, Any] = {
            "reviewers": list(self.reviewers),
            "n": self.n,
            "observed_agreement": self.observed_agreement,
            "cohen_kappa": self.cohen_kappa,
        }
        if self.labels:
            out["labels"] = list(self.labels)
            out["confusion_matrix"] = [list(r) for r in self.confusion_matrix]
        if self.per_category:
            out["per_category"] = list(self.per_category)
        return out


@dataclass(slots=True)
class GroupFigures:
    """Agreement of every pair plus Krippendorff's alpha over all reviewers."""

    n: int
    krippendorff_alpha: float | None
    pairs: list[PairFigures]
    per_category: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        out: dict[str, Any] = {
            "n": self.n,
            "krippendorff_alpha": self.krippendorff_alpha,
            "pairs": [p.to_json() for p in self.pairs],
        }
        if self.per_category:
            out["per_category"] = list(self.per_category)
        return out


@dataclass(slots=True)
class Agreement:
    """Everything ``replay agreement`` reports."""

    reviewers: list[str]
    tolerance_ms: int
    bin_ms: int
    session_ids: list[int]
    units: list[Unit]
    tags: GroupFigures
    presence: GroupFigures
    presence_sessions: list[tuple[int, GroupFigures]]
    notes: list[str] = field(default_factory=list)

    @property
    def disagreements(self) -> list[Unit]:
        """Units where the reviewers with a value did not all give the same one."""
        return [u for u in self.units if not u.agreed]

    def to_json(self) -> dict[str, Any]:
        """Return every figure as a JSON-able dict (the ``--json`` contract)."""
        return {
            "reviewers": list(self.reviewers),
            "tolerance_ms": self.tolerance_ms,
            "bin_ms": self.bin_ms,
            "sessions": list(self.session_ids),
            "matching_rule": MATCHING_RULE,
            "unmatched_rule": UNMATCHED_RULE,
            "tags": {"units": len(self.units), **self.tags.to_json()},
            "presence": {
                "overall": self.presence.to_json(),
                "per_session": [
                    {"session_id": sid, **fig.to_json()} for sid, fig in self.presence_sessions
                ],
            },
            "disagreements": [u.to_json() for u in self.disagreements],
            "notes": list(self.notes),
        }


def _pair_units(
    units_for_pair: Sequence[Unit], a: str, b: str, categories: Sequence[str]
) -> PairFigures:
    both = [
        u for u in units_for_pair if u.values.get(a) is not None and u.values.get(b) is not None
    ]
    y1 = [str(u.values[a]) for u in both]
    y2 = [str(u.values[b]) for u in both]
    used = sorted((set(y1) | set(y2)) - {NONE})
    labels = [c for c in categories if c in used] + [c for c in used if c not in categories]
    labels.append(NONE)
    index = {c: i for i, c in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for p, q in zip(y1, y2, strict=True):
        matrix[index[p]][index[q]] += 1
    per_category = []
    for cat in labels[:-1]:
        b1 = [int(v == cat) for v in y1]
        b2 = [int(v == cat) for v in y2]
        per_category.append(
            {
                "category": cat,
                "n": len(b1),
                "observed_agreement": observed_agreement(b1, b2),
                "cohen_kappa": cohen_kappa(b1, b2),
            }
        )
    return PairFigures(
        reviewers=(a, b),
        n=len(both),
        observed_agreement=observed_agreement(y1, y2),
        cohen_kappa=cohen_kappa(y1, y2),
        labels=labels if both else [],
        confusion_matrix=matrix if both else [],
        per_category=per_category,
    )


def _presence_rows(
    tags_by: Mapping[str, list[Tag]],
    reviewers: Sequence[str],
    reviewed: set[str],
    duration_ms: int,
    bin_ms: int,
) -> list[list[int | None]]:
    n_bins = max(1, math.ceil(max(duration_ms, 1) / bin_ms))
    rows: list[list[int | None]] = []
    for r in reviewers:
        if r not in reviewed:
            rows.append([None] * n_bins)
            continue
        row: list[int | None] = [0] * n_bins
        for t in tags_by.get(r, []):
            end = t.start_ms if t.end_ms is None else t.end_ms
            first = min(n_bins - 1, t.start_ms // bin_ms)
            last = min(n_bins - 1, end // bin_ms)
            for k in range(first, last + 1):
                row[k] = 1
        rows.append(row)
    return rows


def _group_from_rows(rows: Sequence[Sequence[Any]], reviewers: Sequence[str]) -> GroupFigures:
    pairs = []
    for (i, a), (j, b) in itertools.combinations(enumerate(reviewers), 2):
        keep = [
            k for k in range(len(rows[i])) if rows[i][k] is not None and rows[j][k] is not None
        ]
        y1 = [rows[i][k] for k in keep]
        y2 = [rows[j][k] for k in keep]
        pairs.append(
            PairFigures(
                reviewers=(a, b),
                n=len(keep),
                observed_agreement=observed_agreement(y1, y2),
                cohen_kappa=cohen_kappa(y1, y2),
            )
        )
    n = sum(1 for k in range(len(rows[0]) if rows else 0) if any(r[k] is not None for r in rows))
    return GroupFigures(n=n, krippendorff_alpha=krippendorff_alpha(rows), pairs=pairs)


def measure(
    tags: Iterable[Tag],
    *,
    reviewers: Sequence[str],
    reviewed: Mapping[int, set[str]],
    durations: Mapping[int, int],
    categories: Sequence[str] = (),
    tolerance_ms: int = DEFAULT_TOLERANCE_MS,
    bin_ms: int = DEFAULT_BIN_MS,
) -> Agreement:
    """Measure the agreement of ``reviewers`` on ``tags`` (see the module doc).

    Parameters
    ----------
    tags : iterable of Tag
        Live tags; only reviewer-origin tags of ``reviewers`` count.
    reviewers : sequence of str
        Two or more names (with fewer, every figure is None and a note says why).
    reviewed : mapping
        Session id -> reviewers who marked it done (tagging it also counts as reviewed).
    durations : mapping
        Session id -> duration in ms, for every session measured (also for the time bins).
    categories : sequence of str
        The codebook order, for the labels of the confusion matrix.
    tolerance_ms, bin_ms : int
        Matching tolerance and presence bin width.
    """
    if bin_ms <= 0:
        raise ValueError("bin_ms must be positive")
    reviewers = list(dict.fromkeys(reviewers))
    session_ids = sorted(durations)
    tag_list = [
        t
        for t in tags
        if not t.deleted
        and t.origin == "reviewer"
        and t.reviewer in reviewers
        and t.session_id in durations
    ]
    seen: dict[int, set[str]] = {
        sid: set(reviewed.get(sid, set())) & set(reviewers) for sid in session_ids
    }
    for t in tag_list:
        seen[t.session_id].add(t.reviewer)
    # The sessions measured: those at least one of the reviewers reviewed.
    session_ids = [sid for sid in session_ids if seen[sid]]
    notes: list[str] = []
    if len(reviewers) < 2:
        notes.append(
            f"agreement needs two or more reviewers; found {len(reviewers)}"
            + (f" ({reviewers[0]})" if reviewers else "")
        )
    if not tag_list:
        notes.append("no reviewer tags in the sessions measured")
    for r in reviewers:
        if not any(r in names for names in seen.values()):
            notes.append(f"{r} has no tags and no done marks in the sessions measured")

    units = build_units(tag_list, reviewers, seen, tolerance_ms=tolerance_ms)
    pairs = []
    for a, b in itertools.combinations(reviewers, 2):
        pair_units = build_units(tag_list, [a, b], seen, tolerance_ms=tolerance_ms)
        pairs.append(_pair_units(pair_units, a, b, categories))
    rows = [[u.values[r] for u in units] for r in reviewers]
    used = sorted({str(v) for row in rows for v in row if v is not None and v != NONE})
    per_category_alpha = []
    for cat in [c for c in categories if c in used] + [c for c in used if c not in categories]:
        binary = [[None if v is None else int(v == cat) for v in row] for row in rows]
        per_category_alpha.append(
            {"category": cat, "krippendorff_alpha": krippendorff_alpha(binary)}
        )
    tag_fig = GroupFigures(
        n=len(units),
        krippendorff_alpha=krippendorff_alpha(rows) if rows else None,
        pairs=pairs,
        per_category=per_category_alpha,
    )

    by_session: dict[int, dict[str, list[Tag]]] = {}
    for t in tag_list:
        by_session.setdefault(t.session_id, {}).setdefault(t.reviewer, []).append(t)
    all_rows: list[list[int | None]] = [[] for _ in reviewers]
    per_session = []
    for sid in session_ids:
        if len(seen[sid]) < 1:
            continue
        srows = _presence_rows(
            by_session.get(sid, {}), reviewers, seen[sid], durations[sid], bin_ms
        )
        for acc, row in zip(all_rows, srows, strict=True):
            acc.extend(row)
        if reviewers:
            per_session.append((sid, _group_from_rows(srows, reviewers)))
    presence = (
        _group_from_rows(all_rows, reviewers)
        if reviewers
        else GroupFigures(n=0, krippendorff_alpha=None, pairs=[])
    )
    return Agreement(
        reviewers=reviewers,
        tolerance_ms=tolerance_ms,
        bin_ms=bin_ms,
        session_ids=session_ids,
        units=units,
        tags=tag_fig,
        presence=presence,
        presence_sessions=per_session,
        notes=notes,
    )


def csv_rows(agreement: Agreement) -> list[list[str]]:
    """Return the figures as CSV rows under :data:`CSV_HEADER` (not yet neutralised)."""

    def num(v: float | int | None) -> str:
        if v is None:
            return ""
        return str(v) if isinstance(v, int) else f"{v:.6f}".rstrip("0").rstrip(".")

    out: list[list[str]] = []
    t = agreement.tags
    out.append(
        [
            "tags",
            "",
            "krippendorff_alpha",
            ";".join(agreement.reviewers),
            "",
            num(t.krippendorff_alpha),
            num(t.n),
        ]
    )
    for row in t.per_category:
        out.append(
            [
                "tags",
                "",
                "krippendorff_alpha",
                ";".join(agreement.reviewers),
                row["category"],
                num(row["krippendorff_alpha"]),
                num(t.n),
            ]
        )
    for p in t.pairs:
        who = ";".join(p.reviewers)
        out.append(["tags", "", "cohen_kappa", who, "", num(p.cohen_kappa), num(p.n)])
        out.append(
            ["tags", "", "observed_agreement", who, "", num(p.observed_agreement), num(p.n)]
        )
        for row in p.per_category:
            out.append(
                [
                    "tags",
                    "",
                    "cohen_kappa",
                    who,
                    row["category"],
                    num(row["cohen_kappa"]),
                    num(row["n"]),
                ]
            )
        for i, label in enumerate(p.labels):
            for j, other in enumerate(p.labels):
                out.append(
                    [
                        "confusion",
                        "",
                        f"{label}|{other}",
                        who,
                        "",
                        num(p.confusion_matrix[i][j]),
                        "",
                    ]
                )
    scopes = [("presence", "", agreement.presence)] + [
        ("presence", str(sid), fig) for sid, fig in agreement.presence_sessions
    ]
    for scope, sid, fig in scopes:
        out.append(
            [
                scope,
                sid,
                "krippendorff_alpha",
                ";".join(agreement.reviewers),
                "",
                num(fig.krippendorff_alpha),
                num(fig.n),
            ]
        )
        for p in fig.pairs:
            who = ";".join(p.reviewers)
            out.append([scope, sid, "cohen_kappa", who, "", num(p.cohen_kappa), num(p.n)])
            out.append(
                [scope, sid, "observed_agreement", who, "", num(p.observed_agreement), num(p.n)]
            )
    return out


CSV_HEADER = ("scope", "session_id", "measure", "reviewers", "category", "value", "n")
#: The CSV columns holding people's text (neutralised against spreadsheet formulas).
CSV_TEXT_COLUMNS = frozenset({2, 3, 4})


def measure_library(
    library: Any,
    *,
    reviewers: Sequence[str] | None = None,
    session_ids: Sequence[int] | None = None,
    tolerance_ms: int = DEFAULT_TOLERANCE_MS,
    bin_ms: int = DEFAULT_BIN_MS,
) -> Agreement:
    """Measure agreement in an open library (default: every reviewer, every session).

    Parameters
    ----------
    library : Library
        The open library.
    reviewers : sequence of str, optional
        Whose tags (default: everyone with a reviewer tag or a done mark, sorted).
    session_ids : sequence of int, optional
        Only these sessions (NotFound for an unknown id).
    tolerance_ms, bin_ms : int
        See :func:`measure`.
    """
    from replay.store.blind import all_done

    if session_ids:
        for sid in session_ids:
            library.session_row(sid)  # NotFound naming the session
    rows = library.sessions(sort="id")
    wanted = set(session_ids) if session_ids else None
    durations = {r.id: r.duration_ms for r in rows if wanted is None or r.id in wanted}
    tags = [t for t in library.tags.list(origin="reviewer") if t.session_id in durations]
    done = {sid: names for sid, names in all_done(library).items() if sid in durations}
    if reviewers is None:
        names = {t.reviewer for t in tags} | {n for names in done.values() for n in names}
        reviewers = sorted(names)
    categories = [c.code for c in library.tags.categories(include_inactive=True)]
    return measure(
        tags,
        reviewers=reviewers,
        reviewed=done,
        durations=durations,
        categories=categories,
        tolerance_ms=tolerance_ms,
        bin_ms=bin_ms,
    )
