"""The learned models: the words they read around a figure, their guesses, and how the extractor uses them.
Passages are written for these tests (not published text); the tiny training sets are synthetic."""

import threading
from datetime import date
from pathlib import Path

import pandas as pd

from parkdash import config
from parkdash.ingest import learned
from parkdash.ingest.extract import Extractor
from parkdash.load import load
from tests.conftest import DATA

DS = load(DATA).dataset
WITH_MODEL = Extractor(DS)
RULES = Extractor(DS, use_model=False)


def test_the_context_is_the_words_around_a_figure_with_numbers_as_zero():
    s = "2023年，株洲高新区技工贸总收入1230亿元，同比增长12.5%，稳居全省第一。"
    start = s.index("12.5")
    ctx = learned.context(s, start, start + len("12.5%"), "%")
    assert ctx == "年，株洲高新区技工贸总收入0亿元，同比增长|%|"  # 24 characters back, across the figure before; the break after
    before, unit, after = learned.context("企业17家众创空间和孵化器平台", 2, 5, "家").split("|")
    assert (before, unit, after) == ("企业", "家", "众创空间和孵化器")  # at most AFTER characters after it
    assert len(learned.context("产" * 40 + "100亿元", 40, 45, "亿元").split("|")[0]) == learned.BEFORE


def test_features_are_the_unit_and_tagged_character_ngrams():
    got = learned.features("总收入|亿元|以上")
    assert "u:亿元" in got
    assert {"b1:总", "b2:总收", "b3:总收入", "n3:总收入", "a2:以上"} <= set(got)
    assert not any(f.startswith("a3:") for f in got)  # 以上 has no three-character gram


def _tiny_model():  # synthetic examples, not from the corpus
    contexts = ["实现技工贸总收入|亿元|", "技工贸总收入达到|亿元|", "新增规上企业|家|", "规上企业新增|家|", "总收入增长|%|"]
    ids = ["tig-revenue", "tig-revenue", "new-above-scale-firms", "new-above-scale-firms", "tig-revenue-growth"]
    units = {"tig-revenue": "亿元", "new-above-scale-firms": "家", "tig-revenue-growth": "%"}
    return learned.MetricModel(contexts, ids, units)


def test_a_guess_keeps_to_the_units_dimension_and_to_what_fits():
    model = _tiny_model()
    assert model.guess("全年技工贸总收入|亿元|", "亿元").metric_id == "tig-revenue"
    assert model.guess("全年技工贸总收入|万元|", "万元").metric_id == "tig-revenue"  # same dimension, another unit
    assert model.guess("技工贸总收入|家|", "家").metric_id == "new-above-scale-firms"  # the only count it knows
    assert model.guess("技工贸总收入|公顷|", "公顷") is None  # no area metric: no guess
    assert model.guess("技工贸总收入|亿元|", "亿元", fits=lambda m: m != "tig-revenue") is None
    guess = model.guess("新增规上企业|家|", "家")
    assert 0.5 < guess.probability <= 1.0


def test_no_examples_no_model(tmp_path: Path):
    assert learned.model_for(DS.metrics, tmp_path / "none.csv") is None
    assert RULES.model is None and WITH_MODEL.model is not None


def test_the_model_names_what_the_rules_could_only_propose_as_new():
    text = "如今全市的园区里，国家级的有2个，省级的有9个。签约仪式上，醴陵经开区当天共签下项目18个。"

    def named(ex):
        return [c.metric_id or c.metric_zh for c in ex.extract(text, date(2024, 10, 1))]

    assert named(RULES) == ["国家级", "省级", "当天共签下项目"]
    assert named(WITH_MODEL) == ["parks-national", "parks-provincial", "projects-signed"]


def test_the_model_overrules_a_named_metric_only_when_sure_and_never_a_settled_one():
    share = "按园区规模工业总产值计算，这10家企业所占比重为45%。"
    assert [c.metric_id for c in RULES.extract(share, date(2024, 10, 1))] == ["park-share-above-scale-industry"]
    assert [c.metric_id for c in WITH_MODEL.extract(share, date(2024, 10, 1))] == ["top-firms-share"]  # sure: the firms' share
    kept = "今年上半年，全区完成固定资产投资80亿元，其中工业投资42.6亿元。"  # a kind of investment the rules settled on
    got = [(c.metric_id, c.metric_zh) for c in WITH_MODEL.extract(kept, date(2024, 7, 20))]
    assert got == [(c.metric_id, c.metric_zh) for c in RULES.extract(kept, date(2024, 7, 20))]
    assert got[-1] == ("", "工业投资")


