"""Overview: headline figures per park, a map, the park × industry matrix, latest news."""

import streamlit as st

from parkdash import charts, i18n
from parkdash import transforms as T
from parkdash.ui import components as C
from parkdash.ui import frame
from parkdash.ui.data import dataset

ds, lang, f = dataset(), frame.lang(), frame.filters()
st.title(i18n.t("app_title", lang))
st.caption(i18n.t("app_subtitle", lang))

head = T.headline(ds, f.parks)
obs = T.filter_observations(ds, f)
cols = st.columns(4)
cols[0].metric(i18n.t("parks", lang), len(head))
cols[1].metric(i18n.t("n_figures", lang), int((obs["kind"] != "target").sum()))
cols[2].metric(i18n.t("n_targets", lang), int((obs["kind"] == "target").sum()))
cols[3].metric(i18n.t("n_news", lang), len(T.filter_news(ds, f)))

colors = charts.park_colors(tuple(ds.parks["park_id"]))
st.subheader(i18n.t("headline", lang))
table = head.assign(
    name=head["short_en" if lang == "en" else "short_zh"],
    level=[i18n.label("level", x, lang) for x in head["level"]],
    lead=head["lead_en" if lang == "en" else "lead_zh"],
)[["name", "level", "founded", "n_figures", "n_targets", "n_news", "lead"]]
table.columns = [i18n.t(k, lang) for k in ("parks", "level", "founded", "n_figures", "n_targets", "n_news", "lead_industries")]
st.dataframe(table, hide_index=True, width="stretch", key="headline_table")
left, right = st.columns([1, 1])
with left:
    C.chart(charts.counts_chart(head, colors, lang), key="counts", alt=i18n.t("figures_by_park", lang))
with right:
    sizes = dict(zip(head["park_id"], head["n_figures"].astype(float), strict=True))
    values = {p: f"{i18n.t('n_figures', lang)}: {n}" for p, n in zip(head["park_id"], head["n_figures"], strict=True)}
    C.park_map(ds, f.parks, values, sizes, lang, key="overview_map", height=480)
    st.caption(i18n.t("map_note", lang))

for framework, title_key in (("hunan-332", "matrix_title"), ("zhuzhou-332", "matrix_title_zz")):
    matrix = T.industry_matrix(ds, framework, f.parks)
    items = ds.industries[ds.industries["framework"] == framework]
    parks = ds.parks if not f.parks else ds.parks[ds.parks["park_id"].isin(f.parks)]
    C.chart(
        charts.matrix_chart(matrix, parks, items, lang, i18n.t(title_key, lang)),
        key=f"matrix_{framework}",
        alt=i18n.t(title_key, lang),
    )
    with st.expander(i18n.t("sources", lang)):
        C.sources(T.matrix_sources(ds, matrix, lang), lang, key=f"matrix_src_{framework}")
st.caption(i18n.t("matrix_note", lang))

st.subheader(i18n.t("latest_news", lang))
for n, row in T.filter_news(ds, f).head(5).iterrows():
    C.news_item(row, T.figures_of_news(ds, row["news_id"]), lang, key=f"latest_{n}")
