"""Shared links: the URL grammar of a view, parsed strictly and written canonically.

Every value is checked against the data (ids) or a range; anything else falls back to the default
and is reported as a notice naming only the parameter (never echoing the raw value).

| key | value | default |
|---|---|---|
| ``lang`` | ``zh`` or ``en`` | ``zh`` |
| ``park`` | park id, repeatable | all parks |
| ``ind`` | industry id, repeatable | all industries |
| ``from``, ``to`` | years | 2015, 2025 |
| ``present`` | ``1`` for presentation mode | off |
| ``p`` | the park shown on the profile page | the first park |
| ``i`` | the industry shown on the industry page | the first framework item |
| ``m`` | a metric id (map sizing, targets filter) | none |
| ``tab`` | ``chart``, ``table`` or ``sources`` | ``chart`` |
| ``q`` | words to search the news for (≤ 60 characters) | none |
| ``t`` | a table of the data page | ``observations`` |
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from parkdash.i18n import LANGS

DEFAULT_FROM, DEFAULT_TO = 2015, 2025  # the plan period and the baselines published before it
YEAR_BOUNDS = (2000, 2035)
TABS = ("chart", "table", "sources")
TABLE_NAMES = ("observations", "parks", "park_industries", "industries", "metrics", "news")
MAX_WORDS = 60
MAX_IDS = 200
IGNORED_KEYS = frozenset({"embed", "embed_options"})  # Streamlit's own
SHARED_KEYS = ("lang", "park", "ind", "from", "to", "present")
PAGE_KEYS = ("p", "i", "m", "tab", "q", "t")


@dataclass(frozen=True)
class Choices:
    """The ids a link may name, taken from the loaded data."""

    parks: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    year_bounds: tuple[int, int] = YEAR_BOUNDS


@dataclass(frozen=True)
class ViewState:
    lang: str = "zh"
    parks: tuple[str, ...] = ()
    inds: tuple[str, ...] = ()
    year_from: int = DEFAULT_FROM
    year_to: int = DEFAULT_TO
    present: bool = False
    page: Mapping[str, str] = field(default_factory=dict)

    def with_page(self, **values: str | None) -> ViewState:
        page = {k: v for k, v in {**self.page, **values}.items() if v}
        return replace(self, page=page)


def _clean_text(value: str) -> str | None:
    """Words for a search box: printable, no control or bidi-override characters, bounded."""
    if len(value) > MAX_WORDS:
        return None
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            return None
    return value.strip()


def _year(values: list[str], lo: int, hi: int) -> int | None:
    if len(values) != 1:
        return None
    text = values[0]
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        return None
    year = int(text)
    return year if lo <= year <= hi else None


def _ids(values: list[str], allowed: Iterable[str]) -> tuple[tuple[str, ...], bool]:
    allowed_set = set(allowed)
    if len(values) > MAX_IDS:
        return (), False
    ok = [v for v in dict.fromkeys(values) if v in allowed_set]
    return tuple(ok), all(v in allowed_set for v in values)


def parse(query: Mapping[str, list[str]], choices: Choices) -> tuple[ViewState, list[str]]:
    """A view state from query parameters (each key -> its list of values), and the notices.

    A notice names a parameter whose value was not understood; the value itself is never echoed.
    """
    bad: list[str] = []
    unknown = 0
    state = ViewState()
    lo, hi = choices.year_bounds

    for key, values in query.items():
        if key in IGNORED_KEYS:
            continue
        if key not in SHARED_KEYS and key not in PAGE_KEYS:
            unknown += 1
            continue
        if key == "lang":
            if len(values) == 1 and values[0] in LANGS:
                state = replace(state, lang=values[0])
            else:
                bad.append(key)
        elif key == "park":
            ids, ok = _ids(values, choices.parks)
            state = replace(state, parks=ids)
            if not ok:
                bad.append(key)
        elif key == "ind":
            ids, ok = _ids(values, choices.industries)
            state = replace(state, inds=ids)
            if not ok:
                bad.append(key)
        elif key in ("from", "to"):
            year = _year(values, lo, hi)
            if year is None:
                bad.append(key)
            else:
                state = replace(state, **{"year_from" if key == "from" else "year_to": year})
        elif key == "present":
            if len(values) == 1 and values[0] in ("1", "0"):
                state = replace(state, present=values[0] == "1")
            else:
                bad.append(key)
        else:
            value = _page_value(key, values, choices)
            if value is None:
                bad.append(key)
            elif value:
                state = state.with_page(**{key: value})
    if state.year_from > state.year_to:
        bad += ["from", "to"]
        state = replace(state, year_from=DEFAULT_FROM, year_to=DEFAULT_TO)
    notices = sorted(set(bad))
    if unknown:
        notices.append(f"+{unknown}")
    return state, notices


def _page_value(key: str, values: list[str], choices: Choices) -> str | None:
    if len(values) != 1:
        return None
    value = values[0]
    allowed: Iterable[str] | None = {
        "p": choices.parks,
        "i": choices.industries,
        "m": choices.metrics,
        "tab": TABS,
        "t": TABLE_NAMES,
    }.get(key)
    if allowed is not None:
        return value if value in set(allowed) else None
    return _clean_text(value)  # q


def encode(state: ViewState) -> dict[str, list[str]]:
    """The canonical query of a view: known keys in a fixed order, defaults left out."""
    query: dict[str, list[str]] = {}
    if state.lang != "zh":
        query["lang"] = [state.lang]
    if state.parks:
        query["park"] = list(state.parks)
    if state.inds:
        query["ind"] = list(state.inds)
    if state.year_from != DEFAULT_FROM:
        query["from"] = [str(state.year_from)]
    if state.year_to != DEFAULT_TO:
        query["to"] = [str(state.year_to)]
    if state.present:
        query["present"] = ["1"]
    for key in PAGE_KEYS:
        if state.page.get(key):
            query[key] = [state.page[key]]
    return query


def query_string(state: ViewState) -> str:
    """``?lang=en&park=zz-htz…`` (empty for the default view)."""
    text = urlencode(encode(state), doseq=True)
    return f"?{text}" if text else ""
