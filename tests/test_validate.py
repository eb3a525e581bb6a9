"""Each validation rule, on a deliberately broken copy of the synthetic mini data set."""

import shutil
from pathlib import Path

import pytest

from parkdash.validate import Problem, validate_dir
from tests.conftest import MINI, edit_cell

RULES = [
    # (file, data row, column, new value, expected line, expected column, reason fragment)
    ("news.csv", 0, "outlet", "", 2, "outlet", "required value missing"),
    ("news.csv", 0, "outlet", " 测试社", 2, "outlet", "leading or trailing spaces"),
    ("observations.csv", 0, "obs_id", "O 1", 2, "obs_id", "not an id"),
    ("observations.csv", 0, "metric_id", "nope", 2, "metric_id", "unknown id: not in metrics.csv"),
    ("news.csv", 0, "park_ids", "test-a|nope", 2, "park_ids", "unknown id: not in parks.csv"),
    ("observations.csv", 0, "value", "12,5", 2, "value", "not a number"),
    ("observations.csv", 0, "value", "nan", 2, "value", "not a number"),
    ("observations.csv", 0, "value", "inf", 2, "value", "not a number"),
    ("parks.csv", 0, "lat", "95", 2, "lat", "out of range"),
    ("parks.csv", 1, "lon", "-181", 3, "lon", "out of range"),
    ("parks.csv", 0, "in_founding_article", "yes", 2, "in_founding_article", "not true/false"),
    ("news.csv", 0, "date", "2022-13-01", 2, "date", "not a date"),
    ("news.csv", 0, "url", "javascript:alert(1)", 2, "url", "not an http(s) URL"),
    ("observations.csv", 0, "period", "未来五年", 2, "period", "not a period"),
    ("observations.csv", 0, "qualifier", "以上", 2, "qualifier", "not one of"),
    ("observations.csv", 0, "unit", "亿", 2, "unit", "not one of"),
    ("observations.csv", 0, "unit", "%", 2, "unit", "does not measure the same thing"),
    ("observations.csv", 0, "qualifier", "range", 2, "value_max", "needs value_max"),
    ("observations.csv", 0, "value_max", "200", 2, "value_max", "only for qualifier 'range'"),
    ("observations.csv", 0, "aspiration", "strive", 2, "aspiration", "only targets"),
    ("observations.csv", 0, "period", "by2025", 2, "period", "cannot have a horizon"),
    ("observations.csv", 0, "park_id", "", 2, "park_id", "needs a park_id"),
    ("observations.csv", 1, "obs_id", "o0001", 3, "obs_id", "duplicate obs_id 'o0001' (first at line 2)"),
    ("observations.csv", 0, "locator", "x" * 41, 2, "locator", "longer than 40"),
    ("observations.csv", 4, "value", "5000", 6, "value", "implausible"),
    ("industries.csv", 0, "tier", "", 2, "tier", "framework items need a tier"),
    ("industries.csv", 3, "tier", "3a", 5, "tier", "park industries have no tier"),
    ("industries.csv", 3, "parent_ids", "ceramics", 5, "parent_ids", "its own parent"),
    ("parks.csv", 1, "area_km2", "5", 3, "area_kind", "an area needs its kind"),
    ("park_industries.csv", 0, "valid_to", "2020", 2, "valid_to", "ends before it starts"),
    ("park_industries.csv", 1, "role", "boss", 3, "role", "not one of"),
]


def test_the_mini_data_set_is_clean():
    assert validate_dir(MINI) == []


@pytest.mark.parametrize(
    ("file", "row", "column", "value", "line", "where", "reason"), RULES, ids=[f"{r[0]}:{r[2]}:{r[6][:24]}" for r in RULES]
)
def test_each_rule_reports_file_line_column_and_reason(mini_copy, file, row, column, value, line, where, reason):
    edit_cell(mini_copy, file, row, column, value)
    problems = validate_dir(mini_copy)
    assert any(p.file == file and p.row == line and p.column == where and reason in p.reason for p in problems), problems


def test_three_faults_give_exactly_three_problems(mini_copy):
    edit_cell(mini_copy, "observations.csv", 2, "park_id", "test-zzz")  # broken reference
    edit_cell(mini_copy, "observations.csv", 4, "value", "7..1")  # bad number
    edit_cell(mini_copy, "observations.csv", 5, "obs_id", "o0004")  # duplicate id
    assert [str(p) for p in validate_dir(mini_copy)] == [
        "observations.csv:4:park_id: unknown id: not in parks.csv ('test-zzz')",
        "observations.csv:6:value: not a number ('7..1')",
        "observations.csv:7:obs_id: duplicate obs_id 'o0004' (first at line 5)",
    ]


def test_every_problem_is_listed_not_just_the_first(mini_copy):
    for row in range(6):
        edit_cell(mini_copy, "observations.csv", row, "value", "x")
    assert [p.row for p in validate_dir(mini_copy)] == [2, 3, 4, 5, 6, 7]


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def test_missing_file(mini_copy):
    (mini_copy / "metrics.csv").unlink()
    problems = validate_dir(mini_copy)
    assert Problem("metrics.csv", 0, "", "file missing (expected metrics.csv in the data folder)") in problems


def test_missing_folder(tmp_path):
    assert [p.reason for p in validate_dir(tmp_path / "nowhere")] == ["data folder missing"]


def test_missing_and_unknown_columns(mini_copy):
    text = (mini_copy / "metrics.csv").read_text(encoding="utf-8").replace("better,", "bettr,", 1)
    (mini_copy / "metrics.csv").write_text(text, encoding="utf-8")
    reasons = {(p.column, p.reason) for p in validate_dir(mini_copy) if p.file == "metrics.csv"}
    assert reasons == {("better", "column missing"), ("bettr", "unknown column")}


def test_not_utf8_names_the_line(mini_copy):
    text = (mini_copy / "news.csv").read_text(encoding="utf-8")
    _write(mini_copy / "news.csv", text.encode("gbk"))
    (problem,) = [p for p in validate_dir(mini_copy) if p.file == "news.csv"]
    assert problem.row == 2 and "not UTF-8" in problem.reason


def test_semicolon_file_gets_a_hint(mini_copy):
    text = (mini_copy / "metrics.csv").read_text(encoding="utf-8").replace(",", ";")
    (mini_copy / "metrics.csv").write_text(text, encoding="utf-8")
    problems = [p for p in validate_dir(mini_copy) if p.file == "metrics.csv"]
    assert problems and all("';' instead of ','" in p.reason for p in problems)


def test_bom_and_crlf_are_read(mini_copy):
    text = (mini_copy / "metrics.csv").read_text(encoding="utf-8")
    _write(mini_copy / "metrics.csv", ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))
    assert validate_dir(mini_copy) == []


def test_truncated_line(mini_copy):
    path = mini_copy / "observations.csv"
    path.write_text(path.read_text(encoding="utf-8") + "o0007,test-a,park\n", encoding="utf-8")
    problems = [p for p in validate_dir(mini_copy) if p.file == "observations.csv"]
    assert [(p.row, "fields, expected 16" in p.reason) for p in problems] == [(8, True)]


def test_empty_file(mini_copy):
    (mini_copy / "parks.csv").write_bytes(b"")
    assert Problem("parks.csv", 1, "", "empty file: no header line") in validate_dir(mini_copy)


def test_binary_file(mini_copy):
    shutil.copy(Path(__file__).parents[1] / "static" / "favicon.png", mini_copy / "news.csv")
    assert any(p.file == "news.csv" for p in validate_dir(mini_copy))
