"""Metrics named by shared wording (parkdash.ingest.similar), on the project's metrics.csv and on a small made-up table."""

import pandas as pd
import pytest

from parkdash.ingest.similar import MIN_SCORE, MetricWords, pairs
from parkdash.load import load
from tests.conftest import DATA

WORDS = MetricWords(load(DATA).dataset.metrics)


def test_pairs_skip_punctuation_and_brackets():
    assert pairs("“专精特新”企业") == {"专精", "精特", "特新", "企业"}
    assert pairs("（首批）") == {"首批"}
    assert pairs("") == set()


def test_a_rare_pair_counts_more_than_a_common_one():
    table = pd.DataFrame(
        {
            "metric_id": ["a", "b", "c"],
            "name_zh": ["陶瓷企业", "电子企业", "化工企业"],
            "synonyms_zh": ["", "", ""],
            "unit": ["家", "家", "家"],
            "kind": ["count", "count", "count"],
        }
    )
    words = MetricWords(table)
    assert words.weight["陶瓷"] > words.weight["企业"]
    metric, score = words.best("醴陵有陶瓷企业300家", "家")
    assert metric == "a" and score == pytest.approx(words.weight["陶瓷"] + words.weight["瓷企"] + words.weight["企业"])


def test_the_unit_and_growth_decide_which_metrics_may_be_named():
    assert all(WORDS.unit[m] in ("家", "个", "项") for m in WORDS.fitting("家"))
    growth = WORDS.fitting("%", growth=True)
    assert growth and all(WORDS.kind[m] == "growth" for m in growth)
    assert not set(growth) & set(WORDS.fitting("%", growth=False))


def test_a_clause_names_its_metric_in_other_words():
    metric, score = WORDS.best("国家评出首批17家轨道交通国家专业化众创空间", "家", min_share=0.3)
    assert metric == "rail-makerspaces" and score >= MIN_SCORE


def test_one_shared_word_is_a_coincidence_not_a_name():
    assert WORDS.best("株洲经开区实现外贸进出口额80亿元", "亿元", min_share=0.3) == ("", 0.0)
    assert WORDS.best("天气晴朗", "亿元") == ("", 0.0)
