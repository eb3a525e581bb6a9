"""The period grammar of ``observations.period`` (see data/README.md), parsed into values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

PERIOD_KINDS = ("year", "quarter", "half", "ytd", "day", "asof", "span", "horizon", "open")

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("year", re.compile(r"(?P<y>\d{4})")),
    ("quarter", re.compile(r"(?P<y>\d{4})Q(?P<n>[1-4])")),
    ("half", re.compile(r"(?P<y>\d{4})H(?P<n>[12])")),
    ("ytd", re.compile(r"(?P<y>\d{4})YTD(?P<m>0[1-9]|1[0-2])")),
    ("day", re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")),
    ("asof", re.compile(r"@(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")),
    ("span", re.compile(r"(?P<y>\d{4})\.\.(?P<y2>\d{4})")),
    ("horizon", re.compile(r"by(?P<y>\d{4})")),
    ("open", re.compile(r"open")),
)

YEAR_MIN, YEAR_MAX = 1949, 2100


class PeriodError(ValueError):
    """A period string that does not follow the grammar."""


@dataclass(frozen=True)
class Period:
    """A parsed period: its kind, the year it ends in (None for ``open``), and its text."""

    text: str
    kind: str
    start_year: int | None
    end_year: int | None
    part: int | None = None  # quarter / half number, or last month of a year-to-date


def parse_period(text: str) -> Period:
    """Parse one period string; raise PeriodError with the reason if it is not valid."""
    for kind, pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        groups = match.groupdict()
        if kind == "open":
            return Period(text, kind, None, None)
        year = int(groups["y"])
        end = int(groups.get("y2") or year)
        for y in (year, end):
            if not YEAR_MIN <= y <= YEAR_MAX:
                raise PeriodError(f"year {y} out of range {YEAR_MIN}-{YEAR_MAX}")
        if kind == "span" and end <= year:
            raise PeriodError(f"span must end after it starts: {text!r}")
        if groups.get("m"):
            _check_date(year, int(groups["m"]), int(groups.get("d") or 1), text)
        part = groups.get("n") or (groups.get("m") if kind == "ytd" else None)
        return Period(text, kind, year, end, int(part) if part else None)
    raise PeriodError(
        f"not a period: {text!r} (expected e.g. 2021, 2021Q1, 2025H1, 2025YTD05, 2022-02-14, @2024-04, 2015..2020, by2025, open)"
    )


_QUARTERS = "一二三四"


def describe(text: str) -> str:
    """A period in Chinese words, as an article would put it (2024H1 → 2024年上半年, @2025-07 → 截至2025年7月,
    by2025 → 到2025年): the period text of a figure whose period an analyst set by hand. Raises PeriodError."""
    p = parse_period(text)
    y = p.start_year
    if p.kind == "open":
        return "未写年份"
    if p.kind == "span":
        return f"{y}—{p.end_year}年"
    if p.kind == "horizon":
        return f"到{y}年"
    if p.kind == "quarter":
        return f"{y}年{_QUARTERS[p.part - 1]}季度"
    if p.kind == "half":
        return f"{y}年{'上' if p.part == 1 else '下'}半年"
    if p.kind == "ytd":
        return f"{y}年1月" if p.part == 1 else f"{y}年1—{p.part}月"
    day = [int(x) for x in re.findall(r"\d+", text)]  # year, month, day as far as given
    words = f"{day[0]}年" + (f"{day[1]}月" if len(day) > 1 else "") + (f"{day[2]}日" if len(day) > 2 else "")
    return f"截至{words}" if p.kind == "asof" else words


def _check_date(year: int, month: int, day: int, text: str) -> None:
    try:
        date(year, month, day)
    except ValueError as exc:
        raise PeriodError(f"not a real date in {text!r}: {exc}") from None


def sort_key(text: str) -> tuple[int, int, str]:
    """Chronological order for period strings: by end year, full years after their parts."""
    p = parse_period(text)
    order = {"quarter": 1, "half": 2, "ytd": 3, "day": 4, "asof": 5, "year": 6, "span": 7, "horizon": 8, "open": 9}
    return (p.end_year if p.end_year is not None else 9999, order[p.kind], text)


PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def check_partial_date(text: str) -> None:
    """Validate ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise PeriodError with the reason."""
    if not PARTIAL_DATE.fullmatch(text):
        raise PeriodError(f"not a date: {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in text.split("-")]
    if not YEAR_MIN <= parts[0] <= YEAR_MAX:
        raise PeriodError(f"year {parts[0]} out of range {YEAR_MIN}-{YEAR_MAX}")
    if len(parts) > 1:
        _check_date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1, text)


def year_of(text: str) -> int | None:
    """The year a partial date falls in, or None for an empty string."""
    return int(text[:4]) if text else None
