"""The view state of a session, kept in step with the URL.

One canonical :class:`~parkdash.links.ViewState` lives in ``st.session_state``. It is read from the
URL when a session starts (and when the URL changes from outside, e.g. a link inside the app),
widgets are seeded from it on every run and write back through their ``on_change`` callbacks, and
the URL is rewritten from it at the end of each run. Widgets are not bound to the URL directly:
Streamlit's ``bind="query-params"`` writes the displayed label into the link, which would put
Chinese names into links and break them when the language changes; here links carry ASCII ids.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from parkdash import links

_VIEW = "_pd_view"
_WRITTEN = "_pd_written"
_NOTICES = "_pd_notices"


def _current_query() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def sync_from_url(choices: links.Choices) -> links.ViewState:
    """The canonical view state, (re)read from the URL on a session's first run or an outside change."""
    query = _current_query()
    if _VIEW not in st.session_state:
        state, notices = links.parse(query, choices)
        st.session_state[_VIEW] = state
        st.session_state[_NOTICES] = notices
    elif query and query != st.session_state.get(_WRITTEN):
        # a link inside the app (page_link / switch_page) carries a whole view: apply what it names
        parsed, notices = links.parse(query, choices)
        old: links.ViewState = st.session_state[_VIEW]
        st.session_state[_VIEW] = replace(
            parsed,
            lang=parsed.lang if "lang" in query else old.lang,
            parks=parsed.parks if "park" in query else old.parks,
            inds=parsed.inds if "ind" in query else old.inds,
            year_from=parsed.year_from if "from" in query else old.year_from,
            year_to=parsed.year_to if "to" in query else old.year_to,
            present=parsed.present if "present" in query else old.present,
        )
        st.session_state[_NOTICES] = notices
        for key, value in parsed.page.items():
            st.session_state[f"w_{key}"] = value
    return st.session_state[_VIEW]


def view() -> links.ViewState:
    return st.session_state[_VIEW]


def notices() -> list[str]:
    return st.session_state.get(_NOTICES, [])


def update(**changes: object) -> None:
    """Change the canonical state (shared fields) and drop the link notices: the user has moved on."""
    st.session_state[_VIEW] = replace(view(), **changes)
    st.session_state[_NOTICES] = []


def set_page(key: str, value: str | None) -> None:
    st.session_state[_VIEW] = view().with_page(**{key: value})


def page_value(key: str, options: list[str], default: str | None, keep_default: bool = False) -> str | None:
    """Seed a page widget (its key is ``w_<key>``) from the view; return the value to show.

    ``keep_default`` writes the value into the link even when it is the default (a park or an
    industry page always names what it shows).
    """
    value = view().page.get(key)
    if value not in options:
        value = default
    st.session_state[f"w_{key}"] = value
    if keep_default or value != default:
        set_page(key, value)
    return value


def on_page_change(key: str) -> None:
    set_page(key, st.session_state.get(f"w_{key}"))
    st.session_state[_NOTICES] = []


def page_query(**page: str) -> dict[str, list[str] | str]:
    """The query of the current shared view plus page keys: for links into another page."""
    state = view()
    target = replace(state, page={k: v for k, v in page.items() if v})
    return {k: v if len(v) > 1 else v[0] for k, v in links.encode(target).items()}


def write_url(page_keys: tuple[str, ...]) -> None:
    """Rewrite the URL from the canonical state, keeping only the current page's own keys."""
    state = view()
    state = replace(state, page={k: v for k, v in state.page.items() if k in page_keys})
    st.session_state[_VIEW] = state
    query = links.encode(state)
    if query != _current_query():
        st.query_params.from_dict(query)
    st.session_state[_WRITTEN] = query
