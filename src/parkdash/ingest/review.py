"""From reviewed candidates to the data set: what each would duplicate or contradict, the rows to append,
and an atomic, validated write that keeps the previous version of every file it changes."""

from __future__ import annotations

import csv
import fcntl
import io
import math
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from parkdash import vocab
from parkdash.load import Dataset, load
from parkdash.periods import PeriodError, check_partial_date, describe, parse_period
from parkdash.schema import METRICS, NEWS, OBSERVATIONS
from parkdash.validate import Problem

HISTORY = ".history"  # previous versions of changed files, inside the data folder (ignored by git)
LOCK = ".ingest.lock"
ACCEPT_WORDS = {"y", "yes", "1", "true", "x", "✓", "是", "接受"}
SCOPE_OF_PARK = "park"


@dataclass(frozen=True, eq=False)
class Issue:
    """One reason nothing was saved. ``key`` and ``params`` give it in the page's language
    (``parkdash.i18n.issue``: a ``why_…`` text, placed by ``params["where"]``: a row of the review
    table, the news details, a new metric or a data file); ``text`` is the same in English with the
    file's own names, for the command line."""

    key: str
    text: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text


class IngestError(ValueError):
    """Nothing was written; ``issues`` says why, one each (``problems``: the same as English lines)."""

    def __init__(self, key: str, message: str, issues: list[Issue] | None = None) -> None:
        super().__init__(message)
        self.key = key  # the message in parkdash.i18n
        self.issues = list(issues or [])
        self.problems = [i.text for i in self.issues]


CHINESE_ONLY = "[Summary in Chinese]"
CHINESE_NAME = "[zh]"  # before a new metric's Chinese name in name_en when no English name was given


@dataclass
class NewsInfo:
    url: str
    outlet: str
    date: str
    title: str = ""
    summary_zh: str = ""
    summary_en: str = ""
    reliability: str = "media"
    news_id: str = ""
    industry_ids: tuple[str, ...] = ()  # industries the article is about, as in industries.csv

    def problems(self) -> list[Issue]:
        out = []
        news = ("news",)
        url = self.url.strip()
        if not url:
            out.append(Issue("why_required", "url: required", {"where": news, "field": "url"}))
        elif not vocab.is_safe_url(url):
            out.append(Issue("why_url", f"url: not an http(s) address: {url[:80]!r}", {"where": news, "value": url[:80]}))
        if not self.outlet.strip():
            out.append(Issue("why_required", "outlet: required (who published the article)", {"where": news, "field": "outlet"}))
        date = self.date.strip()
        if not date:
            out.append(Issue("why_required", "date: required", {"where": news, "field": "date"}))
        else:
            try:
                check_partial_date(date)
            except PeriodError as exc:
                out.append(Issue("why_date", f"date: {exc}", {"where": news, "field": "date", "value": date[:40]}))
        longest = NEWS.field("summary_zh").max_len or 10**6
        if not self.summary_zh.strip():
            out.append(
                Issue(
                    "why_summary",
                    "summary_zh: required — a summary in your own words (the article's text is not stored)",
                    {"where": news},
                )
            )
        elif len(self.summary_zh) > longest:
            out.append(
                Issue(
                    "why_too_long",
                    f"summary_zh: at most {longest} characters",
                    {"where": news, "field": "summary_zh", "n": longest},
                )
            )
        if self.reliability not in vocab.RELIABILITY:
            out.append(
                Issue(
                    "why_choice",
                    f"reliability: one of {', '.join(vocab.RELIABILITY)}",
                    {"where": news, "field": "reliability", "value": str(self.reliability)[:40]},
                )
            )
        return out


@dataclass
class Applied:
    news_id: str
    obs_ids: list[str]
    metric_ids: list[str]
    backup: Path | None
    files: list[str] = field(default_factory=list)


# --- review ---------------------------------------------------------------------------------------------


def _base(value: float, unit: str) -> float:
    return float(value) * vocab.UNITS.get(unit, ("", 1.0))[1]


