"""Validation of a data folder against :mod:`parkdash.schema`: every problem, located.

Column checks are pandera checks built from the declared fields (run lazily, so all failures are
collected); keys, references across files and rules that span columns are checked here too. Each
problem names the file, the line in that file, the column and the reason.

Built for large files: a file's bytes are checked (UTF-8, NUL, header) and scanned with numpy for
the line each record starts on (quoted newlines, CRLF and blank lines included); the scan also proves
that Python's ``csv`` module would split the file into the same records. Arrow then parses the file
into categorical or Arrow-string columns, so millions of cells cost bytes, not Python objects. A file
the scan or Arrow cannot vouch for (stray quotes, a record with the wrong number of fields, a field
over ``csv``'s size limit) is read record by record with ``csv``, which names the problem. Every
check runs once per distinct value of a column, not once per cell.
"""

from __future__ import annotations

import codecs
import csv
import ctypes
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from parkdash import config, periods, vocab
from parkdash.schema import TABLES, TABLES_BY_NAME, Field, Table

MAX_FILE_BYTES = config.DEFAULT_MAX_FILE_MB * 2**20  # default cap; $PARKDASH_MAX_FILE_MB overrides it
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
    """A table read as text (categorical or Arrow string columns, see :func:`text_column`), with the
    line number each record starts on."""

    table: Table
    frame: pd.DataFrame
    lines: np.ndarray  # int64, one per row of ``frame``

    def line(self, i: int) -> int:
        return int(self.lines[i])


# ---------------------------------------------------------------- reading


def read_raw(data_dir: Path, table: Table, careful: bool = False) -> tuple[RawTable | None, list[Problem]]:
    """Read one CSV as strings; report what stops it from being read at all.

    The file is streamed, never held whole: one pass checks the bytes and notes where the quotes and
    line breaks are, then Arrow parses it. ``careful`` (or a file that changed meanwhile, or one the
    scan cannot vouch for) reads a snapshot of its bytes record by record with Python's csv.
    """
    path = data_dir / table.file
    if not path.is_file():
        return None, [Problem(table.file, 0, "", f"file missing (expected {table.file} in the data folder)")]
    limit = config.max_file_bytes(MAX_FILE_BYTES)
    if path.stat().st_size > limit:
        shown = f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit} bytes"
        reason = f"file larger than {shown} (the limit is set by ${config.ENV_MAX_FILE_MB})"
        return None, [Problem(table.file, 0, "", reason)]
    stamp = _stamp(path)
    source: BinaryIO = io.BytesIO(path.read_bytes()) if careful else path.open("rb")
    with source:
        layout, problem = _layout(source)
        if problem is not None:
            return None, [Problem(table.file, *problem)]
        source.seek(0)
        text = io.TextIOWrapper(source, encoding="utf-8-sig", newline="")
        reader = csv.reader(text, strict=True)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            return None, [Problem(table.file, reader.line_num, "", f"unreadable CSV: {exc}")]
        if header is None:
            return None, [Problem(table.file, 1, "", "empty file: no header line")]
        if len(header) > MAX_COLUMNS:
            return None, [Problem(table.file, 1, "", f"{len(header)} columns: more than {MAX_COLUMNS}")]
        problems = _check_header(table, header)
        if problems:
            return None, problems
        scan = None if careful else _record_lines(layout)
        del layout
        release_memory()  # before Arrow, which allocates from its own pool
        if scan is None:
            if not careful:
                return read_raw(data_dir, table, careful=True)
            return _read_records(reader, table, header)
        text.detach()
    lines, multiline = scan
    frame = _parse(str(path), header, multiline)
    if frame is None or len(frame) != len(lines) or _stamp(path) != stamp:
        return read_raw(data_dir, table, careful=True)  # Arrow disagrees (a record's fields), or the file changed
    return RawTable(table, frame[table.columns], lines), []


