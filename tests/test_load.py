import pandas as pd
import pytest

import parkdash.load as load_module
from parkdash import config
from parkdash.load import CATEGORICAL, fingerprint, load, split_ids
from parkdash.schema import TABLES
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


def test_text_is_plain_strings_and_observations_are_compact():
    ds = load(MINI).dataset
    for name in CATEGORICAL["observations"]:
        assert isinstance(ds.observations[name].dtype, pd.CategoricalDtype), name
    for name in ("park_id", "metric_id", "news_id", "locator", "note"):
        assert ds.observations[name].dtype == object, name
    assert ds.observations["obs_id"].dtype == "str"  # a distinct string per row: held by Arrow
    assert all(ds.news[c].dtype == object for c in ("news_id", "title", "url", "park_ids"))
    assert ds.observations["kind"].eq("target").sum() == 2 and set(ds.observations["unit"]) == {"亿元", "%"}
    assert sorted(ds.observations["period"]) == sorted(ds.observations["period"].astype(str))


# ---------------------------------------------------------------- cache of validated data sets


@pytest.fixture
def cached(monkeypatch, tmp_path):
    """Cache every data set (however small) in a fresh folder; return the folder."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(folder))
    monkeypatch.setattr(load_module, "CACHE_MIN_BYTES", 0)
    return folder


def _no_reading(monkeypatch) -> None:  # noqa: ANN001
    def fail(_):  # noqa: ANN001, ANN202
        raise AssertionError("the files were read")

    monkeypatch.setattr(load_module, "check_dir", fail)


def test_a_valid_data_set_is_cached_and_then_loaded_without_reading_the_files(cached, mini_copy, monkeypatch):
    first = load(mini_copy).dataset
    assert len(list(cached.glob("*.pickle"))) == 1 and cached.stat().st_mode & 0o777 == 0o700
    with monkeypatch.context() as m:
        _no_reading(m)
        second = load(mini_copy).dataset
    for t in TABLES:
        pd.testing.assert_frame_equal(first.table(t.name), second.table(t.name))
    assert second.fingerprint == first.fingerprint


def test_a_changed_file_is_read_again_and_its_problems_reported(cached, mini_copy):
    assert load(mini_copy).ok
    edit_cell(mini_copy, "parks.csv", 0, "lat", "north")
    assert [str(p) for p in load(mini_copy).problems] == ["parks.csv:2:lat: not a number ('north')"]
    assert len(list(cached.glob("*.pickle"))) == 1  # data with problems is never cached


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_a_damaged_cache_entry_is_ignored_and_replaced(cached, mini_copy, monkeypatch, damage):
    load(mini_copy)
    (entry,) = cached.glob("*.pickle")
    data = entry.read_bytes()
    middle = len(data) // 2
    entry.write_bytes(
        {"flip": data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :], "truncate": data[:middle], "garbage": b"x"}[
            damage
        ]
    )
    result = load(mini_copy)
    assert result.ok and result.dataset.counts()["observations"] == 6
    with monkeypatch.context() as m:  # the files were read and cached again
        _no_reading(m)
        assert load(mini_copy).dataset.counts() == result.dataset.counts()


def test_no_cache_when_off_inside_the_data_folder_or_shared(monkeypatch, mini_copy, tmp_path):
    monkeypatch.setattr(load_module, "CACHE_MIN_BYTES", 0)
    monkeypatch.setenv(config.ENV_CACHE_DIR, "off")
    assert config.cache_dir() is None and load(mini_copy).ok
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(mini_copy / "cache"))
    assert load(mini_copy).ok and not (mini_copy / "cache").exists()
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(shared))
    assert load(mini_copy).ok and not list(shared.iterdir())


def test_small_data_sets_are_not_cached(monkeypatch, mini_copy, tmp_path):
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(tmp_path / "cache"))
    assert load(mini_copy).ok and not (tmp_path / "cache").exists()


def test_the_cache_follows_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.delenv(config.ENV_CACHE_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert config.cache_dir() == tmp_path / "parkdash"
