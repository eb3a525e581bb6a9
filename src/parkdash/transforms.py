"""Pure transforms of a :class:`~parkdash.load.Dataset` into the tables the views show.

No Streamlit here: every function takes frames and plain values and returns new frames.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from parkdash import vocab
from parkdash.links import DEFAULT_FROM, DEFAULT_TO
from parkdash.load import Dataset, split_ids

ROLE_RANK = {"lead": 0, "specialty": 1, "cluster": 2, "auxiliary": 3, "focus": 4}
LEVEL_KINDS = ("level", "count", "area", "other")
PLAN_START, PLAN_END = 2021, 2025


@dataclass(frozen=True)
class Filters:
    parks: tuple[str, ...] = ()
    inds: tuple[str, ...] = ()
    year_from: int = DEFAULT_FROM
    year_to: int = DEFAULT_TO


# ---------------------------------------------------------------- industries


def industry_family(ds: Dataset, industry_ids: Iterable[str]) -> set[str]:
    """The industries and every industry filed under them (children through ``parent_ids``)."""
    children: dict[str, set[str]] = {}
    for row in ds.industries.itertuples(index=False):
        for parent in split_ids(row.parent_ids):
            children.setdefault(parent, set()).add(row.industry_id)
    found = set(industry_ids)
    todo = list(found)
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def news_matching_industries(ds: Dataset, inds: Sequence[str]) -> set[str]:
    family = industry_family(ds, inds)
    return {r.news_id for r in ds.news.itertuples(index=False) if family & set(split_ids(r.industry_ids))}


# ---------------------------------------------------------------- observations


def filter_observations(ds: Dataset, f: Filters) -> pd.DataFrame:
    """Observations for the chosen parks (city-wide rows only when no park is chosen), industries and years."""
    obs = ds.observations
    keep = pd.Series(True, index=obs.index)
    if f.parks:
        keep &= obs["park_id"].isin(f.parks)
    if f.inds:
        keep &= obs["news_id"].isin(news_matching_industries(ds, f.inds))
    end = obs["end_year"]
    in_years = end.between(f.year_from, f.year_to).fillna(False).astype(bool)
    keep &= in_years | obs["period_kind"].eq("open") | (obs["kind"].eq("target") & end.gt(f.year_to).fillna(False).astype(bool))
    return obs[keep]


def enrich(ds: Dataset, obs: pd.DataFrame) -> pd.DataFrame:
    """Observations with park, metric and news columns, and ``value_std`` in the metric's unit."""
    return ds.derived("enriched", lambda: _enrich_all(ds)).loc[obs.index]


def _enrich_all(ds: Dataset) -> pd.DataFrame:
    obs = ds.observations
    parks = ds.parks[["park_id", "short_zh", "short_en"]]
    metrics = ds.metrics[["metric_id", "name_zh", "name_en", "unit", "kind", "better"]].rename(
        columns={"name_zh": "metric_zh", "name_en": "metric_en", "unit": "metric_unit", "kind": "metric_kind"}
    )
    news = ds.news[["news_id", "title", "title_note", "outlet", "date", "url", "reliability"]].rename(
        columns={"date": "news_date"}
    )
    out = (
        obs.merge(parks, on="park_id", how="left")
        .merge(metrics, on="metric_id", how="left")
        .merge(news, on="news_id", how="left")
    )
    out["value_std"] = [vocab.convert(v, u, mu) for v, u, mu in zip(out["value"], out["unit"], out["metric_unit"], strict=True)]
    out["value_max_std"] = [
        vocab.convert(v, u, mu) if not math.isnan(v) else math.nan
        for v, u, mu in zip(out["value_max"], out["unit"], out["metric_unit"], strict=True)
    ]
    out.index = obs.index
    return out


def park_metric_series(ds: Dataset, park_id: str, f: Filters) -> dict[str, pd.DataFrame]:
    """Per metric, the park's observations (enriched), metrics with most figures first."""
    obs = filter_observations(ds, Filters((park_id,), f.inds, f.year_from, f.year_to))
    if obs.empty:
        return {}
    rich = enrich(ds, obs)
    groups = {m: g for m, g in rich.groupby("metric_id", sort=False)}
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


