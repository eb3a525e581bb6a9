"""Pure transforms of a :class:`~parkdash.load.Dataset` into the tables the views show.

No Streamlit here: every function takes frames and plain values and returns new frames.

Speed at scale: whatever depends on the data set alone (row positions of the observations by
park, news item and metric; the news items by park and industry; the headline per park; the
park × industry matrices; the five-year tracker) is built once per data set through
:meth:`Dataset.derived`, by :func:`warm`. What depends on the filters works on integer arrays over
those indexes, and only the rows a view shows become frames (``*_rows`` give positions, ``*_frame``
the rows).

To keep the indexes small at national scale: positions are 32-bit; values stay as published and
are converted into their metric's unit when they are taken (``_ObsIndex.std``: a unit code per row,
factors per unit and metric; no converted column is kept); the news items' word-search text is
built on the first search, not by :func:`warm`.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd

from parkdash import vocab
from parkdash.links import DEFAULT_FROM, DEFAULT_TO
from parkdash.load import Dataset, split_ids
from parkdash.periods import parse_period
from parkdash.validate import release_memory

ROLE_RANK = {"lead": 0, "specialty": 1, "cluster": 2, "auxiliary": 3, "focus": 4}
LEVEL_KINDS = ("level", "count", "area", "other")
PLAN_START, PLAN_END = 2021, 2025
STATUSES = ("ahead", "on-track", "behind", "achieved", "missed", "no-data")
_NO_YEAR = -1  # end year of rows without one (``open`` periods)


@dataclass(frozen=True)
class Filters:
    parks: tuple[str, ...] = ()
    inds: tuple[str, ...] = ()
    year_from: int = DEFAULT_FROM
    year_to: int = DEFAULT_TO


# ---------------------------------------------------------------- indexes (built once per data set)


@dataclass(frozen=True)
class _Groups:
    """Row positions grouped by an integer code: the rows of code ``c`` are ``order[starts[c]:starts[c + 1]]``."""

    order: np.ndarray
    starts: np.ndarray

    @classmethod
    def of(cls, codes: np.ndarray, n: int) -> _Groups:
        order = np.argsort(codes, kind="stable")  # ascending positions within a code
        return cls(order.astype(np.int32), np.searchsorted(codes[order], np.arange(n + 1)))  # int32: half the memory

    def rows(self, code: int) -> np.ndarray:
        return self.order[self.starts[code] : self.starts[code + 1]]

    def rows_of(self, codes: Iterable[int]) -> np.ndarray:
        parts = [self.rows(c) for c in codes]
        return np.sort(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)


@dataclass(frozen=True)
class _ObsIndex:
    park: np.ndarray  # code into ds.parks, -1 for city-wide rows
    news: np.ndarray  # code into ds.news
    metric: np.ndarray  # code into ds.metrics
    end: np.ndarray  # end year, _NO_YEAR when none
    target: np.ndarray
    actual: np.ndarray
    open: np.ndarray
    comparable: np.ndarray  # actuals of a whole year or a stock at a date (comparable to annual targets)
    partial: np.ndarray  # actuals of part of a year (a quarter, a half, the first months)
    units: _Units  # to convert a row's value into its metric's unit (see std)
    years: np.ndarray  # year class of each row (see _year_class), to filter by years with one lookup
    first_year: int
    by_park: _Groups
    by_news: _Groups
    by_metric: _Groups

    def std(self, values: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """``values`` (of the rows at ``rows``, all rows when None) converted into their metric's unit."""
        return self.units.convert(
            values, self.units.unit if rows is None else self.units.unit[rows], self.metric if rows is None else self.metric[rows]
        )


_KEYS = {"parks": "park_id", "news": "news_id", "metrics": "metric_id", "industries": "industry_id"}


def _keys(ds: Dataset, table: str) -> pd.Index:
    """The ids of a table as an index (its hash table is built once)."""
    return ds.derived(f"keys:{table}", lambda: pd.Index(ds.table(table)[_KEYS[table]].to_numpy(dtype=object), dtype=object))


def _codes(values: Iterable[str] | pd.Series | np.ndarray, keys: pd.Index) -> np.ndarray:
    """The position of each value among the keys, -1 when it is not one of them.

    Plain object arrays throughout: pandas 3 would otherwise turn the strings into Arrow strings first.
    """
    values = values if isinstance(values, (pd.Series, np.ndarray)) else list(values)
    return keys.get_indexer(pd.Index(np.asarray(values, dtype=object), dtype=object)).astype(np.int32)


def _is(column: pd.Series, value: str) -> np.ndarray:
    """``column == value`` as a flag per row; a categorical is compared by its codes (no string per row)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        categories = list(column.cat.categories)
        return column.cat.codes.to_numpy() == (categories.index(value) if value in categories else -2)
    return column.to_numpy(dtype=object) == value


@dataclass(frozen=True)
class _Coded:
    """A categorical column as its codes and its categories (plain strings, NaN appended for code -1)."""

    codes: np.ndarray
    categories: np.ndarray


def _take(values: object, rows: np.ndarray) -> object:
    """Rows of a column array (see :func:`_obs_arrays`); text (categorical, Arrow) as plain object strings."""
    if isinstance(values, np.ndarray):
        return values[rows]
    if isinstance(values, _Coded):
        return values.categories[values.codes[rows]]
    taken = values.take(rows)  # type: ignore[attr-defined]
    if isinstance(taken.dtype, (pd.CategoricalDtype, pd.StringDtype)):
        return np.asarray(taken, dtype=object)
    return taken


_FACTOR = {u: f for u, (_, f) in vocab.UNITS.items()}
_DIMENSION = {u: d for u, (d, _) in vocab.UNITS.items()}


def _unit_columns(units: pd.Series | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(factor to the dimension's base unit, dimension) of each unit; NaN and None for an unknown unit."""
    codes, uniques = pd.factorize(np.asarray(units, dtype=object))
    factor = np.array([_FACTOR.get(u, math.nan) for u in uniques] + [math.nan], dtype=float)
    dimension = np.array([_DIMENSION.get(u) for u in uniques] + [None], dtype=object)
    return factor[codes], dimension[codes]


def _to_metric_unit(values: pd.Series | np.ndarray, units: pd.Series, metric_units: pd.Series | np.ndarray) -> np.ndarray:
    """``vocab.convert`` for whole columns: NaN where a unit is unknown or of another dimension."""
    f_from, d_from = _unit_columns(units)
    f_to, d_to = _unit_columns(metric_units)
    with np.errstate(invalid="ignore"):
        out = np.asarray(values, dtype=float) * f_from / f_to
    return np.where((d_from == d_to) & (d_from != None), out, math.nan)  # noqa: E711 - elementwise


