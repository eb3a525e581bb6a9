"""The map: clicking a park's dot opens its profile; the labels are drawn with Chinese glyphs."""

from __future__ import annotations

import itertools
import math
import re

import pytest
from playwright.sync_api import expect

from .conftest import (
    DECK,
    DeckSpy,
    Expected,
    assert_app_ok,
    deck_canvases,
    expect_title,
    goto,
    has_cjk,
    keep_failure_screenshot,
    tofu_chars,
    wait_idle,
    web_mercator,
)

pytestmark = pytest.mark.browser

TOOLTIP = ".deck-tooltip"
NUDGES = [(dx, dy) for dx, dy in itertools.product((0, -3, 3), repeat=2)]  # the computed point first, then ±3 px


@pytest.fixture(scope="module")
def map_tab(shared_context):  # noqa: ANN001, ANN201
    """/map in Chinese, opened once: the label test reads it, then the click test leaves it."""
    tab = shared_context.new_page()
    spy = DeckSpy(tab)
    goto(tab, "/map")
    yield tab, spy
    tab.close()


@pytest.fixture
def on_map(request: pytest.FixtureRequest, map_tab, browser_log):  # noqa: ANN001, ANN201
    yield map_tab
    keep_failure_screenshot(request, map_tab[0])
    browser_log.assert_clean(request.node.name)


def screen_points(spec: dict, box: dict) -> dict[str, tuple[float, float]]:
    """Where each park's dot is on the page: Web Mercator from the deck's initial view, about the canvas centre."""
    view = spec["initialViewState"]
    cx, cy = web_mercator(view["latitude"], view["longitude"], view["zoom"])
    points = {}
    for row in DeckSpy.layer(spec, "ScatterplotLayer", pickable=True)["data"]:
        x, y = web_mercator(row["lat"], row["lon"], view["zoom"])
        points[row["park_id"]] = (box["x"] + box["width"] / 2 + x - cx, box["y"] + box["height"] / 2 + y - cy)
    return points


def easiest_first(points: dict[str, tuple[float, float]], box: dict) -> list[str]:
    """Parks whose dot is well inside the canvas, the one farthest from any other dot first."""

    def gap(pid: str) -> float:
        return min((math.dist(points[pid], xy) for other, xy in points.items() if other != pid), default=1e9)

    margin = 25
    inside = [
        pid
        for pid, (x, y) in points.items()
        if box["x"] + margin < x < box["x"] + box["width"] - margin and box["y"] + margin < y < box["y"] + box["height"] - margin
    ]
    return sorted(inside, key=gap, reverse=True)


def hover_until_tooltip(page, x: float, y: float, name: str) -> tuple[float, float] | None:  # noqa: ANN001
    """The point near (x, y) where deck.gl's tooltip names the park (deck.gl picks on hover)."""
    tooltip = page.locator(TOOLTIP)
    for n, (dx, dy) in enumerate(NUDGES):
        page.mouse.move(x + dx, y + dy)
        try:
            expect(tooltip).to_contain_text(name, timeout=2_000 if n == 0 else 500)
            return x + dx, y + dy
        except AssertionError:
            continue
    return None


def test_map_labels_are_drawn_with_chinese_glyphs(on_map) -> None:  # noqa: ANN001
    page, spy = on_map
    assert_app_ok(page, "/map")
    deck_canvases(page, 1)
    assert page.locator(DECK).count() == 1
    labels = DeckSpy.layer(spy.latest(), "TextLayer")
    names = "".join(row["name"] for row in labels["data"])
    assert has_cjk(names), f"the map labels are not in Chinese: {names!r}"
    # deck.gl builds its glyph atlas from characterSet (ASCII by default): a missing character is not drawn
    absent = sorted(set(names) - set(labels.get("characterSet", "")))
    assert not absent, f"the labels' characterSet lacks {''.join(absent)!r}: those characters would not be drawn"
    family = labels.get("fontFamily", "")
    assert "WenQuanYi Micro Hei" in family, f"the labels' font-family does not name the CI's CJK font: {family!r}"
    missing = tofu_chars(page, names, family)
    assert not missing, f"the labels' font ({family}) draws these characters as boxes: {''.join(missing)}"


def test_clicking_a_park_opens_its_profile(on_map, expected: Expected) -> None:  # noqa: ANN001
    page, spy = on_map
    assert_app_ok(page, "/map")
    box = deck_canvases(page, 1)[0]
    spec = spy.latest()
    points = screen_points(spec, box)
    candidates = easiest_first(points, box)
    assert candidates, f"no park's dot falls inside the map canvas {box}: {points}"

    misses = []
    for park_id in candidates[:3]:
        park = expected.park(park_id)
        spot = hover_until_tooltip(page, *points[park_id], park.short["zh"])
        if spot is None:
            misses.append(f"{park_id} at {tuple(round(v) for v in points[park_id])}")
            continue
        page.mouse.click(*spot)
        expect(page).to_have_url(re.compile(rf"/park\?(.*&)?p={re.escape(park_id)}(&|$)"))
        wait_idle(page)
        assert_app_ok(page, page.url)
        expect_title(page, park.name["zh"])
        return
    tip = page.locator(TOOLTIP).all_inner_texts()
    pytest.fail(
        f"no park's dot answered a hover at its computed position (±3 px): {misses}; "
        f"view {spec['initialViewState']}; canvas {box}; tooltip {tip}"
    )
