"""Synthetic data sets for benchmarks and tests: the schema of ``data/``, at a chosen scale.

``write(out_dir, scale, seed)`` writes the six CSV files of :mod:`parkdash.schema` (exact column
order) that ``parkdash validate`` accepts. Every row is labelled synthetic: names such as
``合成园区0001`` ("synthetic park"), URLs on ``https://example.org/synthetic/…`` and a ``note``
(plus the news summaries) saying ``SYNTHETIC — benchmark data, not facts``. A ``SYNTHETIC.md``
beside the files records the scale, the seed and the row counts.

The generator is pure (no Streamlit, no network) and vectorised with numpy: the same scale and
seed give byte-identical files. It refuses to write into the project's ``data/`` folder, and into
any folder that already holds data files it did not write.

Scales (observations = parks × metrics × years × {actual, target} + city-wide rows):

| scale | parks | metrics | years | news | observations |
|---|---|---|---|---|---|
| ``tiny`` (tests) | 3 | 4 | 2021–2025 | 24 | 160 |
| ``city`` (the real number of parks) | 8 | 40 | 2011–2025 | 300 | 10,800 |
| ``province`` | 150 | 40 | 2011–2025 | 6,000 | 181,200 |
| ``nation`` | 2,600 | 40 | 2011–2025 | 100,000 | 3,121,200 |
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from parkdash import config, vocab
from parkdash.schema import INDUSTRIES, METRICS, NEWS, OBSERVATIONS, PARK_INDUSTRIES, PARKS, TABLES, Table

LABEL = "SYNTHETIC — benchmark data, not facts"
LABEL_ZH = "合成数据，仅供性能测试，并非事实"
MARKER = "SYNTHETIC.md"
URL_BASE = "https://example.org/synthetic"
DEFAULT_SEED = 20250101

# (lat_min, lat_max, lon_min, lon_max) of the area the parks are scattered over
ZHUZHOU = (26.0, 28.1, 112.9, 114.1)
HUNAN = (24.7, 30.0, 108.9, 114.2)
CHINA = (21.0, 46.0, 98.0, 125.0)


@dataclass(frozen=True)
class Scale:
    """The size of a synthetic data set."""

    name: str
    parks: int
    metrics: int
    first_year: int
    last_year: int
    news: int
    park_industries: int  # industries of the "park" framework (parks state 4 of them each)
    bbox: tuple[float, float, float, float]

    @property
    def years(self) -> np.ndarray:
        return np.arange(self.first_year, self.last_year + 1)

    @property
    def observations(self) -> int:
        cells = self.metrics * len(self.years) * 2  # an actual and a target per metric and year
        return self.parks * cells + cells  # plus one city-wide row per metric, year and kind


SCALES: dict[str, Scale] = {
    s.name: s
    for s in (
        Scale("tiny", 3, 4, 2021, 2025, 24, 6, ZHUZHOU),
        Scale("city", 8, 40, 2011, 2025, 300, 24, ZHUZHOU),
        Scale("province", 150, 40, 2011, 2025, 6_000, 120, HUNAN),
        Scale("nation", 2_600, 40, 2011, 2025, 100_000, 400, CHINA),
    )
}

# the metric kinds cycled over the metrics: (kind, unit, better, name_zh, name_en)
_METRIC_KINDS: tuple[tuple[str, str, str, str, str], ...] = (
    ("level", "亿元", "up", "营业收入", "revenue"),
    ("growth", "%", "up", "增速", "growth"),
    ("count", "家", "up", "企业数", "firms"),
    ("level", "亿元", "up", "投资额", "investment"),
    ("share", "%", "up", "占比", "share"),
    ("rank", "名", "down", "排名", "rank"),
    ("area", "平方公里", "up", "建成面积", "built-up area"),
    ("level", "万元", "up", "税收", "tax"),
)
_TARGET_TEXT = {2015: "“十二五”末", 2020: "“十三五”末", 2025: "“十四五”末"}  # five-year-plan horizons


class SynthError(ValueError):
    """A request the generator refuses (unknown scale, the project's data folder, foreign files)."""


def scale_of(name: str) -> Scale:
    try:
        return SCALES[name]
    except KeyError:
        raise SynthError(f"unknown scale {name!r} (choose from {', '.join(SCALES)})") from None


def check_target(out_dir: Path) -> Path:
    """The resolved output folder, or SynthError when writing there could overwrite real data."""
    target = Path(out_dir).resolve()
    data = config.DEFAULT_DATA_DIR.resolve()
    if target == data or data in target.parents:
        raise SynthError(f"refusing to write synthetic data into the project's data folder ({data})")
    if target.is_dir() and not (target / MARKER).is_file():
        present = [t.file for t in TABLES if (target / t.file).exists()]
        if present:
            raise SynthError(f"refusing to overwrite {', '.join(present)} in {target}: not written by parkdash synth")
    return target


# one table: column name -> values (object array of text, float array, Arrow array of unique ids, or a constant text)
Columns = dict[str, "np.ndarray | pa.Array | str"]


def write(out_dir: Path | str, scale: str = "city", seed: int = DEFAULT_SEED) -> dict[str, int]:
    """Write a synthetic data set of ``scale`` into ``out_dir``; return the rows per table."""
    spec = scale_of(scale)
    target = check_target(Path(out_dir))
    tables = columns(spec, seed)
    counts = {name: _rows(cols) for name, cols in tables.items()}
    target.mkdir(parents=True, exist_ok=True)
    (target / MARKER).write_text(_marker_text(spec, seed, counts), encoding="utf-8")
    for table in TABLES:
        _write_csv(tables[table.name], table, target / table.file)
    return counts


def generate(spec: Scale, seed: int = DEFAULT_SEED) -> dict[str, pd.DataFrame]:
    """The six tables as data frames (columns in schema order, empty cells as ``""``)."""
    frames = {}
    for table, cols in zip(TABLES, columns(spec, seed).values(), strict=True):
        plain = {k: v.to_numpy(zero_copy_only=False) if isinstance(v, pa.Array) else v for k, v in cols.items()}
        frames[table.name] = pd.DataFrame(plain, columns=table.columns, index=pd.RangeIndex(_rows(cols)))
    return frames


def columns(spec: Scale, seed: int = DEFAULT_SEED) -> dict[str, Columns]:
    """The six tables as columns, in the order of :data:`parkdash.schema.TABLES`."""
    rng = np.random.default_rng(seed)
    parks = _parks(spec, rng)
    news, news_of_park = _news(spec, rng)
    industries, park_inds = _industries(spec, rng, news_of_park)
    metrics = _metrics(spec)
    observations = _observations(spec, rng, news_of_park)
    # a few facts cite their news items (as in data/): founding dates and framework items
    parks["founded_news_id"] = news["news_id"][news_of_park.pick(rng, np.arange(spec.parks))]
    industries["news_id"] = np.where(industries["framework"] != "park", news["news_id"][0], "").astype(object)
    tables = {
        "parks": (PARKS, parks),
        "industries": (INDUSTRIES, industries),
        "park_industries": (PARK_INDUSTRIES, park_inds),
        "metrics": (METRICS, metrics),
        "observations": (OBSERVATIONS, observations),
        "news": (NEWS, news),
    }
    assert list(tables) == [t.name for t in TABLES]
    return {name: _complete(table, cols) for name, (table, cols) in tables.items()}


def _complete(table: Table, cols: dict[str, object]) -> Columns:
    """Columns in schema order; constants stay plain strings (broadcast when written)."""
    lengths = {len(v) for v in cols.values() if not isinstance(v, str)}
    assert len(lengths) == 1, f"{table.name}: columns of different lengths {sorted(lengths)}"
    return {name: cols[name] for name in table.columns}


def _rows(cols: Columns) -> int:
    return next(len(v) for v in cols.values() if not isinstance(v, str))


# ---------------------------------------------------------------- ids and names


def _ids(prefix: str, n: int, width: int) -> np.ndarray:
    return np.array([f"{prefix}{i:0{width}d}" for i in range(1, n + 1)], dtype=object)


def _seq_ids(prefix: str, n: int, width: int) -> pa.Array:
    """``prefix`` + 1..n zero-padded, built by Arrow (millions of ids in well under a second)."""
    digits = pc.utf8_lpad(pa.array(np.arange(1, n + 1)).cast(pa.string()), width, "0")
    return pc.binary_join_element_wise(pa.scalar(prefix), digits, pa.scalar(""))


def _park_ids(n: int) -> np.ndarray:
    return _ids("syn-p", n, 4)


def _news_ids(n: int) -> np.ndarray:
    return _ids("syn-n", n, 6)


def _metric_ids(n: int) -> np.ndarray:
    return _ids("syn-m", n, 2)


# ---------------------------------------------------------------- tables


def _parks(spec: Scale, rng: np.random.Generator) -> dict[str, object]:
    n = spec.parks
    ids = _park_ids(n)
    num = np.array([f"{i:04d}" for i in range(1, n + 1)], dtype=object)
    lat0, lat1, lon0, lon1 = spec.bbox
    level = rng.choice(np.array(vocab.LEVELS, dtype=object), size=n, p=[0.15, 0.35, 0.5])
    founded = rng.integers(1988, 2016, size=n)
    area = np.round(rng.lognormal(2.5, 0.8, size=n).clip(0.5, 900), 2)
    county = rng.integers(1, max(2, n // 2) + 1, size=n)
    county_txt = np.array([f"{c:04d}" for c in county], dtype=object)
    return {
        "park_id": ids,
        "name_zh": "合成园区" + num + "（合成数据）",
        "short_zh": "合成园区" + num,
        "name_en": "Synthetic Park " + num + " (synthetic data)",
        "short_en": "Syn Park " + num,
        "name_en_basis": "ours",
        "aliases_zh": "合成园" + num,
        "level": level,
        "level_basis": "stated",
        "county_zh": "合成县" + county_txt,
        "county_en": "Synthetic County " + county_txt,
        "founded": founded.astype(str).astype(object),
        "founded_news_id": "",
        "founded_note": "",
        "approved": (founded + rng.integers(0, 10, size=n)).astype(str).astype(object),
        "approved_news_id": "",
        "approved_note": "",
        "area_km2": area,
        "area_kind": "planned",
        "area_news_id": "",
        "area_note": "",
        "lat": np.round(rng.uniform(lat0, lat1, size=n), 5),
        "lon": np.round(rng.uniform(lon0, lon1, size=n), 5),
        "coord_precision_km": rng.integers(1, 21, size=n).astype(float),
        "coord_method": "synthetic random point",
        "coord_source_url": f"{URL_BASE}/parks/" + num,
        "address_zh": "",
        "in_founding_article": "false",
        "note": LABEL,
    }


@dataclass(frozen=True)
class _NewsIndex:
    """The news items of each park (by their primary park), to cite news of the right park."""

    order: np.ndarray  # news row indices sorted by primary park
    start: np.ndarray  # per park: offset into ``order``
    count: np.ndarray  # per park: how many (≥ 1)

    def pick(self, rng: np.random.Generator, park_idx: np.ndarray) -> np.ndarray:
        """For each park index, the row of a random news item about that park."""
        offset = (rng.random(len(park_idx)) * self.count[park_idx]).astype(np.int64)
        return self.order[self.start[park_idx] + offset]


def _news(spec: Scale, rng: np.random.Generator) -> tuple[dict[str, object], _NewsIndex]:
    n, parks = spec.news, spec.parks
    ids = _news_ids(n)
    num = np.array([i[len("syn-n") :] for i in ids], dtype=object)
    park_ids = _park_ids(parks)
    # every park gets at least one item; the rest go to random parks
    primary = np.concatenate([np.arange(min(parks, n)), rng.integers(0, parks, size=max(0, n - parks))])[:n]
    second = rng.integers(0, parks, size=n)
    has_second = (rng.random(n) < 0.3) & (second != primary)
    park_cell = park_ids[primary].copy()
    park_cell[has_second] = park_cell[has_second] + "|" + park_ids[second[has_second]]
    n_ind = spec.park_industries
    ind_a = _ids("syn-i", n_ind, 3)[rng.integers(0, n_ind, size=n)]
    has_ind = rng.random(n) < 0.6
    industry_cell = np.where(has_ind, ind_a, "")
    year = rng.integers(spec.first_year, spec.last_year + 1, size=n)
    month = rng.integers(1, 13, size=n)
    day = rng.integers(1, 29, size=n)
    date = np.array([f"{y}-{m:02d}-{d:02d}" for y, m, d in zip(year, month, day, strict=True)], dtype=object)
    reliability = rng.choice(np.array(vocab.RELIABILITY, dtype=object), size=n, p=[0.4, 0.3, 0.15, 0.1, 0.05])
    short = "合成园区" + np.array([p[len("syn-p") :] for p in park_ids], dtype=object)
    news = {
        "news_id": ids,
        "title": "合成新闻" + num + "：" + short[primary] + "动态",
        "title_note": "",
        "outlet": "合成媒体 Synthetic outlet (example.org)",
        "date": date,
        "date_note": "",
        "url": f"{URL_BASE}/news/" + num,
        "park_ids": park_cell,
        "industry_ids": industry_cell,
        "summary_zh": LABEL_ZH + "：" + short[primary] + "的合成新闻" + num + "。",
        "summary_en": LABEL + ": synthetic news item " + num + " about " + park_ids[primary] + ".",
        "reliability": reliability,
        "note": LABEL,
    }
    order = np.argsort(primary, kind="stable")
    count = np.bincount(primary, minlength=parks)
    start = np.concatenate([[0], np.cumsum(count)[:-1]])
    return news, _NewsIndex(order, start, count)


def _industries(spec: Scale, rng: np.random.Generator, news_of_park: _NewsIndex) -> tuple[dict[str, object], dict[str, object]]:
    tiers = ("3a", "3a", "3a", "3b", "3b", "3b", "2", "2")
    rows = []
    for framework, prefix, zh in (("hunan-332", "hn-syn-", "湖南"), ("zhuzhou-332", "zz-syn-", "株洲")):
        for k, tier in enumerate(tiers, start=1):
            rows.append(
                {
                    "industry_id": f"{prefix}{k}",
                    "name_zh": f"合成{zh}框架产业{k}",
                    "name_en": f"Synthetic {framework} item {k}",
                    "framework": framework,
                    "tier": tier,
                    "tier_status": "complete",
                    "parent_ids": "",
                    "news_id": "",
                    "note": LABEL,
                }
            )
    n = spec.park_industries
    ids = _ids("syn-i", n, 3)
    num = np.array([i[len("syn-i") :] for i in ids], dtype=object)
    hn = rng.integers(1, len(tiers) + 1, size=n)
    zz = rng.integers(1, len(tiers) + 1, size=n)
    parents = np.array([f"hn-syn-{a}|zz-syn-{b}" for a, b in zip(hn, zz, strict=True)], dtype=object)
    stated = pd.DataFrame(
        {
            "industry_id": ids,
            "name_zh": "合成产业" + num,
            "name_en": "Synthetic industry " + num,
            "framework": "park",
            "tier": "",
            "tier_status": "",
            "parent_ids": parents,
            "news_id": "",
            "note": LABEL,
        }
    )
    both = pd.concat([pd.DataFrame(rows), stated], ignore_index=True)
    industries = {c: both[c].to_numpy(dtype=object) for c in INDUSTRIES.columns}

    # each park states 4 distinct industries (fewer when there are fewer), each with a role and a source
    per_park = min(4, n)
    picks = np.argsort(rng.random((spec.parks, n)), axis=1)[:, :per_park]
    park_idx = np.repeat(np.arange(spec.parks), per_park)
    ind_idx = picks.ravel()
    src = news_of_park.pick(rng, park_idx)
    news_ids = _news_ids(spec.news)
    valid_from = rng.integers(spec.first_year, spec.last_year + 1, size=len(park_idx))
    pi = {
        "park_id": _park_ids(spec.parks)[park_idx],
        "industry_id": ids[ind_idx],
        "news_id": news_ids[src],
        "role": rng.choice(np.array(vocab.ROLES, dtype=object), size=len(park_idx), p=[0.35, 0.25, 0.2, 0.1, 0.1]),
        "valid_from": valid_from.astype(str).astype(object),
        "valid_to": "",
        "note": LABEL,
    }
    return industries, pi


def _metrics(spec: Scale) -> dict[str, object]:
    ids = _metric_ids(spec.metrics)
    kinds = [_METRIC_KINDS[i % len(_METRIC_KINDS)] for i in range(spec.metrics)]
    texts = {
        "metric_id": ids,
        "name_zh": [f"合成{k[3]}{i + 1:02d}" for i, k in enumerate(kinds)],
        "name_en": [f"Synthetic {k[4]} {i + 1:02d}" for i, k in enumerate(kinds)],
        "unit": [k[1] for k in kinds],
        "kind": [k[0] for k in kinds],
        "better": [k[2] for k in kinds],
        "synonyms_zh": "",
        "description_zh": LABEL_ZH,
        "description_en": LABEL,
    }
    return {k: np.array(v, dtype=object) if isinstance(v, list) else v for k, v in texts.items()}


def _series(kind: str, unit: str, shape: tuple[int, int], years: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Plausible actual values for (series, year): trends for levels, noise around a mean for rates."""
    n, _ = shape
    t = (years - years[0])[None, :]
    noise = rng.normal(1.0, 0.05, size=shape)
    if kind == "growth":
        return rng.normal(8.0, 3.0, size=(n, 1)) + rng.normal(0.0, 2.5, size=shape)
    if kind == "share":
        return np.clip(
            rng.uniform(5, 60, size=(n, 1)) + t * rng.normal(0.3, 0.3, size=(n, 1)) + rng.normal(0, 1, size=shape), 0.1, 99
        )
    if kind == "rank":
        return np.clip(
            np.round(rng.uniform(5, 60, size=(n, 1)) - t * rng.uniform(0, 2, size=(n, 1)) + rng.normal(0, 1, size=shape)), 1, 200
        )
    if kind == "count":
        return np.round(rng.lognormal(3.5, 0.8, size=(n, 1)).clip(2, 5000) * (1.06**t) * noise)
    base = rng.lognormal(3.0, 1.0, size=(n, 1)).clip(1, 300)  # 亿元, km² …
    level = np.clip(base * (1 + rng.normal(0.08, 0.04, size=(n, 1))) ** t * noise, 0.5, 700)
    # ≤ 700 亿元 keeps every figure within the schema's ±1e7 even when published in 万元 with a target above it
    return level * 1e3 if unit == "万元" else level


def _observations(spec: Scale, rng: np.random.Generator, news_of_park: _NewsIndex) -> dict[str, object]:
    years = spec.years
    n_years, n_metrics = len(years), spec.metrics
    n_series = spec.parks + 1  # the last "park" row block is the city-wide series
    kinds = [_METRIC_KINDS[i % len(_METRIC_KINDS)] for i in range(n_metrics)]

    # values: [series, metric, year] for actuals and targets
    actual = np.empty((n_series, n_metrics, n_years))
    for m, (kind, unit, *_rest) in enumerate(kinds):
        actual[:, m, :] = _series(kind, unit, (n_series, n_years), years, rng)
    better_down = np.array([k[2] == "down" for k in kinds])[None, :, None]
    ambition = rng.normal(1.05, 0.05, size=actual.shape)
    target = np.where(better_down, actual / ambition, actual * ambition)
    values = np.round(np.stack([actual, target], axis=-1), 2).ravel()  # order: series, metric, year, kind

    n = values.size
    series_idx = np.repeat(np.arange(n_series), n_metrics * n_years * 2)
    metric_idx = np.tile(np.repeat(np.arange(n_metrics), n_years * 2), n_series)
    year_idx = np.tile(np.repeat(np.arange(n_years), 2), n_series * n_metrics)
    is_target = np.tile(np.array([False, True]), n // 2)
    city_row = series_idx == spec.parks

    park_ids = np.append(_park_ids(spec.parks), "")
    short_zh = np.append("合成园区" + np.array([f"{i:04d}" for i in range(1, spec.parks + 1)], dtype=object), "合成市")
    metric_units = np.array([k[1] for k in kinds], dtype=object)

    # who the figure is reported for: mostly the park, some its host county, the city-wide block
    host = (rng.random(n) < 0.03) & ~city_row
    scope = np.where(city_row, "city", np.where(host, "host", "park")).astype(object)
    entity = short_zh[series_idx].copy()
    entity[host] = entity[host] + "所在合成县"

    # periods: plain years; targets at five-year-plan ends are horizons (byYYYY)
    year_txt = years.astype(str).astype(object)
    horizon = is_target & np.isin(years[year_idx], list(_TARGET_TEXT))
    period = year_txt[year_idx].copy()
    period[horizon] = "by" + period[horizon]
    period_text = np.where(is_target, year_txt[year_idx] + "年目标", year_txt[year_idx] + "年").astype(object)
    for y, text in _TARGET_TEXT.items():
        period_text[horizon & (years[year_idx] == y)] = text

    # published units: a tenth of 亿元 figures in 万元 (the app converts them)
    unit = metric_units[metric_idx].copy()
    in_wan = (unit == "亿元") & (rng.random(n) < 0.1)
    unit[in_wan] = "万元"
    values = np.where(in_wan, np.round(values * 1e4, 2), values)

    # qualifiers and aspirations
    qualifier = np.full(n, "eq", dtype=object)
    u = rng.random(n)
    qualifier[u < 0.06] = "ge"
    qualifier[(u >= 0.06) & (u < 0.10)] = "approx"
    qualifier[(u >= 0.10) & (u < 0.13)] = "gt"
    ranged = is_target & (u >= 0.13) & (u < 0.16)
    qualifier[ranged] = "range"
    value_max = np.full(n, np.nan)
    value_max[ranged] = np.round(values[ranged] + np.abs(values[ranged]) * 0.2 + 1, 2)
    aspiration = np.full(n, "", dtype=object)
    a = rng.random(n)
    aspiration[is_target & (a < 0.1)] = "strive"
    aspiration[is_target & (a >= 0.1) & (a < 0.13)] = "sprint"

    # the source: a news item about the park (the city-wide block cites any item)
    src = np.empty(n, dtype=np.int64)
    park_rows = ~city_row
    src[park_rows] = news_of_park.pick(rng, series_idx[park_rows])
    src[city_row] = rng.integers(0, spec.news, size=int(city_row.sum()))

    return {
        "obs_id": _seq_ids("o", n, 7),
        "park_id": park_ids[series_idx],
        "scope": scope,
        "entity_reported": entity,
        "metric_id": _metric_ids(n_metrics)[metric_idx],
        "period": period,
        "period_text": period_text,
        "kind": np.where(is_target, "target", "actual").astype(object),
        "value": values,
        "value_max": value_max,
        "qualifier": qualifier,
        "aspiration": aspiration,
        "unit": unit,
        "news_id": _news_ids(spec.news)[src],
        "locator": "合成数据",
        "note": LABEL,
    }


# ---------------------------------------------------------------- output


def _write_csv(cols: Columns, table: Table, path: Path) -> None:
    """UTF-8 CSV, header first, the schema's column order; written to a temporary file, then renamed.

    Quoting as ``csv.QUOTE_MINIMAL`` (a field is quoted only when it holds a comma, a quote or a line
    break). Lines are joined by Arrow's string kernels (pyarrow is pandas' string backend): pandas'
    ``to_csv`` needs over a minute for the nation-scale observations, this a few seconds.
    """
    cells = [_csv_cells(cols[name]) for name in table.columns]
    lines = pc.binary_join_element_wise(*cells, _text(","))
    lines = pc.binary_join_element_wise(lines, _text(""), _text("\n"))  # each line followed by "\n"
    header = ",".join(_quote(c) for c in table.columns) + "\n"
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("wb") as fh:
        fh.write(header.encode("utf-8"))
        for chunk in lines.chunks if isinstance(lines, pa.ChunkedArray) else [lines]:
            offsets = np.frombuffer(chunk.buffers()[1], dtype=np.int64)[chunk.offset : chunk.offset + len(chunk) + 1]
            fh.write(memoryview(chunk.buffers()[2])[offsets[0] : offsets[-1]])
    os.replace(tmp, path)


def _csv_cells(values: np.ndarray | pa.Array | str) -> pa.Array | pa.Scalar:
    """One column as CSV text: floats in shortest round-trip form (NaN empty), text quoted where needed.

    A constant stays a scalar (Arrow broadcasts it); a column of a few repeated texts is quoted once
    per distinct text and expanded with ``take``.
    """
    if isinstance(values, str):
        return _text(_quote(values))
    if isinstance(values, pa.Array):
        return values.cast(pa.large_string())  # built by Arrow already (unique ids: nothing to quote)
    if values.dtype.kind == "f":
        return pc.fill_null(pc.cast(pa.array(values, from_pandas=True), pa.large_string()), "")
    text = pa.array(values, type=pa.large_string())
    if not any(pc.any(pc.match_substring(text, c)).as_py() for c in ',"\r\n'):
        return text
    encoded = pc.dictionary_encode(text)  # quote each distinct text once, then expand
    quoted = pa.array([_quote(v) for v in encoded.dictionary.to_pylist()], type=pa.large_string())
    return quoted.take(encoded.indices)


def _text(value: str) -> pa.Scalar:
    return pa.scalar(value, pa.large_string())


def _quote(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\r\n') else value


def _marker_text(spec: Scale, seed: int, counts: dict[str, int]) -> str:
    rows = "\n".join(f"| {name} | {n:,} |" for name, n in counts.items())
    return (
        f"# SYNTHETIC data set — benchmark data, not facts\n\n"
        f"Written by `parkdash synth` (parkdash.synth.write): scale `{spec.name}`, seed {seed}.\n"
        f"Every row is labelled synthetic; names, figures and URLs (example.org) are invented.\n\n"
        f"| table | rows |\n|---|---|\n{rows}\n"
    )
