"""Chart builders: data frames in, plotly.js figure specs (plain dicts, :data:`Spec`) out; no plotly
objects are built (see :func:`figure`). One colour per park everywhere."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from parkdash import i18n, periods

# Okabe–Ito (colour-blind safe), ordered for contrast on white; then Paul Tol's muted scheme.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#56B4E9",
    "#CC79A7",
    "#555555",
    "#B8A100",
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
)
FONT = "WenQuanYi Micro Hei, Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif"
STATUS_COLORS = {
    "achieved": "#009E73",
    "ahead": "#56B4E9",
    "on-track": "#0072B2",
    "behind": "#D55E00",
    "missed": "#882255",
    "no-data": "#BBBBBB",
}
ROLE_SCORE = {"lead": 5, "specialty": 4, "cluster": 3, "auxiliary": 2, "focus": 1}


def plain(text: object) -> str:
    """Text from the data for a plotly label: its own "<", ">" and "&" are shown, never read as markup."""
    return html.escape(str(text), quote=False)


def _plain_all(values: object) -> list[str]:
    return [plain(v) for v in values]  # type: ignore[attr-defined]


def park_colors(park_ids: Sequence[str]) -> dict[str, str]:
    """A fixed colour for each park, by its order in parks.csv."""
    return {p: PALETTE[n % len(PALETTE)] for n, p in enumerate(park_ids)}


Spec = dict[str, Any]  # a figure as plotly.js reads it: {"data": [trace, …], "layout": {…}}


def figure(data: list[dict], layout: dict) -> Spec:
    """A figure as plain specs, without plotly's default template (about 6.5 kB a chart; Streamlit's
    theme styles the chart).

    No plotly objects are built: validating them costs ~100 ms a chart and even unvalidated objects
    ~2 ms, while Streamlit turns them straight back into these dicts. The specs are fixed in code,
    and the tests validate every builder's output (:func:`to_figure`).
    """
    return {"data": data, "layout": {"template": {"layout": {}}, **layout}}


def to_figure(spec: Spec) -> go.Figure:
    """The plotly figure of a spec, validated property by property (raises on anything invalid)."""
    return go.Figure(spec)


def _layout(title: str, x_title: str, y_title: str, height: int = 340) -> dict:
    return {
        "title": {"text": title, "font": {"size": 15}},
        "font": {"family": FONT, "size": 13},
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 50, "b": 10},
        "xaxis": {"title": {"text": x_title}, "showline": True, "linecolor": "#999", "type": "category"},
        "yaxis": {"title": {"text": y_title}, "gridcolor": "#e5e5e5", "zeroline": True, "zerolinecolor": "#999"},
        # below the x axis: a fifth of a small chart's plot, ~75 px on a tall one (not a fifth of 1,000 px)
        "legend": {"orientation": "h", "y": max(-0.2, -75 / max(height - 60, 1))},
        "plot_bgcolor": "white",
        "hoverlabel": {"font": {"family": FONT}},
    }


@lru_cache(maxsize=4096)
def _period_label(period: str, text: str, lang: str) -> str:
    p = periods.parse_period(period)
    if p.kind == "horizon":
        return f"{p.end_year}年目标" if lang == "zh" else f"by {p.end_year}"
    if p.kind == "open":
        return "未定年份" if lang == "zh" else "no year"
    return period.lstrip("@")


_period_order = lru_cache(maxsize=4096)(periods.sort_key)


def _floats(values: object) -> list[float | None]:
    """Numbers for a spec: None (JSON null, a gap) for NaN."""
    return [None if v is None or v != v else float(v) for v in values]  # type: ignore[attr-defined]


def _same_value(a: object, b: object) -> bool:
    """Equal standardised values, up to float rounding from unit conversion; two gaps are equal."""
    a_gap, b_gap = a is None or a != a, b is None or b != b
    if a_gap or b_gap:
        return a_gap and b_gap
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)  # type: ignore[arg-type]


SOURCES_BREAK = "<br>"  # between the sources of a repeated figure in its hover (each already plain())


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def metric_chart(series: pd.DataFrame, color: str, park_name: str, lang: str) -> Spec:
    """Actuals as bars and targets as open diamonds, over periods in time order, in the metric's unit.

    ``series`` is one park's enriched observations of one metric (see transforms.enrich). Hovering
    a mark names the outlet and date of the news item it comes from; a figure repeated by several
    news items is one mark naming each of them, while different figures for one period stand side
    by side ("2024", "2024 #2").
    """
    first = {c: series[c].iloc[0] for c in ("metric_zh", "metric_en", "metric_unit")}
    metric = plain(first["metric_en"] if lang == "en" and first["metric_en"] else first["metric_zh"])
    park_name = plain(park_name)
    unit = first["metric_unit"]
    shown = i18n.qualified_column(series, lang)
    rows = sorted(
        zip(
            series["period"], series["kind"], series["value_std"], series["value_max_std"], series["qualifier"],
            series["aspiration"], series["obs_id"], series["outlet"], series["news_date"], shown,
            strict=True,
        ),
        key=lambda r: (_period_order(r[0]), r[6]),
    )  # fmt: skip
    # Reports of one period and kind: a repeat (same value_std and value_max_std, within float
    # rounding) joins the mark of the first report, whose hover then names every source; a conflict
    # (another value) stands beside it as "2024 #2", not stacked, so the disagreement shows.
    seen: dict[tuple[str, str], int] = {}
    points: list[tuple] = []  # (kind, label, value, text, [source, …]), in time order
    reports: dict[tuple, list[tuple]] = {}  # (kind, period, qualifiers) -> [(value, value_max, point), …]
    for period, kind, value, value_max, qualifier, aspiration, _, outlet, date, text in rows:
        source = plain(f"{outlet} {date if isinstance(date, str) else ''}".strip())
        # Qualifiers that differ (以上 vs plain, or another aspiration word) make another report, not
        # a repeat, even at the same number: kept simple, and each mark keeps its own qualified text.
        same = reports.setdefault((kind, period, _text(qualifier), _text(aspiration)), [])
        repeat = next((p for v, vm, p in same if _same_value(v, value) and _same_value(vm, value_max)), None)
        if repeat is not None:
            repeat[4].append(source)
            continue
        label = _period_label(period, "", lang)
        n = seen[(kind, label)] = seen.get((kind, label), 0) + 1
        points.append((kind, f"{label} #{n}" if n > 1 else label, value, text, [source]))
        same.append((value, value_max, points[-1]))
    traces: list[dict] = []
    hover = "%{x}: %{text}<br>%{customdata}<extra></extra>"
    for kind, marker in (("actual", {"color": color}), ("forecast", {"color": color, "opacity": 0.45}), ("target", None)):
        part = [p for p in points if p[0] == kind]
        if not part:
            continue
        trace = {
            "x": [p[1] for p in part],
            "y": _floats(p[2] for p in part),
            "text": [p[3] for p in part],
            "cliponaxis": False,
            # one line per source: a repeat's outlets side by side outgrow the chart and get cut off
            "customdata": [SOURCES_BREAK.join(dict.fromkeys(p[4])) for p in part],
            "hovertemplate": hover,
        }
        if kind == "target":
            trace.update(
                type="scatter",
                mode="markers+text",
                name=i18n.t("targets", lang),
                marker={"symbol": "diamond-open", "size": 14, "color": color, "line": {"width": 2}},
                textposition="top center",
            )
        else:
            trace.update(
                type="bar",
                name=i18n.t("actuals", lang) if kind == "actual" else i18n.label("kind", kind, lang),
                marker=marker,
                textposition="outside",
            )
        traces.append(trace)
    layout = _layout(f"{park_name} · {metric}", i18n.t("period", lang), f"{metric} ({i18n.unit_label(unit, lang)})")
    layout["xaxis"].update(categoryorder="array", categoryarray=list(dict.fromkeys(p[1] for p in points)))
    top = max(
        float(series["value_std"].max()), float(series["value_max_std"].max()) if series["value_max_std"].notna().any() else 0.0
    )
    low = min(float(series["value_std"].min()), 0.0)
    layout["yaxis"]["range"] = [low * 1.2, top * 1.25 if top > 0 else 1]
    return figure(traces, layout)


def status_chart(counts: pd.DataFrame, lang: str) -> Spec:
    """Targets per park, stacked by status. ``counts``: a ``name`` column and one count column per status."""
    names = _plain_all(counts["name"])
    traces = [
        {
            "type": "bar",
            "y": names,
            "x": [int(x) for x in counts[status]],
            "orientation": "h",
            "name": i18n.label("status", status, lang),
            "marker": {"color": color},
            "hovertemplate": "%{y}: %{x}<extra>" + i18n.label("status", status, lang) + "</extra>",
        }
        for status, color in STATUS_COLORS.items()
        if status in counts and counts[status].sum() > 0
    ]
    layout = _layout(i18n.t("status_chart", lang), i18n.t("n_targets", lang), "", height=120 + 34 * max(len(names), 1))
    layout["barmode"] = "stack"
    layout["xaxis"]["type"] = "linear"
    layout["yaxis"].update(autorange="reversed", type="category")
    return figure(traces, layout)


OTHERS_COLOR = "#BBBBBB"


def counts_chart(head: pd.DataFrame, colors: dict[str, str], lang: str) -> Spec:
    """Figures and targets on record per park, bars in each park's colour."""
    name_col = "short_en" if lang == "en" else "short_zh"
    names = _plain_all(head[name_col])
    bar_colors = [colors.get(p, OTHERS_COLOR) for p in head["park_id"]]
    traces = [
        {
            "type": "bar",
            "y": names,
            "x": [int(x) for x in head[column]],
            "name": i18n.t(key, lang),
            "orientation": "h",
            "marker": {"color": bar_colors, "opacity": opacity},
            "customdata": list(head["park_id"]),
            "hovertemplate": "%{y}: %{x}<extra>" + i18n.t(key, lang) + "</extra>",
        }
        for column, key, opacity in (("n_figures", "n_figures", 1.0), ("n_targets", "n_targets", 0.45))
    ]
    layout = _layout(
        i18n.t("figures_by_park", lang),
        i18n.t("n_figures", lang) + " / " + i18n.t("n_targets", lang),
        "",
        height=140 + 44 * max(len(head), 1),
    )
    layout.update(barmode="group", showlegend=True)
    layout["xaxis"]["type"] = "linear"
    layout["yaxis"].update(autorange="reversed", type="category")
    return figure(traces, layout)