@dataclass(frozen=True)
class _Units:
    """``vocab.convert`` for rows: each row's unit as a code, factors and dimensions per unit and per
    metric (the last entry of each for code -1: unknown). No converted value is kept per row."""

    unit: np.ndarray  # code of each row's unit as published
    unit_factor: np.ndarray
    unit_dim: np.ndarray
    metric_factor: np.ndarray
    metric_dim: np.ndarray

    @classmethod
    def of(cls, ds: Dataset) -> _Units:
        column = ds.observations["unit"]
        if isinstance(column.dtype, pd.CategoricalDtype):  # the loader's codes, no copy
            unit, uniques = column.cat.codes.to_numpy(), list(column.cat.categories)
        else:
            codes, found = pd.factorize(column)
            unit, uniques = codes.astype(np.int16), list(found)
        dims = {d: n for n, d in enumerate(dict.fromkeys(_DIMENSION.values()))}
        metric_units = list(ds.metrics["unit"].to_numpy(dtype=object))
        return cls(
            unit=unit,
            unit_factor=np.array([_FACTOR.get(u, math.nan) for u in uniques] + [math.nan]),
            unit_dim=np.array([dims.get(_DIMENSION.get(u), -1) for u in uniques] + [-1]),
            metric_factor=np.array([_FACTOR.get(u, math.nan) for u in metric_units] + [math.nan]),
            metric_dim=np.array([dims.get(_DIMENSION.get(u), -2) for u in metric_units] + [-2]),
        )

    def convert(self, values: np.ndarray, unit: np.ndarray, metric: np.ndarray) -> np.ndarray:
        """NaN where a unit is unknown or of another dimension than the metric's."""
        with np.errstate(invalid="ignore"):
            out = np.asarray(values, dtype=float) * self.unit_factor[unit] / self.metric_factor[metric]
        return np.where(self.unit_dim[unit] == self.metric_dim[metric], out, math.nan)


def _year_class(end: np.ndarray, target: np.ndarray, open_: np.ndarray, first_year: int) -> np.ndarray:
    """0 for ``open`` rows, 1 for other rows without a year, else 2 + 2 × (year - first year) + (1 for a target)."""
    cls = np.where(end == _NO_YEAR, 1, 2 + 2 * (end - first_year) + target).astype(np.int32)
    return np.where(open_, 0, cls).astype(np.int32)


def _years_kept(ix: _ObsIndex, f: Filters) -> np.ndarray:
    """Per year class: whether its rows are within the years (see :func:`observation_rows`)."""
    n = int(ix.years.max()) + 1 if len(ix.years) else 2
    year = ix.first_year + (np.arange(n) - 2) // 2
    target = (np.arange(n) - 2) % 2 == 1
    keep = ((year >= f.year_from) & (year <= f.year_to)) | (target & (year > f.year_to))
    keep[:2] = (True, False)
    return keep


def _obs_index(ds: Dataset) -> _ObsIndex:
    def build() -> _ObsIndex:
        obs = ds.observations
        park = _codes(obs["park_id"], _keys(ds, "parks"))
        news = _codes(obs["news_id"], _keys(ds, "news"))
        metric = _codes(obs["metric_id"], _keys(ds, "metrics"))
        target, actual = _is(obs["kind"], "target"), _is(obs["kind"], "actual")
        open_ = _is(obs["period_kind"], "open")
        comparable = actual & (_is(obs["period_kind"], "year") | _is(obs["period_kind"], "asof"))
        partial = actual & (_is(obs["period_kind"], "quarter") | _is(obs["period_kind"], "half") | _is(obs["period_kind"], "ytd"))
        end = obs["end_year"].fillna(_NO_YEAR).to_numpy(dtype=np.int32)
        first_year = int(end[end != _NO_YEAR].min()) if (end != _NO_YEAR).any() else 0
        return _ObsIndex(
            park=park,
            news=news,
            metric=metric,
            end=end,
            target=target,
            actual=actual,
            open=open_,
            comparable=comparable,
            partial=partial,
            units=_Units.of(ds),
            years=_year_class(end, target, open_, first_year),
            first_year=first_year,
            by_park=_Groups.of(park, len(ds.parks)),
            by_news=_Groups.of(news, len(ds.news)),
            by_metric=_Groups.of(metric, len(ds.metrics)),
        )

    return ds.derived("obs_index", build)


@dataclass(frozen=True)
class _NewsIndex:
    year: np.ndarray  # _NO_YEAR when undated
    by_date: np.ndarray  # positions, newest first, undated last
    park_pairs: tuple[np.ndarray, np.ndarray]  # (news position, park code) for every park a news item names
    ind_pairs: tuple[np.ndarray, np.ndarray]  # (news position, industry code)
    pairs_by_park: _Groups  # over park_pairs


def _explode(cells: pd.Series, keys: pd.Index) -> tuple[np.ndarray, np.ndarray]:
    """(row position, code) for each id of ``|``-separated cells that is one of ``keys``."""
    lists = [split_ids(c) for c in cells.to_numpy(dtype=object)]
    rows = np.repeat(np.arange(len(lists)), [len(x) for x in lists])
    codes = _codes(list(chain.from_iterable(lists)), keys)
    known = codes >= 0
    return rows[known], codes[known]


def _news_index(ds: Dataset) -> _NewsIndex:
    def build() -> _NewsIndex:
        news = ds.news
        park_pairs = _explode(news["park_ids"], _keys(ds, "parks"))
        dates = pd.factorize(news["date"].fillna("").to_numpy(dtype=object), sort=True)[0]
        by_date = np.argsort(-dates, kind="stable")  # newest first, undated ("") last, ties in file order
        return _NewsIndex(
            year=news["year"].fillna(_NO_YEAR).to_numpy(dtype=np.int32),
            by_date=by_date,
            park_pairs=park_pairs,
            ind_pairs=_explode(news["industry_ids"], _keys(ds, "industries")),
            pairs_by_park=_Groups.of(park_pairs[1], len(ds.parks)),
        )

    return ds.derived("news_index", build)


_PARK_COLUMNS = {"short_zh": "short_zh", "short_en": "short_en"}
_METRIC_COLUMNS = {
    "name_zh": "metric_zh",
    "name_en": "metric_en",
    "unit": "metric_unit",
    "kind": "metric_kind",
    "better": "better",
}
_NEWS_COLUMNS = {
    "title": "title", "title_note": "title_note", "outlet": "outlet", "date": "news_date", "url": "url", "reliability": "reliability",
}  # fmt: skip
_INDUSTRY_COLUMNS = {"name_zh": "name_zh", "name_en": "name_en"}


def _lookup(ds: Dataset, table: str) -> dict[str, np.ndarray]:
    """Columns of a table as object arrays by row code, with NaN appended for code -1 (not found)."""
    columns = {"parks": _PARK_COLUMNS, "metrics": _METRIC_COLUMNS, "news": _NEWS_COLUMNS, "industries": _INDUSTRY_COLUMNS}[table]

    def build() -> dict[str, np.ndarray]:
        frame = ds.table(table)
        return {new: np.append(frame[old].to_numpy(dtype=object), math.nan) for old, new in columns.items()}

    return ds.derived(f"lookup:{table}", build)


def _columns_of(ds: Dataset, table: str, codes: np.ndarray) -> dict[str, np.ndarray]:
    return {c: values[codes] for c, values in _lookup(ds, table).items()}


