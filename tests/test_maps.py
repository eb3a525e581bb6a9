import json

import pandas as pd
import pydeck as pdk

from parkdash import maps
from parkdash.load import load
from tests.conftest import MINI

DS = load(MINI).dataset  # SYNTHETIC test data


def _deck(sizes):
    frame = maps.map_frame(DS.parks, {"test-a": "GDP 1"}, sizes, {"test-a": "#0072B2", "test-b": "#E69F00"}, "zh")
    return frame, json.loads(maps.park_deck(frame).to_json())


def test_deck_uses_only_local_resources():
    _, spec = _deck({})
    assert spec["mapStyle"] == maps.BLANK_STYLE
    assert "http" not in json.dumps(spec)


def test_layers_rings_dots_and_chinese_labels():
    _, spec = _deck({"test-a": 10.0, "test-b": 2.5})
    rings, dots, labels = spec["layers"]
    assert (rings["@@type"], dots["@@type"], labels["@@type"]) == ("ScatterplotLayer", "ScatterplotLayer", "TextLayer")
    assert dots["pickable"] is True and dots["id"] == "parks"
    assert "甲" in labels["characterSet"] and "园" in labels["characterSet"]
    assert not labels["characterSet"].startswith("@@=")


def test_radius_grows_with_the_value_and_rings_show_precision():
    frame, _ = _deck({"test-a": 10.0, "test-b": 2.5})
    a, b = frame.set_index("park_id").loc["test-a"], frame.set_index("park_id").loc["test-b"]
    assert a["radius"] == maps.MAX_RADIUS_M and maps.MIN_RADIUS_M < b["radius"] < a["radius"]
    assert a["ring"] == 3000 and b["ring"] == 5000
    assert b["value"] == "暂无数据"


def test_tooltip_is_text_not_html():
    frame = maps.map_frame(DS.parks, {}, {}, {}, "en")
    tooltip = maps.park_deck(frame)._tooltip  # pydeck keeps the tooltip beside the JSON spec
    assert set(tooltip) == {"text"} and "{name}" in tooltip["text"]


def _many(n: int) -> pd.DataFrame:
    """n copies of the mini parks spread over a grid, with their own ids (SYNTHETIC)."""
    rows = DS.parks.iloc[[k % len(DS.parks) for k in range(n)]].reset_index(drop=True)
    return rows.assign(
        park_id=[f"p{k}" for k in range(n)],
        lat=[26 + (k % 20) * 0.1 for k in range(n)],
        lon=[112 + (k // 20) * 0.1 for k in range(n)],
    )


def test_beyond_the_cap_parks_are_merged_by_location():
    parks = _many(maps.MAX_POINTS + 50)
    sizes = {p: float(k) for k, p in enumerate(parks["park_id"])}
    shown, rest = maps.split_for_map(parks, sizes)
    assert len(shown) == maps.MAX_POINTS and len(rest) == 50
    assert set(rest["park_id"]) == {f"p{k}" for k in range(50)}  # the smallest go into the groups
    groups = maps.group_frame(rest, "zh")
    assert groups["name"].str.startswith("此处另有").all()
    assert sum(int(n.split("另有 ")[1].split(" 个")[0]) for n in groups["name"]) == 50
    frame = maps.map_frame(shown, {}, sizes, {}, "zh")
    spec = json.loads(maps.park_deck(frame, groups=groups).to_json())
    assert [layer["id"] for layer in spec["layers"]] == ["precision", "parks", "merged", "labels"]
    assert len(spec["layers"][3]["data"]) == maps.MAX_LABELS  # the largest dots are named; every dot on hover


def test_small_sets_are_drawn_whole_and_the_json_is_compact():
    shown, rest = maps.split_for_map(DS.parks, {})
    assert len(shown) == len(DS.parks) and rest.empty and maps.group_frame(rest, "en").empty
    deck = maps.park_deck(maps.map_frame(shown, {}, {}, {}, "en"))
    indented = pdk.Deck.to_json(deck)  # what pydeck itself sends
    assert json.loads(deck.to_json()) == json.loads(indented) and len(deck.to_json()) < len(indented) / 1.5