def matrix_chart(matrix: pd.DataFrame, parks: pd.DataFrame, items: pd.DataFrame, lang: str, title: str) -> Spec:
    """Park × framework item heat map; each cell names the park's role, darker = stronger."""
    name_col = "short_en" if lang == "en" else "short_zh"
    item_col = "name_en" if lang == "en" else "name_zh"
    roles = {(p, i): r for p, i, r in zip(matrix["park_id"], matrix["industry_id"], matrix["role"], strict=True)}
    item_ids = list(items["industry_id"])
    z, text = [], []
    for park_id in parks["park_id"]:
        cells = [roles.get((park_id, item)) for item in item_ids]
        z.append([ROLE_SCORE[r] if r else None for r in cells])
        text.append([i18n.label("role", r, lang) if r else "" for r in cells])
    x = [_wrap(plain(n)) for n in items[item_col]]
    y = _plain_all(parks[name_col])
    heat = {
        "type": "heatmap",
        "z": z,
        "x": x,
        "y": y,
        "text": text,
        "texttemplate": "%{text}",
        "zmin": 0,
        "zmax": 5,
        "showscale": False,
        "xgap": 2,
        "ygap": 2,
        "colorscale": [[0, "#f0f4f8"], [1, "#0b4f8a"]],
        "hovertemplate": "%{y} · %{x}: %{text}<extra></extra>",
    }
    layout = _layout(title, "", "", height=110 + 36 * max(len(y), 1))
    layout["yaxis"].update(autorange="reversed", gridcolor="white")
    layout["xaxis"].update(side="top", showline=False)
    layout["margin"]["t"] = 110
    return figure([heat], layout)


