"""With no usable data the app says so in the link's language, names files but never the server's paths."""

from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from parkdash import i18n
from tests.conftest import DATA, ROOT


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_missing_folder_message_in_the_links_language_without_paths(tmp_path, monkeypatch, lang):
    missing = tmp_path / "secret-server-folder" / "data"
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(missing))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception
    assert at.error[0].value == i18n.t("data_unavailable", lang)
    shown = " ".join(c.value for c in at.code)
    assert "data folder missing" in shown and "secret-server-folder" not in shown and str(tmp_path) not in shown


def test_page_and_frame_read_the_data_once_per_run(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(folder))
    import parkdash.ui.data as data_module

    calls = []
    real = data_module.current

    def counting():
        calls.append(1)
        return real()

    monkeypatch.setattr(data_module, "current", counting)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.switch_page("views/data.py").run()
    assert not at.exception
    assert len(calls) == 1, f"the data were read {len(calls)} times in one run: frame and page could show two versions"
