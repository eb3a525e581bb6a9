"""Each validation rule, on a deliberately broken copy of the synthetic mini data set."""

import csv
import random
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from parkdash import config, schema, synth, validate
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
    assert [str(p) for p in problems] == [
        "observations.csv:8:entity_reported: 3 fields, expected 16: the line ends before entity_reported"
        " (a truncated line or a missing comma)"
    ]


def test_empty_file(mini_copy):
    (mini_copy / "parks.csv").write_bytes(b"")
    assert Problem("parks.csv", 1, "", "empty file: no header line") in validate_dir(mini_copy)


def test_binary_file(mini_copy):
    shutil.copy(Path(__file__).parents[1] / "static" / "favicon.png", mini_copy / "news.csv")
    assert any(p.file == "news.csv" for p in validate_dir(mini_copy))


# ---------------------------------------------------------------- reading large and irregular files


def _read(folder: Path, file: str):  # noqa: ANN202
    return validate.read_raw(folder, schema.TABLES_BY_NAME[file.removesuffix(".csv")])


def _same_reading(folder: Path, file: str, monkeypatch) -> tuple:  # noqa: ANN001
    """The quick reader (in chunks of 16 MB, and of 5 bytes) and the careful one (Python's csv) give the
    same table, lines and problems."""
    quick = _read(folder, file)
    careful = validate.read_raw(folder, schema.TABLES_BY_NAME[file.removesuffix(".csv")], careful=True)
    with monkeypatch.context() as m:
        m.setattr(validate, "_CHUNK", 5)
        small = _read(folder, file)
    assert [str(p) for p in quick[1]] == [str(p) for p in small[1]]
    if quick[0] is not None:
        pd.testing.assert_frame_equal(quick[0].frame, small[0].frame)
        assert quick[0].lines.tolist() == small[0].lines.tolist()
    assert [str(p) for p in quick[1]] == [str(p) for p in careful[1]]
    assert (quick[0] is None) == (careful[0] is None)
    if quick[0] is not None:
        pd.testing.assert_frame_equal(quick[0].frame, careful[0].frame)
        assert quick[0].lines.tolist() == careful[0].lines.tolist()
    return quick


@pytest.mark.parametrize("crlf", [False, True])
def test_quoted_newlines_blank_lines_and_crlf_keep_line_numbers(mini_copy, monkeypatch, crlf):
    edit_cell(mini_copy, "observations.csv", 0, "note", "two\nlines")  # record 1 spans lines 2-3
    edit_cell(mini_copy, "observations.csv", 1, "locator", 'a "quoted", word')
    edit_cell(mini_copy, "observations.csv", 2, "value", "x")  # line 5
    path = mini_copy / "observations.csv"
    lines = path.read_bytes().replace(b"\r\n", b"\n").split(b"\n")  # csv.writer ends lines with CRLF
    lines.insert(5, b"")  # a blank line before record 4 (now line 7)
    text = b"\n".join(lines) + b"\n\n"
    path.write_bytes(text.replace(b"\n", b"\r\n") if crlf else text)
    raw, problems = _same_reading(mini_copy, "observations.csv", monkeypatch)
    assert problems == [] and raw.lines.tolist() == [2, 4, 5, 7, 8, 9]
    assert raw.frame["note"][0] == ("two\r\nlines" if crlf else "two\nlines")
    assert raw.frame["locator"][1] == 'a "quoted", word'
    assert [str(p) for p in validate_dir(mini_copy)] == ["observations.csv:5:value: not a number ('x')"]


@pytest.mark.parametrize(
    ("insert", "expected"),
    [
        (
            b" \n",
            [
                "observations.csv:3:park_id: 1 fields, expected 16: the line ends before park_id (a truncated line or a missing comma)"
            ],
        ),
        (
            b"o0009,test-a\n",
            ["observations.csv:3:scope: 2 fields, expected 16: the line ends before scope (a truncated line or a missing comma)"],
        ),
        (b'o0009,"unclosed\n', ["observations.csv:8:: unreadable CSV: unexpected end of data"]),
        (b'o0009,"a"b,c\n', ["observations.csv:3:: unreadable CSV: ',' expected after '\"'"]),
        (
            b"o0009,a,b" + b",x" * 16 + b"\n",
            ["observations.csv:3:: 19 fields, expected 16 (an extra comma, or a value holding a comma without quotes)"],
        ),
    ],
    ids=["whitespace line", "short record", "open quote", "stray quote", "long record"],
)
def test_irregular_records_are_named_as_the_csv_module_names_them(mini_copy, monkeypatch, insert, expected):
    path = mini_copy / "observations.csv"
    lines = path.read_bytes().split(b"\n", 2)
    path.write_bytes(lines[0] + b"\n" + lines[1] + b"\n" + insert + lines[2])
    _, problems = _same_reading(mini_copy, "observations.csv", monkeypatch)
    assert [str(p) for p in problems] == expected


