import json

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
