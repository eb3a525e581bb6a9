"""Five-year targets: for every park and target, the baseline, the path it needs, the latest actual, the status."""

import streamlit as st

from parkdash import charts, i18n
from parkdash import transforms as T
from parkdash.ui import components as C
from parkdash.ui import frame, state
from parkdash.ui.data import dataset

ROWS_PER_PAGE, CHART_PARKS = 100, 30  # beyond these: paged / the parks with most targets, with a note

ds, lang, f = dataset(), frame.lang(), frame.filters()
T.warm(ds)  # the per-data-set indexes, built by the first page after a restart
st.title(i18n.t("page_targets", lang))
st.caption(i18n.t("plan_period", lang))
rows = T.tracker_rows(ds, f)
metric_names = dict(zip(ds.metrics["metric_id"], ds.metrics["name_en" if lang == "en" else "name_zh"], strict=True))
options = [""] + sorted(T.tracker_metrics(ds, rows), key=lambda m: metric_names[m])
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
    rows = T.tracker_rows(ds, f, metric)
if not len(rows):
    st.info(i18n.t("no_match", lang))
    st.stop()
counts = T.tracker_status_counts(ds, rows)
counts = counts.assign(n_targets=counts[list(T.STATUSES)].sum(axis=1), name=counts["short_en" if lang == "en" else "short_zh"])
top, rest, sums = T.top_and_rest(counts, CHART_PARKS, "n_targets", T.STATUSES)
C.chart(charts.status_chart(top, lang), key="status_chart", alt=i18n.t("status_chart", lang))
if rest:
    statuses = ("、" if lang == "zh" else ", ").join(
        f"{i18n.label('status', k, lang)} {i18n.number(v, lang)}" for k, v in sums.items() if v
    )
    st.caption(i18n.t("cap_top_targets", lang, k=CHART_PARKS, rest=i18n.number(rest, lang), statuses=statuses))
start, stop = C.pager(len(rows), ROWS_PER_PAGE, "targets_page", lang)
track = T.tracker_frame(ds, rows[start:stop])
C.targets_table(track, lang, key="targets_table")
st.caption(i18n.t("required_growth_note", lang))
with st.expander(i18n.t("sources", lang), expanded=False):  # the targets' news and the actuals' shown beside them
    C.sources(T.tracker_sources(ds, rows[start:stop]), lang, key="targets_src")
