import pytest

from parkdash.ui.frame import PAGES, app_base, spec_for


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://127.0.0.1:8501/", "http://127.0.0.1:8501"),
        ("http://127.0.0.1:8501/?lang=en", "http://127.0.0.1:8501"),
        ("http://127.0.0.1:8501/park?p=zz-htz", "http://127.0.0.1:8501"),
        ("https://parks.example.org/dash/map?m=gdp#x", "https://parks.example.org/dash"),
        (None, "http://localhost:8501"),
    ],
)
def test_app_base_drops_the_page_path_and_query(url, base):
    assert app_base(url) == base


def test_every_page_has_a_distinct_url_path():
    assert len({p.url_path for p in PAGES}) == len(PAGES)
    assert spec_for("map").path == "views/map.py" and spec_for("") is PAGES[0]
