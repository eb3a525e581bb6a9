"""Pure plotly builders: data frames in, figures out. One colour per park everywhere."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

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


def _layout(fig: go.Figure, title: str, x_title: str, y_title: str, height: int = 340) -> go.Figure:
    fig.update_layout(
        title={"text": title, "font": {"size": 15}},
        font={"family": FONT, "size": 13},
        height=height,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        xaxis_title=x_title,
        yaxis_title=y_title,
        legend={"orientation": "h", "y": -0.2},
        plot_bgcolor="white",
        hoverlabel={"font_family": FONT},
    )
    fig.update_xaxes(showline=True, linecolor="#999", type="category")
    fig.update_yaxes(gridcolor="#e5e5e5", zeroline=True, zerolinecolor="#999")
    return fig


def _period_label(period: str, text: str, lang: str) -> str:
    p = periods.parse_period(period)
    if p.kind == "horizon":
        return f"{p.end_year}年目标" if lang == "zh" else f"by {p.end_year}"
    if p.kind == "open":
        return "未定年份" if lang == "zh" else "no year"
    return period.lstrip("@")


def metric_chart(series: pd.DataFrame, color: str, park_name: str, lang: str) -> go.Figure:
    """Actuals as bars and targets as open diamonds, over periods in time order, in the metric's unit.

    ``series`` is one park's enriched observations of one metric (see transforms.enrich).
    """
    first = series.iloc[0]
    metric = plain(first["metric_en"] if lang == "en" and first["metric_en"] else first["metric_zh"])
    park_name = plain(park_name)
    unit = first["metric_unit"]
    data = series.assign(
        label=[_period_label(p, t, lang) for p, t in zip(series["period"], series["period_text"], strict=True)],
        order=[periods.sort_key(p) for p in series["period"]],
        shown=i18n.qualified_column(series, lang),
        source=[plain(f"{o} {d or ''}") for o, d in zip(series["outlet"], series["news_date"], strict=True)],
    ).sort_values(["order", "obs_id"])
    # two reports of one period (conflicting or repeated) stand side by side, not stacked
    repeat = data.groupby(["kind", "label"]).cumcount()
    data["label"] = [f"{lab} #{n + 1}" if n else lab for lab, n in zip(data["label"], repeat, strict=True)]
    fig = go.Figure()
    for kind, name_key, marker in (
        ("actual", "actuals", {"color": color}),
        ("forecast", "kind", {"color": color, "opacity": 0.45}),
    ):
        part = data[data["kind"] == kind]
        if part.empty:
            continue
        fig.add_bar(
            x=part["label"],
            y=part["value_std"],
            name=i18n.t(name_key, lang) if kind == "actual" else i18n.label("kind", kind, lang),
            marker=marker,
            text=part["shown"],
            textposition="outside",
            cliponaxis=False,
            customdata=part[["obs_id", "source"]].to_numpy(),
            hovertemplate="%{x}: %{text}<br>%{customdata[1]}<extra></extra>",
        )
    targets = data[data["kind"] == "target"]
    if not targets.empty:
        fig.add_scatter(
            x=targets["label"],
            y=targets["value_std"],
            mode="markers+text",
            name=i18n.t("targets", lang),
            marker={"symbol": "diamond-open", "size": 14, "color": color, "line": {"width": 2}},
            text=targets["shown"],
            textposition="top center",
            cliponaxis=False,
            customdata=targets[["obs_id", "source"]].to_numpy(),
            hovertemplate="%{x}: %{text}<br>%{customdata[1]}<extra></extra>",
        )
    fig.update_xaxes(categoryorder="array", categoryarray=list(dict.fromkeys(data["label"])))
    top = max(float(data["value_std"].max()), float(data["value_max_std"].max()) if data["value_max_std"].notna().any() else 0.0)
    low = min(float(data["value_std"].min()), 0.0)
    fig.update_yaxes(range=[low * 1.2, top * 1.25 if top > 0 else 1])
    return _layout(fig, f"{park_name} · {metric}", i18n.t("period", lang), f"{metric} ({i18n.unit_label(unit, lang)})")


def status_chart(track: pd.DataFrame, park_order: Sequence[str], lang: str) -> go.Figure:
    """Targets per park, stacked by status."""
    name_col = "short_en" if lang == "en" else "short_zh"
    fig = go.Figure()
    order = [p for p in park_order if p in set(track["park_id"])]
    names = track.drop_duplicates("park_id").set_index("park_id")[name_col].map(plain)
    for status, color in STATUS_COLORS.items():
        counts = track[track["status"] == status].groupby("park_id").size().reindex(order, fill_value=0)
        if counts.sum() == 0:
            continue
        fig.add_bar(
            y=[names[p] for p in order],
            x=counts.to_numpy(),
            orientation="h",
            name=i18n.label("status", status, lang),
            marker={"color": color},
            hovertemplate="%{y}: %{x}<extra>" + i18n.label("status", status, lang) + "</extra>",
        )
    fig.update_layout(barmode="stack")
    fig = _layout(fig, i18n.t("status_chart", lang), i18n.t("n_targets", lang), "", height=120 + 34 * max(len(order), 1))
    fig.update_xaxes(type="linear")
    fig.update_yaxes(autorange="reversed")
    return fig


def counts_chart(head: pd.DataFrame, colors: dict[str, str], lang: str) -> go.Figure:
    """Figures and targets on record per park, bars in each park's colour."""
    name_col = "short_en" if lang == "en" else "short_zh"
    fig = go.Figure()
    for column, key, opacity in (("n_figures", "n_figures", 1.0), ("n_targets", "n_targets", 0.45)):
        fig.add_bar(
            y=_plain_all(head[name_col]),
            x=head[column],
            name=i18n.t(key, lang),
            orientation="h",
            marker={"color": [colors[p] for p in head["park_id"]], "opacity": opacity},
            customdata=head["park_id"],
            hovertemplate="%{y}: %{x}<extra>" + i18n.t(key, lang) + "</extra>",
        )
    fig.update_layout(barmode="group", showlegend=True)
    fig = _layout(
        fig,
        i18n.t("figures_by_park", lang),
        i18n.t("n_figures", lang) + " / " + i18n.t("n_targets", lang),
        "",
        height=140 + 44 * max(len(head), 1),
    )
    fig.update_xaxes(type="linear")
    fig.update_yaxes(autorange="reversed", type="category")
    return fig


