"""The URL grammar: strict parsing with notices, canonical encoding, hostile values."""

import pytest

from parkdash.links import DEFAULT_FROM, DEFAULT_TO, Choices, ViewState, encode, parse, query_string

CH = Choices(
    parks=("zz-htz", "zz-edz", "liling-edz"), industries=("hn-rail", "beidou"), metrics=("gdp", "tax"), year_bounds=(2015, 2026)
)


def q(**kw):
    return {k: v if isinstance(v, list) else [v] for k, v in kw.items()}


def test_empty_query_is_the_default_view():
    assert parse({}, CH) == (ViewState(), [])


def test_a_full_link_round_trips():
    query = {
        "lang": ["en"],
        "park": ["zz-htz", "liling-edz"],
        "ind": ["beidou"],
        "from": ["2021"],
        "to": ["2024"],
        "present": ["1"],
        "p": ["zz-edz"],
        "tab": ["table"],
    }
    state, notices = parse(query, CH)
    assert notices == []
    assert state.parks == ("zz-htz", "liling-edz") and state.lang == "en" and state.present
    assert encode(state) == query


def test_defaults_are_left_out_of_links():
    assert query_string(ViewState()) == ""
    assert query_string(ViewState(lang="en", parks=("zz-htz",))) == "?lang=en&park=zz-htz"


def test_repeated_ids_are_deduplicated():
    state, notices = parse(q(park=["zz-htz", "zz-htz"]), CH)
    assert state.parks == ("zz-htz",) and notices == []


HOSTILE = [
    q(park="<script>alert(1)</script>"),
    q(park="zz-htz' OR 1=1 --"),
    q(park="../../.streamlit/secrets.toml"),
    q(park="\x00"),
    q(park="\u202ezz-htz"),
    q(park="ZZ-HTZ"),
    q(ind="'; DROP TABLE parks; --"),
    q(lang="fr"),
    q(lang=["en", "zh"]),
    q(lang=""),
    q(**{"from": "abc"}),
    q(**{"from": "-1"}),
    q(**{"from": "99999999999999999999"}),
    q(**{"from": "1e309"}),
    q(**{"from": "NaN"}),
    q(**{"from": "２０２１"}),
    q(**{"from": "1999"}),
    q(**{"from": ["2021", "2022"]}),
    q(to="2021.0"),
    q(present="yes"),
    q(present=["1", "1"]),
    q(p="nope"),
    q(p=["zz-htz", "zz-edz"]),
    q(i="<img src=x onerror=alert(1)>"),
    q(m="gdp\r\nSet-Cookie: x=1"),
    q(tab="javascript:alert(1)"),
    q(t="../parks"),
    q(q="x" * 10_000),
    q(q="\x07bell"),
    q(q="\u202eevil"),
    q(park=["zz-htz"] * 500),
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_values_fall_back_with_a_notice_that_does_not_echo_them(query):
    state, notices = parse(query, CH)
    (key,) = query
    assert notices == [key]
    default = ViewState()
    assert (state.lang, state.year_from, state.year_to, state.present) == (
        default.lang,
        default.year_from,
        default.year_to,
        default.present,
    )
    assert set(state.parks) <= set(CH.parks) and set(state.inds) <= set(CH.industries)
    assert key not in state.page or state.page[key] in ("zz-htz",)


def test_unknown_and_many_parameters_are_counted_not_echoed():
    query = {f"k{n}": ["<b>x</b>"] for n in range(300)}
    state, notices = parse(query, CH)
    assert state == ViewState() and notices == ["+300"]


def test_streamlit_embed_parameters_are_ignored():
    assert parse(q(embed="true", embed_options="show_toolbar"), CH) == (ViewState(), [])


def test_reversed_years_fall_back_to_defaults():
    state, notices = parse(q(**{"from": "2024", "to": "2021"}), CH)
    assert (state.year_from, state.year_to) == (DEFAULT_FROM, DEFAULT_TO) and notices == ["from", "to"]


def test_search_words_are_kept_when_printable():
    state, notices = parse(q(q="北斗 产业"), CH)
    assert state.page["q"] == "北斗 产业" and notices == []
