"""Every park's profile over narrow and old year windows (the load test once found a crash there)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from parkdash.load import load
from tests.conftest import DATA, ROOT

PARKS = list(load(DATA).dataset.parks["park_id"])
WINDOWS = [("2011", "2016"), ("2012", "2016"), ("2015", "2017"), ("2019", "2020"), ("2021", "2021"), ("2025", "2025")]


@pytest.fixture(autouse=True)
def _data(monkeypatch):
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(DATA))


@pytest.mark.parametrize("park", PARKS)
def test_park_profile_over_every_window(park):
    for lo, hi in WINDOWS:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        for key, value in {"p": park, "from": lo, "to": hi}.items():
            at.query_params[key] = value
        at.switch_page("views/park.py").run()
        assert not at.exception, f"{park} {lo}-{hi}: {[e.message for e in at.exception]}"
