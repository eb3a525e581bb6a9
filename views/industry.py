"""Industry: which parks target it and in what role, their figures, its news."""

import streamlit as st

from parkdash import charts, i18n
from parkdash import transforms as T
from parkdash.ui import components as C
from parkdash.ui import frame, state
from parkdash.ui.data import dataset

PARKS_PER_PAGE, FIGURES_PER_PAGE, NEWS_PER_PAGE = 40, 100, 20  # beyond these, paged with a note

ds, lang, f = dataset(), frame.lang(), frame.filters()
T.warm(ds)  # the per-data-set indexes, built by the first page after a restart
inds = ds.industries.sort_values("framework", key=lambda s: s.map({"hunan-332": 0, "zhuzhou-332": 1, "park": 2}), kind="stable")
names = {
    r.industry_id: f"{r.name_en if lang == 'en' else r.name_zh} · {i18n.label('framework', r.framework, lang)}"
    for r in inds.itertuples()
}
options = list(names)
state.page_value("i", options, f.inds[0] if f.inds else T.busiest_industry(ds), keep_default=True)
ind_id = st.selectbox(
    i18n.t("choose_industry", lang), options, format_func=names.get, key="w_i", on_change=state.on_page_change, args=("i",)
)
row = ds.industries.set_index("industry_id").loc[ind_id]
st.title(row["name_en"] if lang == "en" else row["name_zh"])
tier = f" · {i18n.label('tier', row['tier'], lang)}" if row["tier"] else ""
st.caption(f"{i18n.label('framework', row['framework'], lang)}{tier}" + (f" · {C.md(row['note'])}" if row["note"] else ""))

rows = T.industry_parks(ds, ind_id)
if f.parks:
    rows = rows[rows["park_id"].isin(f.parks)]
st.subheader(i18n.t("parks_targeting", lang))
if rows.empty:
    st.info(i18n.t("no_match", lang))
else:
    park_ids = list(dict.fromkeys(rows["park_id"]))
    start, stop = C.pager(len(park_ids), PARKS_PER_PAGE, "industry_parks_page", lang)
    rows = rows[rows["park_id"].isin(park_ids[start:stop])]
    left, right = st.columns([3, 2])
    colors = charts.park_colors(tuple(ds.parks["park_id"]))
    with left:
        C.chart(
            charts.industry_chart(rows, colors, lang, i18n.t("parks_targeting", lang)),
            key="industry_chart",
            alt=i18n.t("parks_targeting", lang),
        )
    with right:
        st.markdown(f"**{i18n.t('news_behind', lang)}**")
        C.sources(T.matrix_sources(ds, rows.assign(via=rows["industry_id"])[["park_id", "via"]], lang), lang, key="industry_src")

scoped = T.Filters(f.parks, (ind_id,), f.year_from, f.year_to)
st.subheader(i18n.t("related_figures", lang))
figures = T.observation_rows(ds, scoped)
start, stop = C.pager(len(figures), FIGURES_PER_PAGE, "industry_figures_page", lang)
C.figures_table(T.enriched_rows(ds, figures[start:stop]), lang, key="industry_figures")
st.subheader(i18n.t("its_news", lang))
news = T.news_rows(ds, scoped)
start, stop = C.pager(len(news), NEWS_PER_PAGE, "industry_news_page", lang)
C.news_list(ds, ds.news.iloc[news[start:stop]], lang)  # their figures are in the table above
