"""Builds the models' examples from the labelled corpus: the metric model's (``learned.EXAMPLES``, the words
around every labelled figure of the training splits) and the period model's (``learned_period.EXAMPLES``,
the readings of every candidate the rules find whose value a label has). Run after the corpus or the
rules change: ``python -m parkdash.ingest.train tests/ingest/corpus``; a test checks the shipped files
are current."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import pandas as pd

from parkdash import config
from parkdash.ingest import learned_period
from parkdash.ingest.evaluate import in_base_unit
from parkdash.ingest.learned import EXAMPLES, context
from parkdash.ingest.numbers import quantities
from parkdash.ingest.text import article_text, looks_like_html, sentences
from parkdash.load import Dataset, load

EXAMPLE_COLUMNS = ["article", "split", "metric_id", "context"]
# splits kept out of the models' examples: written blind and measured once (heldout28/29 were read only
# for two synonyms of metrics.csv; with their examples the metric model named a new measure wrongly)
UNSEEN: frozenset[str] = frozenset({"heldout28", "heldout29"})


def examples(corpus: Path, unseen: frozenset[str] = UNSEEN) -> tuple[pd.DataFrame, int]:
    """The words around every labelled figure of the corpus outside ``unseen``, found by its locator and
    value in its sentence; and how many labels could not be placed (a locator across sentences)."""
    articles = pd.read_csv(corpus / "articles.csv", dtype=str, keep_default_na=False)
    labels = pd.read_csv(corpus / "labels.csv", dtype=str, keep_default_na=False)
    split_of = dict(zip(articles["article"], articles["split"], strict=True))
    rows, missed = [], 0
    for article, group in labels.groupby("article", sort=True):
        if split_of[article] in unseen:
            continue
        text, _ = article_text((corpus / "articles" / article).read_bytes())
        sents = [s.text for s in sentences(text)]
        for label in group.itertuples():
            found = _place(sents, label.locator, float(label.value), label.unit)
            if found is None:
                missed += 1
                continue
            rows.append({"article": article, "split": split_of[article], "metric_id": label.metric_id, "context": found})
    return pd.DataFrame(rows, columns=EXAMPLE_COLUMNS), missed


def period_examples(corpus: Path, ds: Dataset, unseen: frozenset[str] = UNSEEN) -> pd.DataFrame:
    """The readings of every candidate (the rules and the metric model, without the period model) whose
    value, park and metric a label of its article has, that label's period and kind marking the right
    reading; candidates whose right period and kind are none of their readings are left out."""
    from parkdash.ingest.extract import Extractor

    extractor = Extractor(ds, period_model=False, keep_readings=True)
    articles = pd.read_csv(corpus / "articles.csv", dtype=str, keep_default_na=False)
    labels = pd.read_csv(corpus / "labels.csv", dtype=str, keep_default_na=False)
    rows = []
    for art in articles.itertuples():
        if art.split in unseen:
            continue
        raw = (corpus / "articles" / art.article).read_bytes()
        text, _ = article_text(raw)
        truth = labels[labels["article"] == art.article]
        found = extractor.extract(text, pd.Timestamp(art.date).date(), page=looks_like_html(raw.decode("utf-8", "replace")))
        for i, c in enumerate(found):
            gold = _gold_period(c, truth)
            options, (context, kind, measure) = c.readings
            if gold is None or gold not in {(o.period, o.kind) for o in options}:
                continue
            for o in options:
                mark = "1" if (o.period, o.kind) == gold else "0"
                rows.append(
                    [art.article, art.split, str(i), o.period, o.kind, mark, "|".join(o.kinds), o.text, context, kind, measure]
                )
    return pd.DataFrame(rows, columns=learned_period.EXAMPLE_COLUMNS)


def _gold_period(candidate, truth: pd.DataFrame) -> tuple[str, str] | None:  # noqa: ANN001 - an extract.Candidate
    """The period and kind of the label that is this candidate's figure: same value (after units), park
    and metric; None when no label is."""
    dim, base = in_base_unit(candidate.value, candidate.unit)
    for label in truth.itertuples():
        ld, lb = in_base_unit(float(label.value), label.unit)
        same = ld == dim and math.isclose(lb, base, rel_tol=1e-6)
        if same and (label.park_id, label.metric_id) == (candidate.park_id or "", candidate.metric_id or ""):
            return label.period, label.kind
    return None


def _place(sents: list[str], locator: str, value: float, unit: str) -> str | None:
    """The context of the quantity inside the locator that has the label's value."""
    dim, base = in_base_unit(value, unit)
    for s in sents:
        at = s.find(locator)
        if at < 0:
            continue
        for q in quantities(s):
            qd, qb = in_base_unit(q.value, q.unit)
            inside = at <= q.start < at + len(locator) or at < q.end <= at + len(locator)
            if inside and qd == dim and math.isclose(abs(qb), abs(base), rel_tol=1e-6):
                return context(s, q.start, q.end, q.unit)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="rebuild the metric model's examples from the labelled corpus")
    parser.add_argument("corpus", type=Path, help="folder with articles.csv, labels.csv and articles/")
    parser.add_argument("--out", type=Path, default=EXAMPLES)
    parser.add_argument("--period-out", type=Path, default=learned_period.EXAMPLES)
    args = parser.parse_args(argv)
    table, missed = examples(args.corpus)
    table.to_csv(args.out, index=False, lineterminator="\n")
    print(
        f"{len(table)} examples written to {args.out.name}; {missed} labels not placed; unseen splits: {sorted(UNSEEN) or 'none'}"
    )
    readings = period_examples(args.corpus, load(config.data_dir()).dataset)
    readings.to_csv(args.period_out, index=False, lineterminator="\n")
    print(
        f"{len(readings)} readings of {readings.groupby(['article', 'candidate']).ngroups} candidates written to {args.period_out.name}"
    )
    return 0


__all__ = ["EXAMPLE_COLUMNS", "UNSEEN", "examples", "main", "period_examples"]

if __name__ == "__main__":
    raise SystemExit(main())