def _stamp(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns, st.st_ino


def release_memory() -> None:
    """Give memory freed by large temporary arrays back to the system (Arrow's pool; glibc's heap)."""
    pyarrow.default_memory_pool().release_unused()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


_QUOTE, _COMMA, _LF, _CR = (ord(c) for c in '",\n\r')
_CHUNK = 1 << 24  # bytes scanned at a time
_BLOCK = 1 << 22  # bytes Arrow parses at a time (larger blocks hold more text at once)
_EDGE = -1  # the byte "before" the first byte of a file, or "after" its last


@dataclass
class _Layout:
    """Where a file's quotes and line breaks are (byte offsets after a BOM), with the byte on each side."""

    size: int
    quotes: np.ndarray
    lf: np.ndarray
    cr: np.ndarray
    before: dict[int, np.ndarray]  # byte value -> the byte before each of its positions
    after: dict[int, np.ndarray]


def _layout(source: BinaryIO) -> tuple[_Layout | None, tuple[int, str, str] | None]:
    """One pass over the file in chunks: UTF-8 and NUL checks, and the positions of quotes and line breaks.

    Returns the layout, or the (line, column, reason) of what makes the file unreadable: a byte that is
    not UTF-8 (anywhere in the file) comes before a NUL character.
    """
    bom = len(codecs.BOM_UTF8) if source.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8 else 0
    source.seek(bom)
    found: dict[int, list[np.ndarray]] = {b: [] for b in (_QUOTE, _LF, _CR)}
    before: dict[int, list[np.ndarray]] = {b: [] for b in found}
    after: dict[int, list[np.ndarray]] = {b: [] for b in found}
    offset = breaks = 0  # bytes and LFs before the current chunk
    nul: tuple[int, str, str] | None = None
    carry, last, pending = b"", _EDGE, None
    while True:
        block = source.read(_CHUNK)
        data = carry + block  # carry holds at most the 3 bytes of a split character
        cut = _char_boundary(data) if block else len(data)
        chunk, carry = memoryview(data)[:cut], data[cut:]
        if cut:
            if not _is_utf8(chunk):
                bad = _first_bad_byte(chunk)
                reason = f"not UTF-8 text (byte 0x{data[bad]:02x}); save the file as UTF-8"
                return None, (breaks + data.count(b"\n", 0, bad) + 1, "", reason)
            if nul is None and (at := data.find(b"\x00", 0, cut)) >= 0:
                nul = (breaks + data.count(b"\n", 0, at) + 1, "", "NUL character: the file is binary or corrupt")
            if pending is not None:  # the previous chunk, now that the byte after it is known
                _note(*pending, data[0], found, before, after)
            pending = (np.frombuffer(chunk, np.uint8), offset, last)
            offset, breaks, last = offset + cut, breaks + data.count(b"\n", 0, cut), data[cut - 1]
        if not block:
            break
    if pending is not None:
        _note(*pending, _EDGE, found, before, after)
    if nul is not None:
        return None, nul
    joined = {b: np.concatenate(v) if v else np.empty(0, np.int64) for b, v in found.items()}
    join = lambda d: {b: np.concatenate(v) if v else np.empty(0, np.int16) for b, v in d.items()}  # noqa: E731
    return _Layout(offset, joined[_QUOTE], joined[_LF], joined[_CR], join(before), join(after)), None


def _note(a: np.ndarray, offset: int, last: int, next_byte: int, found: dict, before: dict, after: dict) -> None:
    """Record the positions of quotes and line breaks in one chunk, with their neighbouring bytes."""
    for byte, positions in found.items():
        at = np.flatnonzero(a == byte)
        positions.append(at + offset)
        side = a[np.maximum(at - 1, 0)].astype(np.int16)
        side[at == 0] = last  # the last byte of the previous chunk (-1 at the start of the file)
        before[byte].append(side)
        side = a[np.minimum(at + 1, len(a) - 1)].astype(np.int16)
        side[at == len(a) - 1] = next_byte  # the first of the next chunk (-1 at the end of the file)
        after[byte].append(side)


def _char_boundary(data: bytes) -> int:
    """The end of the last whole UTF-8 character among the last four bytes (the rest waits for the next chunk)."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte < 0x80:
            return len(data)
        if byte >= 0xC0:  # a lead byte: is its sequence complete?
            need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return len(data) if back >= need else len(data) - back
    return len(data)


def _is_utf8(data: bytes) -> bool:
    """Arrow's UTF-8 validator, without copying the bytes."""
    offsets = pyarrow.py_buffer(np.array([0, len(data)], dtype=np.int64).tobytes())
    try:
        pyarrow.Array.from_buffers(pyarrow.large_string(), 1, [None, offsets, pyarrow.py_buffer(data)]).validate(full=True)
    except pyarrow.ArrowInvalid:
        return False
    return True


def _first_bad_byte(data: bytes) -> int:
    """Where Python's decoder stops (Arrow and Python agree on what is UTF-8)."""
    try:
        codecs.utf_8_decode(data, "strict", True)
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def _parse(source: str | bytes, header: list[str], multiline: bool = True) -> pd.DataFrame | None:
    """The records of a file (path) or of bytes as text columns (see :func:`text_column`), parsed by Arrow
    in blocks, each block's columns dictionary-encoded as it comes, so the text is never held whole.

    None if Arrow refuses them (a record without the header's number of fields, for one).
    ``multiline``: a quoted field may hold a line break (Arrow splits the file in parallel otherwise).
    """
    chunks: list[list[pyarrow.Array]] = [[] for _ in header]
    try:
        reader = pcsv.open_csv(
            source if isinstance(source, str) else pyarrow.BufferReader(source),
            read_options=pcsv.ReadOptions(block_size=_BLOCK),
            parse_options=pcsv.ParseOptions(newlines_in_values=multiline),
            convert_options=pcsv.ConvertOptions(
                column_types=dict.fromkeys(header, pyarrow.string()), strings_can_be_null=False, quoted_strings_can_be_null=False
            ),
        )
        if reader.schema.names != header:
            return None
        for batch in reader:
            for i, column in enumerate(batch.columns):
                chunks[i].append(column.dictionary_encode())
    except pyarrow.ArrowInvalid:
        return None
    frame = pd.DataFrame({name: text_column(parts) for name, parts in zip(header, chunks, strict=True)})
    del chunks
    release_memory()
    return frame


def text_column(parts: list[pyarrow.DictionaryArray]) -> pd.Series:
    """A text column, from its dictionary-encoded blocks: a categorical when values repeat (one Python
    string per distinct value), else Arrow strings. Either way millions of cells cost bytes, not objects."""
    if not parts:
        return pd.Series(pd.Categorical([], categories=pd.Index([], dtype=object)))
    column = pyarrow.chunked_array(parts).unify_dictionaries()
    dictionary = column.chunk(0).dictionary
    indices = pyarrow.concat_arrays([part.indices for part in column.chunks])
    if 2 * len(dictionary) > len(indices):
        return pd.Series(pd.array(pc.take(dictionary, indices), dtype="str"))
    categories = pd.Index(dictionary.to_numpy(zero_copy_only=False), dtype=object)
    return pd.Series(pd.Categorical.from_codes(indices.to_numpy(zero_copy_only=False), dtype=pd.CategoricalDtype(categories)))


def _read_records(reader: Any, table: Table, header: list[str]) -> tuple[RawTable | None, list[Problem]]:
    """The careful way: Python's ``csv`` record by record (after the header); good records are re-written and parsed."""
    out = io.BytesIO()
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    problems: list[Problem] = []
    lines: list[int] = []
    try:
        start = reader.line_num + 1
        for record in reader:
            if record and len(record) < len(header):  # named by the first column it has no value for
                missing = header[len(record)]
                reason = f"the line ends before {missing} (a truncated line or a missing comma)"
                problems.append(Problem(table.file, start, missing, f"{len(record)} fields, expected {len(header)}: {reason}"))
            elif len(record) > len(header):
                reason = "(an extra comma, or a value holding a comma without quotes)"
                problems.append(Problem(table.file, start, "", f"{len(record)} fields, expected {len(header)} {reason}"))
            elif record:
                writer.writerow(record)
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        return None, [Problem(table.file, reader.line_num, "", f"unreadable CSV: {exc}")]
    text.detach()
    frame = _parse(out.getvalue(), header)
    assert frame is not None and len(frame) == len(lines), "csv.writer output is always readable"
    return RawTable(table, frame[table.columns], np.array(lines, dtype=np.int64)), problems


def _record_lines(layout: _Layout) -> tuple[np.ndarray, bool] | None:
    """The line each data record starts on and whether a quoted field holds a line break; None if the
    file needs the careful reader.

    Lines end at LF, CR or CRLF, as Python's ``csv`` counts them; blank lines hold no record. The scan
    accepts a file only when every quote opens a field, closes one, or doubles a quote inside one (so
    ``csv`` in strict mode and Arrow split it into the same records) and no record is longer than
    ``csv.field_size_limit()``. Arrow then refuses any record without the header's number of fields.
    """
    quotes, n = layout.quotes, layout.size
    if n == 0:
        return np.empty(0, np.int64), False
    if len(quotes) % 2:
        return None
    opens, closes = quotes[0::2], quotes[1::2]
    doubled = np.zeros(len(opens), bool)  # opens[i] is the second quote of a "" inside a quoted field
    doubled[1:] = opens[1:] == closes[:-1] + 1
    separators = [_EDGE, _COMMA, _LF, _CR]
    opens_field = np.isin(layout.before[_QUOTE][0::2], separators)
    closes_field = np.isin(layout.after[_QUOTE][1::2], separators)
    if not ((opens_field | doubled).all() and (closes_field | np.append(doubled[1:], False)).all()):
        return None
    lone_cr = layout.cr[layout.after[_CR] != _LF]
    breaks = np.concatenate([layout.lf, lone_cr])  # the last byte of every line break
    crlf = np.concatenate([layout.before[_LF] == _CR, np.zeros(len(lone_cr), bool)])
    order = np.argsort(breaks, kind="stable")
    breaks, crlf = breaks[order], crlf[order]
    outside = np.flatnonzero(np.searchsorted(quotes, breaks) % 2 == 0)  # breaks that end a record
    ends = breaks[outside]
    begin = np.concatenate([[0], ends + 1])  # each record's first byte, the header first
    stop = np.concatenate([ends - crlf[outside], [n]])  # and the byte after its last
    if (stop - begin).max() > csv.field_size_limit():
        return None
    keep = stop > begin  # blank lines hold no record
    keep[0] = False  # the header
    return np.concatenate([[1], outside + 2])[keep].astype(np.int64), len(outside) < len(breaks)


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


# ---------------------------------------------------------------- per-value helpers


def per_value(series: pd.Series, fn: Callable[[str], object], dtype: object = object) -> np.ndarray:
    """``fn`` of every cell, computed once per distinct value."""
    codes, uniques = pd.factorize(series)
    return np.array([fn(v) for v in uniques], dtype=dtype)[codes] if len(uniques) else np.empty(len(series), dtype)


def _is_id(text: str) -> bool:
    return vocab.ID_PATTERN.fullmatch(text) is not None


def _is_float(text: str) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return value == value and abs(value) != float("inf")


def to_float(text: str) -> float:
    """The number in a cell, NaN when empty or not a finite number."""
    return float(text) if _is_float(text) else float("nan")


# Plain decimals, which Arrow parses to the same double as float() (both round correctly) and which
# cannot overflow; anything else (exponents, "1_000", " 5", "inf") goes through float() itself.
_PLAIN_NUMBER = r"^-?[0-9]{1,300}(\.[0-9]+)?$"


def _floats_of(values: object) -> np.ndarray:
    """:func:`to_float` of each of many (distinct) values, plain decimals all at once."""
    arrow = pyarrow.array(values, pyarrow.large_string())
    plain = pc.match_substring_regex(arrow, _PLAIN_NUMBER).to_numpy(zero_copy_only=False)
    out = np.full(len(arrow), np.nan)
    out[plain] = pc.cast(arrow.filter(plain), pyarrow.float64()).to_numpy(zero_copy_only=False)
    out[~plain] = [to_float(v) for v in arrow.filter(~plain).to_pylist()]
    return out


def floats(series: pd.Series) -> np.ndarray:
    """The number in every cell of a text column (NaN when empty or not a finite number)."""
    codes, uniques = pd.factorize(series)
    return _floats_of(np.asarray(uniques, dtype=object) if isinstance(uniques.dtype, pd.CategoricalDtype) else uniques)[codes]


def _valid(fn) -> Callable[[str], bool]:  # noqa: ANN001
    def ok(text: str) -> bool:
        try:
            fn(text)
        except periods.PeriodError:
            return False
        return True

    return ok


# ---------------------------------------------------------------- per-column checks (pandera)


# the characters str.strip() removes (str.isspace; none lies beyond the Basic Multilingual Plane)
SPACES = "".join(c for c in map(chr, range(0x10000)) if c.isspace())
_SPACE_CLASS = "".join(f"\\x{{{ord(c):x}}}" for c in SPACES)


@dataclass(frozen=True)
class _Number:
    """A test of many distinct values at once: a finite number (within ``low``..``high`` when given)."""

    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class _Regex:
    """A test of many distinct values at once (RE2 through Arrow): does ``pattern`` match somewhere in each."""

    pattern: str
    expect: bool = True  # False: the value passes when the pattern does not match


_ID_RE = _Regex(f"^(?:{vocab.ID_PATTERN.pattern})$")  # fullmatch; RE2's $ is the end of the text
_FILLED_RE = _Regex(f"[^{_SPACE_CLASS}]")  # v.strip() != ""
_STRIPPED_RE = _Regex(f"^[{_SPACE_CLASS}]|[{_SPACE_CLASS}]$", expect=False)  # v == v.strip()


class _Distinct:
    """The distinct values of the column being checked, computed once for all of its checks."""

    def __init__(self) -> None:
        self.name: str | None = None
        self.codes = np.empty(0, np.intp)
        self.counts: dict[str, int] = {}  # column -> number of distinct values

    def mask(self, name: str, series: pd.Series, ok: Callable[[str], bool] | _Regex | _Number, empty_ok: bool) -> pd.Series:
        """Where ``ok`` holds (an empty cell passes when ``empty_ok``)."""
        if name != self.name or len(self.codes) != len(series):
            self.codes, uniques = pd.factorize(series)
            if isinstance(uniques.dtype, pd.CategoricalDtype):
                uniques = np.asarray(uniques, dtype=object)
            self.name, self.values, self.arrow, self.numbers = name, uniques, None, None
            self.counts[name] = len(uniques)
            self.empty = np.asarray(uniques == "", dtype=bool)
        if isinstance(ok, _Regex):
            if self.arrow is None:
                self.arrow = pyarrow.array(self.values, pyarrow.large_string())
            found = pc.match_substring_regex(self.arrow, ok.pattern).to_numpy(zero_copy_only=False)
            good = found if ok.expect else ~found
        elif isinstance(ok, _Number):
            if self.numbers is None:
                self.numbers = _floats_of(self.values)
            number = self.numbers
            with np.errstate(invalid="ignore"):
                good = ~np.isnan(number) if ok.low is None else np.isnan(number) | ((number >= ok.low) & (number <= ok.high))
        else:
            good = np.fromiter(map(ok, self.values), bool, len(self.values))
        good[self.empty] = empty_ok
        return pd.Series(good[self.codes], index=series.index)


def _checks(f: Field, ids: dict[str, set[str]], distinct: _Distinct) -> list[pa.Check]:
    def element(fn: Callable[[str], bool] | _Regex | _Number, error: str, empty_ok: bool = True) -> pa.Check:
        """A check of the non-empty cells, run once per distinct value (the frame holds no NaN)."""
        return pa.Check(lambda s: distinct.mask(f.name, s, fn, empty_ok), error=error, ignore_na=False)

    checks: list[pa.Check] = []
    if f.required:
        checks.append(element(_FILLED_RE, "required value missing", empty_ok=False))
    checks.append(element(_STRIPPED_RE, "leading or trailing spaces"))
    if f.type == "id":
        checks.append(element(_ID_RE, "not an id (lower-case ASCII letters, digits, '-')"))
    elif f.type == "ids":
        checks.append(element(lambda v: all(map(_is_id, v.split("|"))), "not a |-separated list of ids"))
    elif f.type == "float":
        checks.append(element(_Number(), "not a number"))
        if f.min is not None or f.max is not None:
            low, high = -np.inf if f.min is None else f.min, np.inf if f.max is None else f.max
            checks.append(element(_Number(low, high), f"out of range [{f.min}, {f.max}]"))
    elif f.type == "bool":
        checks.append(element(lambda v: v in ("true", "false"), "not true/false"))
    elif f.type == "date":
        checks.append(element(_valid(periods.check_partial_date), "not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
    elif f.type == "url":
        checks.append(element(vocab.is_safe_url, "not an http(s) URL"))
    elif f.type == "period":
        checks.append(
            element(
                _valid(periods.parse_period),
                "not a period (see data/README.md: 2021, 2021Q1, 2025H1, 2025YTD05, @2024-04, 2015..2020, by2025, open)",
            )
        )
    if f.choices is not None:
        allowed = set(f.choices)
        checks.append(element(allowed.__contains__, f"not one of: {', '.join(f.choices)}"))
    if f.max_len is not None:
        checks.append(element(lambda v: len(v) <= f.max_len, f"longer than {f.max_len} characters"))
    if f.ref is not None and f.ref in ids:  # a missing target file is reported on its own
        known = ids[f.ref]
        target = f.ref.split(".")[0] + ".csv"
        if f.type == "ids":
            checks.append(element(lambda v: all(map(known.__contains__, v.split("|"))), f"unknown id: not in {target}"))
        else:
            checks.append(element(known.__contains__, f"unknown id: not in {target}"))
    return checks


def _column_problems(raw: RawTable, ids: dict[str, set[str]], distinct: _Distinct) -> list[Problem]:
    schema = pa.DataFrameSchema(
        # nullable: the text frame has no NaN (an empty cell is ""), so pandera need not look for any
        {f.name: pa.Column(None, checks=_checks(f, ids, distinct), nullable=True) for f in raw.table.fields},
        strict=False,
    )
    try:
        schema.validate(raw.frame, lazy=True, inplace=True)  # nothing is coerced: no copy of the frame
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        problems = []
        for case in cases.itertuples(index=False):
            if case.index is None or pd.isna(case.index):
                continue
            value = str(case.failure_case)
            shown = f" ({value[:60]!r})" if value and case.check != "required value missing" else ""
            problems.append(Problem(raw.table.file, raw.line(int(case.index)), str(case.column), f"{case.check}{shown}"))
        return problems
    return []


# ---------------------------------------------------------------- keys and cross-column rules


def _key_problems(raw: RawTable, counts: dict[str, int]) -> list[Problem]:
    key = list(raw.table.key)
    frame = raw.frame
    if len(key) == 1 and counts.get(key[0]) == len(frame):
        return []  # as many distinct values as rows
    dup = frame.duplicated(subset=key, keep=False).to_numpy()
    problems = []
    first_line: dict[tuple[str, ...], int] = {}
    for i, value in zip(np.flatnonzero(dup), frame.loc[dup, key].itertuples(index=False, name=None), strict=True):
        if value in first_line:
            shown = "/".join(value)
            problems.append(
                Problem(
                    raw.table.file,
                    raw.line(i),
                    key[-1] if len(key) == 1 else "+".join(key),
                    f"duplicate {'+'.join(key)} {shown!r} (first at line {first_line[value]})",
                )
            )
        else:
            first_line[value] = raw.line(i)
    return problems


def _rule_problems(raws: dict[str, RawTable]) -> list[Problem]:
    problems: list[Problem] = []

    def flag(raw: RawTable, mask: pd.Series | np.ndarray, column: str, reason: str | Callable[[int], str]) -> None:
        for i in np.flatnonzero(np.asarray(mask, dtype=bool)):
            problems.append(Problem(raw.table.file, raw.line(i), column, reason(i) if callable(reason) else reason))

    if (obs := raws.get("observations")) is not None:
        o = obs.frame
        metric_units: dict[str, str] = {}
        if (metrics := raws.get("metrics")) is not None:
            metric_units = dict(zip(metrics.frame["metric_id"], metrics.frame["unit"], strict=True))
        want = per_value(o["metric_id"], lambda m: metric_units.get(m) or "")
        want_dim = per_value(pd.Series(want), lambda u: vocab.unit_dimension(u) or "")
        dim = per_value(o["unit"], lambda u: vocab.unit_dimension(u) or "")
        unit = o["unit"].to_numpy()
        flag(
            obs,
            (want != "") & (dim != "") & (want_dim != "") & (dim != want_dim),
            "unit",
            lambda i: f"unit {unit[i]!r} does not measure the same thing as the metric's unit {want[i]!r}",
        )
        value, value_max = floats(o["value"]), floats(o["value_max"])
        is_range, actual = o["qualifier"].eq("range"), o["kind"].eq("actual")
        flag(obs, is_range & np.isnan(value_max), "value_max", "qualifier 'range' needs value_max")
        flag(obs, o["value_max"].ne("") & ~is_range, "value_max", "value_max is only for qualifier 'range'")
        with np.errstate(invalid="ignore"):
            flag(obs, value_max <= value, "value_max", "value_max must be above value")  # NaN compares False
            flag(obs, o["unit"].eq("%") & actual & (np.abs(value) > 1000), "value", "a percentage beyond ±1000 % is implausible")
        flag(obs, o["aspiration"].ne("") & o["kind"].ne("target"), "aspiration", "only targets carry an aspiration (力争/冲刺)")
        scope = o["scope"].to_numpy()
        flag(
            obs,
            o["scope"].isin(["park", "host"]) & o["park_id"].eq(""),
            "park_id",
            lambda i: f"scope {scope[i]!r} needs a park_id",
        )
        horizon = per_value(o["period"], lambda p: _is_kind(p, ("horizon", "open")), bool)
        flag(obs, actual & horizon, "period", "an actual cannot have a horizon period (byYYYY/open)")
    if (ind := raws.get("industries")) is not None:
        d = ind.frame
        flag(ind, d["framework"].ne("park") & d["tier"].eq(""), "tier", "framework items need a tier")
        flag(ind, d["framework"].eq("park") & d["tier"].ne(""), "tier", "park industries have no tier")
        own = [i in p.split("|") for i, p in zip(d["industry_id"], d["parent_ids"], strict=True)]
        flag(ind, own, "parent_ids", "an industry cannot be its own parent")
    if (parks := raws.get("parks")) is not None:
        flag(parks, parks.frame["area_km2"].ne("") & parks.frame["area_kind"].eq(""), "area_kind", "an area needs its kind")
    if (pi := raws.get("park_industries")) is not None:
        d = pi.frame
        flag(
            pi,
            d["valid_from"].ne("") & d["valid_to"].ne("") & (d["valid_to"].astype(object) < d["valid_from"].astype(object)),
            "valid_to",
            "ends before it starts",
        )
    return problems


def _is_kind(period: str, kinds: tuple[str, ...]) -> bool:
    try:
        return periods.parse_period(period).kind in kinds
    except periods.PeriodError:
        return False


def check_raw(raws: dict[str, RawTable]) -> list[Problem]:
    """All problems in tables that could be read."""
    refs = {f.ref for t in TABLES for f in t.fields if f.ref}
    ids: dict[str, set[str]] = {}
    for table in TABLES:
        key = table.key[0]
        if table.name in raws and len(table.key) == 1 and f"{table.name}.{key}" in refs:
            ids[f"{table.name}.{key}"] = set(raws[table.name].frame[key])
    problems: list[Problem] = []
    for raw in raws.values():
        distinct = _Distinct()
        problems += _column_problems(raw, ids, distinct)
        problems += _key_problems(raw, distinct.counts)
    problems += _rule_problems(raws)
    release_memory()
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