# ---------------------------------------------------------------- overview


def headline(ds: Dataset, parks: Sequence[str] = ()) -> pd.DataFrame:
    """One row per park: facts, lead industries, counts of figures, targets and news."""
    p = ds.parks if not parks else ds.parks[ds.parks["park_id"].isin(parks)]
    obs = ds.observations
    pi = ds.park_industries.merge(ds.industries[["industry_id", "name_zh", "name_en"]], on="industry_id")
    rows = []
    for park in p.itertuples(index=False):
        mine = obs[obs["park_id"] == park.park_id]
        leads = pi[(pi["park_id"] == park.park_id) & pi["role"].isin(["lead", "specialty"])]
        leads = leads.sort_values("role", key=lambda s: s.map(ROLE_RANK)).drop_duplicates("industry_id")
        news = {n for n in ds.news["news_id"][ds.news["park_ids"].map(lambda c, p=park.park_id: p in split_ids(c))]}
        rows.append(
            {
                "park_id": park.park_id,
                "short_zh": park.short_zh,
                "short_en": park.short_en,
                "level": park.level,
                "founded": park.founded,
                "lead_zh": "、".join(leads["name_zh"]),
                "lead_en": ", ".join(leads["name_en"]),
                "n_figures": int((mine["kind"] != "target").sum()),
                "n_targets": int((mine["kind"] == "target").sum()),
                "n_news": len(news | set(mine["news_id"])),
            }
        )
    return pd.DataFrame(rows)


def industry_matrix(ds: Dataset, framework: str, parks: Sequence[str] = ()) -> pd.DataFrame:
    """Park × framework item: the park's strongest role among its industries filed under the item.

    Columns: park_id, industry_id (the framework item), role, via (the park's own industry ids),
    news_ids. Only pairs with a role are listed.
    """
    items = ds.industries[ds.industries["framework"] == framework]
    pi = ds.park_industries if not parks else ds.park_industries[ds.park_industries["park_id"].isin(parks)]
    rows = []
    for item in items.itertuples(index=False):
        family = industry_family(ds, [item.industry_id])
        hits = pi[pi["industry_id"].isin(family)]
        for park_id, g in hits.groupby("park_id", sort=False):
            best = min(g["role"], key=ROLE_RANK.__getitem__)
            rows.append(
                {
                    "park_id": park_id,
                    "industry_id": item.industry_id,
                    "role": best,
                    "via": "|".join(sorted(set(g["industry_id"]))),
                    "news_ids": "|".join(sorted(set(g["news_id"]))),
                }
            )
    return pd.DataFrame(rows, columns=["park_id", "industry_id", "role", "via", "news_ids"])


def latest_news(ds: Dataset, n: int = 5, parks: Sequence[str] = ()) -> pd.DataFrame:
    news = ds.news
    if parks:
        news = news[news["park_ids"].map(lambda c: bool(set(split_ids(c)) & set(parks)))]
    return news.sort_values("date", ascending=False, na_position="last").head(n)


# ---------------------------------------------------------------- industry view


def industry_parks(ds: Dataset, industry_id: str) -> pd.DataFrame:
    """Parks that state the industry or one filed under it, with role and source."""
    family = industry_family(ds, [industry_id])
    pi = ds.park_industries[ds.park_industries["industry_id"].isin(family)]
    out = pi.merge(ds.parks[["park_id", "short_zh", "short_en"]], on="park_id").merge(
        ds.industries[["industry_id", "name_zh", "name_en"]], on="industry_id"
    )
    return out.sort_values(["role", "park_id"], key=lambda s: s.map(ROLE_RANK) if s.name == "role" else s)


# ---------------------------------------------------------------- news view


