"""Pure pydeck builders. No third-party request: a local blank style and the project's own layers."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from parkdash import i18n
from parkdash.charts import FONT

BLANK_STYLE = "/app/static/blank_style.json"  # served by Streamlit's static file serving
MIN_RADIUS_M, MAX_RADIUS_M = 1500.0, 6000.0
MAX_POINTS = 200  # parks drawn one by one; beyond, the rest are merged by location (pydeck sends ~100 bytes a point and layer)
MAX_LABELS = 30  # parks named on the map (the largest dots); every dot names its park on hover
GROUP_COLOR = [150, 150, 150, 200]


def _rgb(hex_color: str, alpha: int = 255) -> list[int]:
    h = hex_color.lstrip("#")
    return [int(h[i : i + 2], 16) for i in (0, 2, 4)] + [alpha]


def map_frame(
    parks: pd.DataFrame, values: dict[str, str], sizes: dict[str, float], colors: dict[str, str], lang: str
) -> pd.DataFrame:
    """One row per park with everything the layers draw: position, radius, colour, label, tooltip text."""
    name_col = "short_en" if lang == "en" else "short_zh"
    biggest = max((v for v in sizes.values() if v and not math.isnan(v)), default=0.0)
    no_data = i18n.t("no_data", lang)
    within = {km: i18n.t("within_km", lang, km=i18n.number(float(km), lang)) for km in set(parks["coord_precision_km"])}
    rows = []
    for park_id, lon, lat, name, km in zip(
        parks["park_id"], parks["lon"], parks["lat"], parks[name_col], parks["coord_precision_km"], strict=True
    ):
        size = sizes.get(park_id, math.nan)
        share = math.sqrt(size / biggest) if biggest and size and not math.isnan(size) and size > 0 else 0.0
        color = colors.get(park_id, "#555555")
        rows.append(
            (
                park_id, float(lon), float(lat), name, MIN_RADIUS_M + share * (MAX_RADIUS_M - MIN_RADIUS_M), float(km) * 1000.0,
                _rgb(color, 230), _rgb(color, 40), values.get(park_id, no_data), within[km],
            )
        )  # fmt: skip
    columns = ["park_id", "lon", "lat", "name", "radius", "ring", "color", "ring_color", "value", "precision"]
    return pd.DataFrame(rows, columns=columns)


def split_for_map(parks: pd.DataFrame, sizes: dict[str, float], limit: int = MAX_POINTS) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The parks drawn one by one (the ``limit`` largest by size, ties in file order) and the rest."""
    if len(parks) <= limit:
        return parks, parks.iloc[:0]
    size = np.array([sizes.get(p, math.nan) for p in parks["park_id"]], dtype=float)
    keep = np.zeros(len(parks), dtype=bool)
    keep[np.argsort(-np.nan_to_num(size, nan=-np.inf), kind="stable")[:limit]] = True
    return parks[keep], parks[~keep]


def group_frame(rest: pd.DataFrame, lang: str, cells: int = 16) -> pd.DataFrame:
    """Parks beyond the cap merged by location: one grey dot per grid cell, sized by how many parks it holds."""
    columns = ["lon", "lat", "name", "radius", "color", "value", "precision"]
    if rest.empty:
        return pd.DataFrame(columns=columns)
    lat, lon = rest["lat"].to_numpy(dtype=float), rest["lon"].to_numpy(dtype=float)
    cell = max(float(lat.max() - lat.min()), float(lon.max() - lon.min()), 0.05) / cells
    key = ((lat - lat.min()) // cell).astype(int) * (cells + 1) + ((lon - lon.min()) // cell).astype(int)
    _, group = np.unique(key, return_inverse=True)
    n = np.bincount(group)
    return pd.DataFrame(
        {
            "lon": np.bincount(group, weights=lon) / n,
            "lat": np.bincount(group, weights=lat) / n,
            "name": [i18n.t("map_group", lang, n=i18n.number(int(k), lang)) for k in n],
            "radius": MIN_RADIUS_M + (n / n.max()) ** 0.5 * (MAX_RADIUS_M - MIN_RADIUS_M),
            "color": [GROUP_COLOR] * len(n),
            "value": i18n.t("map_group_hint", lang),
            "precision": "",
        }
    )[columns]


def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict]:
    """Rows as plain records for a layer (what pydeck would make of a frame, without pandas' slow path)."""
    values = [frame[c].tolist() for c in columns]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


