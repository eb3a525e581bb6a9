"""Downloads: tables with their source columns, as CSV and Excel, safe to open in a spreadsheet."""

from __future__ import annotations

import io
import re

import pandas as pd

from parkdash.load import Dataset

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][+-]?\d+)?")
SOURCE_COLUMNS = ["news_title", "news_outlet", "news_date", "news_url"]


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]) and not pd.api.types.is_bool_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    out.columns = [neutralise(c) for c in out.columns]
    return out


def with_sources(ds: Dataset, table: pd.DataFrame) -> pd.DataFrame:
    """A table with the title, outlet, date and URL of the news item each row cites (``news_id``)."""
    if "news_id" not in table.columns:
        return table
    news = ds.news[["news_id", "title", "outlet", "date", "url"]].rename(
        columns={"title": "news_title", "outlet": "news_outlet", "date": "news_date", "url": "news_url"}
    )
    return table.merge(news, on="news_id", how="left")


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese text correctly."""
    return safe_frame(frame).to_csv(index=False).encode("utf-8-sig")


def to_xlsx(frame: pd.DataFrame, sheet: str) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe_frame(frame).to_excel(writer, sheet_name=sheet[:31], index=False)
    return buffer.getvalue()