def warm(ds: Dataset) -> None:
    """Build the per-data-set indexes every page needs now, so that no later page view pays for one
    (a no-op once done). The news items' word-search text is left to the first search.

    Right after loading is the place for it; each page calls it too, so the first page after a
    restart builds them all (at the real data's size ~0.05 s; at national scale ~6 s).
    """

    def build() -> bool:
        _obs_index(ds)
        _obs_arrays(ds)
        _news_index(ds)
        for table in ("parks", "metrics", "news", "industries"):
            _lookup(ds, table)
        _headline_all(ds)
        _tracker_core(ds)
        for framework in ("hunan-332", "zhuzhou-332"):
            _matrix_all(ds, framework)
            busiest_industry(ds, framework)
        mapped_metrics(ds)
        observation_counts(ds, Filters())
        year_span(ds)
        release_memory()  # the temporaries of the builds, given back (at national scale ~300 MB)
        return True

    ds.derived("warm", build)


# ---------------------------------------------------------------- industries


def _children(ds: Dataset) -> dict[str, set[str]]:
    def build() -> dict[str, set[str]]:
        children: dict[str, set[str]] = {}
        for industry_id, parents in zip(ds.industries["industry_id"], ds.industries["parent_ids"], strict=True):
            for parent in split_ids(parents):
                children.setdefault(parent, set()).add(industry_id)
        return children

    return ds.derived("industry_children", build)


def industry_family(ds: Dataset, industry_ids: Iterable[str]) -> set[str]:
    """The industries and every industry filed under them (children through ``parent_ids``)."""
    children = _children(ds)
    found = set(industry_ids)
    todo = list(found)
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _news_mask_for_industries(ds: Dataset, inds: Sequence[str]) -> np.ndarray:
    """A flag per news item: tagged with one of the industries or one filed under them."""
    family = np.zeros(len(ds.industries), dtype=bool)
    codes = _codes(sorted(industry_family(ds, inds)), _keys(ds, "industries"))
    family[codes[codes >= 0]] = True
    rows, ind = _news_index(ds).ind_pairs
    mask = np.zeros(len(ds.news), dtype=bool)
    mask[rows[family[ind]]] = True
    return mask


# ---------------------------------------------------------------- observations


def _park_codes(ds: Dataset, parks: Iterable[str]) -> np.ndarray:
    codes = _codes(list(dict.fromkeys(parks)), _keys(ds, "parks"))
    return codes[codes >= 0]


def observation_rows(ds: Dataset, f: Filters, metric_id: str | None = None) -> np.ndarray:
    """Positions (ascending) of the observations for the chosen parks (city-wide rows only when no
    park is chosen), industries and years, optionally of one metric.

    A row is in the years when it ends within them; ``open`` rows always are, and so are targets
    set for a year after them.
    """
    ix = _obs_index(ds)
    pos: np.ndarray | None = None
    if f.parks:
        pos = ix.by_park.rows_of(_park_codes(ds, f.parks))
    if metric_id is not None:
        code = _codes([metric_id], _keys(ds, "metrics"))[0]
        if code < 0:
            return np.empty(0, dtype=np.int64)
        pos = ix.by_metric.rows(code) if pos is None else pos[ix.metric[pos] == code]
    keep = _years_kept(ix, f)[ix.years if pos is None else ix.years[pos]]
    if f.inds:
        news_ok = np.append(_news_mask_for_industries(ds, f.inds), False)  # code -1 (unknown news) -> False
        keep &= news_ok[ix.news if pos is None else ix.news[pos]]
    return np.flatnonzero(keep) if pos is None else pos[keep]


def filter_observations(ds: Dataset, f: Filters) -> pd.DataFrame:
    """Observations for the chosen parks (city-wide rows only when no park is chosen), industries and years."""
    return ds.observations.iloc[observation_rows(ds, f)]


def observation_counts(ds: Dataset, f: Filters) -> tuple[int, int]:
    """(figures, targets) within the filters: figures are actuals and forecasts."""
    ix = _obs_index(ds)
    if not f.parks and not f.inds:  # counted per year class, once per data set
        n = len(_years_kept(ix, f))
        rows, targets = ds.derived(
            "year_class_counts", lambda: (np.bincount(ix.years, minlength=n), np.bincount(ix.years[ix.target], minlength=n))
        )
        kept = _years_kept(ix, f)
        return int(rows[kept].sum() - targets[kept].sum()), int(targets[kept].sum())
    rows = observation_rows(ds, f)
    targets = int(ix.target[rows].sum())
    return len(rows) - targets, targets


def year_span(ds: Dataset) -> tuple[int, int] | None:
    """The first and last year the observations end in (None without any), found once per data set."""

    def build() -> tuple[int, int] | None:
        end = _obs_index(ds).end
        years = end[end != _NO_YEAR]
        return (int(years.min()), int(years.max())) if len(years) else None

    return ds.derived("year_span", build)


def enrich(ds: Dataset, obs: pd.DataFrame) -> pd.DataFrame:
    """Observations with park, metric and news columns, and ``value_std`` in the metric's unit."""
    ix = _obs_index(ds)
    pos = ds.observations.index.get_indexer(obs.index)
    if len(pos) and ((pos < 0).any() or (_take(_obs_arrays(ds)["obs_id"], pos) != np.asarray(obs["obs_id"], dtype=object)).any()):
        pos = None  # not rows of this data set as they are: look every id up
    if pos is None:
        park, metric = _codes(obs["park_id"], _keys(ds, "parks")), _codes(obs["metric_id"], _keys(ds, "metrics"))
        news = _codes(obs["news_id"], _keys(ds, "news"))
    else:
        park, metric, news = ix.park[pos], ix.metric[pos], ix.news[pos]
    text = {
        **_columns_of(ds, "parks", park),
        **_columns_of(ds, "metrics", metric),
        **_columns_of(ds, "news", news),
    }
    extra = pd.DataFrame(text, index=obs.index, dtype=object)
    if pos is None:
        extra["value_std"] = _to_metric_unit(obs["value"], obs["unit"], text["metric_unit"])
        extra["value_max_std"] = _to_metric_unit(obs["value_max"], obs["unit"], text["metric_unit"])
    else:
        extra["value_std"] = ix.std(obs["value"].to_numpy(dtype=float), pos)
        extra["value_max_std"] = ix.std(obs["value_max"].to_numpy(dtype=float), pos)
    return pd.concat([obs, extra], axis=1)


def _frame(columns: dict[str, object], index: pd.Index | None = None) -> pd.DataFrame:
    """A frame of these arrays, text kept as plain object strings.

    pandas 3 would turn every object array of text into Arrow strings on the way in, which costs
    more than the rest of building a small frame; the data set keeps object strings throughout.
    """
    frame = pd.DataFrame(
        {
            name: pd.Series(values, index=index, dtype=object, copy=False)
            if isinstance(values, np.ndarray) and values.dtype == object
            else values
            for name, values in columns.items()
        },
        index=index,
    )
    frame.columns = pd.Index(list(columns), dtype=object)  # plain names: every column lookup reads them
    return frame


def _obs_arrays(ds: Dataset) -> dict[str, object]:
    """The observations' columns as arrays (no copies), to take rows from without building frames."""

    def plain(a: object) -> object:
        if isinstance(a, pd.arrays.NumpyExtensionArray):
            return a.to_numpy()
        if isinstance(a, pd.Categorical):
            return _Coded(a.codes, np.append(np.asarray(a.categories, dtype=object), math.nan))
        return a

    return ds.derived("obs_arrays", lambda: {c: plain(ds.observations[c].array) for c in ds.observations.columns})


