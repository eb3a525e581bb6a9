"""The learned models' examples are built from the labelled corpus, and the shipped file is current."""

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
    at, q = train._place(sents, "今年计划完成80亿元", 80, "亿元")
    assert (at, sents[at][q.start : q.end]) == (0, "80亿元")
    assert train._place(sents, "今年计划完成80亿元", 8000, "亿元") is None  # no quantity of that value
    assert train._place(sents, "明年计划", 80, "亿元") is None  # no such words


def test_every_example_has_its_kind_period_class_and_when_context():
    shipped = learned.read_examples(learned.EXAMPLES)
    assert set(shipped["kind"]) == {"actual", "target", "forecast"}
    assert {"Y-1", "Y0", "now", "by2025", "open"} <= set(shipped["period_class"])
    assert shipped["when"].str.count(r"\|").eq(3).all()  # before | unit | after | year tokens