def filter_news(ds: Dataset, f: Filters, words: str = "") -> pd.DataFrame:
    """News concerning the chosen parks and industries, dated within the years, matching the words."""
    news = ds.news
    keep = pd.Series(True, index=news.index)
    if f.parks:
        figures = set(ds.observations["news_id"][ds.observations["park_id"].isin(f.parks)])
        keep &= news["park_ids"].map(lambda c: bool(set(split_ids(c)) & set(f.parks))) | news["news_id"].isin(figures)
    if f.inds:
        keep &= news["news_id"].isin(news_matching_industries(ds, f.inds))
    year = news["year"]
    keep &= year.isna() | year.between(f.year_from, f.year_to).fillna(False).astype(bool)
    for word in words.split():
        w = word.casefold()
        text = news["title"].fillna("") + " " + news["outlet"] + " " + news["summary_zh"] + " " + news["summary_en"]
        keep &= text.str.casefold().str.contains(w, regex=False)
    return news[keep].sort_values("date", ascending=False, na_position="last")


def figures_of_news(ds: Dataset, news_id: str) -> pd.DataFrame:
    return enrich(ds, ds.observations[ds.observations["news_id"] == news_id])


# ---------------------------------------------------------------- five-year targets


def _comparable_actuals(rich: pd.DataFrame) -> pd.DataFrame:
    """Actuals that measure a whole year (or a stock at a date), comparable to annual targets."""
    return rich[(rich["kind"] == "actual") & rich["period_kind"].isin(["year", "asof"])]


_TARGET_COLUMNS = (
    "obs_id", "park_id", "short_zh", "short_en", "metric_id", "metric_zh", "metric_en", "metric_unit", "metric_kind",
    "scope", "period", "period_text", "qualifier", "aspiration", "value_max", "unit", "news_id", "title", "outlet",
    "news_date", "url", "locator",
)  # fmt: skip
TRACK_COLUMNS = (
    *_TARGET_COLUMNS, "target_year", "target", "target_std", "baseline_obs", "baseline_std", "baseline_year",
    "required_growth", "latest_obs", "latest_std", "latest_year", "progress", "status",
)  # fmt: skip


def tracker(ds: Dataset, f: Filters) -> pd.DataFrame:
    """One row per target: baseline, target and year, required annual growth, latest actual, status.

    Status: ``achieved`` / ``missed`` once an actual for the target year exists; else ``ahead``,
    ``on-track`` or ``behind`` against the straight compound path from baseline to target (for
    growth-rate targets, the latest rate against the target rate); ``no-data`` without actuals.
    """
    obs = filter_observations(ds, f)
    all_rich = enrich(ds, ds.observations[ds.observations["park_id"].isin(set(obs["park_id"]) - {""})])
    actuals = _comparable_actuals(all_rich)
    targets = enrich(ds, obs[obs["kind"] == "target"])
    rows = []
    for tgt in targets.itertuples(index=False):
        same = actuals[
            (actuals["park_id"] == tgt.park_id) & (actuals["metric_id"] == tgt.metric_id) & (actuals["scope"] == tgt.scope)
        ]
        row = _track_one(tgt, same)
        rows.append(row)
    return pd.DataFrame(rows, columns=list(TRACK_COLUMNS))


