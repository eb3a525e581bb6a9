"""The frame around every page: page config, the shared filters, navigation, notices, sharing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from parkdash import i18n, links
from parkdash.load import Dataset
from parkdash.transforms import Filters
from parkdash.ui import state
from parkdash.ui.data import Current


@dataclass(frozen=True)
class PageSpec:
    path: str
    title_key: str
    icon: str
    url_path: str
    keys: tuple[str, ...]  # the page's own URL keys


PAGES = (
    PageSpec("views/overview.py", "page_overview", ":material/dashboard:", "overview", ()),
    PageSpec("views/park.py", "page_park", ":material/factory:", "park", ("p", "tab")),
    PageSpec("views/industry.py", "page_industry", ":material/category:", "industry", ("i",)),
    PageSpec("views/targets.py", "page_targets", ":material/flag:", "targets", ("m",)),
    PageSpec("views/map.py", "page_map", ":material/map:", "map", ("m",)),
    PageSpec("views/news.py", "page_news", ":material/newspaper:", "news", ("q",)),
    PageSpec("views/data.py", "page_data", ":material/table:", "data", ("t",)),
    PageSpec("views/add.py", "page_add", ":material/post_add:", "add", ()),
)


def spec_for(url_path: str) -> PageSpec:
    """The page spec of the running page (the default page is served at ``/``)."""
    return next((p for p in PAGES if p.url_path == url_path), PAGES[0])


PRESENT_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], footer {display: none !important;}
html {font-size: 21px;}
.block-container {padding-top: 1.2rem; max-width: 96vw;}
</style>"""


def choices(ds: Dataset) -> links.Choices:
    years = ds.observations["end_year"].dropna()
    lo = min(int(years.min()) if len(years) else 2015, links.DEFAULT_FROM)
    hi = max(int(years.max()) if len(years) else 2025, links.DEFAULT_TO)
    return links.Choices(
        parks=tuple(ds.parks["park_id"]),
        industries=tuple(ds.industries["industry_id"]),
        metrics=tuple(ds.metrics["metric_id"]),
        year_bounds=(max(lo, links.YEAR_BOUNDS[0]), min(hi, links.YEAR_BOUNDS[1])),
    )


def filters() -> Filters:
    v = state.view()
    return Filters(v.parks, v.inds, v.year_from, v.year_to)


def lang() -> str:
    return state.view().lang


def _changed(field: str, key: str, convert=lambda v: v) -> None:  # noqa: ANN001
    state.update(**{field: convert(st.session_state[key])})


def _years_changed() -> None:
    lo, hi = st.session_state["w_years"]
    state.update(year_from=int(lo), year_to=int(hi))


def sidebar(ds: Dataset, ch: links.Choices) -> None:
    """The shared filters, created once here; their values live in the view state and the URL."""
    v = state.view()
    lg = v.lang
    st.session_state.update(
        w_lang=lg, w_park=list(v.parks), w_ind=list(v.inds), w_years=(v.year_from, v.year_to), w_present=v.present
    )
    names = dict(zip(ds.parks["park_id"], ds.parks["short_en" if lg == "en" else "short_zh"], strict=True))
    inds = ds.industries.sort_values("framework", key=lambda s: s.map({"hunan-332": 0, "zhuzhou-332": 1, "park": 2}))
    ind_names = {
        r.industry_id: f"{r.name_en if lg == 'en' else r.name_zh} · {i18n.label('framework', r.framework, lg)}"
        for r in inds.itertuples(index=False)
    }
    with st.sidebar:
        st.radio(
            i18n.t("language", lg),
            ["zh", "en"],
            format_func={"zh": "中文", "en": "English"}.get,
            key="w_lang",
            horizontal=True,
            on_change=_changed,
            args=("lang", "w_lang"),
        )
        st.multiselect(
            i18n.t("parks", lg),
            list(names),
            format_func=names.get,
            key="w_park",
            placeholder=i18n.t("all_parks", lg),
            on_change=_changed,
            args=("parks", "w_park", tuple),
        )
        st.multiselect(
            i18n.t("industries", lg),
            list(ind_names),
            format_func=ind_names.get,
            key="w_ind",
            placeholder=i18n.t("all_industries", lg),
            on_change=_changed,
            args=("inds", "w_ind", tuple),
        )
        st.slider(
            i18n.t("years", lg), min_value=ch.year_bounds[0], max_value=ch.year_bounds[1], key="w_years", on_change=_years_changed
        )
        st.toggle(i18n.t("present", lg), key="w_present", on_change=_changed, args=("present", "w_present", bool))


def app_base(url: str | None) -> str:
    """The app's own address from the browser's URL: without the query and without a page's path."""
    base = (url or "http://localhost:8501").split("?")[0].split("#")[0].rstrip("/")
    for spec in PAGES:
        if base.endswith(f"/{spec.url_path}"):
            return base[: -len(spec.url_path) - 1]
    return base


def share_link(page: PageSpec) -> str:
    v = state.view()
    v = links.ViewState(
        v.lang, v.parks, v.inds, v.year_from, v.year_to, v.present, {k: x for k, x in v.page.items() if k in page.keys}
    )
    path = "" if page is PAGES[0] else f"/{page.url_path}"
    return f"{app_base(st.context.url)}{path}{links.query_string(v)}"


def share_box(page: PageSpec) -> None:
    lg = lang()
    with st.sidebar.expander(i18n.t("share", lg), icon=":material/link:"):
        st.caption(i18n.t("share_help", lg))
        st.code(share_link(page), language=None, wrap_lines=True)


def presentation() -> None:
    """Presentation mode: no sidebar or chrome, larger type, and a way back."""
    if not state.view().present:
        return
    st.html(PRESENT_CSS)
    if st.button(i18n.t("present_exit", lang()), icon=":material/close_fullscreen:", key="exit_present", type="tertiary"):
        state.update(present=False)
        st.rerun()


def show_notices() -> None:
    items = state.notices()
    if not items:
        return
    lg = lang()
    named = [n for n in items if not n.startswith("+")]
    unknown = [n[1:] for n in items if n.startswith("+")]
    text = i18n.t("notice_bad_link", lg) + ", ".join(f"`{n}`" for n in named)
    if unknown:
        text += ("；另有 " + unknown[0] + " 个未知参数被忽略") if lg == "zh" else f"; {unknown[0]} unknown parameter(s) ignored"
    st.warning(text, icon=":material/link_off:")


def problem_text(problems: list) -> str:
    """Problems as file:row:column: reason, with a file's name, never the server's path to it."""
    return "\n".join(f"{Path(p.file).name}:{p.row}:{p.column}: {p.reason}" for p in problems)


def show_data_status(current: Current, lg: str) -> None:
    if not current.problems:
        return
    st.error(i18n.t("data_rejected" if current.dataset is not None else "data_unavailable", lg), icon=":material/error:")
    shown = problem_text(current.problems[:50])
    more = len(current.problems) - 50
    st.code(shown + (f"\n… +{more}" if more > 0 else ""), language=None)