def _enriched_columns(ds: Dataset, rows: np.ndarray) -> dict[str, object]:
    ix = _obs_index(ds)
    columns: dict[str, object] = {c: _take(values, rows) for c, values in _obs_arrays(ds).items()}
    columns.update(_columns_of(ds, "parks", ix.park[rows]))
    columns.update(_columns_of(ds, "metrics", ix.metric[rows]))
    columns.update(_columns_of(ds, "news", ix.news[rows]))
    columns["value_std"] = ix.std(np.asarray(columns["value"], dtype=float), rows)
    columns["value_max_std"] = ix.std(np.asarray(columns["value_max"], dtype=float), rows)
    return columns


def enriched_rows(ds: Dataset, rows: np.ndarray) -> pd.DataFrame:
    """:func:`enrich` of the observations at these positions (built from arrays: quick for a few rows)."""
    return _frame(_enriched_columns(ds, rows), ds.observations.index[rows])


def park_metric_rows(ds: Dataset, park_id: str, f: Filters) -> dict[str, np.ndarray]:
    """Per metric, the positions of the park's observations within the filters; metrics with most figures first."""
    rows = observation_rows(ds, Filters((park_id,), f.inds, f.year_from, f.year_to))
    if not len(rows):
        return {}
    metric = _obs_index(ds).metric[rows]
    order = np.argsort(metric, kind="stable")
    codes, starts = np.unique(metric[order], return_index=True)
    ids = ds.metrics["metric_id"].to_numpy(dtype=object)
    groups = {ids[c] if c >= 0 else "": part for c, part in zip(codes, np.split(rows[order], starts[1:]), strict=True)}
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def _split(frame: pd.DataFrame, sizes: list[int], keys: list[str]) -> dict[str, pd.DataFrame]:
    bounds = np.cumsum([0, *sizes])
    return {k: frame.iloc[a:b] for k, a, b in zip(keys, bounds[:-1], bounds[1:], strict=True)}


def enriched_groups(ds: Dataset, groups: dict[str, np.ndarray]) -> dict[str, pd.DataFrame]:
    """:func:`enriched_rows` of several groups of rows, built as one frame: a frame costs about the
    same for 20 rows as for 300, so a page of charts builds one, not one per chart."""
    if not groups:
        return {}
    frame = enriched_rows(ds, np.concatenate(list(groups.values())))
    return _split(frame, [len(r) for r in groups.values()], list(groups))


def park_metric_series(ds: Dataset, park_id: str, f: Filters) -> dict[str, pd.DataFrame]:
    """Per metric, the park's observations (enriched), metrics with most figures first."""
    return {m: enriched_rows(ds, rows) for m, rows in park_metric_rows(ds, park_id, f).items()}


# ---------------------------------------------------------------- overview


