"""Which metric of metrics.csv a clause of text is about, by shared wording.

Every metric is known by its name and synonyms. A clause around a figure shares pairs of characters
with some of them (先进制造业高地建设单项 with 三个高地竞赛先进制造业高地建设单项名次); a pair that many
metric names contain (企业, 产值, 增长) says less than a rare one (陶瓷, 高地, 众创), so each pair counts by
its rarity (inverse document frequency over the metric names). A metric's score is that of its best
name. Used to choose among metrics that fit a figure's unit, and to name one when no name is written
whole."""

from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd

from parkdash import vocab
from parkdash.load import split_ids

_NOT_WORD = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9+]")
# 同比增长 alone names no metric: a synonym that is only a growth word is left out
GENERIC_GROWTH = re.compile(r"(?:同比|比上年|较上年|年均)?(?:增长|增速|增幅|下降)")
MIN_SCORE = 4.0  # about two rare pairs, or three common ones: less than that is a coincidence
MIN_SHARE = 0.3  # and about a third of the name's pairs
ALL_CHARS = 0.85  # a name told in another word order has nearly all its characters


def pairs(text: str, n: int = 2) -> set[str]:
    """The runs of ``n`` adjacent characters of a text (pairs by default), punctuation and brackets left out."""
    parts = _NOT_WORD.split(text)
    return {p[i : i + n] for p in parts for i in range(len(p) - n + 1)}


class MetricWords:
    """Built once per data set: each metric's names as sets of character pairs, and each pair's weight."""

    def __init__(self, metrics: pd.DataFrame) -> None:
        self.names: dict[str, list[set[str]]] = {}
        self.triples: dict[str, list[set[str]]] = {}  # the same names as runs of three characters
        self.chars: dict[str, list[set[str]]] = {}  # and as sets of characters
        self.unit: dict[str, str] = {}
        self.kind: dict[str, str] = {}
        for row in metrics.itertuples():
            names = {row.name_zh, *split_ids(row.synonyms_zh)}
            kept = [n for n in names if n and not GENERIC_GROWTH.fullmatch(n) and pairs(n)]
            self.names[row.metric_id] = [pairs(n) for n in kept]
            self.triples[row.metric_id] = [pairs(n, 3) for n in kept]
            self.chars[row.metric_id] = [set(_NOT_WORD.sub("", n)) for n in kept]
            self.unit[row.metric_id] = row.unit
            self.kind[row.metric_id] = row.kind
        df = Counter(pair for sets in self.names.values() for pair in set().union(*sets) if sets)
        total = max(len(self.names), 1)
        self.weight = {pair: math.log(1 + total / n) for pair, n in df.items()}

    def score(self, metric_id: str, context: str, min_share: float = 0.0) -> float:
        """How much of one of the metric's names the context contains, rare pairs counting more. A name
        counts only if the context shares three characters in a row with it, its rarest pair (or nearly
        all its characters, in another order: 完成重点项目投资), and at least ``min_share`` of its pairs (and two)."""
        have, have3 = pairs(context), pairs(context, 3)
        return max(
            (
                math.fsum(self.weight[p] for p in name & have)  # exactly rounded: the same in any order
                for name, triples, chars in zip(
                    self.names.get(metric_id, []), self.triples.get(metric_id, []), self.chars.get(metric_id, []), strict=True
                )
                if len(name & have) >= max(2, min_share * len(name))
                and triples & have3
                and (self._rarest(name) & have or len(chars & set(context)) >= ALL_CHARS * len(chars))
            ),
            default=0.0,
        )

    def _rarest(self, name: set[str]) -> set[str]:
        """The pairs that set a name apart most (头部 of 头部企业工业总产值): a context without them is about something else."""
        top = max(self.weight[p] for p in name)
        return {p for p in name if self.weight[p] == top}

    def fitting(self, unit: str, growth: bool | None = None) -> list[str]:
        """Metrics whose unit has the figure's dimension; for a percentage, growth rates or not."""
        dim = vocab.unit_dimension(unit)
        out = [m for m, u in self.unit.items() if vocab.unit_dimension(u) == dim]
        if growth is not None and dim == vocab.unit_dimension("%"):
            out = [m for m in out if (self.kind[m] == "growth") == growth]
        return out

    def best(self, context: str, unit: str, growth: bool | None = None, min_share: float = 0.0) -> tuple[str, float]:
        """(metric_id, score) of the metric the context names best among those fitting the unit; ("", 0) if none."""
        scored = [(self.score(m, context, min_share), m) for m in self.fitting(unit, growth)]
        scored = [s for s in scored if s[0] > 0]
        if not scored:
            return "", 0.0
        score, metric_id = max(scored)
        return metric_id, score