def _number(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return number


def _figure_key(row: dict[str, object]) -> tuple[str, ...] | None:
    """What makes two rows of one article the same figure: park, scope, the entity as written, metric
    (or the new metric's id or name), period, kind and aspiration (确保20个、冲刺25个 are two figures)."""
    metric = _chosen_metric(row.get("metric_id"), row.get("new_metric_id"))
    if not metric:
        name = _clean(row.get("metric_zh"))
        if not name:
            return None
        metric = f"?{name}"
    if math.isnan(_number(row.get("value"))):
        return None
    columns = ("park_id", "scope", "entity_reported", "period", "kind", "aspiration")
    return (metric, *(_clean(row.get(c)) for c in columns))


def _same_amount(a: dict[str, object], b: dict[str, object]) -> bool:
    unit_a, unit_b = _clean(a.get("unit")), _clean(b.get("unit"))
    if vocab.unit_dimension(unit_a) != vocab.unit_dimension(unit_b):
        return False
    for column in ("value", "value_max"):
        x, y = _number(a.get(column)), _number(b.get(column))
        if math.isnan(x) != math.isnan(y):
            return False
        if not math.isnan(x) and not math.isclose(_base(x, unit_a), _base(y, unit_b), rel_tol=1e-6):
            return False
    return True


def same_figures(frame: pd.DataFrame) -> list[tuple[int, int, bool]]:
    """Pairs of rows of one article that give the same figure (see ``_figure_key``): their positions
    ``i < j`` and whether their values agree (a repeat) or not (a contradiction)."""
    records = frame.to_dict("records")
    groups: dict[tuple[str, ...], list[int]] = {}
    for n, row in enumerate(records):
        key = _figure_key(row)
        if key is not None:
            groups.setdefault(key, []).append(n)
    pairs = []
    for rows_of_key in groups.values():
        for a, i in enumerate(rows_of_key):
            for j in rows_of_key[a + 1 :]:
                pairs.append((i, j, _same_amount(records[i], records[j])))
    return sorted(pairs)


@dataclass
class RowCheck:
    """A candidate checked against the stored figures and the article's other rows."""

    row: int  # its number in the table, from 1
    note: str  # what the page lists under the table
    stored_only: bool  # every stored figure it matches has its value: already in the data
    contradicts: list[int]  # rows of the table with the same figure and another value
    repeats: list[int]  # rows of the table with the same figure and value
    incomplete: bool = False  # no metric, or a park's figure with no park: it cannot be saved as it stands

    @property
    def repeats_earlier(self) -> bool:
        return bool(self.repeats) and min(self.repeats) < self.row

    @property
    def offer(self) -> bool:
        """Whether "accept all" ticks it: not when stored already, not when the article contradicts it
        (which value is right is for the analyst to say), not when it repeats an earlier row (one is enough)."""
        return not self.stored_only and not self.contradicts and not self.repeats_earlier and not self.incomplete

    @property
    def hint(self) -> str:
        """What the analyst should do about it: ``incomplete`` (choose the park or metric first), ``conflict``
        (check the article, accept only the right value), ``stored`` (already in the data), ``repeat`` (the
        earlier row is enough), or nothing."""
        if self.incomplete:
            return "incomplete"
        if self.contradicts:
            return "conflict"
        if self.stored_only:
            return "stored"
        return "repeat" if self.repeats_earlier else ""


def check_rows(candidates: pd.DataFrame, ds: Dataset, lang: str = "zh") -> list[RowCheck]:
    """For each candidate: which stored figures it repeats or contradicts (same park, metric, period,
    kind), and which other rows of the table give the same figure with the same or another value."""
    obs = ds.observations
    zh = lang == "zh"
    in_table: dict[int, list[tuple[int, bool]]] = {}
    for i, j, equal in same_figures(candidates):
        in_table.setdefault(i, []).append((j, equal))
        in_table.setdefault(j, []).append((i, equal))
    out = []
    for n, row in enumerate(candidates.itertuples()):
        parts, stored_only = [], False
        no_park = _needs_park(getattr(row, "scope", ""), row.park_id)
        if no_park:
            parts.append("未定园区" if zh else "no park")
        if not row.metric_id:
            parts.append("新指标" if zh else "new metric")
        else:
            same = obs[
                (obs["park_id"].fillna("") == (row.park_id or ""))
                & (obs["metric_id"] == row.metric_id)
                & (obs["period"] == row.period)
                & (obs["kind"] == row.kind)
            ]
            equals = []
            for o in same.itertuples():
                equal = math.isclose(_base(o.value, o.unit), _base(_number(row.value), row.unit), rel_tol=1e-6)
                equals.append(equal)
                label = ("重复 " if zh else "duplicates ") if equal else ("不同于 " if zh else "differs from ")
                parts.append(f"{label}{o.obs_id} ({o.value:g} {o.unit}, {o.news_id})")
            stored_only = bool(equals) and all(equals)
        others = sorted(in_table.get(n, []))
        for j, equal in others:
            if zh:
                parts.append(f"与第{j + 1}行{'重复' if equal else '不同'}")
            else:
                parts.append(f"{'repeats' if equal else 'differs from'} row {j + 1}")
        out.append(
            RowCheck(
                n + 1,
                "; ".join(parts),
                stored_only,
                [j + 1 for j, equal in others if not equal],
                [j + 1 for j, equal in others if equal],
                no_park or not _chosen_metric(row.metric_id, getattr(row, "new_metric_id", "")),
            )
        )
    return out


def compare(candidates: pd.DataFrame, ds: Dataset, lang: str = "zh") -> list[str]:
    """For each candidate, a note: which stored figures it repeats or contradicts (same park, metric,
    period, kind: "重复 o0123 …" / "不同于 o0123 …") and which rows of the table give the same figure
    ("与第5行重复" / "与第5行不同"); see ``check_rows``."""
    return [c.note for c in check_rows(candidates, ds, lang)]


def accepted(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows the analyst accepted (an ``accept`` column of y/yes/1/x/✓/是 or a True checkbox)."""
    return frame[accept_flags(frame).to_numpy()]


def reconcile(offered: pd.DataFrame, edited: pd.DataFrame, ds: Dataset) -> pd.DataFrame:
    """Keep the fields an analyst does not see in step with the ones they edited: a park chosen for a
    figure the assistant gave to the city makes it a park figure reported for that park; a period
    changed by hand drops the period wording that no longer fits."""
    out = edited.copy()
    short = ds.parks.set_index("park_id")["short_zh"]
    for i in out.index.intersection(offered.index):
        new_park, old_park = _clean(out.at[i, "park_id"]), _clean(offered.at[i, "park_id"])
        if new_park != old_park:
            if new_park:
                out.at[i, "scope"] = (
                    "park" if _clean(out.at[i, "scope"]) not in ("park", "host") or not old_park else out.at[i, "scope"]
                )
                if out.at[i, "scope"] == "park":
                    out.at[i, "entity_reported"] = short.get(new_park, new_park)
            elif _clean(out.at[i, "scope"]) in ("park", "host"):
                out.at[i, "scope"] = "other"
        if _clean(out.at[i, "period"]) != _clean(offered.at[i, "period"]) and _clean(out.at[i, "period_text"]) == _clean(
            offered.at[i, "period_text"]
        ):
            out.at[i, "period_text"] = ""  # rows() then writes the period itself
    return out


# --- rows -----------------------------------------------------------------------------------------------


def news_id_for(url: str, date: str, taken: set[str]) -> str:
    """A readable id such as ``rednet-zz-2024-08-14``: the site's name, its sub-domain, the date."""
    host = (urlsplit(url).hostname or "news").lower()
    labels = [p for p in host.split(".") if p not in {"www", "m", "wap", "com", "cn", "gov", "org", "net", "edu"}]
    stem = "-".join(reversed(labels[-2:])) or "news"
    stem = re.sub(r"[^a-z0-9-]+", "-", stem).strip("-")[:30] or "news"
    base = f"{stem}-{date}" if date else stem
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _next_ids(existing: pd.Series, count: int) -> list[str]:
    numbers = existing.str.extract(r"^o(\d+)$")[0].dropna().astype(int)
    start = int(numbers.max()) + 1 if len(numbers) else 1
    return [f"o{n:04d}" for n in range(start, start + count)]


def metric_defaults(unit: str, name: str) -> tuple[str, str]:
    """The kind and the better direction of a new metric, from its unit (as data/README.md has them):
    a rank (名/位) is ``rank`` and better ``down``; a percentage is a ``growth`` (增长/增速/增幅 in its
    name) or a ``share``, better ``up``; money ``level``, counts ``count``, people ``level``, better
    ``up``; an area in 平方公里 is a park's extent (``none``: no direction is progress), land or floor
    space in 亩/公顷/万平方米 is developed (``up``); years and unknown units ``other``, ``none``."""
    dim = vocab.unit_dimension(unit)
    if unit == "%":
        return ("growth" if re.search("增长|增速|增幅", name) else "share"), "up"
    if dim == "rank":
        return "rank", "down"
    if dim == "area":
        return "area", "none" if unit == "平方公里" else "up"
    kind = {"money": "level", "count": "count", "people": "level"}.get(dim or "")
    return (kind, "up") if kind else ("other", "none")


def _needs_park(scope: object, park_id: object) -> bool:
    """A park's figure with no park chosen: it cannot be saved as it stands (the review flags it, a save names it)."""
    return _clean(scope) == "park" and not _clean(park_id)


def _chosen_metric(metric_id: object, new_metric_id: object) -> str:
    """The metric a row is saved under: the one chosen, else the new metric id typed in; "" when neither."""
    return _clean(metric_id) or _clean(new_metric_id)


def _period_words(period: str) -> str:
    """The period text of a period set by hand: the period in words (2025H1 → 2025年上半年), or as typed
    when it is not a period (the save then names it)."""
    try:
        return describe(period)
    except PeriodError:
        return period


def _clean(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value).strip()


def _amount(row: dict[str, object]) -> tuple[float, str]:
    return _number(row.get("value")), _clean(row.get("unit"))


def _conflicts(reviewed: pd.DataFrame, numbers: list[int]) -> list[Issue]:
    """Two accepted rows that give one figure: with different values the article contradicts itself
    (the analyst says which is right), with the same value one row is enough. Both are refused: the
    data set would take either silently (every row has its own obs_id)."""
    records = reviewed.to_dict("records")
    issues = []
    for i, j, equal in same_figures(reviewed):
        a, b = numbers[i], numbers[j]
        (va, ua), (vb, ub) = _amount(records[i]), _amount(records[j])
        params = {"a": a, "b": b, "value_a": (va, ua), "value_b": (vb, ub)}
        if equal:
            text = f"rows {a} and {b}: the same figure twice ({va:g} {ua}); accept only one"
            issues.append(Issue("why_repeat", text, params))
        else:
            text = (
                f"rows {a} and {b}: the same park, metric, period and kind with different values "
                f"({va:g} {ua} / {vb:g} {ub}); accept only the right one"
            )
            issues.append(Issue("why_conflict", text, params))
    return issues


def rows(
    reviewed: pd.DataFrame, info: NewsInfo, ds: Dataset, numbers: list[int] | None = None
) -> tuple[dict[str, str], list[dict[str, str]], list[dict[str, str]]]:
    """The news row, the observation rows and any new metric rows for the accepted candidates.

    ``numbers``: each row's number in the review table (from 1), for the messages; 1, 2, … by default."""
    numbers = list(numbers) if numbers is not None else list(range(1, len(reviewed) + 1))
    problems = info.problems()
    if problems:
        raise IngestError("ingest_news_incomplete", "the news item is incomplete", problems)
    news_id = info.news_id or news_id_for(info.url, info.date, set(ds.news["news_id"]))
    details = ("news",)  # where: the news details
    if news_id in set(ds.news["news_id"]):
        issue = Issue("why_news_exists", f"news_id: {news_id} exists", {"where": details, "news_id": news_id})
        raise IngestError("ingest_exists", "the news item is already in the data", [issue])
    if info.url.strip() in set(ds.news["url"]):
        known = ds.news.loc[ds.news["url"] == info.url.strip(), "news_id"].iloc[0]
        issue = Issue("why_url_used", f"url: already used by {known}", {"where": details, "news_id": known})
        raise IngestError("ingest_exists", "this article is already in the data", [issue])
    metrics: list[dict[str, str]] = []
    known_metrics = set(ds.metrics["metric_id"])
    parks_seen: list[str] = []
    obs: list[dict[str, str]] = []
    ids = _next_ids(ds.observations["obs_id"], len(reviewed))
    problems = []
    for n, obs_id, row in zip(numbers, ids, reviewed.to_dict("records"), strict=True):
        metric_id = _chosen_metric(row.get("metric_id"), row.get("new_metric_id"))
        name = _clean(row.get("metric_zh"))
        where = ("row", n)
        if _needs_park(row.get("scope"), row.get("park_id")):
            problems.append(
                Issue(
                    "why_no_park",
                    f"figure {n} ({name or '?'}): choose the park, or another scope (city, other)",
                    {"where": where, "name": name or "?"},
                )
            )
        if not metric_id:
            problems.append(
                Issue(
                    "why_no_metric",
                    f"figure {n} ({name or '?'}): choose a metric, or give a new metric id (lower-case letters, digits, -)",
                    {"where": where, "name": name or "?"},
                )
            )
            continue
        if metric_id not in known_metrics and metric_id not in {m["metric_id"] for m in metrics}:
            if not vocab.ID_PATTERN.fullmatch(metric_id) or not name:
                problems.append(
                    Issue(
                        "why_new_metric",
                        f"figure {n}: new metric {metric_id!r} needs an id of lower-case letters, digits and - and a Chinese name",
                        {"where": where, "metric_id": metric_id[:48]},
                    )
                )
                continue
            unit = _clean(row.get("unit"))
            kind, better = metric_defaults(unit, name)
            metrics.append(
                {
                    "metric_id": metric_id,
                    "name_zh": name,
                    # no English name given: the Chinese one, marked as such on the English pages
                    "name_en": _clean(row.get("new_metric_en")) or _clean(row.get("metric_en")) or f"{CHINESE_NAME} {name}",
                    "unit": unit,
                    "kind": kind,
                    "better": better,
                    "synonyms_zh": name,
                    "description_zh": "",
                    "description_en": "",
                }
            )
        park_id = _clean(row.get("park_id"))
        if park_id and park_id not in parks_seen:
            parks_seen.append(park_id)
        scope = _clean(row.get("scope")) or (SCOPE_OF_PARK if park_id else "other")
        obs.append(
            {
                "obs_id": obs_id,
                "park_id": park_id,
                "scope": scope,
                "entity_reported": _clean(row.get("entity_reported"))
                or (ds.parks.set_index("park_id")["short_zh"].get(park_id, "") if park_id else ""),
                "metric_id": metric_id,
                "period": _clean(row.get("period")),
                "period_text": _clean(row.get("period_text")) or _period_words(_clean(row.get("period"))),
                "kind": _clean(row.get("kind")),
                "value": _clean(row.get("value")),
                "value_max": _clean(row.get("value_max")),
                "qualifier": _clean(row.get("qualifier")) or "eq",
                "aspiration": _clean(row.get("aspiration")),
                "unit": _clean(row.get("unit")),
                "news_id": news_id,
                "locator": _clean(row.get("locator"))[: OBSERVATIONS.field("locator").max_len or 40],
                "note": _clean(row.get("note")),
            }
        )
    if problems:
        raise IngestError("ingest_figures_incomplete", "some accepted figures are not complete", problems)
    conflicts = _conflicts(reviewed, numbers)
    if conflicts:
        raise IngestError("ingest_conflict", "accepted figures of this article contradict or repeat each other", conflicts)
    news = {
        "news_id": news_id,
        "title": info.title.strip(),
        "title_note": "",
        "outlet": info.outlet.strip(),
        "date": info.date.strip(),
        "date_note": "",
        "url": info.url.strip(),
        "park_ids": "|".join(parks_seen),
        "industry_ids": "|".join(info.industry_ids),
        "summary_zh": info.summary_zh.strip(),
        # no English summary written: the Chinese one, said to be so on the English pages
        "summary_en": info.summary_en.strip() or f"{CHINESE_ONLY} {info.summary_zh.strip()}",
        "reliability": info.reliability,
        "note": "Added with the ingest assistant; figures accepted by an analyst.",
    }
    return news, obs, metrics


# --- the write ------------------------------------------------------------------------------------------


def _append(path: Path, columns: list[str], new_rows: list[dict[str, str]], target: Path) -> list[int]:
    """Copy ``path`` to ``target`` with rows appended, leaving the existing bytes untouched; the line
    each new row starts on (as validation counts lines: the header is line 1)."""
    data = path.read_bytes()
    terminator = "\r\n" if b"\r\n" in data[:4096] else "\n"
    if data and not data.endswith(b"\n"):
        data += b"\n"
    line = data.count(b"\n") + 1
    starts, chunks = [], []
    for row in new_rows:
        buffer = io.StringIO()
        csv.DictWriter(buffer, fieldnames=columns, lineterminator=terminator).writerow(row)
        starts.append(line)
        chunks.append(buffer.getvalue())
        line += chunks[-1].count("\n")
    target.write_bytes(data + "".join(chunks).encode("utf-8"))
    return starts


def apply(data_dir: Path, reviewed: pd.DataFrame, info: NewsInfo, news_only: bool = False) -> Applied:
    """Append the news item and the accepted figures to ``data_dir`` if the result validates. With
    ``news_only`` and no figure accepted, the news item alone (its figures are already stored: it is
    kept as a source, not as a second copy of each figure).

    Two accepted figures of the same park, metric, period and kind (``same_figures``) are refused,
    naming both rows: the article contradicts itself, or gives one figure twice.

    Files are replaced atomically (news and metrics before the observations that refer to them), and
    the previous version of each changed file is kept under ``data_dir/.history/<time>/``.
    """
    with _locked(data_dir):  # two analysts saving at once: one after the other, neither save lost
        return _apply(data_dir, reviewed, info, news_only)


@contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    with open(data_dir / LOCK, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def accept_flags(frame: pd.DataFrame) -> pd.Series:
    """Whether each row is accepted (an ``accept`` column of y/yes/1/x/✓/是 or a True checkbox)."""
    if "accept" not in frame.columns:
        return pd.Series(False, index=frame.index)
    return frame["accept"].map(lambda v: v is True or str(v).strip().lower() in ACCEPT_WORDS).astype(bool)


def _apply(data_dir: Path, reviewed: pd.DataFrame, info: NewsInfo, news_only: bool = False) -> Applied:
    current = load(data_dir)
    if not current.ok:
        raise IngestError(
            "ingest_data_broken", "the data folder has problems; fix them first", [_issue(p) for p in current.problems[:20]]
        )
    flags = accept_flags(reviewed).to_numpy()
    chosen = reviewed[flags]
    numbers = [int(n) + 1 for n in flags.nonzero()[0]]  # as the table numbers its rows
    if chosen.empty and not news_only:
        issue = Issue("why_tick", "tick 'accept' for each figure to save")
        raise IngestError("ingest_none_accepted", "no figure is accepted; nothing was saved", [issue])
    news, obs, metrics = rows(chosen, info, current.dataset, numbers)
    if chosen.empty:  # the article's figures are all stored already: the news item names its parks
        parks = [p for p in dict.fromkeys(reviewed.get("park_id", pd.Series(dtype=str)).fillna("")) if p]
        news["park_ids"] = "|".join(parks)
    staging = Path(tempfile.mkdtemp(prefix=".ingest-", dir=data_dir))
    try:
        written: dict[str, dict[int, tuple[tuple[object, ...], dict[str, str]]]] = {}  # file -> line -> (where, row)
        for table in (METRICS, NEWS, OBSERVATIONS):
            source = data_dir / table.file
            new_rows = {"news": [news], "observations": obs, "metrics": metrics}[table.name]
            lines = _append(source, table.columns, new_rows, staging / table.file)
            if table.name == "observations":
                places: list[tuple[object, ...]] = [("row", n) for n in numbers]
            elif table.name == "news":
                places = [("news",)]
            else:
                places = [("metric", m["metric_id"]) for m in metrics]
            written[table.file] = {line: (where, row) for line, where, row in zip(lines, places, new_rows, strict=True)}
        for name in ("parks.csv", "industries.csv", "park_industries.csv"):
            shutil.copy2(data_dir / name, staging / name)
        check = load(staging)
        if not check.ok:
            issues = [_issue(p, written) for p in check.problems[:20]]
            if any(i.params.get("field") == "park_id" for i in issues):  # the news item's parks are the figures' parks
                issues = [i for i in issues if not (i.params.get("where") == ("news",) and i.params.get("field") == "park_ids")]
            raise IngestError("ingest_invalid", "the result would not validate; nothing was saved", issues)
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
        backup = data_dir / HISTORY / stamp
        backup.mkdir(parents=True, exist_ok=True)
        changed = [t.file for t in (NEWS, METRICS, OBSERVATIONS) if t.name != "metrics" or metrics]
        for name in changed:
            shutil.copy2(data_dir / name, backup / name)
        for name in changed:  # news and metrics first: observations refer to them
            os.replace(staging / name, data_dir / name)
        return Applied(news["news_id"], [o["obs_id"] for o in obs], [m["metric_id"] for m in metrics], backup, changed)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _relabel(problem: Problem) -> str:
    return f"{Path(problem.file).name}:{problem.row}:{problem.column}: {problem.reason}"


# A validation reason (parkdash.validate) -> the why_… text that says it in the page's language.
_WHY = (
    ("required value missing", "why_required"),
    ("leading or trailing spaces", "why_spaces"),
    ("not an id", "why_not_id"),
    ("not a number", "why_not_number"),
    ("out of range", "why_out_of_range"),
    ("not a date", "why_date"),
    ("not an http", "why_url"),
    ("not a period", "why_period"),
    ("not one of", "why_choice"),
    ("longer than", "why_too_long"),
    ("unknown id", "why_unknown"),
    ("duplicate", "why_duplicate"),
    ("unit ", "why_unit"),
    ("qualifier 'range' needs value_max", "why_range_needs_max"),
    ("value_max is only for", "why_max_only_for_range"),
    ("value_max must be above", "why_max_above"),
    ("a percentage beyond", "why_percent"),
    ("only targets carry", "why_aspiration"),
    ("scope ", "why_scope_needs_park"),
    ("an actual cannot have", "why_actual_horizon"),
)
# a column of metrics.csv -> the review table's column it comes from
_METRIC_FIELDS = {"metric_id": "new_metric_id", "name_zh": "metric_zh", "name_en": "new_metric_en"}


def _issue(problem: Problem, written: dict[str, dict[int, tuple[tuple[object, ...], dict[str, str]]]] | None = None) -> Issue:
    """A validation problem told where the analyst can act on it: the row of the review table, the news
    details or the new metric it comes from, with the column's label (else the file and its line)."""
    name = Path(problem.file).name
    key = next((k for start, k in _WHY if problem.reason.startswith(start)), "why_other")
    where, row = (written or {}).get(name, {}).get(problem.row, (None, {}))
    column = problem.column
    params: dict[str, object] = {}
    if where is None:
        params["where"] = ("file", name, problem.row)
    else:
        params["where"] = where
        if where[0] == "metric":
            column = _METRIC_FIELDS.get(column, column)
    params["field"] = column
    value = row.get(problem.column, "") if row else ""
    params["value"] = str(value)[:60]
    if key == "why_too_long":
        numbers = re.findall(r"\d+", problem.reason)
        params["n"] = numbers[0] if numbers else ""
    elif key == "why_unit" and row:
        params["unit"] = row.get("unit", "")
        want = re.search(r"'([^']*)'$", problem.reason)  # "… as the metric's unit '亿元'"
        params["want"] = want.group(1) if want else ""
    elif key == "why_scope_needs_park" and row:
        params["scope"] = row.get("scope", "")
    return Issue(key, _relabel(problem), params)


def period_problem(text: str) -> str:
    try:
        parse_period(text)
    except PeriodError as exc:
        return str(exc)
    return ""
