"""Five-year targets: for every park and target, the baseline, the path it needs, the latest actual, the status."""

import streamlit as st

from parkdash import charts, i18n
from parkdash import transforms as T
from parkdash.ui import components as C
from parkdash.ui import frame, state
from parkdash.ui.data import dataset

ds, lang, f = dataset(), frame.lang(), frame.filters()
st.title(i18n.t("page_targets", lang))
st.caption(i18n.t("plan_period", lang))
track = T.tracker(ds, f)
metric_names = dict(zip(ds.metrics["metric_id"], ds.metrics["name_en" if lang == "en" else "name_zh"], strict=True))
options = [""] + sorted(set(track["metric_id"]), key=lambda m: metric_names[m])
state.page_value("m", options, "")
metric = st.selectbox(
    i18n.t("choose_metric", lang),
    options,
    key="w_m",
    on_change=state.on_page_change,
    args=("m",),
    format_func=lambda m: metric_names.get(m) or ("全部指标" if lang == "zh" else "All metrics"),
)
if metric:
    track = track[track["metric_id"] == metric]
if track.empty:
    st.info(i18n.t("no_match", lang))
    st.stop()
C.chart(charts.status_chart(track, list(ds.parks["park_id"]), lang), key="status_chart", alt=i18n.t("status_chart", lang))
C.targets_table(track, lang, key="targets_table")
with st.expander(i18n.t("sources", lang), expanded=False):
    C.sources(track, lang, key="targets_src")
