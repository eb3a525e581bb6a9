"""Validation of a data folder against :mod:`parkdash.schema`: every problem, located.

Column checks are pandera checks built from the declared fields (run lazily, so all failures are
collected); keys, references across files and rules that span columns are checked here too. Each
problem names the file, the line in that file, the column and the reason.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from parkdash import periods, vocab
from parkdash.schema import TABLES, TABLES_BY_NAME, Field, Table

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_COLUMNS = 200


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    row: int  # line number in the file, the header is line 1; 0 = the whole file
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{self.column}: {self.reason}"


@dataclass
class RawTable:
    """A table read as text, with the line number each record starts on."""

    table: Table
    frame: pd.DataFrame
    lines: list[int]


def read_raw(data_dir: Path, table: Table) -> tuple[RawTable | None, list[Problem]]:
    """Read one CSV as strings; report what stops it from being read at all."""
    path = data_dir / table.file
    if not path.is_file():
        return None, [Problem(table.file, 0, "", f"file missing (expected {table.file} in the data folder)")]
    if path.stat().st_size > MAX_FILE_BYTES:
        return None, [Problem(table.file, 0, "", f"file larger than {MAX_FILE_BYTES // 2**20} MB")]
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(table.file, line, "", f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8")]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [Problem(table.file, line, "", "NUL character: the file is binary or corrupt")]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            return None, [Problem(table.file, 1, "", "empty file: no header line")]
        if len(header) > MAX_COLUMNS:
            return None, [Problem(table.file, 1, "", f"{len(header)} columns: more than {MAX_COLUMNS}")]
        problems = _check_header(table, header)
        if problems:
            return None, problems
        rows: list[list[str]] = []
        lines: list[int] = []
        start = reader.line_num + 1
        for record in reader:
            if record and len(record) != len(header):
                problems.append(
                    Problem(
                        table.file,
                        start,
                        "",
                        f"{len(record)} fields, expected {len(header)} (a missing or extra comma, or a truncated line)",
                    )
                )
            elif record:
                rows.append(record)
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        return None, [Problem(table.file, reader.line_num, "", f"unreadable CSV: {exc}")]
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    frame = frame[table.columns] if not frame.empty else pd.DataFrame(columns=table.columns, dtype=object)
    return RawTable(table, frame.reset_index(drop=True), lines), problems


def _check_header(table: Table, header: list[str]) -> list[Problem]:
    problems = []
    if len(set(header)) != len(header):
        dupes = sorted({h for h in header if header.count(h) > 1})
        problems.append(Problem(table.file, 1, ",".join(dupes), "column named twice"))
    for name in table.columns:
        if name not in header:
            hint = " (the file may use ';' instead of ',')" if len(header) == 1 and ";" in header[0] else ""
            problems.append(Problem(table.file, 1, name, f"column missing{hint}"))
    for name in header:
        if name not in table.columns and ";" not in name:
            problems.append(Problem(table.file, 1, name, "unknown column"))
    return problems


# ---------------------------------------------------------------- per-column checks (pandera)


def _element(fn, error: str) -> pa.Check:  # noqa: ANN001
    """A check applied to the non-empty cells of a text column."""

    def run(series: pd.Series) -> pd.Series:
        return series.map(lambda v: v == "" or fn(v)).astype(bool)

    return pa.Check(run, error=error)


def _is_float(text: str) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return value == value and abs(value) != float("inf")


def _in_range(f: Field):  # noqa: ANN202
    def ok(text: str) -> bool:
        if not _is_float(text):
            return True  # reported by the number check
        value = float(text)
        return (f.min is None or value >= f.min) and (f.max is None or value <= f.max)

    return ok


def _valid(fn) -> callable:  # noqa: ANN001
    def ok(text: str) -> bool:
        try:
            fn(text)
        except periods.PeriodError:
            return False
        return True

    return ok


def _checks(f: Field, ids: dict[str, set[str]]) -> list[pa.Check]:
    checks: list[pa.Check] = []
    if f.required:
        checks.append(pa.Check(lambda s: s.str.strip() != "", error="required value missing"))
    checks.append(_element(lambda v: v == v.strip(), "leading or trailing spaces"))
    if f.type == "id":
        checks.append(
            _element(lambda v: bool(vocab.ID_PATTERN.fullmatch(v)), "not an id (lower-case ASCII letters, digits, '-')")
        )
    elif f.type == "ids":
        checks.append(
            _element(lambda v: all(vocab.ID_PATTERN.fullmatch(x) for x in v.split("|")), "not a |-separated list of ids")
        )
    elif f.type == "float":
        checks.append(_element(_is_float, "not a number"))
        if f.min is not None or f.max is not None:
            checks.append(_element(_in_range(f), f"out of range [{f.min}, {f.max}]"))
    elif f.type == "bool":
        checks.append(_element(lambda v: v in ("true", "false"), "not true/false"))
    elif f.type == "date":
        checks.append(_element(_valid(periods.check_partial_date), "not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
    elif f.type == "url":
        checks.append(_element(vocab.is_safe_url, "not an http(s) URL"))
    elif f.type == "period":
        checks.append(
            _element(
                _valid(periods.parse_period),
                "not a period (see data/README.md: 2021, 2021Q1, 2025H1, 2025YTD05, @2024-04, 2015..2020, by2025, open)",
            )
        )
    if f.choices is not None:
        allowed = set(f.choices)
        checks.append(_element(lambda v: v in allowed, f"not one of: {', '.join(f.choices)}"))
    if f.max_len is not None:
        checks.append(_element(lambda v: len(v) <= f.max_len, f"longer than {f.max_len} characters"))
    if f.ref is not None and f.ref in ids:  # a missing target file is reported on its own
        known = ids[f.ref]
        target = f.ref.split(".")[0] + ".csv"
        if f.type == "ids":
            checks.append(_element(lambda v: all(x in known for x in v.split("|")), f"unknown id: not in {target}"))
        else:
            checks.append(_element(lambda v: v in known, f"unknown id: not in {target}"))
    return checks


def _column_problems(raw: RawTable, ids: dict[str, set[str]]) -> list[Problem]:
    schema = pa.DataFrameSchema(
        {f.name: pa.Column(object, checks=_checks(f, ids), nullable=False) for f in raw.table.fields},
        strict=False,
    )
    try:
        schema.validate(raw.frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        problems = []
        for case in cases.itertuples(index=False):
            if case.index is None or pd.isna(case.index):
                continue
            value = str(case.failure_case)
            shown = f" ({value[:60]!r})" if value and case.check != "required value missing" else ""
            problems.append(Problem(raw.table.file, raw.lines[int(case.index)], str(case.column), f"{case.check}{shown}"))
        return problems
    return []


# ---------------------------------------------------------------- keys and cross-column rules


def _key_problems(raw: RawTable) -> list[Problem]:
    key = list(raw.table.key)
    frame = raw.frame
    dup = frame.duplicated(subset=key, keep=False)
    problems = []
    first_line: dict[tuple[str, ...], int] = {}
    for i in frame.index[dup]:
        value = tuple(frame.loc[i, key])
        if value in first_line:
            shown = "/".join(value)
            problems.append(
                Problem(
                    raw.table.file,
                    raw.lines[i],
                    key[-1] if len(key) == 1 else "+".join(key),
                    f"duplicate {'+'.join(key)} {shown!r} (first at line {first_line[value]})",
                )
            )
        else:
            first_line[value] = raw.lines[i]
    return problems


def _rule_problems(raws: dict[str, RawTable]) -> list[Problem]:
    problems: list[Problem] = []

    def add(raw: RawTable, i: int, column: str, reason: str) -> None:
        problems.append(Problem(raw.table.file, raw.lines[i], column, reason))

    if (obs := raws.get("observations")) is not None:
        metric_units = {}
        if (metrics := raws.get("metrics")) is not None:
            metric_units = dict(zip(metrics.frame["metric_id"], metrics.frame["unit"], strict=True))
        for i, row in obs.frame.iterrows():
            want = metric_units.get(row["metric_id"])
            dim, want_dim = vocab.unit_dimension(row["unit"]), vocab.unit_dimension(want or "")
            if want and dim and want_dim and dim != want_dim:
                add(obs, i, "unit", f"unit {row['unit']!r} does not measure the same thing as the metric's unit {want!r}")
            if row["qualifier"] == "range" and not _is_float(row["value_max"]):
                add(obs, i, "value_max", "qualifier 'range' needs value_max")
            if row["value_max"] and row["qualifier"] != "range":
                add(obs, i, "value_max", "value_max is only for qualifier 'range'")
            if _is_float(row["value_max"]) and _is_float(row["value"]) and float(row["value_max"]) <= float(row["value"]):
                add(obs, i, "value_max", "value_max must be above value")
            if row["aspiration"] and row["kind"] != "target":
                add(obs, i, "aspiration", "only targets carry an aspiration (力争/冲刺)")
            if row["scope"] in ("park", "host") and not row["park_id"]:
                add(obs, i, "park_id", f"scope {row['scope']!r} needs a park_id")
            if row["unit"] == "%" and _is_float(row["value"]) and row["kind"] == "actual" and abs(float(row["value"])) > 1000:
                add(obs, i, "value", "a percentage beyond ±1000 % is implausible")
            if row["kind"] == "actual" and _is_kind(row["period"], ("horizon", "open")):
                add(obs, i, "period", "an actual cannot have a horizon period (byYYYY/open)")
    if (ind := raws.get("industries")) is not None:
        for i, row in ind.frame.iterrows():
            if row["framework"] != "park" and not row["tier"]:
                add(ind, i, "tier", "framework items need a tier")
            if row["framework"] == "park" and row["tier"]:
                add(ind, i, "tier", "park industries have no tier")
            if row["industry_id"] in row["parent_ids"].split("|"):
                add(ind, i, "parent_ids", "an industry cannot be its own parent")
    if (parks := raws.get("parks")) is not None:
        for i, row in parks.frame.iterrows():
            if row["area_km2"] and not row["area_kind"]:
                add(parks, i, "area_kind", "an area needs its kind")
    if (pi := raws.get("park_industries")) is not None:
        for i, row in pi.frame.iterrows():
            if row["valid_from"] and row["valid_to"] and row["valid_to"] < row["valid_from"]:
                add(pi, i, "valid_to", "ends before it starts")
    return problems


def _is_kind(period: str, kinds: tuple[str, ...]) -> bool:
    try:
        return periods.parse_period(period).kind in kinds
    except periods.PeriodError:
        return False


def check_raw(raws: dict[str, RawTable]) -> list[Problem]:
    """All problems in tables that could be read."""
    ids: dict[str, set[str]] = {}
    for table in TABLES:
        key = table.key[0]
        if table.name in raws and len(table.key) == 1:
            ids[f"{table.name}.{key}"] = set(raws[table.name].frame[key])
    problems: list[Problem] = []
    for raw in raws.values():
        problems += _column_problems(raw, ids)
        problems += _key_problems(raw)
    problems += _rule_problems(raws)
    return problems


def read_all(data_dir: Path) -> tuple[dict[str, RawTable], list[Problem]]:
    raws: dict[str, RawTable] = {}
    problems: list[Problem] = []
    if not data_dir.is_dir():
        return raws, [Problem(str(data_dir), 0, "", "data folder missing")]
    for table in TABLES:
        raw, found = read_raw(data_dir, table)
        problems += found
        if raw is not None:
            raws[table.name] = raw
    return raws, problems


def check_dir(data_dir: Path) -> tuple[dict[str, RawTable], list[Problem]]:
    """The tables that could be read, and every problem, sorted by file order, line and column."""
    raws, problems = read_all(data_dir)
    problems += check_raw(raws)
    return raws, sorted(set(problems), key=_order)


def validate_dir(data_dir: Path) -> list[Problem]:
    """Every problem in a data folder."""
    return check_dir(data_dir)[1]


def _order(p: Problem) -> tuple[int, int, int, str]:
    table = TABLES_BY_NAME.get(p.file.removesuffix(".csv"))
    if table is None:
        return (-1, p.row, -1, p.reason)
    column = table.columns.index(p.column) if p.column in table.columns else -1
    return (TABLES.index(table), p.row, column, p.reason)
