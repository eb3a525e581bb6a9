"""A period model learned from the labelled corpus: which of the periods an article allows a figure is
the figure's. The rules give one period; this module lists the others the words around the figure
allow (each date named in its sentence, in the sentences before it in its paragraph or in the
headline, in the forms a figure takes: a day, as of a month, a year, as of a year, by a year; the
event's day; as of the report; the report's year and the year before; no year), each with the
figure's kind that goes with it (a target with no year or by a year, an actual as of a date), and a
logistic regression over what kind of reading each is and the words before the figure scores them.
Where it prefers another reading by a clear margin (``MARGIN``), that reading (its period and kind)
replaces the rules', except where the rules' reading is their own (none of the others gives it: a
ranking's list year, a project's span), the figure is a place in a ranking, or its measure is not one
of metrics.csv (the model reads the class of the measure). The model does not read which reading is
the rules'.

**Off by default** (``Extractor(ds, period_model=True)`` turns it on). Left out of a read split and
scored on it, it fixes more than it breaks (19 and 1 over 26 splits); on articles nobody had read it
did not: heldout26/27 gained nothing, heldout28/29 lost two figures (the README's "Ingest quality").

The examples (``period_examples.csv``) are the readings of every candidate of the corpus's training
splits whose value, park and metric a label has, the label's period and kind marking the right one;
``python -m parkdash.ingest.train CORPUS`` rebuilds them with the rules and the metric model (the
readings depend on the rules' period, so the examples are rebuilt whenever the rules change;
``tests/ingest/test_train.py`` checks).
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from parkdash import diskcache

EXAMPLES = Path(__file__).with_name("period_examples.csv")
EXAMPLE_COLUMNS = [
    "article",
    "split",
    "candidate",
    "period",
    "reading_kind",
    "gold",
    "kinds",
    "text",
    "context",
    "kind",
    "measure",
]
MARGIN = 0.5  # how much likelier than the rules' reading another must be to replace it
BEFORE = 16  # characters before a figure whose pairs and triples of characters the model reads
C = 1.0  # inverse regularisation strength of the regression
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Reading:
    """A period a figure could have, the kinds of reading that give it (``RULES`` for the rules') and the
    figure's kind (actual or target) that goes with it."""

    period: str
    kinds: tuple[str, ...]
    text: str = ""  # the words that name it (2021年4月), for period_text
    kind: str = ""  # actual / target / forecast with this period: see implied_kind


_ACTUAL = {"DAY", "DAYMONTH", "EVENT", "NOW", "MONTH", "ATYEAR", "PART", "PARTEND", "PREVYEAR"}


def implied_kind(period: str, kinds: tuple[str, ...], rules_kind: str, published: date) -> str:
    """The figure's kind with a reading: the rules' with theirs; a target with no year or by a year; an
    actual as of a day, a month, a year gone by or a part of a year; for a year, a target while it runs."""
    bases = {k.split(":")[0] for k in kinds}
    if "RULES" in bases:
        return rules_kind
    if bases & {"OPEN", "BY"}:
        return "target"
    if bases & _ACTUAL:
        return "actual"
    if re.fullmatch(r"\d{4}", period):
        return "target" if int(period) >= published.year else "actual"
    return rules_kind


def _forms(period: str) -> list[tuple[str, str]]:
    """The readings one named period gives: (kind, period)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return [("DAY", period), ("DAYMONTH", f"@{period[:7]}")]
    if re.fullmatch(r"@\d{4}-\d{2}", period):
        return [("MONTH", period)]
    if re.fullmatch(r"@?\d{4}", period):
        year = period.lstrip("@")
        return [("YEAR", year), ("ATYEAR", f"@{year}"), ("BY", f"by{year}")]
    if m := re.fullmatch(r"(\d{4})(Q([1-4])|H([12])|YTD(\d{2}))", period):
        end = int(m.group(3)) * 3 if m.group(3) else int(m.group(4)) * 6 if m.group(4) else int(m.group(5))
        return [("PART", period), ("PARTEND", f"@{m.group(1)}-{end:02d}")]
    if re.fullmatch(r"by\d{4}", period):
        return [("BY", period), ("YEAR", period[2:])]
    if re.fullmatch(r"\d{4}\.\.\d{4}", period):
        return [("SPAN", period), ("BY", f"by{period[-4:]}")]
    return []


def readings(
    rules: str,
    published: date,
    told: list[tuple[str, str, str]],
    event_day: tuple[str, str] | None = None,
    rules_kind: str = "actual",
) -> list[Reading]:
    """Every reading of a figure's period, the rules' first: the forms of each period ``told`` as
    (where, period, words) with where one of here / before / head, the event's day, and the defaults;
    each with the kind that goes with it (the rules' kind with the rules' period)."""
    found: dict[str, list[str]] = {rules: ["RULES"]}
    words: dict[str, str] = {}

    def add(kind: str, period: str, text: str) -> None:
        kinds = found.setdefault(period, [])
        words.setdefault(period, text)
        if kind not in kinds:
            kinds.append(kind)

    for where, period, text in told:
        for kind, p in _forms(period):
            add(f"{kind}:{where}", p, text)
    if event_day:
        add("EVENT", *event_day)
    add("NOW", f"@{published:%Y-%m}", "（报道时）")
    add("PUBYEAR", str(published.year), "（报道当年）")
    add("PREVYEAR", str(published.year - 1), "（报道前一年）")
    add("OPEN", "open", "未写年份")
    return [Reading(p, tuple(k), words.get(p, ""), implied_kind(p, tuple(k), rules_kind, published)) for p, k in found.items()]


def features(reading: Reading, context: str, kind: str, measure: str) -> str:
    """The features of one reading, space-separated: its kinds, each alone, with the rules' kind (actual,
    target) and the class of the measure (stock, flow, rate, rank, project), and with the pairs and
    triples of characters before the figure (numbers as 0)."""
    ctx = _DIGITS.sub("0", context[-BEFORE:]).replace(" ", "_")
    grams = [ctx[i : i + n] for n in (2, 3) for i in range(len(ctx) - n + 1)]
    said = reading.text.replace(" ", "_")
    said_grams = [said[i : i + 2] for i in range(len(said) - 1)] if not said.startswith("（") else []
    out = []
    for k in [k for k in reading.kinds if k != "RULES"] or ["ONLY_RULES"]:  # which reading is the rules' is not read
        base = k.split(":")[0]
        out += [k, f"{k}|k={kind}", f"{k}|m={measure}", f"{base}|m={measure}|k={kind}"]
        out += [f"{base}|{g}" for g in grams]
        out += [f"{base}|w={g}" for g in said_grams]
    out += [f"ik={reading.kind}", f"ik={reading.kind}|m={measure}"]  # the kind that goes with the reading
    return " ".join(dict.fromkeys(out))


class PeriodModel:
    """Fitted from readings marked right or not; ``choose`` picks a candidate's reading."""

    def __init__(self, rows: list[str], gold: list[int]) -> None:
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression

        self.vectorizer = CountVectorizer(analyzer=str.split, binary=True)
        x = self.vectorizer.fit_transform(rows)
        self.classifier = LogisticRegression(C=C, max_iter=2000, solver="liblinear").fit(x, gold)

    def scores(self, rows: list[str]) -> np.ndarray:
        return self.classifier.predict_proba(self.vectorizer.transform(rows))[:, 1]

    def choose(self, options: list[Reading], rows: list[str], margin: float = MARGIN) -> Reading | None:
        """The reading to use instead of the rules' (the first option), or None to keep theirs."""
        if len(options) < 2:
            return None
        p = self.scores(rows)
        best = int(np.argmax(p))
        return options[best] if best != 0 and p[best] - p[0] >= margin else None


