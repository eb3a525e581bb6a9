"""Overview: headline figures per park, a map, the park × industry matrix, latest news."""

import streamlit as st

from parkdash import charts, i18n
from parkdash import transforms as T
from parkdash.ui import components as C
from parkdash.ui import frame
from parkdash.ui.data import dataset

# beyond these, a note says what is left out: the table is paged; the chart, the matrices and the map
# show the parks with most figures / most industries of the framework / most figures
TABLE_ROWS, CHART_PARKS, MATRIX_PARKS, MAP_PARKS = 100, 25, 30, 100

ds, lang, f = dataset(), frame.lang(), frame.filters()
T.warm(ds)  # the per-data-set indexes, built by the first page after a restart
st.title(i18n.t("app_title", lang))
st.caption(i18n.t("app_subtitle", lang))

head = T.headline(ds, f.parks)
n_figures, n_targets = T.observation_counts(ds, f)
cols = st.columns(4)
cols[0].metric(i18n.t("parks", lang), len(head))
cols[1].metric(i18n.t("n_figures", lang), n_figures)
cols[2].metric(i18n.t("n_targets", lang), n_targets)
cols[3].metric(i18n.t("n_news", lang), len(T.news_rows(ds, f)))

colors = charts.park_colors(tuple(ds.parks["park_id"]))
st.subheader(i18n.t("headline", lang))
start, stop = C.pager(len(head), TABLE_ROWS, "headline_page", lang)
part = head.iloc[start:stop]
table = part.assign(
    name=part["short_en" if lang == "en" else "short_zh"],
    level=[i18n.label("level", x, lang) for x in part["level"]],
    lead=part["lead_en" if lang == "en" else "lead_zh"],
)[["name", "level", "founded", "n_figures", "n_targets", "n_news", "lead"]]
table.columns = [i18n.t(k, lang) for k in ("parks", "level", "founded", "n_figures", "n_targets", "n_news", "lead_industries")]
st.dataframe(table, hide_index=True, width="stretch", key="headline_table")
left, right = st.columns([1, 1])
with left:
    top, rest, sums = T.top_and_rest(head, CHART_PARKS, "n_figures", ("n_figures", "n_targets"))
    C.chart(charts.counts_chart(top, colors, lang), key="counts", alt=i18n.t("figures_by_park", lang))
    if rest:
        figures, targets = (i18n.number(sums[c], lang) for c in ("n_figures", "n_targets"))
        st.caption(i18n.t("cap_top_figures", lang, k=CHART_PARKS, rest=i18n.number(rest, lang), figures=figures, targets=targets))
with right:
    figures = dict(zip(head["park_id"], head["n_figures"], strict=True))
    C.park_map(
        ds,
        f.parks,
        {p: float(n) for p, n in figures.items()},
        lambda ids: {p: f"{i18n.t('n_figures', lang)}: {figures[p]}" for p in ids},
        i18n.t("size_by_figures", lang),
        lang,
        key="overview_map",
        height=480,
        limit=MAP_PARKS,
    )
    st.caption(i18n.t("map_note", lang))

for framework, title_key in (("hunan-332", "matrix_title"), ("zhuzhou-332", "matrix_title_zz")):
    matrix = T.industry_matrix(ds, framework, f.parks)
    items = ds.industries[ds.industries["framework"] == framework]
    parks, n_parks = T.matrix_parks(ds, framework, f.parks, MATRIX_PARKS)
    matrix = matrix[matrix["park_id"].isin(parks["park_id"])]
    C.chart(
        charts.matrix_chart(matrix, parks, items, lang, i18n.t(title_key, lang)),
        key=f"matrix_{framework}",
        alt=i18n.t(title_key, lang),
    )
    if n_parks > len(parks):
        st.caption(i18n.t("cap_matrix", lang, k=len(parks), n=i18n.number(n_parks, lang)))
    with st.expander(i18n.t("sources", lang)):
        C.sources(T.matrix_sources(ds, matrix, lang), lang, key=f"matrix_src_{framework}")
st.caption(i18n.t("matrix_note", lang))

st.subheader(i18n.t("latest_news", lang))
for n, row in ds.news.iloc[T.news_rows(ds, f)[:5]].iterrows():
    C.news_item(ds, row, lang, key=f"latest_{n}")
