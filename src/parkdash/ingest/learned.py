"""A metric model learned from the labelled corpus: which metric of metrics.csv the words around a figure
name. The rules find the figures and name what they can from the data set's own words; where the model
is sure (``SURE``, ``OVERRULE``, ``RESCUE``) it names the measure instead, because on articles written
after the rules it names more of them right (see the README's "Ingest quality").

The model is a logistic regression (scikit-learn) over character n-grams of the words around a figure,
fitted from ``metric_examples.csv`` (the words around every labelled figure of the training splits of
the corpus; rebuilt with ``python -m parkdash.ingest.train CORPUS``) and from the names and synonyms of
metrics.csv, so a metric an analyst adds is known by its names. Deterministic: the same examples give
the same model. A fitted model is kept in the cache folder of :mod:`parkdash.diskcache`, so only the
first process after a change of the examples, the metrics or this code fits it."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from parkdash import diskcache, vocab

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_BREAK = re.compile(r"[，。；：！？]")
BEFORE = 24  # characters before a figure the model reads, across the figure before it (同比增长 after 产值)
AFTER = 8  # characters after it, up to the next break (17家众创空间)
# From 7,000 examples (session 11) the model is surer of itself than from 1,900: at 0.5 / 0.8 it named new
# measures (规模工业总产值) as known ones and overruled a stock the rules named (全市有…企业300家); at 0.8 / 0.95
# it does neither, and names as many figures right on sets kept out of its examples.
SURE = 0.8  # the probability from which the model names a measure the rules could only propose as new
OVERRULE = 0.95  # the probability from which it replaces a metric the rules named
RESCUE = 0.95  # the probability from which it names a quantity the rules found no words for at all
C = 10.0  # inverse regularisation strength of the regression
EXAMPLES = Path(__file__).with_name("metric_examples.csv")


def context(sentence: str, start: int, end: int, unit: str) -> str:
    """The words around a figure: at most BEFORE characters before it, its unit, and the words after it
    up to the next break; every number as 0 (the model learns words, not values)."""
    before = sentence[max(0, start - BEFORE) : start]
    after = _BREAK.split(sentence[end : end + AFTER])[0]
    return "|".join(_DIGITS.sub("0", part) for part in (before, unit, after))


def features(ctx: str) -> list[str]:
    """Character 1–3-grams of the words before a figure (and, marked apart, of the last six of them) and
    of the words after it, and its unit."""
    before, unit, after = ctx.split("|")
    out = [f"u:{unit}"]
    for tag, text in (("b", before), ("n", before[-6:]), ("a", after)):
        for n in (1, 2, 3):
            out.extend(f"{tag}{n}:{text[i : i + n]}" for i in range(len(text) - n + 1))
    return out


@dataclass(frozen=True)
class Guess:
    metric_id: str
    probability: float


class MetricModel:
    """Fitted from (context, metric_id) pairs; ``guess`` keeps to metrics whose unit fits the figure's."""

    def __init__(self, contexts: list[str], metric_ids: list[str], units: dict[str, str]) -> None:
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression

        self.vectorizer = CountVectorizer(analyzer=features, binary=True)
        x = self.vectorizer.fit_transform(contexts)
        self.classifier = LogisticRegression(C=C, max_iter=3000).fit(x, metric_ids)
        self.dimension = np.array([vocab.unit_dimension(units.get(m, "")) for m in self.classifier.classes_], dtype=object)

    def guess(self, ctx: str, unit: str, fits: Callable[[str], bool] = lambda _: True) -> Guess | None:
        """The likeliest metric of the right dimension that ``fits``, with its probability among those of
        that dimension; None if none does."""
        p = self.classifier.predict_proba(self.vectorizer.transform([ctx]))[0]
        p = np.where(self.dimension == vocab.unit_dimension(unit), p, 0.0)
        total = p.sum()
        for best in np.argsort(-p, kind="stable"):
            if p[best] <= 0:
                break
            metric_id = str(self.classifier.classes_[best])
            if fits(metric_id):
                return Guess(metric_id, float(p[best] / total))
        return None


def _name_examples(metrics: pd.DataFrame) -> list[tuple[str, str]]:
    """Every name and synonym of metrics.csv as an example of its metric."""
    out = []
    for m in metrics.itertuples():
        for name in [m.name_zh, *_names(m.synonyms_zh)]:
            out.append((context(name, len(name), len(name), m.unit), m.metric_id))
    return out


def _names(cell: object) -> list[str]:
    return [x for x in str(cell or "").split("|") if x and x != "nan"]


@functools.lru_cache(maxsize=4)
def _fitted(names: tuple[tuple[str, str], ...], units: tuple[tuple[str, str], ...], examples: Path) -> MetricModel:
    """The model, from the disk cache when an earlier process fitted it from the same examples, names and
    code (the fit takes about 13 s and a transient 1.7 GB; reading it back, under a second)."""

    def fit() -> MetricModel:
        table = read_examples(examples)
        pairs = list(zip(table["context"], table["metric_id"], strict=True)) + list(names)
        return MetricModel([c for c, _ in pairs], [m for _, m in pairs], dict(units))

    import sklearn  # its version decides what a pickled model is

    made_of = f"{_MAGIC!r} {np.__version__} {sklearn.__version__} {names!r} {units!r}"
    entry = f"metric-model-{diskcache.digest(made_of, Path(__file__), examples)}.model"
    return diskcache.fetch(entry, _MAGIC, MetricModel, fit, keep=CACHE_KEEP, family="metric-model-*.model")


_MAGIC = b"parkdash-metric-model-1\n"
CACHE_KEEP = 2  # fitted models kept on disk (say, the shipped data set's and an analyst's copy's)


_FITTING = threading.Lock()  # one fit at a time: a second caller waits for the first and gets its model


def model_for(metrics: pd.DataFrame, examples: Path = EXAMPLES) -> MetricModel | None:
    """The model for a data set's metrics (fitted once per set of metrics and kept in the disk cache:
    about 13 s and a transient 1.7 GB the first time, see the README; then read back once per process);
    None when there are no examples (a data set without the corpus)."""
    if not examples.exists():
        return None
    names = tuple(_name_examples(metrics))
    units = tuple(zip(metrics["metric_id"], metrics["unit"], strict=True))
    with _FITTING:
        return _fitted(names, units, examples)


def warm_up(metrics: pd.DataFrame) -> None:
    """Fit the model in the background (while an analyst pastes an article), once per process."""
    if _fitted.cache_info().currsize == 0 and not _FITTING.locked():
        threading.Thread(target=model_for, args=(metrics,), name="parkdash-metric-model", daemon=True).start()


def read_examples(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


__all__ = ["EXAMPLES", "Guess", "MetricModel", "context", "features", "model_for", "read_examples", "warm_up"]