_MAGIC = b"parkdash-period-model-1\n"
CACHE_KEEP = 2
_FITTING = threading.Lock()


@functools.lru_cache(maxsize=2)
def _fitted(examples: Path, entry: str) -> PeriodModel:
    def fit() -> PeriodModel:
        table = read_examples(examples)
        return PeriodModel(example_features(table), table["gold"].astype(int).tolist())

    return diskcache.fetch(entry, _MAGIC, PeriodModel, fit, keep=CACHE_KEEP, family="period-model-*.model")


def model_for(examples: Path = EXAMPLES) -> PeriodModel | None:
    """The period model (fitted once per set of examples and kept in the disk cache); None when there
    are no examples."""
    if not examples.exists():
        return None
    import sklearn  # its version decides what a pickled model is

    made_of = f"{_MAGIC!r} {np.__version__} {sklearn.__version__}"
    with _FITTING:
        return _fitted(examples, f"period-model-{diskcache.digest(made_of, Path(__file__), examples)}.model")


def example_features(table: pd.DataFrame) -> list[str]:
    """The features of each example row (a reading as the extractor saw it)."""
    return [
        features(Reading(r.period, tuple(r.kinds.split("|")), r.text, r.reading_kind), r.context, r.kind, r.measure)
        for r in table.itertuples()
    ]


def read_examples(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


__all__ = [
    "EXAMPLES",
    "EXAMPLE_COLUMNS",
    "MARGIN",
    "PeriodModel",
    "Reading",
    "features",
    "model_for",
    "read_examples",
    "readings",
]
