"""The labelled ingest test corpus (tests/ingest/corpus) is well-formed and agrees with data/ and the vocabularies.

``corpus_problems`` lists every problem as ``file:line: reason``; the corpus must have none, and
deliberately broken copies of it must be caught.
"""

from __future__ import annotations

import csv
import html
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from parkdash.periods import PeriodError, check_partial_date, parse_period
from parkdash.vocab import ASPIRATIONS, OBS_KINDS, QUALIFIERS, SCOPES, UNITS, is_safe_url, unit_dimension

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
CORPUS = Path(__file__).resolve().parent / "corpus"

ARTICLE_COLUMNS = ["article", "split", "date", "url", "outlet", "title", "basis_news_id", "basis_url", "note"]
LABEL_COLUMNS = [
    "article", "park_id", "scope", "entity_reported", "metric_id", "metric_zh", "period", "period_text",
    "kind", "value", "value_max", "qualifier", "aspiration", "unit", "locator",
]  # fmt: skip
EXPECTED_SPLITS = {
    "dev": 32, "heldout3": 12, "heldout4": 14, "heldout5": 14, "heldout6": 14, "heldout7": 14, "heldout8": 14, "heldout9": 12,
    "heldout10": 14, "heldout11": 12, "heldout12": 12, "heldout13": 12, "heldout14": 12, "heldout15": 12,
    "heldout16": 12, "heldout17": 12, "heldout18": 12, "heldout19": 12, "heldout20": 12, "heldout21": 12,
    "heldout22": 12, "heldout23": 12, "heldout24": 12, "heldout25": 12, "heldout26": 12, "heldout27": 12,
    "heldout28": 12, "heldout29": 12, "heldout30": 12, "heldout31": 12, "heldout32": 12, "heldout33": 12,
    "heldout34": 12, "heldout35": 12, "heldout36": 12, "heldout37": 12, "heldout38": 12, "heldout39": 12, "heldout40": 12,
    "heldout41": 12, "heldout42": 12, "heldout43": 12, "heldout44": 12, "heldout45": 12, "heldout46": 12, "heldout47": 12,
    "heldout48": 12, "heldout49": 12, "heldout50": 12, "heldout51": 12, "heldout52": 12, "heldout53": 12, "heldout54": 12, "heldout55": 12, "heldout56": 12, "heldout57": 12, "heldout58": 12, "heldout59": 12, "heldout60": 12, "heldout61": 12, "heldout62": 12, "heldout63": 12, "heldout64": 12, "heldout65": 12, "heldout66": 12, "heldout67": 12, "heldout68": 12, "heldout69": 12, "heldout70": 12, "heldout71": 12, "heldout72": 12, "heldout73": 12, "heldout74": 12, "heldout75": 12, "heldout76": 12, "heldout77": 12, "heldout78": 12, "heldout79": 12, "heldout80": 12, "heldout81": 12, "heldout82": 12, "heldout83": 12, "heldout84": 12, "heldout85": 12, "heldout86": 12, "heldout87": 12, "heldout88": 12, "heldout89": 12, "heldout90": 12, "heldout91": 12, "heldout92": 12, "heldout93": 12, "heldout94": 12, "heldout95": 12, "heldout96": 12, "heldout97": 12, "heldout98": 12, "heldout99": 12, "heldout100": 12, "heldout101": 12, "heldout102": 12, "heldout103": 12, "heldout104": 12, "heldout105": 12, "heldout106": 12, "heldout107": 12, "heldout108": 12, "heldout109": 12, "heldout110": 12, "heldout111": 12, "heldout112": 12, "heldout113": 12, "heldout114": 12, "heldout115": 12, "heldout116": 12, "heldout117": 12, "heldout118": 12, "heldout119": 12, "heldout120": 12, "heldout121": 12, "heldout122": 12, "heldout123": 12, "heldout124": 12, "heldout125": 12, "heldout126": 12, "heldout127": 12, "heldout128": 12, "heldout129": 12, "heldout130": 12, "heldout131": 12, "heldout132": 12, "heldout133": 12, "heldout134": 12, "heldout135": 12, "heldout136": 12, "heldout137": 12, "heldout138": 12, "heldout139": 12, "heldout140": 12, "heldout141": 12, "heldout142": 12, "heldout143": 12, "heldout144": 12, "heldout145": 12, "heldout146": 12, "heldout147": 12, "heldout148": 12, "heldout149": 12, "heldout150": 12, "heldout151": 12, "heldout152": 12, "heldout153": 12, "heldout154": 12, "heldout155": 12, "heldout156": 12, "heldout157": 12, "heldout158": 12, "heldout159": 12, "heldout160": 12, "heldout161": 12, "heldout162": 12, "heldout163": 12, "heldout164": 12, "heldout165": 12, "heldout166": 12, "heldout167": 12, "heldout168": 12, "heldout169": 12, "heldout170": 12, "heldout171": 12,
}  # fmt: skip
EXPECTED_HTML = 509
MIN_LABELS_PER_ARTICLE = 3
MIN_CHARS, MAX_CHARS = 300, 900  # article body, whitespace not counted
MAX_LOCATOR = 40
PARK_SCOPES = {"park", "host"}  # a figure for a park or its host district needs the park's id
NO_END_PERIODS = {"horizon", "open"}  # only targets look forward
BODY_ID = re.compile(r'<div[^>]*\bid="article-body"[^>]*>(.*?)</div>', re.S)


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _ids(file: str, key: str) -> dict[str, dict[str, str]]:
    return {row[key]: row for row in _read_csv(DATA / file)[1]}


