import pandas as pd

from parkdash import config
from parkdash.load import fingerprint, load, split_ids
from tests.conftest import MINI, edit_cell


def test_load_returns_typed_tables():
    result = load(MINI)
    assert result.ok and result.problems == []
    ds = result.dataset
    assert ds.counts() == {"parks": 2, "industries": 5, "park_industries": 2, "metrics": 3, "observations": 6, "news": 2}
    assert ds.parks["lat"].dtype == "float64" and ds.parks["in_founding_article"].dtype == bool
    assert ds.observations["value"].dtype == "float64"
    assert pd.isna(ds.observations["value_max"]).all()
    assert list(ds.observations["end_year"]) == [2021, 2025, 2020, 2023, 2022, 2025]
    assert list(ds.observations["period_kind"]) == ["quarter", "horizon", "year", "year", "year", "horizon"]


def test_a_folder_with_errors_gives_no_data_set_and_every_problem(mini_copy):
    edit_cell(mini_copy, "parks.csv", 0, "lat", "north")
    result = load(mini_copy)
    assert result.dataset is None and [str(p) for p in result.problems] == ["parks.csv:2:lat: not a number ('north')"]


def test_fingerprint_changes_when_a_file_changes(mini_copy):
    before = fingerprint(mini_copy)
    edit_cell(mini_copy, "metrics.csv", 0, "name_en", "Gross domestic product")
    assert fingerprint(mini_copy) != before


def test_data_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(config.ENV_DATA_DIR, raising=False)
    assert config.data_dir() == config.DEFAULT_DATA_DIR
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path))
    assert config.data_dir() == tmp_path


def test_split_ids():
    assert split_ids("a|b") == ["a", "b"] and split_ids("") == [] and split_ids(None) == []
