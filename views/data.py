"""Data: the tables narrowed by the shared filters, downloads with source columns, the quality report."""

import streamlit as st

from parkdash import exports, i18n, links
from parkdash import transforms as T
from parkdash.ui import components as C
from parkdash.ui import frame, state
from parkdash.ui.data import dataset, pinned

ROWS_PER_PAGE = 200  # shown a page at a time; the downloads hold every row within the filters

ds, lang, f = dataset(), frame.lang(), frame.filters()
T.warm(ds)  # the per-data-set indexes, built by the first page after a restart
st.title(i18n.t("page_data", lang))
state.page_value("t", list(links.TABLE_NAMES), "observations")
name = (
    st.segmented_control(
        i18n.t("table_pick", lang),
        list(links.TABLE_NAMES),
        key="w_t",
        on_change=state.on_page_change,
        args=("t",),
        format_func=lambda t: i18n.label("table", t, lang),
    )
    or "observations"
)
table, rows = T.data_rows(ds, name, f)
total = len(table) if rows is None else len(rows)
st.caption(f"{total} {i18n.t('rows', lang)}")
start, stop = C.pager(total, ROWS_PER_PAGE, f"data_page_{name}", lang)
st.dataframe(T.sourced(ds, T.data_part(table, name, rows, start, stop)), hide_index=True, width="stretch", key="data_table")


def full() -> object:
    return exports.with_sources(ds, T.data_part(table, name, rows))


cols = st.columns(2)
cols[0].download_button(
    i18n.t("download_csv", lang),
    lambda: exports.to_csv(full()),
    file_name=f"parkdash-{name}.csv",
    mime="text/csv",
    icon=":material/download:",
    on_click="ignore",
)
cols[1].download_button(
    i18n.t("download_xlsx", lang),
    lambda: exports.to_xlsx(full(), name),
    file_name=f"parkdash-{name}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    icon=":material/download:",
    on_click="ignore",
)

st.subheader(i18n.t("quality", lang))
status = pinned()
if status.problems:
    st.error(i18n.t("data_rejected", lang))
    st.code(frame.problem_text(status.problems), language=None)
else:
    st.success(i18n.t("quality_ok", lang) + ", ".join(f"{i18n.label('table', k, lang)} {v}" for k, v in ds.counts().items()))
