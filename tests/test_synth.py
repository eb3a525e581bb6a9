"""The synthetic data generator: valid, labelled, reproducible, and never writes into data/."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from parkdash import config, synth
from parkdash.schema import TABLES
from parkdash.validate import validate_dir


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synth") / "tiny"
    synth.write(folder, "tiny", seed=7)
    return folder


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_tiny_validates_clean(tiny: Path) -> None:
    assert validate_dir(tiny) == []


def test_city_validates_clean(tmp_path: Path) -> None:
    counts = synth.write(tmp_path / "city", "city")
    assert validate_dir(tmp_path / "city") == []
    assert counts["parks"] == 8 and counts["observations"] == synth.SCALES["city"].observations


def test_columns_in_schema_order(tiny: Path) -> None:
    for table in TABLES:
        with (tiny / table.file).open(encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == table.columns


def test_every_row_is_labelled_synthetic(tiny: Path) -> None:
    for table in TABLES:
        rows = _rows(tiny / table.file)
        assert rows, table.name
        for row in rows:
            text = " ".join(row.values())
            assert "SYNTHETIC" in text or "合成" in text, (table.name, row)
    assert all(r["note"] == synth.LABEL for r in _rows(tiny / "observations.csv"))
    assert all(r["url"].startswith("https://example.org/") for r in _rows(tiny / "news.csv"))
    assert all(r["name_zh"].startswith("合成园区") for r in _rows(tiny / "parks.csv"))
    assert "SYNTHETIC" in (tiny / synth.MARKER).read_text(encoding="utf-8")


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    synth.write(tmp_path / "a", "tiny", seed=11)
    synth.write(tmp_path / "b", "tiny", seed=11)
    synth.write(tmp_path / "c", "tiny", seed=12)
    for table in TABLES:
        assert (tmp_path / "a" / table.file).read_bytes() == (tmp_path / "b" / table.file).read_bytes(), table.file
    assert (tmp_path / "a" / "observations.csv").read_bytes() != (tmp_path / "c" / "observations.csv").read_bytes()


def test_rewriting_its_own_folder_is_allowed(tmp_path: Path) -> None:
    synth.write(tmp_path / "d", "tiny", seed=1)
    synth.write(tmp_path / "d", "tiny", seed=2)
    assert "seed 2" in (tmp_path / "d" / synth.MARKER).read_text(encoding="utf-8")


@pytest.mark.parametrize("inside", ["", "sub", "sub/deeper"])
def test_refuses_the_project_data_folder(inside: str) -> None:
    target = config.DEFAULT_DATA_DIR / inside
    before = {p: p.stat().st_mtime_ns for p in config.DEFAULT_DATA_DIR.iterdir()}
    with pytest.raises(synth.SynthError, match="data folder"):
        synth.write(target, "tiny")
    assert {p: p.stat().st_mtime_ns for p in config.DEFAULT_DATA_DIR.iterdir()} == before
    assert not (config.DEFAULT_DATA_DIR / "sub").exists()


def test_refuses_the_data_folder_through_a_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(config.DEFAULT_DATA_DIR, target_is_directory=True)
    with pytest.raises(synth.SynthError, match="data folder"):
        synth.write(link, "tiny")


def test_refuses_to_overwrite_data_it_did_not_write(tmp_path: Path) -> None:
    (tmp_path / "parks.csv").write_text("park_id\nreal-park\n", encoding="utf-8")
    with pytest.raises(synth.SynthError, match="not written by parkdash synth"):
        synth.write(tmp_path, "tiny")
    assert (tmp_path / "parks.csv").read_text(encoding="utf-8") == "park_id\nreal-park\n"


def test_unknown_scale() -> None:
    with pytest.raises(synth.SynthError, match="unknown scale"):
        synth.scale_of("planet")


def test_scales_have_the_promised_sizes() -> None:
    nation = synth.SCALES["nation"]
    assert (nation.parks, nation.metrics, nation.first_year, nation.last_year, nation.news) == (2600, 40, 2011, 2025, 100_000)
    assert synth.SCALES["province"].parks == 150 and synth.SCALES["city"].parks == 8
    assert nation.observations == 2600 * 40 * 15 * 2 + 40 * 15 * 2


def test_generate_matches_what_is_written(tiny: Path) -> None:
    frames = synth.generate(synth.SCALES["tiny"], seed=7)
    for table in TABLES:
        assert list(frames[table.name].columns) == table.columns
        assert len(frames[table.name]) == len(_rows(tiny / table.file))
