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


def test_synth_writes_a_valid_synthetic_set_and_never_into_data(tmp_path, capsys):
    assert main(["synth", str(tmp_path / "s"), "--scale", "tiny"]) == 0
    assert "SYNTHETIC" in capsys.readouterr().err
    assert main(["validate", str(tmp_path / "s")]) == 0
    assert main(["synth", str(DATA), "--scale", "tiny"]) == 2
