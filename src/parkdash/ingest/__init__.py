"""The ingest assistant: a Chinese news article in, candidate figures out for an analyst to review, and a
validated, atomic append to ``data/`` of the figures the analyst accepts.

- ``text``: the article (text or saved HTML page) as plain text and sentences; nothing is stored.
- ``numbers``: quantities with units and qualifiers (Chinese numerals via cn2an).
- ``extract``: park, metric, period and kind for each quantity, from the data set's own names.
- ``review``: duplicates and contradictions with stored figures; rows; the atomic write with history.
- ``evaluate``: precision and recall against hand-labelled articles.
"""

from __future__ import annotations

import os
from datetime import date

import pandas as pd

from parkdash.ingest.extract import Candidate, Extractor, to_frame
from parkdash.ingest.review import Applied, IngestError, NewsInfo, apply, compare, reconcile
from parkdash.ingest.text import ArticleError, article_text, decode, looks_like_html
from parkdash.load import Dataset

REVIEW_COLUMNS = [
    "accept", "park_id", "scope", "entity_reported", "metric_id", "metric_zh", "period", "period_text", "kind",
    "value", "value_max", "qualifier", "aspiration", "unit", "locator", "check",
]  # fmt: skip
READONLY_ENV = "PARKDASH_READONLY"  # set to 1 on a public server: the Add news page extracts but never saves


def saving_allowed() -> bool:
    return os.environ.get(READONLY_ENV, "").strip().lower() not in ("1", "true", "yes")


def _as_text(raw: str | bytes) -> str:
    return decode(raw) if isinstance(raw, bytes) else raw


def candidates(raw: str | bytes, published: date, ds: Dataset, lang: str = "zh") -> tuple[pd.DataFrame, str]:
    """Candidate figures of an article for review (nothing accepted yet) and the page title, if any.

    Raises ArticleError when the article is empty, binary or has no Chinese text."""
    text, title = article_text(raw)
    extractor = ds.derived("ingest-extractor", lambda: Extractor(ds))
    frame = to_frame(extractor.extract(text, published, page=looks_like_html(_as_text(raw))))
    for column in (
        "park_id",
        "scope",
        "entity_reported",
        "metric_id",
        "metric_zh",
        "period",
        "period_text",
        "qualifier",
        "aspiration",
    ):
        frame[column] = frame[column].fillna("")  # a blank cell, not the word None
    frame["check"] = compare(frame, ds, lang) if len(frame) else []
    frame["accept"] = False
    return frame[REVIEW_COLUMNS], title


__all__ = [
    "READONLY_ENV",
    "saving_allowed",
    "reconcile",
    "Applied",
    "ArticleError",
    "Candidate",
    "IngestError",
    "NewsInfo",
    "REVIEW_COLUMNS",
    "apply",
    "candidates",
    "compare",
]