def test_a_field_over_the_csv_size_limit_makes_the_file_unreadable(mini_copy, monkeypatch):
    edit_cell(mini_copy, "news.csv", 0, "note", "x" * (csv.field_size_limit() + 1))
    _, problems = _same_reading(mini_copy, "news.csv", monkeypatch)
    assert [p.reason for p in problems] == [f"unreadable CSV: field larger than field limit ({csv.field_size_limit()})"]


def test_a_quote_inside_an_unquoted_field_is_text(mini_copy, monkeypatch):
    path = mini_copy / "metrics.csv"
    path.write_bytes(path.read_bytes().replace(b",\xe6\xb5\x8b\xe8\xaf\x95,test", b',a"b,test', 1))  # description_zh
    raw, problems = _same_reading(mini_copy, "metrics.csv", monkeypatch)
    assert problems == [] and raw.frame["description_zh"][0] == 'a"b'


def test_utf8_error_after_a_bom_names_the_byte_and_its_line(mini_copy):
    path = mini_copy / "parks.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace("甲".encode(), b"\xff", 1))
    (problem,) = [p for p in validate_dir(mini_copy) if p.file == "parks.csv"]
    assert (problem.row, problem.reason) == (2, "not UTF-8 text (byte 0xff); save the file as UTF-8")


def test_files_over_the_size_cap_are_refused_before_reading(mini_copy, monkeypatch):
    monkeypatch.setenv(config.ENV_MAX_FILE_MB, "0.0001")  # 104 bytes
    problems = [p for p in validate_dir(mini_copy) if p.file == "observations.csv"]
    assert [str(p) for p in problems] == [
        "observations.csv:0:: file larger than 104 bytes (the limit is set by $PARKDASH_MAX_FILE_MB)"
    ]
    monkeypatch.delenv(config.ENV_MAX_FILE_MB)
    assert validate_dir(mini_copy) == []


@pytest.mark.parametrize(("value", "mb"), [("", 1024), ("2048", 2048), ("0.5", 0.5), ("-3", 1024), ("lots", 1024)])
def test_the_size_cap_is_configurable(monkeypatch, value, mb):
    monkeypatch.setenv(config.ENV_MAX_FILE_MB, value)
    assert config.max_file_bytes() == int(mb * 2**20)


def test_spaces_are_those_python_strips():
    assert validate.SPACES == "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())


def test_a_larger_synthetic_set_is_clean_and_located(tmp_path):
    folder = tmp_path / "city"
    synth.write(folder, "city")
    assert validate_dir(folder) == []
    edit_cell(folder, "observations.csv", 5000, "unit", "亿")
    edit_cell(folder, "news.csv", 250, "url", "javascript:alert(1)")
    assert [str(p) for p in validate_dir(folder)] == [
        "observations.csv:5002:unit: not one of: 元, 万元, 亿元, 千亿元, %, 个, 家, 项, 名, 位, 平方公里, 公顷, 亩, 万平方米, 万人, 万, 年 ('亿')",
        "news.csv:252:url: not an http(s) URL ('javascript:alert(1)')",
    ]


def test_numbers_read_all_at_once_are_pythons_floats():
    rng = random.Random(1)
    values = ["1", "-0", "0.5", "1e5", "1_000", " 5", "5 ", "inf", "-inf", "nan", "", "abc", "١٢", "0x10", ".5", "5.", "+5"]
    values += ["1" * 400, "9" * 300, "3.141592653589793238462643383279", "00012.3400", "12,5"]
    values += [f"{'-' * rng.randint(0, 1)}{rng.randint(0, 10**25)}.{rng.randint(0, 10**25)}" for _ in range(2000)]
    got = validate.floats(pd.Series(values, dtype=object))
    expected = [validate.to_float(v) for v in values]
    assert [str(x) for x in got] == [str(x) for x in expected]  # str: NaN equals NaN, -0.0 differs from 0.0