def _wrap(text: str, width: int = 8) -> str:
    if len(text) <= width or " " in text:
        return text.replace(" and ", "<br>and ") if len(text) > 18 else text
    return "<br>".join(text[i : i + width] for i in range(0, len(text), width))


def industry_chart(rows: pd.DataFrame, colors: dict[str, str], lang: str, title: str) -> Spec:
    """Which parks target the industry and in what role: one dot per park and stated industry, in the park's colour.

    A park stating an industry in one role in several news items is one dot (the repeats would lie
    exactly on it); another role is another dot. The news items are listed beside the chart.
    """
    name_col = "short_en" if lang == "en" else "short_zh"
    ind_col = "name_en" if lang == "en" else "name_zh"
    rows = rows.drop_duplicates(["park_id", "industry_id", "role"])
    dots = {
        "type": "scatter",
        "x": [i18n.label("role", r, lang) for r in rows["role"]],
        "y": _plain_all(rows[name_col]),
        "mode": "markers",
        "marker": {"size": 16, "color": [colors.get(p, "#555") for p in rows["park_id"]]},
        "text": _plain_all(rows[ind_col]),
        "hovertemplate": "%{y}: %{text} (%{x})<extra></extra>",
        "showlegend": False,
    }
    layout = _layout(title, i18n.t("role", lang), "", height=160 + 36 * rows["park_id"].nunique())
    layout["xaxis"].update(categoryorder="array", categoryarray=[i18n.label("role", r, lang) for r in ROLE_SCORE])
    layout["yaxis"].update(type="category", categoryorder="array", categoryarray=list(dict.fromkeys(_plain_all(rows[name_col]))))
    return figure([dots], layout)
