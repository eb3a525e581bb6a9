"""Closed vocabularies of the data set: codes, their labels, and units with their dimensions."""

from __future__ import annotations

import re

# qualifier code -> (symbol shown, words in Chinese news that map to it)
QUALIFIERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "eq": ("", ("达", "达到", "为")),
    "ge": ("≥", ("以上", "不低于", "不少于")),
    "gt": (">", ("突破", "超", "超过", "过", "余", "多")),
    "approx": ("≈", ("约", "左右", "大约")),
    "near": ("<≈", ("近", "接近")),
    "le": ("≤", ("前", "以内", "以下", "不超过")),
    "range": ("–", ("至", "到")),
}
ASPIRATIONS: dict[str, dict[str, str]] = {
    "strive": {"zh": "力争", "en": "aim"},
    "sprint": {"zh": "冲刺", "en": "push for"},
}
OBS_KINDS = ("actual", "target", "forecast")
SCOPES = ("park", "host", "city-parks", "city", "other")
LEVELS = ("national-htz", "provincial-htz", "provincial-edz")
LEVEL_BASES = ("stated", "inferred")
ROLES = ("lead", "specialty", "auxiliary", "cluster", "focus")
FRAMEWORKS = ("hunan-332", "zhuzhou-332", "park")
TIERS = ("3a", "3b", "2")
TIER_STATUSES = ("complete", "partial")
METRIC_KINDS = ("level", "growth", "share", "count", "rank", "area", "other")
BETTER = ("up", "down", "none")
AREA_KINDS = ("approved", "planned", "jurisdiction")
RELIABILITY = ("official", "media", "repost", "secondary", "low")
NAME_BASES = ("official", "ours")

# unit as published -> (dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {
    "元": ("money", 1.0),
    "万元": ("money", 1e4),
    "亿元": ("money", 1e8),
    "千亿元": ("money", 1e11),
    "%": ("percent", 1.0),
    "个": ("count", 1.0),
    "家": ("count", 1.0),
    "项": ("count", 1.0),
    "名": ("rank", 1.0),
    "位": ("rank", 1.0),
    "平方公里": ("area", 1e6),
    "公顷": ("area", 1e4),
    "亩": ("area", 10000 / 15),
    "万平方米": ("area", 1e4),
    "万人": ("people", 1e4),
    "万": ("people", 1e4),
    "年": ("time", 1.0),
}

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,47}")
URL_PATTERN = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


def unit_dimension(unit: str) -> str | None:
    entry = UNITS.get(unit)
    return entry[0] if entry else None


def convert(value: float, unit: str, to_unit: str) -> float:
    """Convert between two units of one dimension (亿元 -> 万元 …)."""
    dim_from, f_from = UNITS[unit]
    dim_to, f_to = UNITS[to_unit]
    if dim_from != dim_to:
        raise ValueError(f"cannot convert {unit} to {to_unit}")
    return value * f_from / f_to


def is_safe_url(url: str) -> bool:
    """Only plain http(s) links are shown as links."""
    return bool(URL_PATTERN.fullmatch(url.strip())) and url == url.strip()