def _track_one(tgt: object, actuals: pd.DataFrame) -> dict[str, object]:
    t_year = tgt.end_year if not pd.isna(tgt.end_year) else None  # type: ignore[attr-defined]
    row = {c: getattr(tgt, c) for c in _TARGET_COLUMNS}
    row.update(target_year=t_year, target=tgt.value, target_std=tgt.value_std)  # type: ignore[attr-defined]
    set_year = int(str(tgt.news_date)[:4]) if isinstance(tgt.news_date, str) and tgt.news_date else None  # type: ignore[attr-defined]
    # the baseline: the latest comparable actual from before the year the target was announced
    base = actuals[actuals["end_year"] < (set_year or PLAN_START)].sort_values("end_year").tail(1)
    after = actuals if base.empty else actuals[actuals["end_year"] > int(base["end_year"].iloc[0])]
    if t_year is not None:
        after = after[after["end_year"] <= t_year]
    latest = after.sort_values("end_year").tail(1)
    row.update(
        baseline_obs=None,
        baseline_std=math.nan,
        baseline_year=None,
        required_growth=math.nan,
        latest_obs=None,
        latest_std=math.nan,
        latest_year=None,
        progress=math.nan,
        status="no-data",
    )
    growth_metric = tgt.metric_kind in ("growth", "share")  # type: ignore[attr-defined]
    if not base.empty:
        b = base.iloc[0]
        row.update(baseline_obs=b["obs_id"], baseline_std=float(b["value_std"]), baseline_year=int(b["end_year"]))
        if not growth_metric and t_year is not None and t_year > row["baseline_year"] and b["value_std"] > 0:
            row["required_growth"] = (tgt.value_std / b["value_std"]) ** (1 / (t_year - row["baseline_year"])) - 1  # type: ignore[attr-defined]
    if latest.empty:
        return row
    a = latest.iloc[0]
    row.update(latest_obs=a["obs_id"], latest_std=float(a["value_std"]), latest_year=int(a["end_year"]))
    sign = -1 if tgt.better == "down" else 1  # type: ignore[attr-defined]
    if growth_metric:
        row["status"] = _compare(sign * a["value_std"], sign * tgt.value_std, done=t_year == row["latest_year"])  # type: ignore[attr-defined]
        return row
    if tgt.value_std:  # type: ignore[attr-defined]
        row["progress"] = a["value_std"] / tgt.value_std  # type: ignore[attr-defined]
    if t_year is not None and row["latest_year"] >= t_year:
        row["status"] = "achieved" if sign * a["value_std"] >= sign * tgt.value_std else "missed"  # type: ignore[attr-defined]
    elif not math.isnan(row["required_growth"]):
        expected = row["baseline_std"] * (1 + row["required_growth"]) ** (row["latest_year"] - row["baseline_year"])
        row["status"] = _compare(sign * a["value_std"], sign * expected, done=False)
    return row


def _compare(actual: float, expected: float, done: bool) -> str:
    if done:
        return "achieved" if actual >= expected else "missed"
    if actual >= expected * 1.1 if expected > 0 else actual > expected:
        return "ahead"
    return "on-track" if actual >= expected else "behind"


