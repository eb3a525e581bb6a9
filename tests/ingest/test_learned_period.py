"""The period model: the readings an article allows a figure, what the model reads of them, its choice and
how the extractor uses it. Passages are written for these tests (not published text); the tiny training
sets are synthetic."""

from datetime import date
from pathlib import Path

import pandas as pd

from parkdash import config
from parkdash.ingest import learned_period as lp
from parkdash.ingest.extract import Extractor
from parkdash.load import load
from tests.conftest import DATA

DS = load(DATA).dataset


def test_the_readings_are_the_rules_first_then_every_form_of_what_is_told_and_the_defaults():
    got = lp.readings("@2024-05", date(2024, 5, 20), [("before", "@2023-10", "去年10月"), ("here", "2021-04-26", "4月26日")])
    periods = [r.period for r in got]
    assert periods[0] == "@2024-05" and got[0].kinds[0] == "RULES"
    assert {"@2023-10", "2021-04-26", "@2021-04", "2024", "2023", "open"} <= set(periods)
    assert "NOW" in got[0].kinds  # the rules' reading is also as of the report: one reading, both kinds
    by_period = {r.period: r for r in got}
    assert by_period["@2023-10"].kinds == ("MONTH:before",) and by_period["@2023-10"].text == "去年10月"
    assert "DAYMONTH:here" in by_period["@2021-04"].kinds
    year = {r.period: r.kinds for r in lp.readings("open", date(2024, 5, 20), [("head", "2022", "2022年")])}
    assert "YEAR:head" in year["2022"] and "ATYEAR:head" in year["@2022"] and "BY:head" in year["by2022"]
    part = {r.period: r.kinds for r in lp.readings("2023YTD03", date(2023, 4, 2), [("here", "2023YTD03", "截至3月底")])}
    assert "PARTEND:here" in part["@2023-03"]  # 截至3月底: also as of the end of March
    assert [r.period for r in lp.readings("2024", date(2024, 5, 20), [], ("2024-05-18", "18日"))][1] == "2024-05-18"


def test_the_model_does_not_read_which_reading_is_the_rules():
    rules_only, shared = lp.readings("2015..2020", date(2021, 3, 1), [])[:2]
    assert lp.features(rules_only, "“十三五”期间年均增长", "actual", "growth").split()[0] == "ONLY_RULES"
    feats = lp.features(shared, "截至0月，园区已有企业", "actual", "count").split()
    assert not any("RULES" in f for f in feats)
    assert "NOW|m=count" in feats and "NOW|已有" in feats  # its kind with the measure's class and the words before it


def _tiny():  # synthetic: a stock told after 彼时 is as of the month named before; else as of the report
    rows, gold = [], []
    for _ in range(20):
        month = lp.Reading("@2023-10", ("MONTH:before",), "去年10月")
        now = lp.Reading("@2024-05", ("NOW",), "（报道时）")
        for ctx, right in (("彼时，全市企业", month), ("目前，全市企业", now)):
            for r in (month, now):
                rows.append(lp.features(r, ctx, "actual", "count"))
                gold.append(int(r is right))
    return lp.PeriodModel(rows, gold)


def test_the_model_replaces_the_rules_reading_only_by_a_clear_margin():
    model = _tiny()
    month = lp.Reading("@2023-10", ("MONTH:before",), "去年10月")
    now = lp.Reading("@2024-05", ("RULES", "NOW"), "（报道时）")
    then = [lp.features(r, "彼时，全市企业", "actual", "count") for r in (now, month)]
    assert model.choose([now, month], then) == month
    assert model.choose([now, month], [lp.features(r, "目前，全市企业", "actual", "count") for r in (now, month)]) is None
    assert model.choose([now, month], then, margin=1.0) is None  # never sure enough
    assert model.choose([now], then[:1]) is None  # nothing else to choose


def test_no_examples_no_model(tmp_path: Path):
    assert lp.model_for(tmp_path / "none.csv") is None
    assert Extractor(DS).period_model is None  # off by default
    assert Extractor(DS, use_model=False, period_model=True).period_model is not None


def test_the_fitted_model_is_kept_on_disk(monkeypatch, tmp_path):
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(tmp_path / "cache"))
    table = lp.read_examples(lp.EXAMPLES).head(400)
    examples = tmp_path / "period_examples.csv"
    table.to_csv(examples, index=False)
    fitted = lp.model_for(examples)
    assert len(list((tmp_path / "cache").glob("period-model-*.model"))) == 1
    lp._fitted.cache_clear()  # a new process: read back, not fitted

    def no_fit(*_):  # noqa: ANN002, ANN202
        raise AssertionError("fitted again")

    monkeypatch.setattr(lp.PeriodModel, "__init__", no_fit)
    again = lp.model_for(examples)
    rows = lp.example_features(table.head(5))
    assert again is not fitted and list(again.scores(rows)) == list(fitted.scores(rows))


def test_the_extractor_uses_the_model_where_it_prefers_another_reading():
    text = "2016年，国家评出首批轨道交通国家专业化众创空间，全国共17家。"  # a list of that year: the year, as the data has it
    rules = Extractor(DS, period_model=False).extract(text, date(2023, 3, 1))
    got = Extractor(DS, period_model=True).extract(text, date(2023, 3, 1))
    assert [(c.metric_id, c.period) for c in rules] == [("rail-makerspaces", "@2016")]
    assert [(c.metric_id, c.period, c.period_text) for c in got] == [("rail-makerspaces", "2016", "2016年")]
    options, seen = got[0].readings
    assert options[0].period == "@2016" and options[0].kinds[0] == "RULES" and seen[1:] == ("actual", "count")
    kept = "截至3月底，项目今年计划的工程量已完成30%。"  # the rules' own reading (no other gives it): never replaced
    assert [c.period for c in Extractor(DS, period_model=True).extract(kept, date(2023, 4, 2))] == ["2023YTD04"]
    assert "readings" not in got[0].row()
    examples = lp.read_examples(lp.EXAMPLES)
    assert list(examples.columns) == lp.EXAMPLE_COLUMNS and set(examples["gold"]) == {"0", "1"}
    assert isinstance(examples, pd.DataFrame) and examples.groupby(["article", "candidate"]).ngroups > 1000


def test_each_reading_carries_the_kind_that_goes_with_it():
    got = lp.readings("2021", date(2022, 3, 23), [("here", "2022", "今年")], None, rules_kind="actual")
    kind = {r.period: r.kind for r in got}
    assert kind["2021"] == "actual"  # the rules' reading keeps the rules' kind
    assert kind["open"] == "target" and kind["by2022"] == "target"  # no year, or by a year: a goal
    assert kind["@2022-03"] == "actual" and kind["@2022"] == "actual"  # as of a date: a state
    assert kind["2022"] == "target"  # a year not over at the report: a target
    assert lp.implied_kind("2020", ("YEAR:here",), "target", date(2022, 3, 23)) == "actual"  # a year gone by
    assert "ik=target" in lp.features(got[-1], "技工贸收入过", "actual", "level").split()


def test_a_reading_brings_its_kind_into_the_candidate():
    text = "经开区争创国家级经开区的底气：技工贸收入过1000亿元，常住人口20万以上。"  # conditions to meet, no year
    rules = Extractor(DS, period_model=False).extract(text, date(2022, 3, 23))
    got = Extractor(DS, period_model=True).extract(text, date(2022, 3, 23))
    assert [(c.metric_id, c.period, c.kind) for c in rules][-1] == ("population", "@2022-03", "actual")
    assert [(c.metric_id, c.period, c.kind) for c in got][-1] == ("population", "open", "target")
