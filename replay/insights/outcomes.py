"""Outcomes: did the session convert, and for how much; what frustration costs.

Sources, strongest last: the recording itself (native header ``"outcome"`` object or an
rrweb custom event tagged ``replay.outcome``, harvested by the insight index), then a CSV
imported with :func:`import_csv` (which always wins).

Definitions (docs/insights.md "Outcomes"):

- **frustrated**: the session has at least one detected spike (its frustration curve rose
  above the spike threshold, ``score.spike_threshold``); **calm**: detected, no spike.
  Sessions never detected are in neither group and are counted apart.
- Per page: frustrated *on that page* = a spike started there; calm there = visited it
  without one. Per signal: sessions with at least one hit of the signal vs detected
  sessions with none.
- Conversion rate with a Wilson 95 % interval; the difference of rates with Newcombe's
  interval; mean order value (converted sessions with a known value) and revenue per
  session (value, 0 when not converted) with seeded percentile-bootstrap intervals.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from replay.errors import ReplayError
from replay.insights.index import _parse_bool, _parse_value, ensure_index
from replay.insights.query import Filters
from replay.insights.stats import bootstrap_means, newcombe, percentile_ci, wilson

if TYPE_CHECKING:
    from replay.store.library import Library

#: Default bootstrap seed and resamples (reports are reproducible).
SEED = 17
RESAMPLES = 1000
#: Below this many sessions in either group no comparison is stated.
MIN_GROUP = 5
_HASH = re.compile(r"^[0-9a-f]{64}$")
_MAX_CSV_BYTES = 200 * 1024 * 1024


@dataclass
class CsvImport:
    """What :func:`import_csv` did: rows stored, and rows dropped by rule."""

    path: str
    stored: int = 0
    dropped: dict[str, int] = field(default_factory=dict)

    def drop(self, rule: str) -> None:
        """Count one dropped row."""
        self.dropped[rule] = self.dropped.get(rule, 0) + 1

    def to_json(self) -> dict[str, Any]:
        """Return the JSON object ``replay outcomes import --json`` prints."""
        return {"path": self.path, "stored": self.stored, "dropped": dict(self.dropped)}

    def summary(self) -> str:
        """Return one line."""
        text = f"{self.path}: stored {self.stored} outcome(s)"
        if self.dropped:
            detail = ", ".join(f"{k}: {v}" for k, v in sorted(self.dropped.items()))
            text += f"; dropped {sum(self.dropped.values())} row(s) ({detail})"
        return text


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise ReplayError(f"{path}: not a regular file")
    if path.stat().st_size > _MAX_CSV_BYTES:
        raise ReplayError(f"{path}: larger than 200 MB; not an outcomes CSV")
    raw = path.read_bytes()
    if b"\0" in raw[:4096]:
        raise ReplayError(f"{path}: binary data, not a CSV")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReplayError(f"{path}: not UTF-8 text") from None


def import_csv(library: Library, path: str | Path) -> CsvImport:
    """Import outcomes from a CSV, all or nothing.

    Columns (header row, case-insensitive): ``session_id`` or ``content_hash`` (or
    ``session``: an id, ``#id`` or a 64-hex content hash), ``converted`` (1/0, true/false,
    yes/no), optional ``value`` (a non-negative number; ``,`` as decimal separator is
    accepted when there is no ``.``) and ``currency``. Rows naming no session of this
    library, or with an unreadable ``converted``, are dropped and counted; a later row for
    the same session replaces an earlier one.

    Raises
    ------
    ReplayError
        Not a readable UTF-8 CSV, or no session column / no ``converted`` column.
    """
    p = Path(path)
    text = _read_text(p)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error):
        raise ReplayError(f"{p}: empty, or not a CSV") from None
    key_col = next((h for h in ("session_id", "content_hash", "session") if h in header), None)
    if key_col is None or "converted" not in header:
        raise ReplayError(
            f"{p}: needs a header with session_id, content_hash or session, and converted"
        )
    ix = {h: header.index(h) for h in header}
    with library.guard():
        ids = {int(r[0]) for r in library.db.conn.execute("SELECT id FROM sessions")}
        hashes = dict(library.db.conn.execute("SELECT content_hash, id FROM sessions").fetchall())
    result = CsvImport(path=str(path))
    rows: dict[int, tuple[int, float | None, str]] = {}
    try:
        for rec in reader:
            if not any(cell.strip() for cell in rec):
                continue
            cell = rec[ix[key_col]].strip() if ix[key_col] < len(rec) else ""
            key = cell.lower().lstrip("#")
            sid: int | None = None
            if _HASH.match(key):
                sid = hashes.get(key)
            elif key.isdecimal() and len(key) <= 40 and key_col != "content_hash":
                # isdecimal, not isdigit: int() refuses superscripts such as "²"; and a
                # number of thousands of digits passes Python's int conversion limit.
                sid = int(key) if int(key) in ids else None
            if sid is None:
                result.drop("unknown_session")
                continue
            conv = _parse_bool(rec[ix["converted"]].strip() if ix["converted"] < len(rec) else "")
            if conv is None:
                result.drop("converted_unreadable")
                continue
            value: float | None = None
            if "value" in ix and ix["value"] < len(rec):
                raw = rec[ix["value"]].strip()
                if "," in raw and "." not in raw:
                    raw = raw.replace(",", ".")
                value = _parse_value(raw)
                if raw and value is None:
                    result.drop("value_unreadable")
                    continue
            cur = (
                rec[ix["currency"]].strip()[:8]
                if "currency" in ix and ix["currency"] < len(rec)
                else ""
            )
            rows[sid] = (int(conv), value, cur)
    except csv.Error as exc:
        raise ReplayError(f"{p}: line {reader.line_num}: not valid CSV ({exc})") from None
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with library.write() as db:
        db.conn.executemany(
            "INSERT OR REPLACE INTO outcomes (session_id, converted, value, currency, source,"
            " updated_at) VALUES (?, ?, ?, ?, 'csv', ?)",
            [(sid, c, v, cur, now) for sid, (c, v, cur) in sorted(rows.items())],
        )
    result.stored = len(rows)
    return result


@dataclass
class _Obs:
    """Outcome observations of a group: converted flags and values (NaN unknown)."""

    converted: np.ndarray
    value: np.ndarray


def _group(obs: _Obs, rng: np.random.Generator) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    n = len(obs.converted)
    k = int(obs.converted.sum())
    lo, hi = wilson(k, n)
    valued = obs.value[(obs.converted == 1) & ~np.isnan(obs.value)]
    rev = np.where(obs.converted == 1, obs.value, 0.0)
    rev = rev[~np.isnan(rev)]
    boots = {"mean_value": bootstrap_means(valued, rng), "revenue": bootstrap_means(rev, rng)}
    mv_ci = percentile_ci(boots["mean_value"])
    rv_ci = percentile_ci(boots["revenue"])
    return (
        {
            "sessions": n,
            "converted": k,
            "conversion_rate": round(k / n, 4) if n else None,
            "conversion_rate_ci95": [round(lo, 4), round(hi, 4)] if n else None,
            "valued_orders": len(valued),
            "mean_value": round(float(valued.mean()), 2) if len(valued) else None,
            "mean_value_ci95": [round(mv_ci[0], 2), round(mv_ci[1], 2)] if mv_ci else None,
            "revenue_per_session": round(float(rev.mean()), 2) if len(rev) else None,
            "revenue_per_session_ci95": [round(rv_ci[0], 2), round(rv_ci[1], 2)]
            if rv_ci
            else None,
        },
        boots,
    )


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _pts(x: float) -> str:
    return f"{abs(x) * 100:.0f} point{'s' if round(abs(x) * 100) != 1 else ''}"


def compare(
    a: _Obs, b: _Obs, rng: np.random.Generator, *, names: tuple[str, str], currency: str
) -> dict[str, Any]:
    """Compare group ``a`` (e.g. frustrated) with ``b`` (calm); the statement in words."""
    ga, ba = _group(a, rng)
    gb, bb = _group(b, rng)
    out: dict[str, Any] = {names[0]: ga, names[1]: gb}
    na, nb = ga["sessions"], gb["sessions"]
    diff: dict[str, Any] = {
        "conversion_rate": None,
        "mean_value": None,
        "revenue_per_session": None,
    }
    if na < MIN_GROUP or nb < MIN_GROUP:
        out["difference"] = diff
        out["statement"] = (
            f"Too few sessions with an outcome to compare ({na} {names[0]}, {nb} {names[1]};"
            f" at least {MIN_GROUP} each are needed): no difference can be stated."
        )
        return out
    d = ga["converted"] / na - gb["converted"] / nb
    lo, hi = newcombe(ga["converted"], na, gb["converted"], nb)
    diff["conversion_rate"] = {"estimate": round(d, 4), "ci95": [round(lo, 4), round(hi, 4)]}
    for key, boot_key in (("mean_value", "mean_value"), ("revenue_per_session", "revenue")):
        sa, sb = ba[boot_key], bb[boot_key]
        if len(sa) and len(sb):
            base_a = ga[key] if ga[key] is not None else 0.0
            base_b = gb[key] if gb[key] is not None else 0.0
            ci = percentile_ci(sa - sb)
            assert ci is not None
            diff[key] = {
                "estimate": round(base_a - base_b, 2),
                "ci95": [round(ci[0], 2), round(ci[1], 2)],
            }
    out["difference"] = diff
    rate_a, rate_b = ga["conversion_rate"], gb["conversion_rate"]
    head = (
        f"{names[0].capitalize()} sessions converted at {_pct(rate_a)}"
        f" (95% CI {_pct(ga['conversion_rate_ci95'][0])}-{_pct(ga['conversion_rate_ci95'][1])}, {na} sessions),"
        f" {names[1]} at {_pct(rate_b)}"
        f" ({_pct(gb['conversion_rate_ci95'][0])}-{_pct(gb['conversion_rate_ci95'][1])}, {nb} sessions)."
    )
    if lo > 0 or hi < 0:
        word = "higher" if d > 0 else "lower"
        body = (
            f" That is {_pts(d)} {word} for {names[0]} sessions; the 95% interval of the"
            f" difference ({_pts(lo) if lo >= 0 else '-' + _pts(lo)} to"
            f" {_pts(hi) if hi >= 0 else '-' + _pts(hi)}) excludes zero, so chance alone is an"
            " unlikely explanation (this is an association, not proof that frustration causes it)."
        )
    else:
        body = (
            f" The difference ({'+' if d >= 0 else '-'}{_pts(d)}) is within the uncertainty:"
            f" the 95% interval runs from {'-' if lo < 0 else '+'}{_pts(lo)} to"
            f" {'-' if hi < 0 else '+'}{_pts(hi)}, so these data cannot tell the groups apart."
        )
    rev = diff["revenue_per_session"]
    if rev is not None:
        unit = f" {currency}" if currency else ""
        clear = rev["ci95"][0] > 0 or rev["ci95"][1] < 0
        body += (
            f" Revenue per session differs by {rev['estimate']:+.2f}{unit}"
            f" (95% CI {rev['ci95'][0]:+.2f} to {rev['ci95'][1]:+.2f}{unit},"
            f" {'clear of zero' if clear else 'includes zero'})."
        )
    out["statement"] = head + body
    return out


def outcomes_report(
    library: Library,
    filters: Filters,
    *,
    seed: int = SEED,
    max_pages: int = 20,
    update_index: bool = True,
) -> dict[str, Any]:
    """Return conversion and value for frustrated vs calm sessions, per page and per signal.

    The ``replay outcomes --json`` object; fields are a contract: ``definition``,
    ``filters``, ``sessions``, ``with_outcome``, ``without_outcome``, ``not_detected``,
    ``currency``, ``overall``, ``frustrated``, ``calm``, ``difference``, ``statement``,
    ``by_page`` and ``by_signal`` (each with its own groups, ``difference`` and ``statement``).
    """
    if update_index:
        ensure_index(library)
    where, params = filters.where()
    with library.guard():
        rows = library.db.conn.execute(
            "SELECT p.session_id, p.url, p.spikes, p.session_spikes, o.converted, o.value,"
            " o.currency FROM insight_pages AS p"
            f" LEFT JOIN outcomes AS o ON o.session_id = p.session_id WHERE {where}",
            params,
        ).fetchall()
        sig_rows = library.db.conn.execute(
            "SELECT DISTINCT h.session_id, h.signal FROM insight_hits AS h"
            " JOIN insight_pages AS p ON p.session_id = h.session_id AND p.url = h.url"
            f" WHERE {where}",
            params,
        ).fetchall()
    sessions: dict[int, tuple[int | None, int | None, float, str]] = {}
    pages: dict[str, dict[int, int]] = defaultdict(dict)
    for sid, url, page_spikes, spike_count, conv, value, cur in rows:
        sessions[int(sid)] = (
            None if spike_count is None else int(spike_count),
            None if conv is None else int(conv),
            float("nan") if value is None else float(value),
            cur or "",
        )
        pages[url][int(sid)] = int(page_spikes)
    with_outcome = {s: v for s, v in sessions.items() if v[1] is not None}
    detected = {s: v for s, v in with_outcome.items() if v[0] is not None}
    currencies = {v[3] for v in with_outcome.values() if v[3]}
    currency = currencies.pop() if len(currencies) == 1 else ("mixed" if currencies else "")
    rng = np.random.default_rng(seed)

    def obs(ids: list[int]) -> _Obs:
        return _Obs(
            converted=np.asarray([sessions[i][1] for i in ids], dtype=np.int64),
            value=np.asarray([sessions[i][2] for i in ids], dtype=np.float64),
        )

    frustrated = [s for s, v in detected.items() if v[0] and v[0] > 0]
    calm = [s for s, v in detected.items() if v[0] == 0]
    main = compare(
        obs(frustrated), obs(calm), rng, names=("frustrated", "calm"), currency=currency
    )
    overall, _ = _group(obs(list(with_outcome)), rng)
    by_page = []
    for url, members in sorted(pages.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:max_pages]:
        ids = [s for s in members if s in detected]
        fr = [s for s in ids if members[s] > 0]
        ca = [s for s in ids if members[s] == 0]
        by_page.append(
            {
                "url": url,
                **compare(obs(fr), obs(ca), rng, names=("frustrated", "calm"), currency=currency),
            }
        )
    with_signal: dict[str, set[int]] = defaultdict(set)
    for sid, signal in sig_rows:
        if int(sid) in detected:
            with_signal[signal].add(int(sid))
    by_signal = []
    for signal, members_set in sorted(with_signal.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        w = sorted(members_set)
        wo = [s for s in detected if s not in members_set]
        by_signal.append(
            {
                "signal": signal,
                **compare(obs(w), obs(wo), rng, names=("with", "without"), currency=currency),
            }
        )
    return {
        "definition": {
            "frustrated": "at least one detected spike (the frustration curve rose above"
            " score.spike_threshold)",
            "calm": "detected, no spike",
            "page": "frustrated on a page: a spike started there; calm: visited it without one",
            "signal": "with: at least one hit of the signal; without: detected sessions with none",
            "confidence": 0.95,
            "rate_interval": "Wilson score; difference: Newcombe hybrid score",
            "value_interval": "percentile bootstrap",
            "bootstrap_resamples": RESAMPLES,
            "seed": seed,
        },
        "filters": filters.to_json(),
        "sessions": len(sessions),
        "with_outcome": len(with_outcome),
        "without_outcome": len(sessions) - len(with_outcome),
        "not_detected": len(with_outcome) - len(detected),
        "currency": currency,
        "overall": overall,
        "frustrated": main["frustrated"],
        "calm": main["calm"],
        "difference": main["difference"],
        "statement": main["statement"],
        "by_page": by_page,
        "by_signal": by_signal,
    }
