"""Park profile: facts, industries with roles, every metric against its targets, beside its news."""

import numpy as np
import streamlit as st

from parkdash import charts, i18n
from parkdash import transforms as T
from parkdash.ui import components as C
from parkdash.ui import frame, state
from parkdash.ui.data import dataset

CHARTS_PER_PAGE, ROWS_PER_PAGE = 6, 200  # beyond these, paged with a note

ds, lang, f = dataset(), frame.lang(), frame.filters()
T.warm(ds)  # the per-data-set indexes, built by the first page after a restart
options = list(f.parks or ds.parks["park_id"])
names = dict(zip(ds.parks["park_id"], ds.parks["short_en" if lang == "en" else "short_zh"], strict=True))
state.page_value("p", options, options[0], keep_default=True)
park_id = st.selectbox(
    i18n.t("choose_park", lang), options, format_func=names.get, key="w_p", on_change=state.on_page_change, args=("p",)
)
park = ds.parks.set_index("park_id").loc[park_id]
st.title(f"{park['name_en'] if lang == 'en' else park['name_zh']}")

facts = T.park_facts(ds, park_id, lang)
C.facts(facts, lang)

st.subheader(i18n.t("park_industries", lang))
C.industries_table(T.park_industry_rows(ds, park_id, lang), lang, key="park_industries")

state.page_value("tab", ["chart", "table", "sources"], "chart")
tab = (
    st.segmented_control(
        " ",
        ["chart", "table", "sources"],
        key="w_tab",
        label_visibility="collapsed",
        format_func=lambda k: i18n.t(f"tab_{k}", lang),
        on_change=state.on_page_change,
        args=("tab",),
    )
    or "chart"
)
groups = T.park_metric_rows(ds, park_id, f)
charted = [m for m, rows in groups.items() if T.worth_a_chart(rows)]
singles = [rows for m, rows in groups.items() if m not in charted]
if not groups:
    st.info(i18n.t("no_match", lang))
elif tab == "chart":
    mine = T.Filters((park_id,), f.inds, f.year_from, f.year_to)
    color = charts.park_colors(tuple(ds.parks["park_id"]))[park_id]
    if len(charted) > CHARTS_PER_PAGE:
        st.caption(i18n.t("cap_metrics", lang, n=len(charted), k=CHARTS_PER_PAGE))
    start, stop = C.pager(len(charted), CHARTS_PER_PAGE, "metric_page", lang)
    shown = charted[start:stop]
    series = T.enriched_groups(ds, {m: groups[m] for m in shown})
    tracks = T.tracker_by_metric(ds, mine, shown) if shown else {}
    for metric_id in shown:
        C.metric_block(series[metric_id], tracks[metric_id], color, names[park_id], lang, key=f"m_{metric_id}")
    if singles:
        st.subheader(i18n.t("single_figures", lang))
        C.figures_table(T.enriched_rows(ds, np.concatenate(singles)), lang, key="singles")
else:
    rows = np.concatenate(list(groups.values()))
    start, stop = C.pager(len(rows), ROWS_PER_PAGE, f"{tab}_page", lang)
    if tab == "table":
        C.figures_table(T.enriched_rows(ds, rows[start:stop]), lang, key="all_figures")
    else:
        C.sources(T.enriched_rows(ds, rows[start:stop]), lang, key="all_sources")