def test_the_model_is_fitted_once_per_set_of_metrics():
    assert learned.model_for(DS.metrics) is learned.model_for(DS.metrics)
    examples = learned.read_examples(learned.EXAMPLES)
    assert list(examples.columns) == ["article", "split", "metric_id", "context", "kind", "period_class", "when"]
    assert isinstance(examples, pd.DataFrame) and len(examples) > 1000


def test_the_model_names_a_quantity_the_rules_found_no_words_for_only_when_very_sure():
    text = "园区形成一区两园格局，攸州工业园有510.06公顷。"
    assert RULES.extract(text, date(2024, 5, 21)) == []  # no name before it: no figure for the rules
    assert [(c.metric_id, c.value) for c in WITH_MODEL.extract(text, date(2024, 5, 21))] == [("subpark-area", 510.06)]
    assert learned.RESCUE > learned.SURE  # surer for an unworded quantity than for one the rules proposed a name for
    assert WITH_MODEL.extract("三大主导产业齐头并进。", date(2024, 5, 21)) == []  # a count as description stays out


def test_warming_up_twice_fits_once():
    learned.warm_up(DS.metrics)  # already fitted in this process: no thread
    assert not any(t.name == "parkdash-models" for t in threading.enumerate())
    assert learned.model_for(DS.metrics) is WITH_MODEL.model


def test_the_when_context_counts_the_years_named_before_a_figure_from_the_articles_year():
    s = "2020年，园区技工贸收入3908.3亿元；到2025年力争突破5000亿元。"
    at = s.index("5000")
    ctx = learned.when_context(s, at, at + 6, "亿元", "", date(2022, 3, 23))
    before, unit, after, tokens = ctx.split("|")
    assert before.endswith("到0年力争突破") and unit == "亿元"
    assert tokens.split() == ["m3", "y-2", "y3", "last3"]  # two years back, three ahead; the last named is ahead
    no_year = learned.when_context("园区企业已有115家。", 6, 10, "家", "2019年5月，记者来到园区。", date(2022, 3, 23))
    assert no_year.split("|")[3].split() == ["m3", "prev-3"]  # none in the sentence: the sentence before's


def test_a_period_class_is_relative_to_the_articles_date_and_names_the_period_back():
    published = date(2024, 7, 20)
    for period, name in [("2023", "Y-1"), ("2024H1", "Y0H1"), ("@2024-07", "now"), ("@2019", "@Y-5"), ("by2025", "by2025"),
                         ("open", "open"), ("2025", "Y+1"), ("2015..2020", "2015..2020")]:  # fmt: skip
        assert learned.period_class(period, published) == name
        assert learned.period_of_class(name, published) == period
    for period in ("2024-03-22", "@2024-03", "1992", "@2024H1"):  # only the words can give these
        assert learned.period_class(period, published) == "other"
    assert learned.period_of_class("other", published) is None


def _tiny_when_model():  # synthetic examples, not from the corpus
    rows = [
        ("去年园区实现产值|亿元||m3", "actual", "Y-1"),
        ("上年度完成产值|亿元||m3", "actual", "Y-1"),
        ("今年力争产值突破|亿元||m3", "target", "Y0"),
        ("今年要实现产值|亿元||m3", "target", "Y0"),
        ("园区现有企业|家||m3", "actual", "now"),
        ("目前入园企业|家||m3", "actual", "now"),
        ("今年计划新增企业|家||m3", "target", "Y0"),
        ("今年力争引进企业|家||m3", "target", "Y0"),
    ] * 5
    return learned.WhenModel([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])


