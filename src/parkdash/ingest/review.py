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
from parkdash.periods import PeriodError, check_partial_date, parse_period
from parkdash.schema import METRICS, NEWS, OBSERVATIONS
from parkdash.validate import Problem

HISTORY = ".history"  # previous versions of changed files, inside the data folder (ignored by git)
LOCK = ".ingest.lock"
ACCEPT_WORDS = {"y", "yes", "1", "true", "x", "✓", "是", "接受"}
SCOPE_OF_PARK = "park"


class IngestError(ValueError):
    """Nothing was written; ``problems`` says why, one line each."""

    def __init__(self, key: str, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.key = key  # the message in parkdash.i18n
        self.problems = problems or []


CHINESE_ONLY = "[Summary in Chinese]"


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

    def problems(self) -> list[str]:
        out = []
        if not vocab.is_safe_url(self.url.strip()):
            out.append(f"url: not an http(s) address: {self.url.strip()[:80]!r}")
        if not self.outlet.strip():
            out.append("outlet: required (who published the article)")
        try:
            check_partial_date(self.date.strip())
        except PeriodError as exc:
            out.append(f"date: {exc}")
        if not self.summary_zh.strip():
            out.append("summary_zh: required — a summary in your own words (the article's text is not stored)")
        elif len(self.summary_zh) > (NEWS.field("summary_zh").max_len or 10**6):
            out.append(f"summary_zh: at most {NEWS.field('summary_zh').max_len} characters")
        if self.reliability not in vocab.RELIABILITY:
            out.append(f"reliability: one of {', '.join(vocab.RELIABILITY)}")
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


def compare(candidates: pd.DataFrame, ds: Dataset, lang: str = "zh") -> list[str]:
    """For each candidate: which stored figures it repeats or contradicts (same park, metric, period, kind)."""
    obs = ds.observations
    notes = []
    for row in candidates.itertuples():
        if not row.metric_id:
            notes.append("新指标" if lang == "zh" else "new metric")
            continue
        same = obs[
            (obs["park_id"].fillna("") == (row.park_id or ""))
            & (obs["metric_id"] == row.metric_id)
            & (obs["period"] == row.period)
            & (obs["kind"] == row.kind)
        ]
        parts = []
        for o in same.itertuples():
            equal = math.isclose(_base(o.value, o.unit), _base(row.value, row.unit), rel_tol=1e-6)
            label = ("重复 " if lang == "zh" else "duplicates ") if equal else ("不同于 " if lang == "zh" else "differs from ")
            parts.append(f"{label}{o.obs_id} ({o.value:g} {o.unit}, {o.news_id})")
        notes.append("; ".join(parts))
    return notes


def only_repeats(note: str) -> bool:
    """Whether a note of ``compare`` says the figure is already stored and nothing else (every match equal)."""
    parts = [p.strip() for p in note.split(";") if p.strip()]
    return bool(parts) and all(p.startswith(("重复 ", "duplicates ")) for p in parts)


def accepted(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows the analyst accepted (an ``accept`` column of y/yes/1/x/✓/是 or a True checkbox)."""
    if "accept" not in frame.columns:
        return frame.iloc[0:0]
    flags = frame["accept"].map(lambda v: v is True or str(v).strip().lower() in ACCEPT_WORDS)
    return frame[flags]


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


def _metric_kind(unit: str, name: str) -> str:
    dim = vocab.unit_dimension(unit)
    if unit == "%":
        return "growth" if re.search("增长|增速|增幅", name) else "share"
    return {"money": "level", "count": "count", "area": "area", "rank": "rank", "people": "level"}.get(dim or "", "other")


def _clean(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value).strip()


def rows(
    reviewed: pd.DataFrame, info: NewsInfo, ds: Dataset
) -> tuple[dict[str, str], list[dict[str, str]], list[dict[str, str]]]:
    """The news row, the observation rows and any new metric rows for the accepted candidates."""
    problems = info.problems()
    if problems:
        raise IngestError("ingest_news_incomplete", "the news item is incomplete", problems)
    news_id = info.news_id or news_id_for(info.url, info.date, set(ds.news["news_id"]))
    if news_id in set(ds.news["news_id"]):
        raise IngestError("ingest_exists", "the news item is already in the data", [f"news_id: {news_id} exists"])
    if info.url.strip() in set(ds.news["url"]):
        raise IngestError(
            "ingest_exists",
            "this article is already in the data",
            [f"url: already used by {ds.news.loc[ds.news['url'] == info.url.strip(), 'news_id'].iloc[0]}"],
        )
    metrics: list[dict[str, str]] = []
    known_metrics = set(ds.metrics["metric_id"])
    parks_seen: list[str] = []
    obs: list[dict[str, str]] = []
    ids = _next_ids(ds.observations["obs_id"], len(reviewed))
    problems = []
    for n, (obs_id, row) in enumerate(zip(ids, reviewed.to_dict("records"), strict=True), start=1):
        metric_id = _clean(row.get("metric_id")) or _clean(row.get("new_metric_id"))
        name = _clean(row.get("metric_zh"))
        if not metric_id:
            problems.append(
                f"figure {n} ({name or '?'}): choose a metric, or give a new metric id (lower-case letters, digits, -)"
            )
            continue
        if metric_id not in known_metrics and metric_id not in {m["metric_id"] for m in metrics}:
            if not vocab.ID_PATTERN.fullmatch(metric_id) or not name:
                problems.append(
                    f"figure {n}: new metric {metric_id!r} needs an id of lower-case letters, digits and - and a Chinese name"
                )
                continue
            metrics.append(
                {
                    "metric_id": metric_id,
                    "name_zh": name,
                    "name_en": _clean(row.get("metric_en")) or name,
                    "unit": _clean(row.get("unit")),
                    "kind": _metric_kind(_clean(row.get("unit")), name),
                    "better": "up",
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
                "period_text": _clean(row.get("period_text")) or _clean(row.get("period")),
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


def _append(path: Path, columns: list[str], new_rows: list[dict[str, str]], target: Path) -> None:
    """Copy ``path`` to ``target`` with rows appended, leaving the existing bytes untouched."""
    data = path.read_bytes()
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n" if b"\r\n" in data[:4096] else "\n")
    writer.writerows(new_rows)
    if data and not data.endswith(b"\n"):
        data += b"\n"
    target.write_bytes(data + buffer.getvalue().encode("utf-8"))


def apply(data_dir: Path, reviewed: pd.DataFrame, info: NewsInfo, news_only: bool = False) -> Applied:
    """Append the news item and the accepted figures to ``data_dir`` if the result validates. With
    ``news_only`` and no figure accepted, the news item alone (its figures are already stored: it is
    kept as a source, not as a second copy of each figure).

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


def _apply(data_dir: Path, reviewed: pd.DataFrame, info: NewsInfo, news_only: bool = False) -> Applied:
    current = load(data_dir)
    if not current.ok:
        raise IngestError(
            "ingest_data_broken", "the data folder has problems; fix them first", [str(p) for p in current.problems[:20]]
        )
    chosen = accepted(reviewed)
    if chosen.empty and not news_only:
        raise IngestError(
            "ingest_none_accepted", "no figure is accepted; nothing was saved", ["tick 'accept' for each figure to save"]
        )
    news, obs, metrics = rows(chosen, info, current.dataset)
    if chosen.empty:  # the article's figures are all stored already: the news item names its parks
        parks = [p for p in dict.fromkeys(reviewed.get("park_id", pd.Series(dtype=str)).fillna("")) if p]
        news["park_ids"] = "|".join(parks)
    staging = Path(tempfile.mkdtemp(prefix=".ingest-", dir=data_dir))
    try:
        for table in (METRICS, NEWS, OBSERVATIONS):
            source = data_dir / table.file
            new_rows = {"news": [news], "observations": obs, "metrics": metrics}[table.name]
            _append(source, table.columns, new_rows, staging / table.file)
        for name in ("parks.csv", "industries.csv", "park_industries.csv"):
            shutil.copy2(data_dir / name, staging / name)
        check = load(staging)
        if not check.ok:
            raise IngestError(
                "ingest_invalid", "the result would not validate; nothing was saved", [_relabel(p) for p in check.problems[:20]]
            )
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


def period_problem(text: str) -> str:
    try:
        parse_period(text)
    except PeriodError as exc:
        return str(exc)
    return ""
