"""parkdash: the frame around every page (page config, shared filters, navigation)."""

import streamlit as st

from parkdash import i18n
from parkdash.config import PROJECT_ROOT
from parkdash.ui import frame, state
from parkdash.ui.data import pin

st.set_page_config(page_title="株洲园区看板 · parkdash", page_icon=str(PROJECT_ROOT / "static" / "favicon.png"), layout="wide")

data = pin()
if data.dataset is None:
    frame.show_data_status(data, "en" if st.query_params.get("lang") == "en" else "zh")
    st.stop()

ds = data.dataset
choices = frame.choices(ds)
view = state.sync_from_url(choices)
lang = view.lang
st.set_page_config(
    page_title=f"{i18n.t('app_title', lang)} · parkdash", initial_sidebar_state="collapsed" if view.present else "auto"
)

pages = [
    st.Page(spec.path, title=i18n.t(spec.title_key, lang), icon=spec.icon, url_path=spec.url_path, default=(n == 0))
    for n, spec in enumerate(frame.PAGES)
]
page = st.navigation(pages)
spec = frame.spec_for(page.url_path)

frame.sidebar(ds, choices)
frame.presentation()
frame.show_notices()
frame.show_data_status(data, lang)
page.run()
frame.share_box(spec)
state.write_url(spec.keys)
