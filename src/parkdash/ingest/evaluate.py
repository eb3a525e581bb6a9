"""Precision and recall of the extractor against hand-labelled figures.

A candidate is right when park, metric, value (in the same dimension, compared after unit conversion:
1000 亿元 equals 1 千亿元), unit dimension, period and kind are all right. Each label is matched at most
once. A label with no metric_id is a figure whose metric is not in metrics.csv: a candidate proposing a
new metric (blank metric_id) matches it."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from parkdash import vocab

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


def _base(value: float, unit: str) -> tuple[str | None, float]:
    dim, factor = vocab.UNITS.get(unit, (None, 1.0))
    return dim, float(value) * factor


def same_figure(candidate: pd.Series | dict, label: pd.Series | dict) -> bool:
    for key in KEY:
        if str(candidate.get(key) or "") != str(label.get(key) or ""):
            return False
    dim_c, base_c = _base(candidate["value"], candidate["unit"])
    dim_l, base_l = _base(label["value"], label["unit"])
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