def glyphs(texts: pd.Series) -> pdk.types.String:
    """Every character the labels use: deck.gl builds its glyph atlas from these (ASCII by default).

    Wrapped in ``pdk.types.String`` so pydeck passes it as text, not as an accessor expression.
    """
    return pdk.types.String("".join(sorted(set("".join(texts)) | {chr(c) for c in range(32, 127)})))


def view_for(frame: pd.DataFrame, height: int = 520) -> pdk.ViewState:
    """A view that fits every park into about three quarters of the map's height (zoom 9 at most)."""
    if frame.empty:
        return pdk.ViewState(latitude=27.5, longitude=113.3, zoom=7)
    lat = float(frame["lat"].max() + frame["lat"].min()) / 2
    lon = float(frame["lon"].max() + frame["lon"].min()) / 2
    # deck.gl Web Mercator: 512 * 2**zoom pixels span 360° of longitude; a degree of latitude is 1/cos(lat) longer
    lat_span = max(float(frame["lat"].max() - frame["lat"].min()), 0.05) / math.cos(math.radians(lat))
    lon_span = max(float(frame["lon"].max() - frame["lon"].min()), 0.05)
    span = max(lat_span, lon_span / 1.6)  # the map is wider than it is tall
    zoom = math.log2(0.75 * height * 360 / (512 * span))
    return pdk.ViewState(latitude=lat, longitude=lon, zoom=round(max(3.0, min(9.0, zoom)), 2))


class Deck(pdk.Deck):
    """A deck whose JSON is compact: pydeck indents it, which doubles its size and takes Python's slow encoder."""

    def to_json(self) -> str:
        return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))


def park_deck(frame: pd.DataFrame, height: int = 520, groups: pd.DataFrame | None = None) -> pdk.Deck:
    """Precision rings, park dots sized by the chosen value, Chinese-capable labels of the largest dots,
    and grey dots for the parks merged by location (``groups``, see :func:`group_frame`).

    Each layer gets only the columns it draws, so the spec sent to the browser stays small.
    """
    named = frame.nlargest(MAX_LABELS, "radius", keep="first") if len(frame) > MAX_LABELS else frame
    rings = pdk.Layer(
        "ScatterplotLayer",
        id="precision",
        data=_records(frame, ["lon", "lat", "ring", "ring_color"]),
        get_position="[lon, lat]",
        get_radius="ring",
        get_fill_color="ring_color",
        stroked=True,
        get_line_color=[120, 120, 120, 90],
        line_width_min_pixels=1,
        pickable=False,
    )
    dots = pdk.Layer(
        "ScatterplotLayer",
        id="parks",
        data=_records(frame, ["park_id", "lon", "lat", "name", "radius", "color", "value", "precision"]),
        get_position="[lon, lat]",
        get_radius="radius",
        radius_min_pixels=7,
        get_fill_color="color",
        stroked=True,
        get_line_color=[255, 255, 255, 255],
        line_width_min_pixels=2,
        pickable=True,
        auto_highlight=True,
    )
    merged = []
    if groups is not None and not groups.empty:
        merged = [
            pdk.Layer(
                "ScatterplotLayer",
                id="merged",
                data=_records(groups, list(groups.columns)),
                get_position="[lon, lat]",
                get_radius="radius",
                radius_min_pixels=5,
                get_fill_color="color",
                stroked=True,
                get_line_color=[255, 255, 255, 255],
                line_width_min_pixels=1,
                pickable=True,
            )
        ]
    labels = pdk.Layer(
        "TextLayer",
        id="labels",
        data=_records(named, ["lon", "lat", "name"]),
        get_position="[lon, lat]",
        get_text="name",
        get_size=15,
        get_color=[20, 20, 20, 255],
        get_pixel_offset=[0, -18],
        character_set=glyphs(named["name"]),
        font_family=pdk.types.String(FONT),
        outline_width=3,
        outline_color=[255, 255, 255, 255],
        font_settings={"sdf": True},
        pickable=False,
    )
    return Deck(
        layers=[rings, dots, *merged, labels],
        initial_view_state=view_for(frame if groups is None or groups.empty else pd.concat([frame, groups]), height),
        map_style=BLANK_STYLE,
        tooltip={"text": "{name}\n{value}\n{precision}"},
    )
