"""News: filter by park, industry, date and words; each item with its summary and the figures it supports."""

import streamlit as st

from parkdash import i18n
from parkdash import transforms as T
from parkdash.links import MAX_WORDS
from parkdash.ui import components as C
from parkdash.ui import frame, state
from parkdash.ui.data import dataset

PAGE_SIZE = 25

ds, lang, f = dataset(), frame.lang(), frame.filters()
T.warm(ds)  # the per-data-set indexes, built by the first page after a restart
st.title(i18n.t("page_news", lang))
state.page_value("q", [state.view().page.get("q", "")], "")
words = st.text_input(i18n.t("search_words", lang), key="w_q", max_chars=MAX_WORDS, on_change=state.on_page_change, args=("q",))
news = T.news_rows(ds, f, words)
st.caption(f"{len(news)} / {len(ds.news)}")
if not len(news):
    st.info(i18n.t("no_match", lang))
start, stop = C.pager(len(news), PAGE_SIZE, "news_page", lang)
for n, row in ds.news.iloc[news[start:stop]].iterrows():
    C.news_item(ds, row, lang, key=f"news_{n}")