def _headline_all(ds: Dataset) -> pd.DataFrame:
    def build() -> pd.DataFrame:
        ix, nx = _obs_index(ds), _news_index(ds)
        n_parks = len(ds.parks)
        on_park = ix.park >= 0
        targets = np.bincount(ix.park[on_park & ix.target], minlength=n_parks)
        figures = np.bincount(ix.park[on_park], minlength=n_parks) - targets
        # news items naming the park, or citing a figure of it
        n_news = max(len(ds.news), 1)
        cites = on_park & (ix.news >= 0)
        pair = np.concatenate(
            [
                nx.park_pairs[1].astype(np.int64) * n_news + nx.park_pairs[0],
                ix.park[cites].astype(np.int64) * n_news + ix.news[cites],
            ]
        )
        news = np.bincount(np.unique(pair) // n_news, minlength=n_parks)[:n_parks]
        pi = ds.park_industries[ds.park_industries["role"].isin(["lead", "specialty"])]
        names = _columns_of(ds, "industries", _codes(pi["industry_id"], _keys(ds, "industries")))
        stated: dict[str, dict[str, tuple[int, int, str, str]]] = {}  # park -> industry -> (rank, order, zh, en)
        rows = zip(pi["park_id"], pi["industry_id"], pi["role"], names["name_zh"], names["name_en"], strict=True)
        for n, (park_id, industry_id, role, zh, en) in enumerate(rows):
            mine = stated.setdefault(park_id, {})
            if isinstance(zh, str) and (industry_id not in mine or ROLE_RANK[role] < mine[industry_id][0]):
                mine[industry_id] = (ROLE_RANK[role], n, zh, en)  # the strongest role (then the first) of each industry
        leads = {p: sorted(v.values()) for p, v in stated.items()}  # by role, then as stated
        p = ds.parks
        return _frame(
            {
                "park_id": p["park_id"].to_numpy(dtype=object),
                "short_zh": p["short_zh"].to_numpy(dtype=object),
                "short_en": p["short_en"].to_numpy(dtype=object),
                "level": p["level"].to_numpy(dtype=object),
                "founded": p["founded"].to_numpy(dtype=object),
                "lead_zh": np.array(["、".join(x[2] for x in leads.get(k, ())) for k in p["park_id"]], dtype=object),
                "lead_en": np.array([", ".join(x[3] for x in leads.get(k, ())) for k in p["park_id"]], dtype=object),
                "n_figures": figures.astype(np.int64),
                "n_targets": targets.astype(np.int64),
                "n_news": news.astype(np.int64),
            }
        )

    return ds.derived("headline", build)


def headline(ds: Dataset, parks: Sequence[str] = ()) -> pd.DataFrame:
    """One row per park: facts, lead industries, counts of figures, targets and news."""
    head = _headline_all(ds)
    if not parks:
        return head
    return head[head["park_id"].isin(parks)].reset_index(drop=True)


def top_parks(head: pd.DataFrame, n: int, by: str = "n_figures") -> pd.DataFrame:
    """The ``n`` parks with the highest ``by`` (ties: first in parks.csv), kept in parks.csv order."""
    if len(head) <= n:
        return head
    keep = np.sort(np.argsort(-head[by].to_numpy(), kind="stable")[:n])
    return head.iloc[keep]


def top_and_rest(head: pd.DataFrame, n: int, by: str, counts: Sequence[str]) -> tuple[pd.DataFrame, int, dict[str, int]]:
    """The ``n`` parks with the highest ``by`` (see :func:`top_parks`); how many others there are and
    the sums of their ``counts`` (for a note: one bar of them all would dwarf every park's)."""
    top = top_parks(head, n, by)
    rest = head[~head["park_id"].isin(top["park_id"])]
    return top, len(rest), {c: int(rest[c].sum()) for c in counts}


def matrix_parks(ds: Dataset, framework: str, parks: Sequence[str], limit: int) -> tuple[pd.DataFrame, int]:
    """The rows of a park × framework matrix: the chosen parks (all when none), at most ``limit`` of
    them (those with the most items of the framework, in parks.csv order); and how many parks there were."""
    pos = np.arange(len(ds.parks)) if not parks else np.flatnonzero(ds.parks["park_id"].isin(parks).to_numpy())
    if len(pos) <= limit:
        return ds.parks.iloc[pos], len(pos)

    def count() -> np.ndarray:
        codes = _codes(_matrix_all(ds, framework)["park_id"], _keys(ds, "parks"))
        return np.bincount(codes[codes >= 0], minlength=len(ds.parks))

    items = ds.derived(f"matrix_counts:{framework}", count)[pos]
    keep = np.sort(np.argsort(-items, kind="stable")[:limit])
    return ds.parks.iloc[pos[keep]], len(pos)


def _matrix_all(ds: Dataset, framework: str) -> pd.DataFrame:
    def build() -> pd.DataFrame:
        columns = ["park_id", "industry_id", "role", "via", "news_ids"]
        items = ds.industries["industry_id"][ds.industries["framework"] == framework]
        pi = ds.park_industries
        cells: dict[tuple[str, str], tuple[str, set[str], set[str]]] = {}  # (park, item) -> best role, via, news
        for item_id in items:
            hits = pi[pi["industry_id"].isin(industry_family(ds, [item_id]))]
            for park_id, industry_id, role, news_id in zip(
                hits["park_id"], hits["industry_id"], hits["role"], hits["news_id"], strict=True
            ):
                best, via, news = cells.setdefault((park_id, item_id), (role, set(), set()))
                if ROLE_RANK[role] < ROLE_RANK[best]:
                    cells[(park_id, item_id)] = (role, via, news)
                via.add(industry_id)
                news.add(news_id)
        rows = [(p, i, role, "|".join(sorted(via)), "|".join(sorted(news))) for (p, i), (role, via, news) in cells.items()]
        return _frame({c: np.array([r[n] for r in rows], dtype=object) for n, c in enumerate(columns)})

    return ds.derived(f"matrix:{framework}", build)


def industry_matrix(ds: Dataset, framework: str, parks: Sequence[str] = ()) -> pd.DataFrame:
    """Park × framework item: the park's strongest role among its industries filed under the item.

    Columns: park_id, industry_id (the framework item), role, via (the park's own industry ids),
    news_ids. Only pairs with a role are listed.
    """
    matrix = _matrix_all(ds, framework)
    if not parks:
        return matrix
    return matrix[matrix["park_id"].isin(parks)].reset_index(drop=True)


# ---------------------------------------------------------------- industry view


def industry_parks(ds: Dataset, industry_id: str) -> pd.DataFrame:
    """Parks that state the industry or one filed under it, with role and source (built once per industry)."""
    return ds.derived(f"industry_parks:{industry_id}", lambda: _industry_parks(ds, industry_id))


def _industry_parks(ds: Dataset, industry_id: str) -> pd.DataFrame:
    family = industry_family(ds, [industry_id])
    pi = ds.park_industries[ds.park_industries["industry_id"].isin(family)]
    park, ind = _codes(pi["park_id"], _keys(ds, "parks")), _codes(pi["industry_id"], _keys(ds, "industries"))
    known = (park >= 0) & (ind >= 0)  # as inner merges with parks and industries
    columns = {c: pi[c].to_numpy()[known] for c in pi.columns}
    columns.update(_columns_of(ds, "parks", park[known]))
    columns.update(_columns_of(ds, "industries", ind[known]))
    out = _frame(columns)
    rank = out["role"].map(ROLE_RANK)
    order = np.lexsort((np.arange(len(out)), out["park_id"].to_numpy(dtype=object), rank.to_numpy()))
    return out.iloc[order]


# ---------------------------------------------------------------- news view


def news_rows(ds: Dataset, f: Filters, words: str = "") -> np.ndarray:
    """Positions of the news items concerning the chosen parks and industries, dated within the
    years (or undated), matching every word; newest first."""
    nx = _news_index(ds)
    keep = (nx.year == _NO_YEAR) | ((nx.year >= f.year_from) & (nx.year <= f.year_to))
    if f.parks:
        codes = _park_codes(ds, f.parks)
        mine = np.zeros(len(ds.news), dtype=bool)
        mine[nx.park_pairs[0][nx.pairs_by_park.rows_of(codes)]] = True  # the item names the park
        ix = _obs_index(ds)
        cited = ix.news[ix.by_park.rows_of(codes)]
        mine[cited[cited >= 0]] = True  # or cites a figure of it
        keep &= mine
    if f.inds:
        keep &= _news_mask_for_industries(ds, f.inds)
    rows = nx.by_date[keep[nx.by_date]]
    for word in words.split():
        w = word.casefold()
        text = _news_text(ds)[rows]
        rows = rows[pd.Series(text, dtype=object).str.contains(w, regex=False).to_numpy(dtype=bool)]
    return rows


def _news_text(ds: Dataset) -> np.ndarray:
    def build() -> np.ndarray:
        news = ds.news
        text = news["title"].fillna("") + " " + news["outlet"] + " " + news["summary_zh"] + " " + news["summary_en"]
        return text.str.casefold().to_numpy(dtype=object)

    return ds.derived("news_text", build)


def filter_news(ds: Dataset, f: Filters, words: str = "") -> pd.DataFrame:
    """News concerning the chosen parks and industries, dated within the years, matching the words."""
    return ds.news.iloc[news_rows(ds, f, words)]


def news_figure_rows(ds: Dataset, news_id: str) -> np.ndarray:
    """Positions of the figures a news item supports, in file order."""
    code = _codes([news_id], _keys(ds, "news"))[0]
    return np.empty(0, dtype=np.int64) if code < 0 else _obs_index(ds).by_news.rows(code)


def count_figures_of_news(ds: Dataset, news_id: str) -> int:
    return len(news_figure_rows(ds, news_id))


_LISTED = ("park_id", "period", "kind", "value", "unit", "qualifier", "value_max", "aspiration", "entity_reported", "locator")


def figure_records(ds: Dataset, rows: np.ndarray) -> list[dict[str, object]]:
    """The observations at these positions as plain records, for listing them line by line: their own
    fields (``_LISTED``) and the park's and metric's names (short_zh, short_en, metric_zh, metric_en).

    No frame is built: a news item's few figures take microseconds, not the milliseconds of a frame.
    """
    ix = _obs_index(ds)
    arrays = _obs_arrays(ds)
    columns = {c: _take(arrays[c], rows) for c in _LISTED}
    columns.update(_columns_of(ds, "parks", ix.park[rows]))
    columns.update({c: v for c, v in _columns_of(ds, "metrics", ix.metric[rows]).items() if c in ("metric_zh", "metric_en")})
    names = list(columns)
    return [dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)]


# ---------------------------------------------------------------- five-year targets


_TARGET_COLUMNS = (
    "obs_id", "park_id", "short_zh", "short_en", "metric_id", "metric_zh", "metric_en", "metric_unit", "metric_kind",
    "scope", "period", "period_text", "qualifier", "aspiration", "value_max", "unit", "news_id", "title", "outlet",
    "news_date", "url", "locator", "entity_reported",
)  # fmt: skip
TRACK_COLUMNS = (
    *_TARGET_COLUMNS, "target_year", "target", "target_std", "baseline_obs", "baseline_std", "baseline_year",
    "required_growth", "latest_obs", "latest_std", "latest_year", "latest_url", "progress", "status",
    "part_obs", "part_std", "part_period", "part_url",
)  # fmt: skip


