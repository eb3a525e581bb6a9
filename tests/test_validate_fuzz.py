"""Property-based: random corruptions of valid files never crash the validator and are always located."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parkdash import validate
from parkdash.schema import TABLES
from parkdash.validate import validate_dir
from tests.conftest import MINI

FILES = [t.file for t in TABLES]


def _run(tmp: Path, file: str, mutate) -> list:  # noqa: ANN001
    target = tmp / "data"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(MINI, target)
    path = target / file
    path.write_bytes(mutate(path.read_bytes()))
    return validate_dir(target)


def _located(problems: list, file: str, size: int) -> None:
    for p in problems:
        assert p.file in FILES or p.file.endswith("data"), p
        assert isinstance(p.row, int) and p.row >= 0 and p.reason, p
        if p.file == file and p.row:
            assert p.row <= size + 1, p  # a line that exists in the corrupted file


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(file=st.sampled_from(FILES), pos=st.floats(0, 1), junk=st.binary(min_size=1, max_size=40))
def test_inserted_bytes(tmp_path, file, pos, junk):
    def mutate(data: bytes) -> bytes:
        at = int(pos * len(data))
        return data[:at] + junk + data[at:]

    problems = _run(tmp_path, file, mutate)
    _located(problems, file, (MINI / file).read_bytes().count(b"\n") + junk.count(b"\n") + 1)


@SETTINGS
@given(file=st.sampled_from(FILES), cut=st.floats(0, 1))
def test_truncated_files(tmp_path, file, cut):
    problems = _run(tmp_path, file, lambda data: data[: int(cut * len(data))])
    _located(problems, file, (MINI / file).read_bytes().count(b"\n") + 1)


@SETTINGS
@given(file=st.sampled_from(FILES), text=st.text(min_size=1, max_size=30))
def test_replaced_cells(tmp_path, file, text):
    def mutate(data: bytes) -> bytes:
        lines = data.decode("utf-8").split("\n")
        cells = lines[1].split(",")
        cells[len(cells) // 2] = text
        lines[1] = ",".join(cells)
        return "\n".join(lines).encode("utf-8", "surrogatepass")

    problems = _run(tmp_path, file, mutate)
    _located(problems, file, (MINI / file).read_bytes().count(b"\n") + text.count("\n") + 2)


# The quick reader (a streamed scan of the bytes, then Arrow) must read every file exactly as the
# careful one (Python's csv, record by record) does: same table, lines and problems, or both refuse;
# and read it the same whatever the size of the chunks it streams.
ATOMS = [
    b'"',
    b'""',
    b",",
    b"\n",
    b"\r",
    b"\r\n",
    b" ",
    b"\t",
    b"x",
    b"\xef\xbb\xbf",
    b'","',
    b'"\n"',
    b"\n\n",
    b" \n",
    b"\xe4\xb8\xad",
    b"\xe4",  # broken UTF-8
    b"\xb8",
    b"\xff",
    b"\x00",
    b"\xf0\x9f\x98\x80",  # four bytes
]
CSV_JUNK = st.lists(st.sampled_from(ATOMS), min_size=1, max_size=6).map(b"".join)


def _both_readers(folder: Path, file: str) -> None:
    table = next(t for t in TABLES if t.file == file)
    quick = validate.read_raw(folder, table)
    careful = validate.read_raw(folder, table, careful=True)
    assert [str(p) for p in quick[1]] == [str(p) for p in careful[1]]
    chunk = validate._CHUNK
    validate._CHUNK = 7  # chunks that split lines, quotes and UTF-8 sequences
    try:
        small = validate.read_raw(folder, table)
    finally:
        validate._CHUNK = chunk
    assert [str(p) for p in small[1]] == [str(p) for p in quick[1]]
    assert (small[0] is None) == (quick[0] is None)
    if quick[0] is not None:
        assert small[0].frame.equals(quick[0].frame) and small[0].lines.tolist() == quick[0].lines.tolist()
    assert (quick[0] is None) == (careful[0] is None)
    if quick[0] is not None:
        assert quick[0].frame.equals(careful[0].frame) and quick[0].lines.tolist() == careful[0].lines.tolist()
        text = (folder / file).read_bytes().decode("utf-8-sig")
        header, *records = csv.reader(io.StringIO(text, newline=""))
        expected = [[r[header.index(c)] for c in table.columns] for r in records if len(r) == len(header)]
        assert quick[0].frame.astype(object).to_numpy().tolist() == expected  # the values csv reads


@SETTINGS
@given(file=st.sampled_from(FILES), pos=st.floats(0, 1), junk=CSV_JUNK, cut=st.integers(0, 3), crlf=st.booleans())
def test_the_quick_reader_reads_as_the_csv_module(tmp_path, file, pos, junk, cut, crlf):
    def mutate(data: bytes) -> bytes:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") if crlf else data
        at = int(pos * len(data))
        return data[:at] + junk + data[at + cut :]

    _run(tmp_path, file, mutate)
    _both_readers(tmp_path / "data", file)
