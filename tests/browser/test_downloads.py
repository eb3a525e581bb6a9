"""Downloads on the data page: CSV and Excel files with rows and the news source of every row."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from playwright.sync_api import expect

from .conftest import DRAW_TIMEOUT, assert_app_ok, goto, t

pytestmark = pytest.mark.browser

SOURCE_COLUMNS = ["news_title", "news_outlet", "news_date", "news_url"]


def download(page, label: str, tmp_path):  # noqa: ANN001, ANN201
    button = page.locator('[data-testid="stDownloadButton"] button', has_text=label)
    expect(button).to_have_count(1)
    with page.expect_download(timeout=DRAW_TIMEOUT) as info:
        button.click()
    dl = info.value
    assert dl.failure() is None, f"download of {label!r} failed: {dl.failure()}"
    path = tmp_path / dl.suggested_filename
    dl.save_as(path)
    return path


def test_csv_and_excel_downloads_carry_their_sources(page, tmp_path) -> None:  # noqa: ANN001
    goto(page, "/data")
    assert_app_ok(page, "/data")
    caption = page.get_by_text(re.compile(rf"^\d+ {re.escape(t('rows', 'zh'))}$"))
    expect(caption).to_have_count(1)
    shown_rows = int(caption.inner_text().split()[0])

    csv_path = download(page, t("download_csv", "zh"), tmp_path)
    assert csv_path.suffix == ".csv", csv_path.name
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf"), "the CSV has no UTF-8 byte-order mark (Excel would garble Chinese)"
    table = pd.read_csv(csv_path, encoding="utf-8-sig")

    xlsx_path = download(page, t("download_xlsx", "zh"), tmp_path)
    assert xlsx_path.suffix == ".xlsx", xlsx_path.name
    sheet = pd.read_excel(xlsx_path, engine="openpyxl")

    for name, frame in (("CSV", table), ("Excel", sheet)):
        assert len(frame) > 0, f"the {name} download has no rows"
        assert len(frame) == shown_rows, f"the {name} download has {len(frame)} rows, the page says {shown_rows}"
        missing = [c for c in SOURCE_COLUMNS if c not in frame.columns]
        assert not missing, f"the {name} download lacks the source columns {missing}; it has {list(frame.columns)}"
        assert frame["news_url"].notna().all(), f"rows without a source URL in the {name} download"
    assert list(table.columns) == list(sheet.columns), "the CSV and the Excel file have different columns"
    assert_app_ok(page, "/data after the downloads")