@dataclass(frozen=True)
class _TrackerCore:
    """Per target (in the order of the observations): what the tracker works out for it."""

    pos: np.ndarray  # the target's observation position
    park: np.ndarray
    metric: np.ndarray
    base: np.ndarray  # position of the baseline actual, -1 for none
    latest: np.ndarray  # position of the latest actual, -1 for none
    part: np.ndarray  # position of an actual of part of a year later than the latest (2025H1), -1 for none
    required_growth: np.ndarray  # per year, from the latest actual (else the baseline) to the target year
    progress: np.ndarray
    status: np.ndarray  # index into STATUSES


def _compare_all(actual: np.ndarray, expected: np.ndarray, done: np.ndarray) -> np.ndarray:
    """:func:`_compare` for arrays, as status codes."""
    code = STATUSES.index
    ahead = np.where(expected > 0, actual >= expected * 1.1, actual > expected)
    going = np.where(ahead, code("ahead"), np.where(actual >= expected, code("on-track"), code("behind")))
    return np.where(done, np.where(actual >= expected, code("achieved"), code("missed")), going).astype(np.int8)


def _tracker_core(ds: Dataset) -> _TrackerCore:
    def build() -> _TrackerCore:
        ix, obs = _obs_index(ds), ds.observations
        scope = pd.factorize(obs["scope"])[0].astype(np.int64)
        n_scope = int(scope.max()) + 1 if len(scope) else 1
        key = (ix.park.astype(np.int64) * max(len(ds.metrics), 1) + ix.metric) * n_scope + scope
        # comparable actuals of parks, ordered by (park, metric, scope), year, then file order
        a = np.flatnonzero(ix.comparable & (ix.park >= 0) & (ix.end != _NO_YEAR))
        a = a[np.lexsort((a, ix.end[a], key[a]))]
        a_key, a_end = key[a], ix.end[a].astype(np.int64)
        a_ck = a_key * 10_000 + a_end
        t = np.flatnonzero(ix.target)
        t_key, t_end = key[t], ix.end[t].astype(np.int64)
        has_year = t_end != _NO_YEAR
        # the baseline: the latest comparable actual from before the year the target was announced
        news_year = pd.Series(ds.news["date"].fillna("").to_numpy(dtype=object), dtype=object).map(
            lambda d: int(d[:4]) if d else PLAN_START
        )
        set_year = np.append(news_year.to_numpy(dtype=np.int64), PLAN_START)[ix.news[t]]
        i = np.searchsorted(a_ck, t_key * 10_000 + set_year, side="left") - 1
        ok = (i >= 0) & (a_key[np.maximum(i, 0)] == t_key)
        base = np.where(ok, a[np.maximum(i, 0)], -1)
        base_end = np.where(ok, a_end[np.maximum(i, 0)], -1)
        # the latest actual after the baseline, up to the target's year
        j = np.searchsorted(a_ck, t_key * 10_000 + np.where(has_year, t_end, 9_999), side="right") - 1
        ok = (j >= 0) & (a_key[np.maximum(j, 0)] == t_key)
        ok &= (base < 0) | (a_end[np.maximum(j, 0)] > base_end)
        latest = np.where(ok, a[np.maximum(j, 0)], -1)
        latest_end = np.where(ok, a_end[np.maximum(j, 0)], -1)

        part = _latest_part(ds, ix, key, t_key, np.where(has_year, t_end, 9_999), latest_end)

        kinds = ds.metrics["kind"].to_numpy(dtype=object)
        growth = np.append((kinds == "growth") | (kinds == "share"), False)[ix.metric[t]]
        sign = np.append(np.where(ds.metrics["better"].to_numpy(dtype=object) == "down", -1.0, 1.0), 1.0)[ix.metric[t]]
        values = ds.observations["value"].to_numpy(dtype=float)
        t_std = ix.std(values[t], t)
        b_std = np.where(base >= 0, ix.std(values[np.maximum(base, 0)], np.maximum(base, 0)), math.nan)
        a_std = np.where(latest >= 0, ix.std(values[np.maximum(latest, 0)], np.maximum(latest, 0)), math.nan)
        has_base, has_latest = base >= 0, latest >= 0
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            # the plan's path: compound growth from the baseline to the target, against which status is judged
            years = (t_end - base_end).astype(float)
            grows = has_base & ~growth & has_year & (t_end > base_end) & (b_std > 0)
            path = np.where(grows, (t_std / b_std) ** (1 / years) - 1, math.nan)
            progress = np.where(has_latest & ~growth & (t_std != 0), a_std / t_std, math.nan)
            expected = b_std * (1 + path) ** (latest_end - base_end).astype(float)
            # what is still required: compound growth per year from the latest actual shown (the baseline
            # when no later one) to the target year; none once that year is reached
            from_std, from_end = np.where(has_latest, a_std, b_std), np.where(has_latest, latest_end, base_end)
            left = (t_end - from_end).astype(float)
            needs = (has_base | has_latest) & ~growth & has_year & (t_end > from_end) & (from_std > 0)
            required = np.where(needs, (t_std / from_std) ** (1 / left) - 1, math.nan)
        status = np.full(len(t), STATUSES.index("no-data"), dtype=np.int8)
        as_growth = has_latest & growth
        status[as_growth] = _compare_all(sign * a_std, sign * t_std, has_year & (t_end == latest_end))[as_growth]
        reached = has_latest & ~growth & has_year & (latest_end >= t_end)
        done = np.where(sign * a_std >= sign * t_std, STATUSES.index("achieved"), STATUSES.index("missed"))
        status[reached] = done[reached]
        on_path = has_latest & ~growth & ~reached & ~np.isnan(path)
        status[on_path] = _compare_all(sign * a_std, sign * expected, np.zeros(len(t), dtype=bool))[on_path]
        small = np.int32  # positions fit; half the memory of the defaults at national scale
        return _TrackerCore(
            t.astype(small),
            ix.park[t],
            ix.metric[t],
            base.astype(small),
            latest.astype(small),
            part.astype(small),
            required,
            progress,
            status,
        )

    return ds.derived("tracker_core", build)


def _latest_part(
    ds: Dataset, ix: _ObsIndex, key: np.ndarray, t_key: np.ndarray, t_end: np.ndarray, latest_end: np.ndarray
) -> np.ndarray:
    """Per target, the latest actual of part of a year (2025H1, 2025YTD05) of its park, metric and scope,
    up to its year and of a later year than its latest whole-year actual: progress told before the year
    is out, shown beside the target but not judged against it (a half-year is not the year). -1 for none."""
    p = np.flatnonzero(ix.partial & (ix.park >= 0) & (ix.end != _NO_YEAR))
    if not len(p):
        return np.full(len(t_key), -1, dtype=np.int64)
    parsed = [parse_period(str(x)) for x in _take(_obs_arrays(ds)["period"], p)]
    month = np.array([3 * q.part if q.kind == "quarter" else 6 * q.part if q.kind == "half" else q.part for q in parsed])
    order = key[p] * 1_000_000 + ix.end[p].astype(np.int64) * 100 + month  # by key, then year and month reached
    p, order = p[np.argsort(order, kind="stable")], np.sort(order, kind="stable")
    k = np.searchsorted(order, t_key * 1_000_000 + t_end.astype(np.int64) * 100 + 99, side="right") - 1
    ok = (k >= 0) & (key[p[np.maximum(k, 0)]] == t_key)
    ok &= ix.end[p[np.maximum(k, 0)]] > latest_end  # latest_end is -1 without a latest actual
    return np.where(ok, p[np.maximum(k, 0)], -1)


