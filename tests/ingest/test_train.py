"""The metric model's examples are built from the labelled corpus, and the shipped file is current."""

from parkdash.ingest import learned, train
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "ingest" / "corpus"


def test_the_shipped_examples_are_the_corpus_of_today():
    built, missed = train.examples(CORPUS)
    shipped = learned.read_examples(learned.EXAMPLES)
    assert built.reset_index(drop=True).equals(shipped), "run: python -m parkdash.ingest.train tests/ingest/corpus"
    assert missed <= 0.02 * (len(built) + missed)  # a locator across sentences, now and then


def test_unseen_splits_are_left_out_of_the_examples():
    shipped = learned.read_examples(learned.EXAMPLES)
    assert train.UNSEEN and not set(shipped["split"]) & train.UNSEEN


def test_a_label_is_placed_by_its_locator_and_value():
    sents = ["去年园区完成投资68亿元，今年计划完成80亿元。"]
    assert train._place(sents, "今年计划完成80亿元", 80, "亿元") == "去年园区完成投资0亿元，今年计划完成|亿元|"
    assert train._place(sents, "今年计划完成80亿元", 8000, "亿元") is None  # no quantity of that value
    assert train._place(sents, "明年计划", 80, "亿元") is None  # no such words