def matrix_sources(ds: Dataset, matrix: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The statements behind a matrix: one row per park, stated industry and source news item."""
    from parkdash import i18n

    if matrix.empty:
        return pd.DataFrame(columns=["outlet", "news_date", "title", "title_note", "url", "locator", "period"])
    pairs = {(p, i) for p, via in zip(matrix["park_id"], matrix["via"], strict=True) for i in split_ids(via)}
    pi = ds.park_industries[
        [(p, i) in pairs for p, i in zip(ds.park_industries["park_id"], ds.park_industries["industry_id"], strict=True)]
    ]
    rows = (
        pi.merge(ds.parks[["park_id", "short_zh", "short_en"]], on="park_id")
        .merge(ds.industries[["industry_id", "name_zh", "name_en"]], on="industry_id")
        .merge(ds.news[["news_id", "outlet", "date", "title", "title_note", "url"]], on="news_id")
    )
    park = rows["short_en"] if lang == "en" else rows["short_zh"]
    ind = rows["name_en"] if lang == "en" else rows["name_zh"]
    rows["locator"] = park + " · " + ind + " · " + [i18n.label("role", r, lang) for r in rows["role"]]
    rows["period"] = rows["valid_from"].fillna("")
    return rows.rename(columns={"date": "news_date"})


def stack(frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Frames one under the other (empty frame for none)."""
    frames = list(frames)
    return pd.concat(frames) if frames else pd.DataFrame()


def worth_a_chart(series: pd.DataFrame) -> bool:
    """A metric earns a chart when it has two or more figures of a park; single figures go to a table."""
    return len(series) >= 2


def park_facts(ds: Dataset, park_id: str, lang: str) -> list[tuple[str, str, str]]:
    """(label, value, note) for the facts of a park: level, founding, approval, area, district, location."""
    from parkdash import i18n

    p = ds.parks.set_index("park_id").loc[park_id]

    def text(v: object) -> str:
        return v if isinstance(v, str) and v else "–"

    level_note = (
        ""
        if p["level_basis"] == "stated"
        else ("级别为推断，见备注。" if lang == "zh" else "Level inferred from sources; see note.")
    )
    area = "–" if pd.isna(p["area_km2"]) else f"{i18n.number(float(p['area_km2']), lang)} km²"
    precision = i18n.t("within_km", lang, km=i18n.number(float(p["coord_precision_km"]), lang))
    return [
        (
            i18n.t("level", lang),
            i18n.label("level", p["level"], lang),
            " ".join(x for x in (level_note, text(p["note"]) if p["note"] else "") if x),
        ),
        (i18n.t("founded", lang), text(p["founded"]), text(p["founded_note"]) if p["founded_note"] else ""),
        (i18n.t("approved", lang), text(p["approved"]), text(p["approved_note"]) if p["approved_note"] else ""),
        (i18n.t("area", lang), area, " ".join(x for x in (p["area_kind"] or "", p["area_note"] or "") if x)),
        (
            i18n.t("county", lang),
            text(p["county_en"] if lang == "en" else p["county_zh"]),
            text(p["address_zh"]) if p["address_zh"] else "",
        ),
        (i18n.t("precision", lang), precision, f"{p['coord_method']} ({p['lat']:.4f}, {p['lon']:.4f})"),
    ]


def park_industry_rows(ds: Dataset, park_id: str, lang: str) -> pd.DataFrame:
    """A park's stated industries with role and source, shaped for the sources table."""
    pi = ds.park_industries[ds.park_industries["park_id"] == park_id]
    matrix = pi.assign(via=pi["industry_id"])[["park_id", "via"]]
    return matrix_sources(ds, matrix, lang)


def latest_by_park(ds: Dataset, metric_id: str, f: Filters) -> pd.DataFrame:
    """Per park, its latest actual of a metric within the filters (the figure a map or card shows)."""
    obs = filter_observations(ds, f)
    obs = obs[(obs["metric_id"] == metric_id) & (obs["kind"] == "actual") & (obs["park_id"] != "")]
    if obs.empty:
        return enrich(ds, obs)
    rich = enrich(ds, obs).sort_values(["end_year", "obs_id"])
    return rich.groupby("park_id", sort=False).tail(1)


def mapped_metrics(ds: Dataset) -> list[str]:
    """Metrics with an actual for at least one park: the choices for sizing the map."""
    obs = ds.observations
    has = obs[(obs["kind"] == "actual") & (obs["park_id"] != "")]
    counts = has.groupby("metric_id")["park_id"].nunique().sort_values(ascending=False)
    return list(counts.index)


def data_table(ds: Dataset, name: str, f: Filters) -> pd.DataFrame:
    """A table of the data set narrowed by the shared filters (parks, industries, years)."""
    if name == "observations":
        return filter_observations(ds, f)[
            [c for c in ds.observations.columns if c not in ("period_kind", "start_year", "end_year")]
        ]
    if name == "news":
        return filter_news(ds, f).drop(columns=["year"])
    if name == "parks":
        return ds.parks if not f.parks else ds.parks[ds.parks["park_id"].isin(f.parks)]
    if name == "park_industries":
        pi = ds.park_industries
        if f.parks:
            pi = pi[pi["park_id"].isin(f.parks)]
        if f.inds:
            pi = pi[pi["industry_id"].isin(industry_family(ds, f.inds))]
        return pi
    if name == "industries":
        return ds.industries if not f.inds else ds.industries[ds.industries["industry_id"].isin(industry_family(ds, f.inds))]
    return ds.metrics


def busiest_industry(ds: Dataset, framework: str = "hunan-332") -> str:
    """The framework item that the most parks target (the industry page opens on it)."""
    matrix = industry_matrix(ds, framework)
    if matrix.empty:
        return str(ds.industries["industry_id"].iloc[0])
    counts = matrix.groupby("industry_id").size()
    order = {i: n for n, i in enumerate(ds.industries["industry_id"])}
    return max(counts.index, key=lambda i: (counts[i], -order[i]))