def tracker_rows(ds: Dataset, f: Filters, metric_id: str | None = None) -> np.ndarray:
    """Indexes into the tracker (one per target) of the targets within the filters, optionally of one metric."""
    ix, core = _obs_index(ds), _tracker_core(ds)
    if not f.parks and not f.inds:  # straight from the tracker's own arrays
        keep = _years_kept(ix, f)[ix.years[core.pos]]
        if metric_id is not None:
            keep &= core.metric == _codes([metric_id], _keys(ds, "metrics"))[0]
        return np.flatnonzero(keep)
    rows = observation_rows(ds, f, metric_id)
    return np.searchsorted(core.pos, rows[ix.target[rows]])


def tracker_metrics(ds: Dataset, rows: np.ndarray) -> list[str]:
    """The metrics of these tracker rows."""
    metric = _tracker_core(ds).metric[rows]
    counts = np.bincount(metric[metric >= 0], minlength=len(ds.metrics))
    return list(ds.metrics["metric_id"].to_numpy()[counts > 0])


def tracker_status_counts(ds: Dataset, rows: np.ndarray) -> pd.DataFrame:
    """Targets per park and status (park_id × STATUSES), parks in parks.csv order, only parks with targets."""
    core = _tracker_core(ds)
    park = core.park[rows].astype(np.int64)
    on_park = park >= 0
    n = len(ds.parks)
    counts = np.bincount(park[on_park] * len(STATUSES) + core.status[rows][on_park], minlength=n * len(STATUSES))
    counts = counts.reshape(n, len(STATUSES))
    some = counts.sum(axis=1) > 0
    columns = {c: ds.parks[c].to_numpy(dtype=object)[some] for c in ("park_id", "short_zh", "short_en")}
    return _frame({**columns, **{status: counts[some, k] for k, status in enumerate(STATUSES)}})


def tracker_frame(ds: Dataset, rows: np.ndarray) -> pd.DataFrame:
    """The tracker's rows (TRACK_COLUMNS) at these indexes."""
    core, ix = _tracker_core(ds), _obs_index(ds)
    obs_id, values = _obs_arrays(ds)["obs_id"], _obs_arrays(ds)["value"]
    rich = _enriched_columns(ds, core.pos[rows])
    out = {c: rich[c] for c in _TARGET_COLUMNS}
    out.update(target_year=rich["end_year"], target=rich["value"], target_std=rich["value_std"])
    urls, periods = _lookup(ds, "news")["url"], _obs_arrays(ds)["period"]
    shown = (("baseline", core.base[rows]), ("latest", core.latest[rows]), ("part", core.part[rows]))
    for name, pos in shown:  # the actuals shown beside each target (TRACK_COLUMNS keeps the columns it names)
        has, at = pos >= 0, np.maximum(pos, 0)
        years = pd.array(np.where(has, ix.end[pos], 0), dtype="Int64")
        years[~has] = pd.NA
        out.update(
            {
                f"{name}_obs": np.where(has, _take(obs_id, at), None),
                f"{name}_std": np.where(has, ix.std(values[at], at), math.nan),
                f"{name}_year": years,
                f"{name}_period": np.where(has, _take(periods, at), None),
                f"{name}_url": np.where(has, urls[ix.news[at]], None),  # the actual's own news item
            }
        )
    out["required_growth"] = core.required_growth[rows]
    out["progress"] = core.progress[rows]
    out["status"] = np.asarray(STATUSES, dtype=object)[core.status[rows]]
    return _frame({c: out[c] for c in TRACK_COLUMNS})


def tracker_sources(ds: Dataset, rows: np.ndarray) -> pd.DataFrame:
    """The figures behind these tracker rows, each with its news item: per target, the target, then the
    baseline, the latest actual and the latest part-year actual it shows (when there are). For a sources list that names every
    figure shown; an actual shown for several targets is listed once."""
    core = _tracker_core(ds)
    shown = np.stack([core.pos[rows], core.base[rows], core.latest[rows], core.part[rows]], axis=1).ravel()
    shown = shown[shown >= 0]
    _, first = np.unique(shown, return_index=True)
    return enriched_rows(ds, shown[np.sort(first)].astype(np.int64))


def tracker_by_metric(ds: Dataset, f: Filters, metric_ids: Sequence[str]) -> dict[str, pd.DataFrame]:
    """The tracker's rows within the filters for each of these metrics (built as one frame)."""
    if not metric_ids:
        return {}
    rows = tracker_rows(ds, f)
    metric = _tracker_core(ds).metric[rows]
    codes = _codes(metric_ids, _keys(ds, "metrics"))
    groups = [rows[metric == c] for c in codes]
    return _split(tracker_frame(ds, np.concatenate(groups)), [len(g) for g in groups], list(metric_ids))


def tracker(ds: Dataset, f: Filters) -> pd.DataFrame:
    """One row per target: baseline, target and year, required annual growth, latest actual, status.

    Required growth: the compound growth per year that takes the latest actual (the baseline when
    there is no later one) to the target in the target year; none for rates, without an actual, or
    once the target year is reached. Over one year it is simply the rise still needed in that year.
    Status: ``achieved`` / ``missed`` once an actual for the target year exists; else ``ahead``,
    ``on-track`` or ``behind`` against the straight compound path from baseline to target (for
    growth-rate targets, the latest rate against the target rate); ``no-data`` without actuals.
    The baseline is the latest comparable actual (a whole year, or a stock at a date) of the same
    park, metric and scope from before the year the target was announced (2021 when unknown).
    """
    return tracker_frame(ds, tracker_rows(ds, f))


def _compare(actual: float, expected: float, done: bool) -> str:
    return STATUSES[int(_compare_all(np.array([actual]), np.array([expected]), np.array([done]))[0])]


def _recent(ds: Dataset, name: str, key: object, build: Callable[[], Any], size: int = 32) -> Any:
    """``build()``, remembered for the ``size`` most recent keys (per data set): for results that depend
    on a choice, such as the parks a chart shows, and that reruns ask for again and again."""
    memo: OrderedDict = ds.derived(f"recent:{name}", OrderedDict)
    if key in memo:
        memo.move_to_end(key)
        return memo[key]
    value = memo[key] = build()
    if len(memo) > size:
        memo.popitem(last=False)
    return value


