import subprocess
import sys

from parkdash.cli import main
from tests.conftest import DATA, MINI, edit_cell


def test_validate_clean_folder_exits_0(capsys):
    assert main(["validate", str(MINI)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "ok:" in err and "6 observations" in err


def test_validate_lists_every_problem_and_exits_1(mini_copy, capsys):
    edit_cell(mini_copy, "observations.csv", 0, "value", "x")
    edit_cell(mini_copy, "news.csv", 1, "url", "ftp://example.org")
    assert main(["validate", str(mini_copy)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "observations.csv:2:value: not a number ('x')",
        "news.csv:3:url: not an http(s) URL ('ftp://example.org')",
    ]
    assert "2 problem(s)" in err


def test_validate_defaults_to_the_environment(monkeypatch, capsys):
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(MINI))
    assert main(["validate"]) == 0
    assert str(MINI) in capsys.readouterr().err


def test_validate_does_not_import_the_ingest_assistant():
    """``parkdash validate`` starts quicker without the ingest modules (cn2an, the extractors)."""
    code = (
        "import sys; from parkdash.cli import main; rc = main(['validate', sys.argv[1]]);"
        "print(sorted(m for m in sys.modules if m.startswith('parkdash.ingest') or m == 'cn2an')); sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(MINI)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_synth_writes_a_valid_synthetic_set_and_never_into_data(tmp_path, capsys):
    assert main(["synth", str(tmp_path / "s"), "--scale", "tiny"]) == 0
    assert "SYNTHETIC" in capsys.readouterr().err
    assert main(["validate", str(tmp_path / "s")]) == 0
    assert main(["synth", str(DATA), "--scale", "tiny"]) == 2


# Written for this test in our own words; the figures are the founding article's.
ARTICLE = "株洲经开区明确，到“十四五”末，力争卫星制造产业产值达20亿元。2021年，株洲经开区共有26个项目开工建设。"


def _ingest_args(article, data, out):
    return ["ingest", str(article), "--url", "https://news.example.org/a.html", "--outlet", "测试日报", "--date", "2022-03-23",
            "--data", str(data), "-o", str(out)]  # fmt: skip


def test_ingest_writes_candidates_for_review_then_applies_only_the_accepted(tmp_path, capsys):
    import shutil

    import pandas as pd

    from parkdash.load import load

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "candidates.csv"
    assert main(_ingest_args(article, data, out)) == 0
    frame = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(frame["metric_id"]) == ["satellite-mfg-output", "projects-started"]
    assert {"accept", "park_id", "period", "kind", "value", "unit", "locator", "entity_reported", "news_url"} <= set(
        frame.columns
    )
    assert frame.loc[0, "period"] == "by2025" and frame.loc[0, "kind"] == "target" and frame.loc[0, "value"] == "20"
    before = (data / "observations.csv").read_bytes()
    # nothing accepted, no summary: nothing written
    assert main(["ingest", "--apply", str(out), "--data", str(data)]) == 1
    assert "no figure is accepted" in capsys.readouterr().err
    frame.loc[1, "accept"] = "y"
    frame.loc[0, "news_summary_zh"] = "经开区北斗目标与开工项目（测试摘要）"
    frame.to_csv(out, index=False, encoding="utf-8-sig")
    assert main(["ingest", "--apply", str(out), "--data", str(data)]) == 0
    assert "saved news example-news-2022-03-23 with 1 figure(s)" in capsys.readouterr().err
    saved = load(data).dataset.observations
    assert (data / "observations.csv").read_bytes().startswith(before)
    assert list(saved[saved["news_id"] == "example-news-2022-03-23"]["metric_id"]) == ["projects-started"]


def test_ingest_refuses_what_is_not_an_article(tmp_path, capsys):
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main(_ingest_args(binary, DATA, tmp_path / "c.csv")) == 2
    assert "not a text or HTML file" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(_ingest_args(empty, DATA, tmp_path / "c.csv")) == 2
    assert "empty" in capsys.readouterr().err
    assert not (tmp_path / "c.csv").exists()
