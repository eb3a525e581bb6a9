"""The benchmark's cache setting: cold (cache off) unless asked for the warm cache."""

from __future__ import annotations

import json

import pytest

from benchmarks import run
from parkdash import config


@pytest.fixture(autouse=True)
def _own_env(monkeypatch):
    monkeypatch.delenv(config.ENV_CACHE_DIR, raising=False)  # restored after each test


def test_by_default_the_cache_is_off_so_first_loads_read_the_files(monkeypatch, tmp_path):
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(tmp_path / "cache"))  # even when the user's environment has one
    assert run.use_cache(warm=False) is None
    assert config.cache_dir() is None


def test_warm_cache_uses_the_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(tmp_path / "cache"))
    assert run.use_cache(warm=True) == tmp_path / "cache"
    assert config.cache_dir() == tmp_path / "cache"


def test_warm_cache_without_a_cache_folder_is_refused(monkeypatch):
    monkeypatch.setenv(config.ENV_CACHE_DIR, "off")
    with pytest.raises(SystemExit, match="--warm-cache"):
        run.use_cache(warm=True)


def test_a_run_records_that_it_measured_cold_loads(monkeypatch, tmp_path):
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(tmp_path / "cache"))
    out = tmp_path / "results.json"
    args = ["--scales", "tiny", "--steps", "load", "--no-browser", "--out", str(out), "--data-root", str(tmp_path / "d")]
    assert run.main(args) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["cache"] == "off" and results["config"]["warm_cache"] is False
    assert "cold" in run.markdown(results)
    assert not (tmp_path / "cache").exists()
