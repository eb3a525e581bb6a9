"""The column contract of the data set, declared once.

Every table is a tuple of :class:`Field`. The validator builds its checks from these fields, the
loader builds its dtypes from them, and data/README.md describes the same columns for people.
"""

from __future__ import annotations

from dataclasses import dataclass

from parkdash import vocab


@dataclass(frozen=True)
class Field:
    """One column: its type, whether it is required, and what values it accepts."""

    name: str
    type: str = "str"  # str | id | float | bool | date | url | period | ids (|-list of ids)
    required: bool = False
    choices: tuple[str, ...] | None = None
    min: float | None = None
    max: float | None = None
    ref: str | None = None  # "table.column" that every value (or list item) must exist in
    max_len: int | None = None


@dataclass(frozen=True)
class Table:
    name: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def _id(name: str, **kw: object) -> Field:
    return Field(name, "id", **kw)  # type: ignore[arg-type]


PARKS = Table(
    "parks",
    (
        _id("park_id", required=True),
        Field("name_zh", required=True),
        Field("short_zh", required=True),
        Field("name_en", required=True),
        Field("short_en", required=True),
        Field("name_en_basis", required=True, choices=vocab.NAME_BASES),
        Field("aliases_zh"),
        Field("level", required=True, choices=vocab.LEVELS),
        Field("level_basis", required=True, choices=vocab.LEVEL_BASES),
        Field("county_zh", required=True),
        Field("county_en", required=True),
        Field("founded", "date"),
        _id("founded_news_id", ref="news.news_id"),
        Field("founded_note"),
        Field("approved", "date"),
        _id("approved_news_id", ref="news.news_id"),
        Field("approved_note"),
        Field("area_km2", "float", min=0.01, max=5000),
        Field("area_kind", choices=vocab.AREA_KINDS),
        _id("area_news_id", ref="news.news_id"),
        Field("area_note"),
        Field("lat", "float", required=True, min=-90, max=90),
        Field("lon", "float", required=True, min=-180, max=180),
        Field("coord_precision_km", "float", required=True, min=0, max=100),
        Field("coord_method", required=True),
        Field("coord_source_url", "url", required=True),
        Field("address_zh"),
        Field("in_founding_article", "bool", required=True),
        Field("note"),
    ),
    key=("park_id",),
)

INDUSTRIES = Table(
    "industries",
    (
        _id("industry_id", required=True),
        Field("name_zh", required=True),
        Field("name_en", required=True),
        Field("framework", required=True, choices=vocab.FRAMEWORKS),
        Field("tier", choices=vocab.TIERS),
        Field("tier_status", choices=vocab.TIER_STATUSES),
        Field("parent_ids", "ids", ref="industries.industry_id"),
        _id("news_id", ref="news.news_id"),
        Field("note"),
    ),
    key=("industry_id",),
)

PARK_INDUSTRIES = Table(
    "park_industries",
    (
        _id("park_id", required=True, ref="parks.park_id"),
        _id("industry_id", required=True, ref="industries.industry_id"),
        Field("role", required=True, choices=vocab.ROLES),
        _id("news_id", required=True, ref="news.news_id"),
        Field("valid_from", "date"),
        Field("valid_to", "date"),
        Field("note"),
    ),
    key=("park_id", "industry_id", "news_id"),
)

METRICS = Table(
    "metrics",
    (
        _id("metric_id", required=True),
        Field("name_zh", required=True),
        Field("name_en", required=True),
        Field("unit", required=True, choices=tuple(vocab.UNITS)),
        Field("kind", required=True, choices=vocab.METRIC_KINDS),
        Field("better", required=True, choices=vocab.BETTER),
        Field("synonyms_zh"),
        Field("description_zh"),
        Field("description_en"),
    ),
    key=("metric_id",),
)

OBSERVATIONS = Table(
    "observations",
    (
        _id("obs_id", required=True),
        _id("park_id", ref="parks.park_id"),
        Field("scope", required=True, choices=vocab.SCOPES),
        Field("entity_reported", required=True),
        _id("metric_id", required=True, ref="metrics.metric_id"),
        Field("period", "period", required=True),
        Field("period_text", required=True),
        Field("kind", required=True, choices=vocab.OBS_KINDS),
        Field("value", "float", required=True, min=-1e7, max=1e7),
        Field("value_max", "float", min=-1e7, max=1e7),
        Field("qualifier", required=True, choices=tuple(vocab.QUALIFIERS)),
        Field("aspiration", choices=tuple(vocab.ASPIRATIONS)),
        Field("unit", required=True, choices=tuple(vocab.UNITS)),
        _id("news_id", required=True, ref="news.news_id"),
        Field("locator", required=True, max_len=40),
        Field("note"),
    ),
    key=("obs_id",),
)

NEWS = Table(
    "news",
    (
        _id("news_id", required=True),
        Field("title"),
        Field("title_note"),
        Field("outlet", required=True),
        Field("date", "date"),
        Field("date_note"),
        Field("url", "url", required=True),
        Field("park_ids", "ids", ref="parks.park_id"),
        Field("industry_ids", "ids", ref="industries.industry_id"),
        Field("summary_zh", required=True, max_len=400),
        Field("summary_en", required=True, max_len=800),
        Field("reliability", required=True, choices=vocab.RELIABILITY),
        Field("note"),
    ),
    key=("news_id",),
)

TABLES: tuple[Table, ...] = (PARKS, INDUSTRIES, PARK_INDUSTRIES, METRICS, OBSERVATIONS, NEWS)
TABLES_BY_NAME = {t.name: t for t in TABLES}