def article_body(path: Path) -> str:
    """The article's own text: the whole .txt file, or the text of the ``article-body`` element of a saved .html page."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return text
    match = BODY_ID.search(text)
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(1))) if match else ""


def _number_text(value: str) -> str:
    return value.lstrip("-")


def corpus_problems(corpus: Path = CORPUS) -> list[str]:
    problems: list[str] = []
    parks, metrics, news = _ids("parks.csv", "park_id"), _ids("metrics.csv", "metric_id"), _ids("news.csv", "news_id")
    art_dir = corpus / "articles"

    # articles.csv
    columns, articles = _read_csv(corpus / "articles.csv")
    if columns != ARTICLE_COLUMNS:
        problems.append(f"articles.csv:1: columns {columns} != {ARTICLE_COLUMNS}")
    bodies: dict[str, str] = {}
    split_of: dict[str, str] = {}
    for line, row in enumerate(articles, start=2):
        where = f"articles.csv:{line}"
        name = row.get("article", "")
        if name in split_of:
            problems.append(f"{where}: article {name!r} listed twice")
        split_of[name] = row.get("split", "")
        path = art_dir / name
        if not name or "/" in name or not path.is_file():
            problems.append(f"{where}: article file {name!r} not found in articles/")
            continue
        body = article_body(path)
        bodies[name] = body
        size = len("".join(body.split()))
        if not MIN_CHARS <= size <= MAX_CHARS:
            problems.append(f"{where}: article body has {size} characters, expected {MIN_CHARS}-{MAX_CHARS}")
        if path.suffix == ".html":
            raw = path.read_text(encoding="utf-8").lower()
            for tag in ("<html", "<script", "footer"):
                if tag not in raw:
                    problems.append(f"{where}: saved page lacks {tag!r} (pages keep their navigation, scripts and footer)")
        elif path.suffix != ".txt":
            problems.append(f"{where}: article must be .txt or .html")
        if row.get("split") not in EXPECTED_SPLITS:
            problems.append(f"{where}: split {row.get('split')!r} not one of {sorted(EXPECTED_SPLITS)}")
        date = row.get("date", "")
        try:
            check_partial_date(date)
            if len(date) != 10:
                raise PeriodError("not a full YYYY-MM-DD date")
        except PeriodError as exc:
            problems.append(f"{where}: date {date!r}: {exc}")
        for key in ("outlet", "title"):
            if not row.get(key, "").strip():
                problems.append(f"{where}: {key} is empty")
        if row.get("title") and row["title"] not in path.read_text(encoding="utf-8"):
            problems.append(f"{where}: title does not occur in the article (headline line or <h1>)")
        if not is_safe_url(row.get("url", "")):
            problems.append(f"{where}: url {row.get('url')!r} is not an http(s) URL")
        ids = [i for i in row.get("basis_news_id", "").split("|") if i]
        urls = [u for u in row.get("basis_url", "").split("|") if u]
        if not urls:
            problems.append(f"{where}: basis_url is empty")
        for url in urls:
            if not is_safe_url(url):
                problems.append(f"{where}: basis_url {url!r} is not an http(s) URL")
        for news_id in ids:
            if news_id not in news:
                problems.append(f"{where}: basis_news_id {news_id!r} not in data/news.csv")
        if ids and [news.get(i, {}).get("url") for i in ids] != urls:
            problems.append(f"{where}: basis_url does not list the news.csv urls of basis_news_id, in order")
        note = row.get("note", "").lower()
        for phrase in ("rewritten in our own words", "not the published text", *ids):
            if phrase.lower() not in note:
                problems.append(f"{where}: note does not say {phrase!r}")
    on_disk = {p.name for p in art_dir.iterdir() if p.is_file()} if art_dir.is_dir() else set()
    for name in sorted(on_disk - set(split_of)):
        problems.append(f"articles/{name}: not listed in articles.csv")
    counts = Counter(split_of.values())
    if dict(counts) != EXPECTED_SPLITS:
        problems.append(f"articles.csv: split counts {dict(counts)} != {EXPECTED_SPLITS}")
    n_html = sum(name.endswith(".html") for name in split_of)
    if n_html != EXPECTED_HTML:
        problems.append(f"articles.csv: {n_html} saved .html pages, expected {EXPECTED_HTML}")

    # labels.csv
    columns, labels = _read_csv(corpus / "labels.csv")
    if columns != LABEL_COLUMNS:
        problems.append(f"labels.csv:1: columns {columns} != {LABEL_COLUMNS}")
    per_article: Counter[str] = Counter()
    seen: dict[tuple[str, ...], int] = {}
    for line, row in enumerate(labels, start=2):
        where = f"labels.csv:{line}"
        name = row.get("article", "")
        if name not in split_of:
            problems.append(f"{where}: article {name!r} not in articles.csv")
        per_article[name] += 1
        park_id, scope, metric_id = row.get("park_id", ""), row.get("scope", ""), row.get("metric_id", "")
        if park_id and park_id not in parks:
            problems.append(f"{where}: park_id {park_id!r} not in data/parks.csv")
        if scope not in SCOPES:
            problems.append(f"{where}: scope {scope!r} not one of {SCOPES}")
        elif scope in PARK_SCOPES and not park_id:
            problems.append(f"{where}: scope {scope!r} needs a park_id")
        if metric_id and metric_id not in metrics:
            problems.append(f"{where}: metric_id {metric_id!r} not in data/metrics.csv")
        for key in ("entity_reported", "metric_zh", "period_text", "locator"):
            if not row.get(key, "").strip():
                problems.append(f"{where}: {key} is empty")
        kind = row.get("kind", "")
        if kind not in OBS_KINDS:
            problems.append(f"{where}: kind {kind!r} not one of {OBS_KINDS}")
        try:
            period = parse_period(row.get("period", ""))
            if kind != "target" and period.kind in NO_END_PERIODS:
                problems.append(f"{where}: period {period.text!r} is for targets only, kind is {kind!r}")
        except PeriodError as exc:
            problems.append(f"{where}: period: {exc}")
        qualifier, aspiration, unit = row.get("qualifier", ""), row.get("aspiration", ""), row.get("unit", "")
        if qualifier not in QUALIFIERS:
            problems.append(f"{where}: qualifier {qualifier!r} not one of {list(QUALIFIERS)}")
        if aspiration and aspiration not in ASPIRATIONS:
            problems.append(f"{where}: aspiration {aspiration!r} not one of {list(ASPIRATIONS)}")
        if aspiration and kind != "target":
            problems.append(f"{where}: aspiration is only for targets")
        if unit not in UNITS:
            problems.append(f"{where}: unit {unit!r} not one of {list(UNITS)}")
        elif metric_id in metrics and unit_dimension(unit) != unit_dimension(metrics[metric_id]["unit"]):
            problems.append(f"{where}: unit {unit!r} does not measure what {metric_id!r} measures ({metrics[metric_id]['unit']})")
        numbers = {}
        for key in ("value", "value_max"):
            text = row.get(key, "")
            if not text:
                continue
            try:
                numbers[key] = float(text)
            except ValueError:
                problems.append(f"{where}: {key} {text!r} is not a number")
        if "value" not in numbers and not row.get("value"):
            problems.append(f"{where}: value is empty")
        if (qualifier == "range") != bool(row.get("value_max")):
            problems.append(f"{where}: value_max is needed for qualifier 'range' and only for it")
        if "value" in numbers and "value_max" in numbers and numbers["value_max"] <= numbers["value"]:
            problems.append(f"{where}: value_max must exceed value")
        locator = row.get("locator", "")
        if len(locator) > MAX_LOCATOR:
            problems.append(f"{where}: locator longer than {MAX_LOCATOR} characters")
        if name in bodies and locator and locator not in bodies[name]:
            problems.append(f"{where}: locator {locator!r} does not occur verbatim in the article")
        if re.search(r"[0-9]", locator):  # a figure written in digits must be the one labelled
            for key in ("value", "value_max"):
                if row.get(key) and _number_text(row[key]) not in locator:
                    problems.append(f"{where}: {key} {row[key]!r} is not written in the locator {locator!r}")
        key = (name, row.get("entity_reported", ""), row.get("metric_zh", ""), row.get("period", ""), row.get("value", ""))
        if key in seen:
            problems.append(f"{where}: duplicate of the label at line {seen[key]}")
        seen.setdefault(key, line)
    for name in split_of:
        if per_article[name] < MIN_LABELS_PER_ARTICLE:
            problems.append(f"labels.csv: {name} has {per_article[name]} labels, expected at least {MIN_LABELS_PER_ARTICLE}")
    return problems


def test_the_corpus_is_well_formed():
    assert corpus_problems() == []


def test_each_split_has_labels_of_every_kind_and_scope_family():
    _, articles = _read_csv(CORPUS / "articles.csv")
    _, labels = _read_csv(CORPUS / "labels.csv")
    split = {a["article"]: a["split"] for a in articles}
    for name in EXPECTED_SPLITS:
        rows = [r for r in labels if split[r["article"]] == name]
        assert {r["kind"] for r in rows} >= {"actual", "target"}, name
        assert {r["scope"] for r in rows} >= {"park", "host", "city"}, name
        assert any(r["article"].endswith(".html") for r in rows), name


def _break(corpus: Path, file: str, row: int, column: str, value: str) -> None:
    path = corpus / file
    columns, rows = _read_csv(path)
    rows[row][column] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


BREAKS = [
    ("labels.csv", 0, "locator", "不在文中的短语", "does not occur verbatim"),
    ("labels.csv", 0, "metric_id", "no-such-metric", "not in data/metrics.csv"),
    ("labels.csv", 0, "park_id", "no-such-park", "not in data/parks.csv"),
    ("labels.csv", 0, "period", "未来五年", "not a period"),
    ("labels.csv", 0, "unit", "亿", "unit '亿' not one of"),
    ("labels.csv", 0, "unit", "家", "does not measure"),
    ("labels.csv", 0, "qualifier", "以上", "qualifier '以上' not one of"),
    ("labels.csv", 0, "kind", "plan", "kind 'plan' not one of"),
    ("labels.csv", 0, "value", "111", "is not written in the locator"),
    ("labels.csv", 1, "article", "a01-missing.txt", "not in articles.csv"),
    ("articles.csv", 0, "article", "a00-missing.txt", "not found in articles/"),
    ("articles.csv", 0, "split", "train", "split 'train'"),
    ("articles.csv", 0, "basis_news_id", "no-such-news", "not in data/news.csv"),
    ("articles.csv", 0, "date", "2025-02-30", "date '2025-02-30'"),
]


@pytest.mark.parametrize(
    ("file", "row", "column", "value", "reason"), BREAKS, ids=[f"{b[0]}:{b[2]}:{n}" for n, b in enumerate(BREAKS)]
)
def test_a_broken_copy_is_caught(tmp_path, file, row, column, value, reason):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    _break(corpus, file, row, column, value)
    problems = corpus_problems(corpus)
    assert any(reason in p for p in problems), problems


def test_an_edited_article_breaks_its_locators(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    path = corpus / "articles" / "a02-htz-srdi-ranking-2024.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("146家", "一百四十六家"), encoding="utf-8")
    assert any("146" in p and "does not occur verbatim" in p for p in corpus_problems(corpus))
