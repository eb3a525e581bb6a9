"""Map: the parks with no basemap, sized by a chosen metric; clicking a park opens its profile."""

import streamlit as st

from parkdash import i18n
from parkdash import transforms as T
from parkdash.ui import components as C
from parkdash.ui import frame, state
from parkdash.ui.data import dataset

ROWS_PER_PAGE = 100  # figures listed under the map; beyond, paged with a note

ds, lang, f = dataset(), frame.lang(), frame.filters()
T.warm(ds)  # the per-data-set indexes, built by the first page after a restart
st.title(i18n.t("page_map", lang))
metric_names = dict(zip(ds.metrics["metric_id"], ds.metrics["name_en" if lang == "en" else "name_zh"], strict=True))
options = [""] + T.mapped_metrics(ds)
state.page_value("m", options, "")
metric = st.selectbox(
    i18n.t("size_by", lang),
    options,
    key="w_m",
    on_change=state.on_page_change,
    args=("m",),
    format_func=lambda m: metric_names.get(m) or i18n.t("size_by_figures", lang),
)
if metric:
    latest = T.latest_by_park(ds, metric, f)
    sizes = dict(zip(latest["park_id"], latest["value_std"], strict=True))

    def values(ids: list[str]) -> dict[str, str]:
        shown = latest[latest["park_id"].isin(ids)]
        return {
            r.park_id: f"{metric_names[metric]}: {i18n.qualified(r.value, r.unit, r.qualifier, lang)} ({r.period}, {r.entity_reported})"
            for r in shown.itertuples()
        }
else:
    head = T.headline(ds, f.parks)
    figures = dict(zip(head["park_id"], head["n_figures"], strict=True))
    sizes = {p: float(n) for p, n in figures.items()}

    def values(ids: list[str]) -> dict[str, str]:
        return {p: f"{i18n.t('n_figures', lang)}: {figures[p]}" for p in ids}


by = metric_names[metric] if metric else i18n.t("size_by_figures", lang)
event = C.park_map(ds, f.parks, sizes, values, by, lang, key="park_map", height=620, select=True)
st.caption(i18n.t("map_note", lang))
picked = C.picked_park(event)
if picked:
    st.switch_page("views/park.py", query_params=state.page_query(p=picked))
if metric:
    start, stop = C.pager(len(latest), ROWS_PER_PAGE, "map_figures_page", lang)
    C.figures_table(latest.iloc[start:stop], lang, key="map_figures")