def matrix_sources(ds: Dataset, matrix: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The statements behind a matrix: one row per park, stated industry and source news item."""
    key = (lang, tuple(matrix["park_id"]), tuple(matrix["via"]))
    return _recent(ds, "matrix_sources", key, lambda: _matrix_sources(ds, matrix, lang))


def _matrix_sources(ds: Dataset, matrix: pd.DataFrame, lang: str) -> pd.DataFrame:
    from parkdash import i18n

    columns = ["outlet", "news_date", "title", "title_note", "url", "locator", "period"]
    if matrix.empty:
        return pd.DataFrame(columns=columns)
    pairs = {(p, i) for p, via in zip(matrix["park_id"], matrix["via"], strict=True) for i in split_ids(via)}
    pi = ds.park_industries[ds.park_industries["park_id"].isin({p for p, _ in pairs})]
    pi = pi[[(p, i) in pairs for p, i in zip(pi["park_id"], pi["industry_id"], strict=True)]]
    parks = _columns_of(ds, "parks", _codes(pi["park_id"], _keys(ds, "parks")))
    inds = _columns_of(ds, "industries", _codes(pi["industry_id"], _keys(ds, "industries")))
    news = _columns_of(ds, "news", _codes(pi["news_id"], _keys(ds, "news")))
    extra = pd.DataFrame({**parks, **inds, **news}, index=pi.index, dtype=object)
    rows = pd.concat([pi, extra], axis=1)
    rows = rows[rows["short_zh"].notna() & rows["name_zh"].notna() & rows["outlet"].notna()].reset_index(drop=True)
    park = rows["short_en"] if lang == "en" else rows["short_zh"]
    ind = rows["name_en"] if lang == "en" else rows["name_zh"]
    rows["locator"] = park + " · " + ind + " · " + [i18n.label("role", r, lang) for r in rows["role"]]
    rows["period"] = rows["valid_from"].fillna("")
    return rows


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

    p = ds.parks.iloc[_park_codes(ds, [park_id])[0]]

    def text(v: object) -> str:
        return v if isinstance(v, str) and v else i18n.MISSING

    level_note = (
        ""
        if p["level_basis"] == "stated"
        else ("级别为推断，见备注。" if lang == "zh" else "Level inferred from sources; see note.")
    )
    area = i18n.MISSING if pd.isna(p["area_km2"]) else f"{i18n.number(float(p['area_km2']), lang)} km²"
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


def latest_rows(ds: Dataset, metric_id: str, f: Filters) -> np.ndarray:
    """Per park, the position of its latest actual of a metric within the filters, ordered by (year, obs_id)."""
    rows = observation_rows(ds, f, metric_id)
    ix = _obs_index(ds)
    rows = rows[ix.actual[rows] & (ix.park[rows] >= 0)]
    if not len(rows):
        return rows
    ids = _take(_obs_arrays(ds)["obs_id"], rows)  # of these rows only (obs_id is one Arrow string per row)
    park, end = ix.park[rows], ix.end[rows]
    order = np.lexsort((rows, end, park))  # by park, then year: the last of each park has its latest year
    p, e = park[order], end[order]
    last = np.flatnonzero(np.r_[p[1:] != p[:-1], True])
    tied = np.r_[False, (p[1:] == p[:-1]) & (e[1:] == e[:-1])]  # same park and year as the row before
    chosen = order[last]
    for n in np.flatnonzero(tied[last]):  # several figures of a park's latest year: the highest obs_id wins
        i = j = last[n]
        while tied[j]:
            j -= 1
        chosen[n] = max(order[j : i + 1], key=lambda k: (ids[k], k))
    return rows[chosen[np.lexsort((np.arange(len(chosen)), ids[chosen], end[chosen]))]]


def latest_by_park(ds: Dataset, metric_id: str, f: Filters) -> pd.DataFrame:
    """Per park, its latest actual of a metric within the filters (the figure a map or card shows)."""
    return enriched_rows(ds, latest_rows(ds, metric_id, f))


def mapped_metrics(ds: Dataset) -> list[str]:
    """Metrics with an actual for at least one park: the choices for sizing the map."""

    def build() -> list[str]:
        obs = ds.observations
        has = obs[(obs["kind"] == "actual") & (obs["park_id"] != "")]
        counts = has.groupby("metric_id")["park_id"].nunique().sort_values(ascending=False)
        return list(counts.index)

    return ds.derived("mapped_metrics", build)


def data_rows(ds: Dataset, name: str, f: Filters) -> tuple[pd.DataFrame, np.ndarray | None]:
    """A table of the data set and the positions of its rows within the shared filters (None: all rows)."""
    if name == "observations":
        return ds.observations, observation_rows(ds, f)
    if name == "news":
        return ds.news, news_rows(ds, f)
    if name == "parks":
        return ds.parks, None if not f.parks else np.flatnonzero(ds.parks["park_id"].isin(f.parks))
    if name == "park_industries":
        keep = np.ones(len(ds.park_industries), dtype=bool)
        if f.parks:
            keep &= ds.park_industries["park_id"].isin(f.parks).to_numpy()
        if f.inds:
            keep &= ds.park_industries["industry_id"].isin(industry_family(ds, f.inds)).to_numpy()
        return ds.park_industries, None if keep.all() else np.flatnonzero(keep)
    if name == "industries":
        if not f.inds:
            return ds.industries, None
        return ds.industries, np.flatnonzero(ds.industries["industry_id"].isin(industry_family(ds, f.inds)))
    return ds.metrics, None


def _shown_columns(table: pd.DataFrame, name: str) -> list[str]:
    if name == "observations":
        return [c for c in table.columns if c not in ("period_kind", "start_year", "end_year")]
    if name == "news":
        return [c for c in table.columns if c != "year"]
    return list(table.columns)


def data_part(table: pd.DataFrame, name: str, rows: np.ndarray | None, start: int = 0, stop: int | None = None) -> pd.DataFrame:
    """Rows ``start:stop`` of a table narrowed by :func:`data_rows`, with the columns the data page shows."""
    part = table.iloc[start:stop] if rows is None else table.iloc[rows[start:stop]]
    return plain_text(part[_shown_columns(table, name)])


def plain_text(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with categorical and Arrow text as plain strings: a table shown in the browser would
    carry every category of a categorical column, whatever few rows it shows."""
    text = [c for c in frame.columns if isinstance(frame[c].dtype, (pd.CategoricalDtype, pd.StringDtype))]
    if not text:
        return frame
    return frame.assign(**{c: pd.Series(np.asarray(frame[c], dtype=object), index=frame.index, dtype=object) for c in text})


def sourced(ds: Dataset, table: pd.DataFrame) -> pd.DataFrame:
    """A table with the title, outlet, date and URL of the news item each row cites, as
    ``exports.with_sources`` adds them, looked up rather than merged (quick for a page of rows)."""
    if "news_id" not in table.columns:
        return table
    news = _columns_of(ds, "news", _codes(table["news_id"], _keys(ds, "news")))
    extra = {"news_title": news["title"], "news_outlet": news["outlet"], "news_date": news["news_date"], "news_url": news["url"]}
    return pd.concat([table.reset_index(drop=True), _frame(extra, pd.RangeIndex(len(table)))], axis=1)


def data_table(ds: Dataset, name: str, f: Filters) -> pd.DataFrame:
    """A table of the data set narrowed by the shared filters (parks, industries, years)."""
    table, rows = data_rows(ds, name, f)
    return data_part(table, name, rows)


def busiest_industry(ds: Dataset, framework: str = "hunan-332") -> str:
    """The framework item that the most parks target (the industry page opens on it)."""

    def build() -> str:
        matrix = industry_matrix(ds, framework)
        if matrix.empty:
            return str(ds.industries["industry_id"].iloc[0])
        counts = matrix.groupby("industry_id").size()
        order = {i: n for n, i in enumerate(_keys(ds, "industries"))}
        return max(counts.index, key=lambda i: (counts[i], -order[i]))

    return ds.derived(f"busiest:{framework}", build)
