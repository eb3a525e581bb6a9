"""Precision and recall of the extractor against hand-labelled figures.

A candidate is right when park, metric, value (in the same dimension, compared after unit conversion:
1000 亿元 equals 1 千亿元), unit dimension, period and kind are all right. Each label is matched at most
once. A label with no metric_id is a figure whose metric is not in metrics.csv: a candidate proposing a
new metric (blank metric_id) matches it."""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from parkdash import config, vocab
from parkdash.load import Dataset, load

KEY = ("park_id", "metric_id", "period", "kind")


@dataclass(frozen=True)
class Score:
    labels: int
    candidates: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.candidates if self.candidates else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.labels if self.labels else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(self.labels + other.labels, self.candidates + other.candidates, self.right + other.right)


def in_base_unit(value: float, unit: str) -> tuple[str | None, float]:
    """(dimension, value in its base unit): 1000 亿元 and 1 千亿元 are the same."""
    dim, factor = vocab.UNITS.get(unit, (None, 1.0))
    return dim, float(value) * factor


def same_figure(candidate: pd.Series | dict, label: pd.Series | dict) -> bool:
    for key in KEY:
        if str(candidate.get(key) or "") != str(label.get(key) or ""):
            return False
    dim_c, base_c = in_base_unit(candidate["value"], candidate["unit"])
    dim_l, base_l = in_base_unit(label["value"], label["unit"])
    return dim_c == dim_l and math.isclose(base_c, base_l, rel_tol=1e-6, abs_tol=1e-9)


def match(candidates: pd.DataFrame, labels: pd.DataFrame) -> tuple[Score, list[int], list[int]]:
    """Score plus the unmatched candidate rows and unmatched label rows (positions), for reports."""
    free = list(range(len(labels)))
    wrong: list[int] = []
    for i in range(len(candidates)):
        cand = candidates.iloc[i]
        hit = next((j for j in free if same_figure(cand, labels.iloc[j])), None)
        if hit is None:
            wrong.append(i)
        else:
            free.remove(hit)
    right = len(candidates) - len(wrong)
    return Score(len(labels), len(candidates), right), wrong, free


def corpus_scores(
    corpus: Path, ds: Dataset, split: str | None = None
) -> tuple[pd.DataFrame, dict[str, tuple[pd.DataFrame, pd.DataFrame]]]:
    """Score every article of a labelled corpus (``articles.csv``, ``labels.csv``, ``articles/``).

    Returns one row per article (split, labels, candidates, right) and, per article, the wrong
    candidates and the missed labels for a report."""
    from parkdash.ingest import candidates  # late: the package imports this module's siblings

    articles = pd.read_csv(corpus / "articles.csv", dtype=str, keep_default_na=False)
    labels = pd.read_csv(corpus / "labels.csv", dtype=str, keep_default_na=False)
    labels["value"] = labels["value"].astype(float)
    if split:
        articles = articles[articles["split"] == split]
    rows, details = [], {}
    for art in articles.itertuples():
        found, _ = candidates((corpus / "articles" / art.article).read_bytes(), date.fromisoformat(art.date), ds)
        truth = labels[labels["article"] == art.article].reset_index(drop=True)
        score, wrong, missed = match(found, truth)
        rows.append(
            {
                "article": art.article,
                "split": art.split,
                "labels": score.labels,
                "candidates": score.candidates,
                "right": score.right,
            }
        )
        details[art.article] = (found.iloc[wrong], truth.iloc[missed])
    return pd.DataFrame(rows), details


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="precision and recall of the ingest rules on a labelled corpus")
    parser.add_argument("corpus", type=Path, help="folder with articles.csv, labels.csv and articles/")
    parser.add_argument("--split", help="only this split (dev or heldout)")
    parser.add_argument("--details", action="store_true", help="list wrong candidates and missed labels")
    args = parser.parse_args(argv)
    ds = load(config.data_dir()).dataset
    table, details = corpus_scores(args.corpus, ds, args.split)
    pd.set_option("display.width", 250)
    for split, part in table.groupby("split"):
        total = Score(int(part["labels"].sum()), int(part["candidates"].sum()), int(part["right"].sum()))
        print(f"{split}: {len(part)} articles, {total.labels} labelled figures, {total.candidates} candidates, {total.right} right: "
              f"precision {total.precision:.1%}, recall {total.recall:.1%}")  # fmt: skip
    print(table.to_string(index=False))
    if args.details:
        cols = ["park_id", "scope", "metric_id", "metric_zh", "period", "kind", "value", "unit", "locator"]
        for article, (wrong, missed) in details.items():
            print(
                f"\n## {article}\nWRONG\n{wrong[[c for c in cols if c in wrong]].to_string()}\nMISSED\n{missed[[c for c in cols if c in missed]].to_string()}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