def matrix_chart(matrix: pd.DataFrame, parks: pd.DataFrame, items: pd.DataFrame, lang: str, title: str) -> go.Figure:
    """Park × framework item heat map; each cell names the park's role, darker = stronger."""
    name_col = "short_en" if lang == "en" else "short_zh"
    item_col = "name_en" if lang == "en" else "name_zh"
    roles = {(r.park_id, r.industry_id): r.role for r in matrix.itertuples(index=False)}
    z, text = [], []
    for park in parks.itertuples(index=False):
        row_z, row_t = [], []
        for item in items.itertuples(index=False):
            role = roles.get((park.park_id, item.industry_id))
            row_z.append(ROLE_SCORE[role] if role else math.nan)
            row_t.append(i18n.label("role", role, lang) if role else "")
        z.append(row_z)
        text.append(row_t)
    x = [_wrap(plain(getattr(i, item_col))) for i in items.itertuples(index=False)]
    y = [plain(getattr(p, name_col)) for p in parks.itertuples(index=False)]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=x,
            y=y,
            text=text,
            texttemplate="%{text}",
            zmin=0,
            zmax=5,
            showscale=False,
            xgap=2,
            ygap=2,
            colorscale=[[0, "#f0f4f8"], [1, "#0b4f8a"]],
            hovertemplate="%{y} · %{x}: %{text}<extra></extra>",
        )
    )
    fig = _layout(fig, title, "", "", height=110 + 36 * max(len(y), 1))
    fig.update_yaxes(autorange="reversed", gridcolor="white")
    fig.update_xaxes(side="top", showline=False)
    fig.update_layout(margin={"t": 110})
    return fig


def _wrap(text: str, width: int = 8) -> str:
    if len(text) <= width or " " in text:
        return text.replace(" and ", "<br>and ") if len(text) > 18 else text
    return "<br>".join(text[i : i + width] for i in range(0, len(text), width))


def industry_chart(rows: pd.DataFrame, colors: dict[str, str], lang: str, title: str) -> go.Figure:
    """Which parks target the industry and in what role: one dot per park and stated industry."""
    name_col = "short_en" if lang == "en" else "short_zh"
    ind_col = "name_en" if lang == "en" else "name_zh"
    fig = go.Figure()
    for park_id, g in rows.groupby("park_id", sort=False):
        fig.add_scatter(
            x=[i18n.label("role", r, lang) for r in g["role"]],
            y=_plain_all(g[name_col]),
            mode="markers",
            name=plain(g[name_col].iloc[0]),
            marker={"size": 16, "color": colors.get(park_id, "#555")},
            text=_plain_all(g[ind_col]),
            hovertemplate="%{y}: %{text} (%{x})<extra></extra>",
        )
    order = [i18n.label("role", r, lang) for r in ROLE_SCORE]
    fig.update_xaxes(categoryorder="array", categoryarray=order)
    return _layout(fig, title, i18n.t("role", lang), "", height=160 + 36 * rows["park_id"].nunique())
