"""AppTest for every page through app.py: no exception, title, charts and map, URL state in and out."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from parkdash import i18n
from parkdash import transforms as T
from parkdash.load import load
from parkdash.ui.frame import PAGES
from tests.conftest import DATA, ROOT
from tests.test_links import HOSTILE

APP = str(ROOT / "app.py")
DS = load(DATA).dataset
FIRST_PARK = DS.parks.iloc[0]
# page path -> (expected title in zh/en, plotly charts at least, deck maps)
EXPECT = {
    "views/overview.py": (lambda lang: i18n.t("app_title", lang), 3, 1),
    "views/park.py": (lambda lang: FIRST_PARK["name_en" if lang == "en" else "name_zh"], 1, 0),
    "views/industry.py": (None, 1, 0),
    "views/targets.py": (lambda lang: i18n.t("page_targets", lang), 1, 0),
    "views/map.py": (lambda lang: i18n.t("page_map", lang), 0, 1),
    "views/news.py": (lambda lang: i18n.t("page_news", lang), 0, 0),
    "views/data.py": (lambda lang: i18n.t("page_data", lang), 0, 0),
    "views/add.py": (lambda lang: i18n.t("page_add", lang), 0, 0),
}


def run(page: str = "views/overview.py", data_dir=DATA, monkeypatch=None, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    if page != "views/overview.py":
        at.switch_page(page)  # like opening the page's own URL
    return at.run()


@pytest.fixture(autouse=True)
def _data(monkeypatch):
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(DATA))


def test_every_page_is_tested():
    assert {p.path for p in PAGES} == set(EXPECT)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("page", list(EXPECT))
def test_page_renders_with_its_title_charts_and_map(page, lang):
    at = run(page, lang=lang)
    assert not at.exception, [e.message for e in at.exception]
    title, n_charts, n_maps = EXPECT[page]
    if title is not None:
        assert at.title[0].value == title(lang)
    assert len(at.get("plotly_chart")) >= n_charts
    assert len(at.get("deck_gl_json_chart")) == n_maps
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        assert spec["data"], "a chart with no data"


def test_url_state_in_sets_the_widgets():
    park = FIRST_PARK["park_id"]
    at = run(lang="en", park=[park], **{"from": "2021", "to": "2024"})
    assert at.radio(key="w_lang").value == "en"
    assert at.multiselect(key="w_park").value == [park]
    assert at.slider(key="w_years").value == (2021, 2024)


def test_widget_changes_are_written_to_the_url():
    at = run()
    parks = list(DS.parks["park_id"][:2])
    at.multiselect(key="w_park").set_value(parks).run()
    at.radio(key="w_lang").set_value("en").run()
    assert at.query_params["park"] == parks and at.query_params["lang"] in ("en", ["en"])
    assert at.title[0].value == i18n.t("app_title", "en")


def test_park_page_writes_its_park_into_the_url():
    other = DS.parks.iloc[1]
    at = run("views/park.py")
    at.selectbox(key="w_p").set_value(other["park_id"]).run()
    assert at.title[0].value == other["name_zh"]
    assert at.query_params["p"] in (other["park_id"], [other["park_id"]])


def test_park_page_reads_its_park_from_the_url():
    other = DS.parks.iloc[2]
    at = run("views/park.py", p=other["park_id"], lang="en")
    assert at.title[0].value == other["name_en"]


@pytest.mark.parametrize(
    "query", [{"park": "nope"}, {"from": "abc"}, {"lang": "xx"}, {"park": "<script>alert(1)</script>"}, {"zzz": "1"}]
)
def test_bad_link_values_show_a_notice_and_the_default_view(query):
    at = run(**query)
    assert not at.exception
    assert at.warning and "链接中有无法识别的参数" in at.warning[0].value
    assert "<script>" not in at.warning[0].value
    assert at.multiselect(key="w_park").value == [] and at.radio(key="w_lang").value == "zh"


def test_presentation_mode_runs_and_offers_a_way_back():
    at = run(present="1")
    assert not at.exception and at.toggle(key="w_present").value is True
    at.button(key="exit_present").click().run()
    assert at.toggle(key="w_present").value is False and "present" not in at.query_params


def test_charts_are_sent_as_the_builders_plain_specs():
    """A chart reaches the browser as the spec ``charts`` built (no plotly objects, no default
    template); presentation mode changes only its type sizes and height."""
    from parkdash import charts

    counts = T.tracker_status_counts(DS, T.tracker_rows(DS, T.Filters()))
    built = json.loads(json.dumps(charts.status_chart(counts.assign(name=counts["short_zh"]), "zh")))
    (sent,) = (json.loads(c.proto.spec) for c in run("views/targets.py").get("plotly_chart"))
    assert sent == built and sent["layout"]["template"] == {"layout": {}}
    (big,) = (json.loads(c.proto.spec) for c in run("views/targets.py", present="1").get("plotly_chart"))
    assert big["data"] == built["data"]
    assert (big["layout"]["font"]["size"], big["layout"]["title"]["font"]["size"]) == (19, 24)
    assert big["layout"]["height"] == built["layout"]["height"] + 120
    rest = {k: v for k, v in big["layout"].items() if k not in ("font", "title", "height")}
    assert rest == {k: v for k, v in built["layout"].items() if k not in ("font", "title", "height")}


def test_share_box_holds_the_current_link():
    at = run(lang="en")
    (code,) = [c for c in at.code if "lang=en" in c.value]
    assert code.value.endswith("?lang=en")


def test_data_page_offers_downloads_and_a_clean_report():
    at = run("views/data.py")
    assert len(at.get("download_button")) == 2
    assert at.success and "通过全部校验" in at.success[0].value


def test_a_broken_data_folder_is_reported_without_a_traceback(monkeypatch, mini_copy):
    (mini_copy / "parks.csv").write_text("park_id\n", encoding="utf-8")
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(mini_copy))
    at = run()
    assert not at.exception
    assert at.error and any("parks.csv:1:name_zh: column missing" in c.value for c in at.code)


def test_the_last_good_data_keeps_serving_when_files_break(monkeypatch, mini_copy):
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(mini_copy))
    at = run()
    assert at.title[0].value == i18n.t("app_title", "zh")
    path = mini_copy / "observations.csv"
    path.write_text(path.read_text(encoding="utf-8") + "o0007,test-a\n", encoding="utf-8")
    at.run()
    assert not at.exception and at.error and at.title[0].value == i18n.t("app_title", "zh")
    assert any("observations.csv:8" in c.value for c in at.code)


HOSTILE_PAGES = [
    "views/overview.py",
    "views/park.py",
    "views/industry.py",
    "views/targets.py",
    "views/map.py",
    "views/news.py",
    "views/data.py",
]


@pytest.mark.parametrize("n", range(len(HOSTILE)))
def test_hostile_links_give_the_default_view_and_a_notice(n):
    query = HOSTILE[n]
    page = HOSTILE_PAGES[n % len(HOSTILE_PAGES)]
    at = run(page, **query)
    assert not at.exception, [e.message for e in at.exception]
    assert at.warning, "no notice for a malformed link"
    (value,) = next(iter(query.values()))[:1]
    shown = " ".join(str(e.value) for e in [*at.markdown, *at.warning, *at.caption, *at.title] if hasattr(e, "value"))
    if any(c in value for c in "<>'\x00\u202e") or len(value) > 20:  # markup, quotes, controls, very long values
        assert value not in shown, "a raw link value was echoed into the page"


def test_news_are_paged_so_every_item_can_be_reached():
    at = run("views/news.py")
    pager = at.pagination[0]
    titles = lambda: [m.value for m in at.markdown if m.value.startswith("**")]  # noqa: E731 - the news titles shown
    first = titles()
    assert len(first) == 25 and pager.value == 1
    pager.select(2).run()
    second = titles()
    assert not at.exception and second and not set(second) & set(first)
    assert len(first) + len(second) == min(len(DS.news), 50)


# ---------------------------------------------------------------- caps at scale, none on the real data

CAPPED_PAGES = [
    "views/overview.py",
    "views/park.py",
    "views/industry.py",
    "views/targets.py",
    "views/map.py",
]  # data: > 200 rows are paged
CAP_TEXTS = ("cap_top_figures", "cap_top_targets", "cap_matrix", "cap_map", "cap_metrics", "shown_range", "more_figures")


def _cap_texts(lang: str) -> list[str]:
    """The fixed start of each note that says something is left out (before its first placeholder)."""
    return [
        i18n.t(k, lang, **dict.fromkeys(("a", "b", "n", "k", "rest", "by", "figures", "targets", "statuses"), "\x00")).split(
            "\x00"
        )[0]
        for k in CAP_TEXTS
    ]


def _notes(at: AppTest) -> list[str]:
    return [c.value for c in at.caption if any(c.value.startswith(t) for t in _cap_texts("zh"))]


@pytest.mark.parametrize("page", CAPPED_PAGES)
def test_the_real_data_is_shown_whole(page):
    """Caps and pages are for large data sets: on the eight real parks nothing is left out."""
    at = run(page)
    assert not at.exception, [e.message for e in at.exception]
    assert not _notes(at), _notes(at)
    assert not at.pagination, f"{page} pages the real data"


@pytest.fixture(scope="module")
def many_parks(tmp_path_factory):
    """A SYNTHETIC data set with more parks and metrics than the pages show at once."""
    from parkdash import synth

    folder = tmp_path_factory.mktemp("many") / "data"
    scale = synth.Scale("many", 60, 12, 2019, 2025, 600, 12, synth.HUNAN)
    synth.SCALES["many"] = scale
    try:
        synth.write(folder, "many", seed=7)
    finally:
        del synth.SCALES["many"]
    return folder


def test_overview_at_scale_names_what_it_leaves_out(monkeypatch, many_parks):
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(many_parks))
    at = run()
    assert not at.exception, [e.message for e in at.exception]
    notes = " ".join(_notes(at))
    head = T.headline(load(many_parks).dataset)
    top = T.top_parks(head, 25, "n_figures")
    rest = head[~head["park_id"].isin(top["park_id"])]
    assert f"只单列数字最多的 25 个园区；其余 35 个园区合计数字 {rest['n_figures'].sum():,} 条" in notes
    assert "只列出在此框架中所述产业最多的 30 个园区（共 60 个）" in notes
    counts, *matrices = (json.loads(c.proto.spec) for c in at.get("plotly_chart"))
    assert counts["data"][0]["y"] == list(top["short_zh"])
    assert all(len(m["data"][0]["y"]) == 30 for m in matrices)


def test_park_page_at_scale_pages_its_charts(monkeypatch, many_parks):
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(many_parks))
    at = run("views/park.py")
    assert not at.exception, [e.message for e in at.exception]
    assert any(n.startswith("有 12 个指标可作图，每页 6 个") for n in _notes(at))
    assert len(at.get("plotly_chart")) == 6
    at.pagination[0].select(2).run()
    assert not at.exception and len(at.get("plotly_chart")) == 6


def test_targets_and_data_at_scale_are_paged(monkeypatch, many_parks):
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(many_parks))
    at = run("views/targets.py")
    assert not at.exception, [e.message for e in at.exception]
    assert any("只单列目标最多的 30 个园区" in n for n in _notes(at))
    assert at.pagination and len(at.dataframe[0].value) == 100
    at = run("views/data.py")
    assert not at.exception, [e.message for e in at.exception]
    (total,) = [c.value for c in at.caption if c.value.endswith(" 行")]
    assert int(total.split()[0]) > 200 and len(at.dataframe[0].value) == 200 and at.pagination


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_targets_table_shows_a_dash_for_what_is_missing_and_keeps_percentages_numeric(lang):
    """No "None" in the tracker table: a missing percentage shows "–" but its column stays a number
    column (so it sorts by value); a target reported for no park names who it is reported for."""
    at = run("views/targets.py", lang=lang)
    assert not at.exception, [e.message for e in at.exception]
    table = at.dataframe[0]
    assert table.proto.placeholder == i18n.MISSING
    frame = table.value
    for column in ("required_growth", "progress"):
        values = frame[i18n.t(column, lang)]
        assert values.dtype.kind == "f" and values.isna().any() and values.notna().any()
    assert not frame.drop(columns=[i18n.t(c, lang) for c in ("required_growth", "progress")] + ["latest_url"]).isna().any().any()
    latest = frame["latest_url"]  # the latest actual's own news item: none while a target has no actual yet
    assert latest.notna().any() and latest.isna().any()
    assert (latest.isna() == (frame[i18n.t("latest_actual", lang)] == i18n.MISSING)).all()
    parks = frame[i18n.t("parks", lang)]
    assert "湖南省" in set(parks)  # the province-wide cluster target (o0161) has no park


def test_industry_page_at_scale_pages_its_parks_figures_and_news(monkeypatch, many_parks):
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(many_parks))
    ds = load(many_parks).dataset
    industry = T.busiest_industry(ds)
    parks = list(dict.fromkeys(T.industry_parks(ds, industry)["park_id"]))
    figures = T.observation_rows(ds, T.Filters(inds=(industry,)))
    news = T.news_rows(ds, T.Filters(inds=(industry,)))
    assert len(parks) > 40 and len(figures) > 100 and len(news) > 20  # the fixture is big enough to page all three
    at = run("views/industry.py")
    assert not at.exception, [e.message for e in at.exception]
    notes = _notes(at)
    for size, total in ((40, len(parks)), (100, len(figures)), (20, len(news))):
        assert f"显示第 1–{size} 项，共 {total:,} 项；翻页查看其余。" in notes
    (chart,) = (json.loads(c.proto.spec) for c in at.get("plotly_chart"))
    assert len(set(chart["data"][0]["y"])) == 40 and len(at.dataframe[0].value) == 100
    at.pagination[0].select(2).run()
    (chart,) = (json.loads(c.proto.spec) for c in at.get("plotly_chart"))
    assert not at.exception and len(set(chart["data"][0]["y"])) == len(parks) - 40
