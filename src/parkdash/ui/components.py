"""Small building blocks the pages share: a chart with its sources, a news item, safe text."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from parkdash import charts, i18n, maps, vocab
from parkdash import transforms as T
from parkdash.ui import state

NEWS_FIGURES = 30  # figures listed under a news item before "show all" (the real data's largest item has 24)

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def md(text: object) -> str:
    """Text from the data, escaped so Markdown shows it literally (no links, emphasis or HTML)."""
    return _escaped(str(text or ""))


@lru_cache(maxsize=1 << 16)  # the same names and units are escaped many times a page
def _escaped(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def link(text: str, url: str) -> str:
    """A Markdown link when the URL is plain http(s); the escaped text alone otherwise."""
    if not isinstance(url, str) or not vocab.is_safe_url(url):
        return md(text)
    return f"[{md(text)}]({url.replace('(', '%28').replace(')', '%29')})"


def safe_urls(urls: pd.Series) -> list[str | None]:
    """URLs for a link column: plain http(s) only; anything else is not made clickable."""
    return [u if isinstance(u, str) and vocab.is_safe_url(u) else None for u in urls]


def link_column(lang: str, column: str = "url", label: str = "source") -> dict[str, object]:
    return {column: st.column_config.LinkColumn(i18n.t(label, lang), display_text=i18n.t("open_link", lang))}


class _Built(go.Figure):
    """A figure spec we built (``charts.Spec``) handed to ``st.plotly_chart`` as it is.

    Streamlit validates a dict property by property (~100 ms a chart) but takes a plotly figure's
    ``to_dict()`` as valid: this figure's ``to_dict`` is the spec, and plotly's own objects are never
    built (see ``charts.figure``; the tests validate every spec the builders make).
    """

    def to_dict(self) -> dict:
        return self._spec  # type: ignore[attr-defined]


def _built(spec: charts.Spec) -> go.Figure:
    fig = object.__new__(_Built)  # plotly's __init__ is what this avoids
    object.__setattr__(fig, "_spec", spec)
    return fig


def chart(spec: charts.Spec, key: str, alt: str, **kw: object) -> object:
    """A plotly chart from a spec; bigger type in presentation mode."""
    if state.view().present:
        layout = spec["layout"]
        title = layout.get("title", {})
        spec = {
            **spec,
            "layout": {
                **layout,
                "font": {**layout.get("font", {}), "size": 19},
                "title": {**title, "font": {**title.get("font", {}), "size": 24}},
                "height": (layout.get("height") or 340) + 120,
            },
        }
    return st.plotly_chart(_built(spec), key=key, config=PLOTLY_CONFIG, alt=alt, width="stretch", **kw)


def news_title(row: object, lang: str) -> str:
    title = row["title"] if isinstance(row["title"], str) and row["title"] else None  # type: ignore[index]
    if title is None:
        title = "（标题未见）" if lang == "zh" else "(headline not visible)"
    return title


def sources(rich: pd.DataFrame, lang: str, key: str) -> None:  # noqa: ARG001 - key kept for a stable call shape
    """The news items behind a set of figures: outlet, date, linked title, and the phrase that locates each figure."""
    if rich.empty:
        return
    items: dict[object, tuple[tuple[object, ...], dict[str, None]]] = {}  # news item -> (its fields, its locators)
    locators = rich["locator"] if "locator" in rich else [None] * len(rich)
    for news_id, title, url, outlet, date, where in zip(
        rich["news_id"], rich["title"], rich["url"], rich["outlet"], rich["news_date"], locators, strict=True
    ):
        fields = (news_id, title, url, outlet, date)
        same = tuple(None if isinstance(v, float) and v != v else v for v in fields)  # NaN == NaN here
        _, found = items.setdefault(same, (fields, {}))
        if isinstance(where, str) and where:
            found[f"「{md(where)}」"] = None
    lines = []
    for (_, title, url, outlet, date), found in items.values():
        shown = news_title({"title": title}, lang)
        where = "；".join(found)
        lines.append(
            f"- {link(shown, url)}  \n  {md(outlet)} · {md(date if isinstance(date, str) else '')}"
            + (f" · {where}" if where else "")
        )
    st.markdown("\n".join(lines))


def pager(total: int, size: int, key: str, lang: str) -> tuple[int, int]:
    """Items ``start:stop`` of ``total`` to show: all when they fit; else a pager and a line saying which are shown."""
    if total <= size:
        return 0, total
    number = st.pagination(-(-total // size), key=key)
    start = (number - 1) * size
    stop = min(start + size, total)
    st.caption(i18n.t("shown_range", lang, a=i18n.number(start + 1, lang), b=i18n.number(stop, lang), n=i18n.number(total, lang)))
    return start, stop


def figure_lines(records: list[dict[str, object]], lang: str) -> str:
    """Figures of one news item as a Markdown list: park, metric, period, kind, value as published, locator.

    ``records`` as :func:`transforms.figure_records` gives them.
    """
    lines = []
    for r in records:
        park = r["short_en" if lang == "en" else "short_zh"]
        park = park if isinstance(park, str) else r["entity_reported"]
        value = i18n.qualified(r["value"], r["unit"], r["qualifier"], lang, r["value_max"], r["aspiration"] or "")  # type: ignore[arg-type]
        entity, where = r["entity_reported"], r["locator"]
        reported = f" ({i18n.t('entity', lang)}: {md(entity)})" if isinstance(entity, str) and entity and entity != park else ""
        found = f" · 「{md(where)}」" if isinstance(where, str) and where else ""
        lines.append(
            f"- {md(park)} · {md(r['metric_en' if lang == 'en' else 'metric_zh'])} · {md(r['period'])} · "
            f"{md(i18n.label('kind', r['kind'], lang))}: **{md(value)}**{reported}{found}"  # type: ignore[arg-type]
        )
    return "\n".join(lines)


def news_list(ds, news: pd.DataFrame, lang: str) -> None:  # noqa: ANN001
    """News items as one compact list: linked title, outlet, date, reliability, our summary and how
    many figures each supports (for a page that lists those figures already, e.g. an industry's)."""
    items = []
    for row in records(news, ("news_id", "title", "url", "outlet", "date", "reliability", "summary_zh", "summary_en")):
        meta = f"{md(row['outlet'])} · {md(row['date'] or i18n.t('unknown', lang))} · {md(i18n.label('reliability', row['reliability'], lang))}"
        n = T.count_figures_of_news(ds, row["news_id"])  # type: ignore[arg-type]
        count = f" · {i18n.t('n_figures', lang)} {i18n.number(n, lang)}" if n else ""
        summary = md(row["summary_en"] if lang == "en" else row["summary_zh"])
        items.append(f"- **{link(news_title(row, lang), row['url'])}**  \n  :small[:gray[{meta}{count}]]  \n  {summary}")  # type: ignore[arg-type]
    if items:
        st.markdown("\n".join(items))


def news_item(ds, row: pd.Series, lang: str, key: str) -> None:  # noqa: ANN001
    """One news item: linked title, outlet and date, our summary, the figures it supports, links into views.

    The first NEWS_FIGURES figures are listed; a switch lists them all, and a line says how many are left out.
    One Markdown element holds the text, so a page of items stays light.
    """
    with st.container(border=True):
        rows = T.news_figure_rows(ds, row["news_id"])
        capped = len(rows) > NEWS_FIGURES
        text = st.empty() if capped else st  # the text comes first; a switch below it decides how many figures it lists
        everything = capped and st.toggle(i18n.t("show_all_figures", lang, n=i18n.number(len(rows), lang)), key=f"{key}_all")
        records = T.figure_records(ds, rows if everything else rows[:NEWS_FIGURES])
        meta = f"{md(row['outlet'])} · {md(row['date'] or i18n.t('unknown', lang))} · {md(i18n.label('reliability', row['reliability'], lang))}"
        parts = [
            f"**{link(news_title(row, lang), row['url'])}**  \n:small[:gray[{meta}]]",
            md(row["summary_en"] if lang == "en" else row["summary_zh"]),
        ]
        if records:
            parts.append(figure_lines(records, lang))
        if len(rows) > len(records):
            parts.append(f":small[:gray[{i18n.t('more_figures', lang, n=i18n.number(len(rows) - len(records), lang))}]]")
        text.markdown("\n\n".join(parts))
        names = {r["park_id"]: r["short_en" if lang == "en" else "short_zh"] for r in records if r["park_id"]}
        if names:
            cols = st.columns(min(len(names), 4)) if len(names) > 1 else [st]
            for n, (park_id, name) in enumerate(list(names.items())[:4]):
                cols[n].page_link(
                    "views/park.py",
                    label=f"{i18n.t('view_in', lang)} {name}",
                    icon=":material/factory:",
                    query_params=state.page_query(p=park_id),
                )


def park_map(
    ds,  # noqa: ANN001
    park_ids,  # noqa: ANN001
    sizes: dict[str, float],
    values: Callable[[list[str]], dict[str, str]],
    by: str,
    lang: str,
    key: str,
    height: int = 520,
    select: bool = False,
    limit: int = maps.MAX_POINTS,
):  # noqa: ANN201
    """The parks on a pydeck map with no basemap; clicking a park can select it.

    The ``limit`` largest by ``sizes`` are drawn one by one, with the tooltip text
    ``values`` gives for them; the rest are merged by location into grey dots, and a note says so.
    """
    parks = ds.parks if not park_ids else ds.parks[ds.parks["park_id"].isin(park_ids)]
    shown, rest = maps.split_for_map(parks, sizes, limit)
    frame = maps.map_frame(shown, values(list(shown["park_id"])), sizes, charts.park_colors(tuple(ds.parks["park_id"])), lang)
    deck = maps.park_deck(frame, height, maps.group_frame(rest, lang))
    alt = "株洲各园区位置图" if lang == "zh" else "Map of Zhuzhou's parks"
    if select:
        event = st.pydeck_chart(deck, key=key, height=height, on_select="rerun", selection_mode="single-object", alt=alt)
    else:
        event = st.pydeck_chart(deck, key=key, height=height, alt=alt)
    if len(rest):
        st.caption(i18n.t("cap_map", lang, by=by, k=i18n.number(len(shown), lang), rest=i18n.number(len(rest), lang)))
    return event


SUMMARY_COLUMNS = (
    "metric_unit", "target", "unit", "qualifier", "value_max", "aspiration", "target_year", "baseline_std", "baseline_year",
    "required_growth", "latest_std", "latest_year", "part_std", "part_period", "progress", "status",
)  # fmt: skip


def records(frame: pd.DataFrame, columns: tuple[str, ...]) -> list[dict[str, object]]:
    """Rows as dicts of these columns (``to_dict("records")`` boxes every cell of every column: slow)."""
    values = [frame[c].tolist() for c in columns]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


def target_summary(row: dict | pd.Series, lang: str) -> str:
    """One line on a target: value and year, baseline, required growth, latest actual, a later part-year actual,
    progress, status."""
    unit = row["metric_unit"]
    parts = [
        f"{i18n.t('target', lang)} {i18n.qualified(row['target'], row['unit'], row['qualifier'], lang, row['value_max'], row['aspiration'] or '')}"
        + (f" ({row['target_year']})" if pd.notna(row["target_year"]) else "")
    ]
    if pd.notna(row["baseline_std"]):
        parts.append(f"{i18n.t('baseline', lang)} {i18n.amount(row['baseline_std'], unit, lang)} ({int(row['baseline_year'])})")
    if pd.notna(row["required_growth"]):
        parts.append(f"{i18n.t('required_growth', lang)} {i18n.number(row['required_growth'] * 100, lang, 1)}%")
    if pd.notna(row["latest_std"]):
        parts.append(f"{i18n.t('latest_actual', lang)} {i18n.amount(row['latest_std'], unit, lang)} ({int(row['latest_year'])})")
    if pd.notna(row["part_std"]):
        parts.append(
            f"{i18n.t('latest_part', lang)} {i18n.amount(row['part_std'], unit, lang)} ({i18n.period_words(row['part_period'], lang)})"
        )
    if pd.notna(row["progress"]):
        parts.append(f"{i18n.t('progress', lang)} {i18n.number(row['progress'] * 100, lang, 0)}%")
    parts.append(f"{i18n.t('status', lang)}: **{md(i18n.label('status', row['status'], lang))}**")
    return " · ".join(parts)


def metric_block(series: pd.DataFrame, track: pd.DataFrame, color: str, park_name: str, lang: str, key: str) -> None:
    """A metric's chart of actuals and targets, its progress lines, and beside it the news behind it."""
    left, right = st.columns([3, 2])
    with left:
        metric = series["metric_en" if lang == "en" else "metric_zh"].iloc[0]
        chart(
            charts.metric_chart(series, color, park_name, lang),
            key=key,
            alt=i18n.t("chart_alt_park", lang, park=park_name, metric=metric),
        )
        if not track.empty:
            st.caption("  \n".join(target_summary(row, lang) for row in records(track, SUMMARY_COLUMNS)))
    with right:
        st.markdown(f"**{i18n.t('news_behind', lang)}**")
        sources(series, lang, key=f"{key}_src")


def figures_table(rich: pd.DataFrame, lang: str, key: str) -> None:
    """Figures with their qualifier, who they are reported for, and a link to their news item."""
    if rich.empty:
        st.info(i18n.t("no_match", lang))
        return
    table = pd.DataFrame(
        {
            i18n.t("parks", lang): rich["short_en" if lang == "en" else "short_zh"].fillna(rich["entity_reported"]),
            i18n.t("metric", lang): rich["metric_en" if lang == "en" else "metric_zh"],
            i18n.t("period", lang): rich["period"],
            i18n.t("kind", lang): [i18n.label("kind", k, lang) for k in rich["kind"]],
            i18n.t("value", lang): i18n.qualified_column(rich, lang),
            i18n.t("entity", lang): rich["entity_reported"],
            i18n.t("outlet", lang): rich["outlet"],
            i18n.t("date", lang): rich["news_date"].fillna(""),
            "url": safe_urls(rich["url"]),
            i18n.t("locator", lang): rich["locator"],
        }
    )
    st.dataframe(
        table,
        hide_index=True,
        key=key,
        width="stretch",
        column_config=link_column(lang),
    )


def targets_table(track: pd.DataFrame, lang: str, key: str) -> None:
    """The tracker as a sortable table. Percentages stay float columns (so they sort by value) and a
    missing one shows ``i18n.MISSING``, like the text columns, never Streamlit's "None"."""
    unit = track["metric_unit"]
    table = pd.DataFrame(
        {
            i18n.t("parks", lang): track["short_en" if lang == "en" else "short_zh"].fillna(track["entity_reported"]),
            i18n.t("metric", lang): track["metric_en" if lang == "en" else "metric_zh"],
            i18n.t("baseline", lang): [
                i18n.MISSING if pd.isna(b) else f"{i18n.amount(b, u, lang)} ({int(y)})"
                for b, u, y in zip(track["baseline_std"], unit, track["baseline_year"], strict=True)
            ],
            i18n.t("target", lang): i18n.qualified_column(track, lang, "target"),
            i18n.t("target_year", lang): [str(int(y)) if pd.notna(y) else i18n.t("no_year", lang) for y in track["target_year"]],
            i18n.t("required_growth", lang): pd.to_numeric(track["required_growth"], errors="coerce").astype(float) * 100,
            i18n.t("latest_actual", lang): [
                i18n.MISSING if pd.isna(v) else f"{i18n.amount(v, u, lang)} ({int(y)})"
                for v, u, y in zip(track["latest_std"], unit, track["latest_year"], strict=True)
            ],
            "latest_url": safe_urls(track["latest_url"]),
            i18n.t("progress", lang): pd.to_numeric(track["progress"], errors="coerce").astype(float) * 100,
            i18n.t("status", lang): [i18n.label("status", s, lang) for s in track["status"]],
            i18n.t("latest_part", lang): [  # 2025H1 beside a 2025 target: shown, not judged (a half is not the year)
                i18n.MISSING if pd.isna(v) else f"{i18n.amount(v, u, lang)} ({i18n.period_words(p, lang)})"
                for v, u, p in zip(track["part_std"], unit, track["part_period"], strict=True)
            ],
            "url": safe_urls(track["url"]),
            i18n.t("period", lang): track["period_text"],
        }
    )
    st.dataframe(
        table,
        hide_index=True,
        key=key,
        width="stretch",
        placeholder=i18n.MISSING,  # a missing value (NaN in the number columns) shows this, not "None"
        column_config={
            i18n.t("required_growth", lang): st.column_config.NumberColumn(format="%.1f%%"),
            i18n.t("progress", lang): st.column_config.NumberColumn(format="%.0f%%"),
            **link_column(lang, "latest_url", "latest_source"),
            **link_column(lang, "url", "target_source"),
        },
    )


def picked_park(event: object) -> str | None:
    """The park id a map click selected, if any."""
    selection = getattr(event, "selection", None) or {}
    objects = (selection.get("objects") or {}).get("parks") or []
    return objects[0].get("park_id") if objects else None


def facts(items: list[tuple[str, str, str]], lang: str) -> None:
    """Label and value for each fact, in one row; the notes (sources, conflicts) in an expander below."""
    for col, (label_text, value, _) in zip(st.columns(len(items)), items, strict=True):
        with col:
            st.caption(md(label_text))
            st.markdown(f"**{md(value)}**")
    notes = [(label_text, note) for label_text, _, note in items if note]
    if notes:
        with st.expander(i18n.t("notes", lang), icon=":material/info:"):
            st.markdown("\n".join(f"- **{md(label_text)}**: {md(note)}" for label_text, note in notes))


def industries_table(rows: pd.DataFrame, lang: str, key: str) -> None:
    """A park's stated industries: role, since when, and the news item that states it."""
    if rows.empty:
        st.info(i18n.t("no_data", lang))
        return
    ordered = rows.sort_values("role", key=lambda s: s.map(T.ROLE_RANK), kind="stable")
    table = pd.DataFrame(
        {
            i18n.t("industries", lang): ordered["name_en" if lang == "en" else "name_zh"],
            i18n.t("role", lang): [i18n.label("role", r, lang) for r in ordered["role"]],
            i18n.t("valid", lang): [
                f"{a or ''} – {b or ''}".strip(" –")
                for a, b in zip(ordered["valid_from"].fillna(""), ordered["valid_to"].fillna(""), strict=True)
            ],
            i18n.t("outlet", lang): ordered["outlet"],
            i18n.t("date", lang): ordered["news_date"].fillna(""),
            "url": safe_urls(ordered["url"]),
        }
    )
    st.dataframe(
        table,
        hide_index=True,
        key=key,
        width="stretch",
        column_config=link_column(lang),
    )