def test_the_when_model_overrules_the_rules_only_where_it_is_sure():
    model = _tiny_when_model()
    published = date(2025, 3, 7)
    assert model.kind("今年力争产值突破|亿元||m3", "actual") == "target"
    assert model.period("去年园区实现产值|亿元||m3", "actual", "@2025-03", published) == "2024"
    assert model.period("目前入园企业|家||m3", "actual", "2024", published) == "@2025-03"
    unsure = "产值|亿元||m3"  # words of actuals and targets alike: the rules' answer stands
    assert model.kind(unsure, "forecast") == "forecast"
    assert model.period(unsure, "actual", "2023Q1", published) == "2023Q1"


def test_the_extractor_takes_the_when_models_period_for_a_form_the_rules_do_not_read():
    text = "园区一年下来完成规模工业总产值420亿元。"  # no words the rules read as a period: the report's month
    rules = RULES.extract(text, date(2024, 3, 20))
    assert [(c.period, c.period_text) for c in rules] == [("@2024-03", "（发布时）")]
    learnt = [(c.period, c.period_text) for c in WITH_MODEL.extract(text, date(2024, 3, 20))]
    assert learnt == [("2023", "（按上下文推断）")]


def _examples(tmp_path: Path, *pairs: tuple[str, str]) -> Path:  # synthetic examples, not from the corpus
    path = tmp_path / f"examples-{len(pairs)}.csv"
    frame = pd.DataFrame([("t", "dev", m, c) for c, m in pairs], columns=["article", "split", "metric_id", "context"])
    frame.to_csv(path, index=False)
    return path


def _fit_in_a_new_process(examples: Path) -> learned.MetricModel:
    """What model_for does in a process that has not fitted the model yet (the in-process cache bypassed),
    for a few metrics (a small fit)."""
    few = DS.metrics[DS.metrics["metric_id"].isin(["tig-revenue", "park-firms", "hightech-firms"])]
    names = tuple(learned._name_examples(few))
    units = tuple(zip(few["metric_id"], few["unit"], strict=True))
    return learned._fitted.__wrapped__(names, units, examples)


def test_a_fitted_model_is_kept_on_disk_and_the_next_process_reads_it_instead_of_fitting(monkeypatch, tmp_path):
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(tmp_path / "cache"))
    examples = _examples(tmp_path, ("实现技工贸总收入|亿元|", "tig-revenue"), ("入园企业|家|", "park-firms"))
    fitted = _fit_in_a_new_process(examples)
    (entry,) = (tmp_path / "cache").glob("metric-model-*.model")

    def no_fit(*_):  # noqa: ANN002, ANN202
        raise AssertionError("fitted again")

    with monkeypatch.context() as m:
        m.setattr(learned.MetricModel, "__init__", no_fit)
        again = _fit_in_a_new_process(examples)
    assert again is not fitted and list(again.classifier.classes_) == list(fitted.classifier.classes_)
    assert again.guess("技工贸总收入|亿元|", "亿元") == fitted.guess("技工贸总收入|亿元|", "亿元")

    entry.write_bytes(entry.read_bytes()[:-1] + b"x")  # damaged: ignored, fitted again and replaced
    assert _fit_in_a_new_process(examples).guess("入园企业|家|", "家").metric_id == "park-firms"
    with monkeypatch.context() as m:
        m.setattr(learned.MetricModel, "__init__", no_fit)
        _fit_in_a_new_process(examples)

    for n in range(3, 6):  # other examples: another entry; the two most recent are kept
        _fit_in_a_new_process(_examples(tmp_path, *[("入园企业|家|", "park-firms")] * n))
    assert len(list((tmp_path / "cache").glob("metric-model-*.model"))) == learned.CACHE_KEEP


def test_without_a_usable_cache_folder_the_model_is_fitted_and_nothing_written(monkeypatch, tmp_path):
    monkeypatch.setenv(config.ENV_CACHE_DIR, "off")
    examples = _examples(tmp_path, ("实现技工贸总收入|亿元|", "tig-revenue"))
    assert _fit_in_a_new_process(examples).guess("技工贸总收入|亿元|", "亿元").metric_id == "tig-revenue"
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # others could write a pickle there: never read, never written
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(shared))
    _fit_in_a_new_process(examples)
    assert not list(shared.iterdir())
