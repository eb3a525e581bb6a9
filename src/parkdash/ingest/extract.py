"""Candidate figures of a Chinese news article: who (park, or the district/city it is really for), what
(a metric of metrics.csv, or a proposed new one), how much (value, unit, qualifier), when (period,
resolved against the publication date) and whether it is an actual, a target or a forecast.

Deterministic rules over the data set's own names: park names and aliases from parks.csv, metric names
and synonyms from metrics.csv. Every candidate keeps the short phrase it came from (``locator``)."""

from __future__ import annotations

import copy
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date

import pandas as pd

from parkdash import vocab
from parkdash.ingest import learned
from parkdash.ingest.numbers import Quantity, quantities, to_number
from parkdash.ingest.similar import GENERIC_GROWTH, MIN_SCORE, MIN_SHARE, MetricWords
from parkdash.ingest.text import Sentence, sentences
from parkdash.ingest.when import (
    ACTUAL,
    ANNOUNCED,
    DAY,
    DONE,
    EVENT_METRICS,
    EVENT_WORDS,
    FORECAST,
    IS_DAY,
    NAMED_YEAR,
    NOW,
    PERIOD,
    STARTED,
    STOCK_NOW,
    TARGET,
    THEN,
    THIS_EVENT,
    WHEN_RUNNING,
    aspiration,
    chronicle_year,
    day_in,
    ends_after,
    event_days_of,
    is_target,
    last_year_named,
    list_year_of,
    period_at,
    project_span,
    resolve,
    year_of_month,
)
from parkdash.load import Dataset, split_ids

LOCATOR_MAX = 20  # a fragment that finds the figure in the article, not a copy of its sentences
METRIC_MARGIN = 3.0  # how much more of its wording another metric must share to overrule the phrase found
FUZZY_MIN = 0.6  # share of a metric name's character pairs that must appear before a figure
LEARNT_PERIOD = "（按上下文推断）"  # the period text of a period the when-model chose
_A_YEARS_AMOUNT = "未写年份（年度数"  # the rules' year for an annual amount with none: the year before its as-of date


@dataclass
class Candidate:
    park_id: str
    scope: str
    entity_reported: str
    metric_id: str  # blank: a new metric, named by metric_zh
    metric_zh: str
    period: str
    period_text: str
    kind: str
    value: float
    value_max: float | None
    qualifier: str
    aspiration: str
    unit: str
    locator: str
    sentence: int = field(default=0)

    def row(self) -> dict[str, object]:
        return asdict(self)


class Settled(str):
    """A measure's name the rules settled on, not one they fell back to: a part after its whole (其中日用陶瓷
    产值), a kind of a measure (工业投资), a measure no metric of metrics.csv fits, or the measure the figures
    before it name (分别, 同比增长 after 产值, a second figure with no new words). The metric model, which
    reads only the words around one figure, does not overrule it."""


@dataclass(frozen=True)
class _Entity:
    park_id: str
    scope: str
    name: str
    generic: str = ""  # 高新区 / 经开区 / 园区: resolved to the last park of that kind named before


# --- lexicons built from the data set ------------------------------------------------------------------

_CITY = {
    "株洲市": "株洲市",
    "全市": "株洲市",
    "株洲": "株洲市",
    "全区": "株洲市",
    "全县": "株洲市",
    "我区": "株洲市",
    "我县": "株洲市",
}
_ALL_PARKS = _Entity("", "city-parks", "株洲市园区")
_PARKS_COUNTED = re.compile(r"全市(?:[\d一二三四五六七八九十]+个|[八九十]大)园区")  # 全市8个园区: all of them
_CITY_GENERIC = {"全市": "city", "全区": "区", "全县": "县", "我区": "区", "我县": "县"}  # the one the article is about
_CITY_PARKS = {
    "全市园区": "株洲市园区",
    "全市各园区": "株洲市园区",
    "株洲市园区": "株洲市园区",
    "株洲园区": "株洲市园区",
    "株洲各园区": "株洲市园区",
    "各园区": "株洲市园区",  # 2020年各园区技工贸收入共3908.3亿元: all of them
    "各个园区": "株洲市园区",
    "全市省级及以上园区": "株洲市园区",
}
_OTHER = {"全省": "湖南省", "湖南省": "湖南省", "湖南": "湖南省", "全国": "全国", "长沙": "长沙市", "湘潭": "湘潭市"}
_GENERIC = {
    "高新区": "高新",
    "经开区": "经开",
    "经济开发区": "经开",
    "开发区": "",
    "园区": "",
    "全园": "",
    "管委会": "",
    "工业园": "",
    "产业园": "",
}


def _entities(ds: Dataset) -> dict[str, _Entity]:
    lex: dict[str, _Entity] = {}
    for word, name in _CITY.items():
        lex[word] = _Entity("", "city", name, generic=_CITY_GENERIC.get(word, ""))
    for word, name in _CITY_PARKS.items():
        lex[word] = _Entity("", "city-parks", name)
    for word, name in _OTHER.items():
        lex[word] = _Entity("", "other", name)
    counties = ds.parks.groupby("county_zh")["park_id"].agg(list)
    for county, ids in counties.items():
        pid = ids[0] if len(ids) == 1 else ""
        lex[county] = _Entity(pid, "host", county)
        stem = county[:-1] if county[-1] in "市县区" and len(county) > 2 else ""
        if stem:
            lex[stem] = _Entity(pid, "host", county)
    for generic, kind in _GENERIC.items():
        lex[generic] = _Entity("", "park", generic, generic=kind or "any")
    for row in ds.parks.itertuples():
        names = [row.name_zh, row.short_zh, *split_ids(row.aliases_zh)]
        for name in names:
            if name and name not in _GENERIC:
                lex[name] = _Entity(row.park_id, "park", row.short_zh)
    short = dict(zip(ds.parks["park_id"], ds.parks["short_zh"], strict=True))
    for row in ds.observations[ds.observations["scope"] == "park"].itertuples():
        inner = re.fullmatch(r"[^（]+（([^（）]{3,12}园)）", row.entity_reported)
        if inner and inner.group(1) not in lex:  # 株洲经开区（湖南北斗产业园）: a park inside the park
            lex[inner.group(1)] = _Entity(row.park_id, "park", f"{inner.group(1)}（{short[row.park_id]}）")
    return lex


def _metric_phrases(ds: Dataset) -> dict[str, list[str]]:
    """phrase -> metric ids (a phrase such as 集群规模 may stand for several)."""
    out: dict[str, list[str]] = {}
    for row in ds.metrics.itertuples():
        names = {row.name_zh, *split_ids(row.synonyms_zh)}
        names |= {n[:-1] for n in names if n.endswith("数") and len(n) > 3}  # 开工项目数 reads 开工项目
        names |= {re.sub(r"[“”\"]", "", n) for n in names}  # 新增“专精特新”企业, read in a window without quotes
        for phrase in names:
            phrase = phrase.strip()
            if len(phrase) >= 2 and not GENERIC_GROWTH.fullmatch(phrase):  # 同比增长 alone names no metric
                out.setdefault(phrase, []).append(row.metric_id)
    return out


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_GROWTH_ONLY = re.compile(r"[，、\s]|分别|达到|达|为|了")
_COUNTED = re.compile(r"[^，。；、：]{0,10}?(园区|企业|项目|集群|空间|平台|基地|产业)")  # the noun a count counts
_WHEN_WORDS = re.compile(
    r"(?:今年|去年|前年|全年|当年)(?:上半年|下半年|前三季度|第?[一二三四]季度)?|上半年|下半年|前三季度|第?[一二三四]季度|(?<!\d)\d{4}年"
)
_A_PROJECT = re.compile(r"项目|[一二三]期|该|这个|产业园")
_SEVERAL_MEASURES = re.compile(r"[、和及][^，。；]{2,16}(?:均|都)(?:要|将|可|能|有望)?$")
_AT_EVENT = re.compile(r"开工|动工|签约|主会场|分会场|现场|活动|峰会|仪式")  # a project told as part of the event
# --- the extractor ---------------------------------------------------------------------------------------

_VERBS = re.compile(
    r"^(?:全年|共|累计|已|实现|完成|达到|达|为|有|超过|突破|超|约|近|年(?!产值|销售|营收|营业)|的|其中|分别|合计|新(?!增|认定|培育|引进|获批)|同比|比上年|较上年|计划|力争|争取|确保|预计|将|要|(?:全部|全面)?(?:建成|达产|投产)后)+"
)
_STOP_TAIL = re.compile(
    r"(?:实现|完成|达到|达|为|有|超过|突破|超|约|近|分别|增长|增速|同比|较上年|比上年|下降|累计|预计|力争|冲刺|可|将|已经|已|有望|能)+$"
)
_GROWTH = re.compile(r"(?:同比|比上年|较上年|年均|每年平均|平均每年)?(?:增长|增速|增幅|提高|下降|下滑)")


_PROJECT_ATTRIBUTES = {"project-investment"}
_PARKS_IN_CITY = {"ind-va-share-parks", "ind-va-contribution"}  # the parks' part of the city's, by their names
# 签约项目32个，总投资448.9亿元: the investment of the projects just counted
_INVESTMENT_OF = {
    "projects-signed": "signed-investment", "projects-100m": "signed-investment", "beidou-projects-signed": "signed-investment",
    "projects-started": "projects-started-investment",
}  # fmt: skip
# a park's name: a place and a park word (长沙经开区, 宁乡高新区); unknown ones are flagged, not guessed
_NOT_IN_A_NAME = "请比较它他她看翻说谈问聊月日给让被使替帮级国省全批强各的是把到为在年按今领迈获争格取创建发区县市向与和及对从由据入照布一二三四五六七八九十两首该此本其个家了访察研观进赴于往至当即又也都还选择这那位"
_PARK_NAME = re.compile(
    rf"[^\W\d_{_NOT_IN_A_NAME}]{{2,3}}"
    r"(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|工业集中区|产业开发区|示范区|(?<!高)新区|开发区)"
)
_LIES_IN = re.compile(
    r"([\u4e00-\u9fff]{2,12}?(?:产业园|工业园|科技园|示范园))(?:位于|地处|坐落于|坐落在|隶属于?|建在|设在|落户在?)([^，。；]{2,14})"
)
_WITHIN = re.compile(r"(?:区内|园区内|园内|辖区内)的?([\u4e00-\u9fff]{2,12}?(?:产业园|工业园|科技园|示范园))")
_RESPECTIVELY = re.compile(
    r"((?:[^，。；：、和及与]{2,16}[、和及与])+[^，。；：、和及与]{2,16})分别(?:有|为|是|达到?|实现|完成|增长|占)?"
)
_LISTED_BEFORE = re.compile(
    r"((?:[^，。；：、]{2,24}、)+[^，。；：、]{2,24}?)(?:[两三四五六2-6][类个项大](?:产业|领域|板块)|等)?，[^，。；：]{0,12}分别"
)  # 卫星制造、终端和运营服务三类产业，届时的产值目标分别是…
_PARTNERS = re.compile(
    r"[与同跟]([^，。；]{2,30}?)(?:签署|签订|(?:共|一共|一起)?签了|签下|合作|共建|达成|对接|结对|深化|协作|联动)"
)
_LIST_ITEM = re.compile(r"\s*(?:——|—|-|•|·|●|◆|■|▪|★|▶|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+是|\d+[.、．])")
_VERB_BEFORE_PARK = re.compile(
    r"(?:读懂|看懂|聚焦|走进|走近|探访|点赞|解码|打卡|助力|深耕|扎根|来到|走访|考察|调研|看好|牵手|携手|扮靓"
    r"|提起|关注|盘点|回望|反观|依托|瞄准"  # (翻看, 说起, 今年, 当时…: 看, 说, 年, 当 are in no name)
    r"|目前|如今|眼下|现在|同时|另外|届时|随后|彼时)(?:高新区|经开区|开发区|新区|示范区)$"
)  # 目前高新区的…: a time word and the park word, not a park's name
_OUTLET = re.compile(
    r"新湖南|湖南日报|湖南卫视|湖南经视|株洲日报|株洲晚报|株洲新闻网|^[\u4e00-\u9fff]{2,4}发布(?=[\s　])"
)  # outlets named in the text
_NAME_BOUNDARY = re.compile(r"[、和与及在的对从向由把是为到据按照自同跟比较]$")  # a word before a place name
_DATELINE = re.compile(
    r"^[^，。：\s]{2,16}讯|^[^，。：\s]{2,12}?\d{1,2}月\d{1,2}日电|^[^，。：\s]{2,8}记者[^：:，。]{0,24}报道[：:]"
)  # 株洲日报记者 王蓉 报道：


@dataclass
class _When:
    """A figure's period as its words give it, before what the figure is settles it."""

    period: str = ""
    text: str = ""
    horizon: bool = False  # a target's horizon (到2025年, “十四五”末)
    carried: bool = False  # from a sentence before, not this one
    stated: bool = False  # in this sentence


@dataclass
class _Sentence:
    """One sentence as it is read: its periods, and the figure just read in it."""

    index: int
    sent: Sentence
    text: str
    periods: list[tuple[int, str, str, bool]]
    inherited: tuple | None = None  # the period and line of the list head above it
    metric_spans: list[tuple[int, int]] = field(default_factory=list)
    name_spans: list[tuple[int, int]] = field(default_factory=list)  # where parks and places are named
    prev_end: int = 0
    prev_metric: str = ""
    prev_kind: str = ""
    prev_name: str = ""
    prev_unit: str = ""
    fig_entity: _Entity | None = None


@dataclass
class _Article:
    """What an article has told so far, as it is read sentence by sentence."""

    sentences: list[Sentence]
    published: date
    event_day: tuple[str, str] | None
    event_days: list[tuple[int, tuple[str, str]]]
    event_at: int
    event_host: _Entity | None
    started: str | None  # the year a project started (2021年…开工), for its span
    list_year: tuple[str, str] | None
    year_in_force: int
    day_year: int | None = None  # the year of a chronicle's days (2022年大事记, published 2023)
    seen: list[_Entity] = field(default_factory=list)
    last_entity: _Entity | None = None
    recent: list[str] = field(default_factory=list)
    last_period: tuple = ()  # a period stated once holds until another is stated
    last_figure: tuple = ()  # (sentence, period, words, horizon) of the last figure read
    last_month: str = ""  # the last month named (去年2月), for 当时
    list_head: tuple | None = None  # (period, line) of a line ending in a colon, for the list lines under it
    last_rank: str = ""  # the last ranking named, for a place told again without its list
    release_month: str = ""  # the month a list was published (今年4月出炉的名单), for 名单公布时
    plan_year: int | None = None  # under a heading of plans (2025年工作安排, 主要目标): the year planned for
    # the report of a year's work meeting (年度工作会议, 工作部署会): its undated targets are that year's
    plan_article: bool = False
    named_year: int | None = None  # the last year named (2019年), for 当年 / 同年 after it
    approval: tuple[str, str] | None = None  # (period, words) of the last approval told (2021年4月…升格…批复)
    main_venue: _Entity | None = None  # the park an event's main venue is in (主会场设在高新区), for 主会场的项目

    @classmethod
    def of(cls, sents: list[Sentence], published: date, reader: Extractor) -> _Article:
        texts = [x.text for x in sents]
        day_year = chronicle_year(texts[0], published) if texts else None
        event_days = event_days_of(texts, published, day_year)
        event_day = event_days[0][1] if event_days else None  # the first event the article reports
        return cls(
            sentences=sents,
            published=published,
            event_day=event_day,
            event_days=event_days,
            day_year=day_year,
            event_at=next((i for i, t in enumerate(texts) if event_day and event_day[1] in t), 0),
            event_host=reader._event_host(texts, event_day),
            started=next((m.group(1) for m in map(STARTED.search, texts) if m), None),
            list_year=list_year_of(texts),
            year_in_force=published.year,
            plan_article=published.month <= 4 and bool(_PLAN_MEETING.search(" ".join(texts[:3]))),
        )


class Extractor:
    """Built once per data set (names, metric phrases); ``extract`` runs per article."""

    def __init__(self, ds: Dataset, use_model: bool = True) -> None:
        """``use_model=False``: the rules alone, as they name measures without the metric model."""
        self.ds = ds
        self._know(_entities(ds))
        self.phrases = _metric_phrases(ds)
        self.phrase_re = _alternation(list(self.phrases))
        metrics = ds.metrics.set_index("metric_id")
        self.metric_unit = metrics["unit"].to_dict()
        self.metric_name = metrics["name_zh"].to_dict()
        self.metric_kind = metrics["kind"].to_dict()
        self.park_kind = {
            r.park_id: ("高新" if "高新" in r.short_zh else "经开" if "经开" in r.short_zh else "") for r in ds.parks.itertuples()
        }
        self.short = ds.parks.set_index("park_id")["short_zh"].to_dict()
        # generic names the data set lists as a park's short form (高新区, 经开区), for when no other is named
        self.short_form = {a: r.park_id for r in ds.parks.itertuples() for a in split_ids(r.aliases_zh) if a in _GENERIC}
        flows = ("new-", "projects", "key-project", "beidou-projects", "srdi-firms-new", "cooperation")
        self.stocks = {
            r.metric_id for r in ds.metrics.itertuples() if r.kind in ("count", "area") and not r.metric_id.startswith(flows)
        }
        # a share of works done (年度工程量完成比例) is as of a date, like a stock: 一季度已完成30% is at March's end
        self.progress = {r.metric_id for r in ds.metrics.itertuples() if r.kind == "share" and "完成" in r.name_zh}
        self.words = MetricWords(ds.metrics)
        self.model = learned.model_for(ds.metrics) if use_model else None
        self.when = learned.when_model_for() if use_model else None
        self.names_of: dict[str, list[str]] = {}
        for phrase, ids in self.phrases.items():
            for mid in ids:
                self.names_of.setdefault(mid, []).append(phrase)

    def _know(self, entities: dict[str, _Entity]) -> None:
        """The names this extractor recognises, and what is built from them once."""
        self.entities = entities
        self.entity_re = _alternation(list(entities))
        self.places = tuple(k for k, e in entities.items() if not e.generic)  # 株洲, 湖南: not 园区

    # which metric a phrase stands for
    def _pick(
        self, ids: list[str], unit: str, context: str, prev_metric: str = "", phrase: str = "", recent: tuple[str, ...] = ()
    ) -> str:
        """The metric a phrase stands for: unit of the right dimension; a metric of the same family as the
        figure before that contains the phrase (规上企业 after 陶瓷企业 is 陶瓷规上企业); else the closest in wording."""
        dim = vocab.unit_dimension(unit)
        family = self.metric_name.get(prev_metric, "")[:2]
        if family and phrase:
            for mid, names in self.names_of.items():
                if vocab.unit_dimension(self.metric_unit[mid]) == dim and any(
                    n.startswith(family) and phrase in n and n != phrase for n in names
                ):
                    return mid
        fitting = [i for i in ids if vocab.unit_dimension(self.metric_unit[i]) == dim]
        if not fitting:
            return ""
        in_article = [i for i in recent if i in fitting]  # 集群规模 after 轨道交通装备集群规模: the same cluster
        if len(fitting) > 1 and in_article:
            return in_article[0]
        return max(fitting, key=lambda i: (sum(ch in context for ch in set(self.metric_name[i])), -len(i)))

    def _growth_of(self, metric_id: str, phrase_window: str) -> str:
        """The growth metric of a level metric (gdp -> gdp-growth, or -cagr for 年均增长)."""
        if self.metric_kind.get(metric_id) == "growth":
            return metric_id
        for suffix in ("-cagr", "-growth") if re.search(r"年均|平均", phrase_window) else ("-growth",):  # 平均(每年)增长
            if metric_id + suffix in self.metric_unit:
                return metric_id + suffix
        name = self.metric_name.get(metric_id, "")
        for mid, other in self.metric_name.items():
            if other in (name + "增长", name + "增速") and self.metric_kind[mid] == "growth":
                return mid
        return ""

    def _metric(
        self,
        sentence: str,
        window_start: int,
        q: Quantity,
        prev_metric: str,
        recent: tuple[str, ...],
        next_start: int | None,
        told_before: str,
        headline: str = "",
    ) -> tuple[str, str]:
        """``_metric_named``, narrowed to the firms over a threshold told with a count (其中有10家年产值过亿元,
        产值超过1亿元的有10家), or to the cluster just told of (这个集群的年产值)."""
        mid, name = self._metric_named(sentence, window_start, q, prev_metric, recent, next_start, told_before, headline)
        part_of = _PART_FROM.match(sentence, q.end) if q.unit == "%" else None
        share_of = (
            q.unit == "%"
            and (
                not mid
                or self.metric_kind.get(mid) != "share"  # 占比为77.8% after words that named a growth
                or self._whose_share_untold(mid, sentence[: q.start], _clause_before(sentence, window_start, q))
            )
            and re.search(r"占(?:到|了|据)?(?:比)?(?:为|达)?$", sentence[: q.start])
        )  # 在全区规模工业中占96.0%: the whole settles which share
        if part_of or share_of:  # 有77.8%出自园区, 在全区规上工业中占到96.0%: a share, not a growth
            context = sentence[window_start : q.start] + (part_of.group(0) if part_of else "")
            context = context.replace("规上", "规模")  # 规上工业 = 规模(以上)工业
            told = sentence[: q.start] + (part_of.group(0) if part_of else "")
            shares = [
                m
                for m in self.words.fitting("%")
                if self.metric_kind[m] == "share"
                and (re.search("贡献|增长", context) is not None) == ("贡献" in self.metric_name[m])
                and not ("全市" in self.metric_name[m] and re.search(r"全[区县]", context) and "全市" not in context)
                and _pairs(self.metric_name[m].split("占")[0]) & _pairs(told)  # 头部企业占…: only if told
            ]  # a part of the whole, not a part of its growth (贡献率); of the district's whole, not the city's
            scored = max(((len(_pairs(self.metric_name[m]) & _pairs(context)), m) for m in shares), default=(0, ""))
            if scored[0] >= 4:  # most of the whole's name: 全市规模工业增加值 ~ 园区规模工业增加值占全市比重
                return scored[1], Settled(self.metric_name[scored[1]])
        if mid and q.unit in ("家", "个", "项") and _NEWLY.search(_clause(sentence, window_start, q, next_start)):
            newly = next((m for m in (f"new-{mid}", f"{mid}-new") if m in self.metric_name), "")
            if newly:  # 再新认定6家以上“专精特新”企业: those added, not all there are
                return newly, Settled(self.metric_name[newly])
        bare = _clause_before(sentence, window_start, q)
        if q.unit == "%" and prev_metric and self.metric_kind.get(prev_metric) != "growth" and _BARE_GROWTH.fullmatch(bare):
            growth = self._growth_of(prev_metric, bare)  # 规模做到了1600亿元，较上一年增长6.7%: the growth of that figure
            if growth:
                return growth, Settled(self.metric_name[growth])
        told_after = re.split(r"[，。；：、（）()]|(?<![过了])\d", sentence[q.end :])[0]  # up to the next item (超过了1亿元 told)
        limit = _threshold(told_after) if q.unit in ("个", "家", "项") else None
        before = _clause_before(sentence, window_start, q)
        start = _clause_start(sentence, window_start, q)
        joined = re.fullmatch(r"(?:则|就|共|一共)?有", before) and sentence[max(window_start, start - 2) : start] == "的，"
        if joined:
            before = sentence[max(window_start, sentence.rfind("，", 0, start - 1) + 1) : start - 1] + before  # 过亿元的，有10家
        this = re.search(r"(?:这个|该|这一|此)(?:产业)?集群", before)
        dim = vocab.unit_dimension(q.unit)
        same = [m for m in recent if "集群" in self.metric_name[m] and vocab.unit_dimension(self.metric_unit[m]) == dim]
        if this and same and mid not in same:
            return same[0], self.metric_name[same[0]]  # 让这个集群的年产值过1000亿元: the cluster just told of
        if (
            (not mid or joined)
            and limit is None
            and q.unit in ("个", "家")
            and re.search(
                r"的(?:[“\"][^”\"]{1,6}[”\"])?(?:企业|工业企业|规上企业|公司)?(?:要|将)?(?:有|共有|共|达到?|为|突破|超过)?$",
                before,
            )
        ):
            limit = _threshold(before)  # 产值超过1亿元的有10家: the firms over that threshold
        heading = re.search(
            r"(?:(?:产值|营收|收入)(?:过|超过|超)(\d*)亿元?|(\d*)亿元?(?:产值|营收|收入)?及?以上)的(?:工业)?企业[，,][^，。；]{0,10}$",
            sentence[window_start : q.start],
        )  # 产值过10亿元的企业，数量上要突破10家 too
        if not mid and limit is None and q.unit in ("个", "家") and heading:  # 10亿元产值以上的企业，年底前要突破10家
            bar = heading.group(1) if heading.group(1) is not None else heading.group(2)
            limit = "" if bar in ("", "1") else bar
        if limit is not None and (not mid or _threshold(self.metric_name[mid]) is None):
            counted = self.metric_name.get(prev_metric, "")  # the firms just counted
            clause = (before + "|" if joined else "") + _clause(sentence, window_start, q, None)
            clause += "|" + told_after + "|" + self.metric_name.get(mid, counted)
            clause += "|" + (heading.group(0) if heading else "")
            narrower = [m for m in self.words.fitting(q.unit) if _threshold(self.metric_name[m]) == limit]
            scored = sorted(((self.words.score(m, clause), m) for m in narrower), reverse=True)
            if scored and scored[0][0] > 0:
                return scored[0][1], self.metric_name[scored[0][1]]
        return mid, name

    def _whose_share_untold(self, mid: str, head: str, clause: str) -> bool:
        """Whether a share named by its words (头部企业占规模工业总产值比重) is told of a whole (在全区…中占) by a
        sentence that never names its part (头部企业): then the whole, not those words, settles which share."""
        name = self.metric_name[mid]
        untold = "占" not in name or not _pairs(name.split("占")[0]) & _pairs(head)  # 贡献率 names no part at all
        return self.metric_kind.get(mid) == "share" and "在全" in clause and untold

    def _fits(self, unit: str, m: str, within: str) -> bool:
        """Whether metric ``m`` can be the measure of a figure whose clause is ``within``: 10家 are firms, not
        projects; a threshold in its name must be the clause's (产值过亿元的企业 is not 产值过10亿元企业); what
        it measures (总产值, 增加值, 税收 …), per mu or per head, which investment, and whose share must agree."""
        names = self.metric_name[m] + "|" + "|".join(self.names_of.get(m, []))
        named, told = _HEADS.findall(names), _HEADS.findall(within)
        part = re.split(r"[，；：]", within)[-1]
        share_of = re.split(r"占(?!比)", part)[0] if re.search(r"占(?!比)", part) else ""
        share_of = "" if share_of.startswith("在") else share_of  # 在园区总产值里占了72.1%: the whole, not the part
        whose = self.metric_name[m].split("占")[0] if "占" in self.metric_name[m] else ""
        return (
            not (unit == "家" and "项目" in self.metric_name[m])
            and _threshold(self.metric_name[m]) in (None, _threshold(within))
            and not (named and told and not set(named) & set(told))  # 总产值增长 is not 增加值增长
            and all(per in names for per in _PER.findall(part))  # 亩均税收 is not 税收
            and all(kind in within for kind in _INVESTMENT_KIND.findall(names))  # 固定资产投资增长 is not 工业's
            and not (share_of and whose and not _pairs(share_of) & _pairs(whose))  # 高新技术产业产值占…: not 头部企业占…
            and not ("占全市" in names and re.search(r"占全[区县]", part))  # 占全区的比重: the district's whole, not the city's
        )

    def _same_as_before(self, sentence: str, window_start: int, q: Quantity, prev_metric: str, recent: tuple[str, ...]) -> str:
        """The metric of a figure whose clause names no new measure: 这一数字为…, 2022年超过700亿元 after
        2021年约740亿元, 株洲经开区456亿元 after 株洲高新区技工贸总收入1230亿元, 总数 after 新增."""
        dim = vocab.unit_dimension(q.unit)
        if re.search(r"(?:这一|这个|该|此)(?:数字|数据|指标|数值)", sentence[window_start : q.start]):
            same = [m for m in recent if vocab.unit_dimension(self.metric_unit[m]) == dim]
            if same:
                return same[0]
        if q.unit in ("个", "家", "项") and self.phrase_re.match(sentence, q.end):
            return ""  # 另有192家创新型中小企业: the words after the count name its measure
        told = _WHEN_WORDS.sub("", _clause_before(sentence, window_start, q))
        named = bool(self._mentions(told))
        same = [m for m in (prev_metric, *(recent if named else ())) if m and vocab.unit_dimension(self.metric_unit[m]) == dim]
        bare = _NOT_A_NOUN.sub("", re.sub(r"超过|突破|达到?|做到|约|近|为|共|合计|、|和", "", self.entity_re.sub("", told)))
        if q.unit in ("个", "家", "项"):
            bare = re.sub(r"占(?:了|据)?|拿下了?|拿到了?|摘得|夺得|揽得|一地|便", "", bare)
            # 世界级集群有3个，株洲一地就占了两席 / 一地便拿下两席: a part of the same count
        if same and not bare:
            return same[0]
        if prev_metric.startswith("new-") and prev_metric[4:] in self.metric_name and _TOTAL.match(told):
            return prev_metric[4:]
        return ""

    def _metric_named(
        self,
        sentence: str,
        window_start: int,
        q: Quantity,
        prev_metric: str,
        recent: tuple[str, ...] = (),
        next_start: int | None = None,
        told_before: str = "",
        headline: str = "",
    ) -> tuple[str, str]:
        """(metric_id, metric_zh) for a quantity: the metric a phrase before it names (``_metric_by_phrase``).
        Where none is written whole, the metric whose names its clause shares most wording with (the words
        after a count name it too: 17家…众创空间); for a ranking, the one of several rankings whose name the
        sentence shares clearly more of."""
        mid, name = self._metric_by_phrase(sentence, window_start, q, prev_metric, recent, told_before, headline)
        same = "" if mid else self._same_as_before(sentence, window_start, q, prev_metric, recent)
        if same:
            return same, Settled(self.metric_name[same])  # the measure told before: the model does not see it
        words = _clause_before(sentence, window_start, q)  # the words of the figure's clause before it
        told = _WHEN_WORDS.sub("", words)
        rank = q.unit in ("名", "位")
        field = (
            rank
            and re.search(r"参评|参加评|上榜|在(?:全国|全省)?\d+[家个]$", sentence[max(0, window_start - 12) : window_start])
            and _AMONG.match(sentence[window_start : q.start])
        )
        start = sentence.rfind("，", 0, window_start - 12) + 1 if field else window_start  # 评价结果，…在参评的178家…里居第35名
        clause = self._without_names(sentence[start : q.end] if rank else _clause(sentence, window_start, q, next_start))
        clause = _BASE_OF_CHANGE.sub("", clause)  # 工业投资较上年下降 reads as 工业投资下降
        if mid and q.unit == "%" and self.metric_kind.get(mid) == "growth" and "占" in words:
            shares = sorted(((self.words.score(m, clause), m) for m in self.words.fitting("%", growth=False)), reverse=True)
            if shares and shares[0][0] > 0:  # 占全市规模工业增加值的77.8%: a share
                return shares[0][1], self.metric_name[shares[0][1]]

        if mid and not self._fits(q.unit, mid, clause):
            mid, name = "", Settled(self._new_name(sentence[window_start : q.start]))
        if mid and _FRESH.search(words) and "新增" not in "".join([self.metric_name[mid], *self.names_of.get(mid, [])]):
            sibling = next((m for m in (f"new-{mid}", f"{mid}-new") if m in self.metric_name), "")
            if sibling:  # 新认定“专精特新”企业6家以上: the added ones of the measure named
                return sibling, Settled(self.metric_name[sibling])
            fresh = [m for m in self.words.fitting(q.unit) if "新增" in self.metric_name[m]]
            scored = sorted(((self.words.score(m, clause), m) for m in fresh), reverse=True)
            if scored and scored[0][0] > 0:  # 累计新增规上企业40家: the firms added, not all of them
                return scored[0][1], self.metric_name[scored[0][1]]
            if mid in self.stocks:  # 新认定高新技术企业110家: those added this year, a measure not in metrics.csv
                return "", Settled(self._new_name(sentence[window_start : q.start]))
        if _BARE_MEASURE.fullmatch(told) or _TOTAL_OF.match(told):  # 2020年总量为; 8家头部企业，合计完成工业总产值
            before_clause = sentence[: max(sentence.rfind(p, 0, q.start) for p in "，；：。")]
            clause = re.split(r"[，；：。]", before_clause)[-1] + "|" + clause  # 卫星制造板块，产值20亿元
        if _THAT_THING.search(words):
            clause += "|" + sentence[window_start : q.start] + "|" + told_before  # 该体系总规模: the 体系 named before
        of = prev_metric or (recent[0] if recent else "")
        if _OF_THESE.search(sentence[window_start : q.start]) and of:
            clause += "|" + self.metric_name[of]  # 其中产值过亿元的企业有10家: of the 电子信息企业 just counted
        before = sentence[max(window_start, sentence.rfind("，", 0, q.start) + 1) : q.start]
        growth = q.unit == "%" and bool(_GROWTH.search(before)) and not re.search(r"比重|占比|贡献率|比例|履约率", before[-8:])
        kind_of = re.search(rf"({_MODIFIERS}){re.escape(name)}$", sentence[window_start : q.start]) if len(name) <= 2 else None
        if mid and kind_of and kind_of.group(1) not in self.metric_name[mid] + "".join(self.names_of.get(mid, [])):
            return "", Settled(kind_of.group(0))  # 其中工业投资42.6亿元: industry's investment, not all fixed-asset investment
        if mid == "project-investment" and name == "投资" and not _A_PROJECT.search(clause):
            mid, name = "", Settled(self._new_name(sentence[window_start : q.start]))  # 计划完成工业投资50亿元: not one project's
        if not mid:
            counted = _COUNTED.match(sentence, q.end) if q.unit in ("个", "家", "项") else None
            noun = counted.group(1) if counted else ""  # 8个省级以上园区: a count of parks is not a count of firms
            scored = [
                (self.words.score(m, clause, MIN_SHARE), m)
                for m in self.words.fitting(q.unit, growth if q.unit == "%" else None)
                if self._fits(q.unit, m, clause) and noun in self.metric_name[m] + "".join(self.names_of.get(m, []))
            ]
            score, best = max([x for x in scored if x[0] > 0], default=(0.0, ""))
            return (best, self.metric_name[best]) if best and score >= MIN_SCORE and not _indefinite(sentence, q) else (mid, name)
        cue = list(_GROWTH.finditer(before)) if growth else []
        shared = (
            bool(cue)
            and (  # 亩均税收、人均税收和…均增长; 税收、亩均技工贸总收入增幅均在20%以上
                bool(_SEVERAL_MEASURES.search(before[: cue[-1].start()]))
                or "、" in before[: cue[-1].start()]
                and re.match(r"\s*(?:均|都)", before[cue[-1].end() :]) is not None
            )
        )
        if rank or shared or len(name) <= 2:
            # a ranking among several; one figure for several measures (亩均税收、人均税收和…均增长); a metric
            # found by a bare word (投资) that the clause names better (完成重点项目投资)
            best, score = self.words.best(clause, q.unit, growth if q.unit == "%" else None)
            bare = not rank and not shared  # then the better name must still say the bare word
            if (
                best
                and best != mid
                and score >= self.words.score(mid, clause) + METRIC_MARGIN
                and (not bare or any(name in n for n in [self.metric_name[best], *self.names_of.get(best, [])]))
            ):
                return best, self.metric_name[best]
        return mid, name

    def _respectively(self, sentence: str, found: list[Quantity]) -> dict[int, tuple[str, str]]:
        """规上工业企业、高新技术企业分别有70家和17家: the measures listed before 分别, in order, to the figures after it."""
        out: dict[int, tuple[str, str]] = {}
        for m in [*_RESPECTIVELY.finditer(sentence), *_LISTED_BEFORE.finditer(sentence)]:
            after = [q for q in found if q.start >= m.end() and not re.search(r"[，。；：]", sentence[m.end() : q.start])]
            names = [n for n in re.split(r"[、和及与]", m.group(1)) if n]
            if len(names) != len(after):  # 数据综合应用及配套、卫星制造: 及 inside a name
                names = [n for n in m.group(1).split("、") if n]
            if len(names) < 2 or len(after) != len(names) or any(q.start in out for q in after):
                continue
            listed = {}
            for name, q in zip(names, after, strict=True):
                hit = [h for h in self.phrase_re.finditer(name)]
                mid = (
                    self._pick(self.phrases[hit[-1].group(0)], q.unit, name)
                    if hit
                    else self.words.best(name, q.unit, None, MIN_SHARE)[0]
                )
                listed[q.start] = (mid, Settled(self.metric_name[mid])) if mid else ("", Settled(name))
            if m.re is _RESPECTIVELY or all(mid for mid, _ in listed.values()):  # 北部、南部两个区块，面积分别: not measures
                out.update(listed)
        return out

    def _in_region(self, metric_id: str, before: str) -> str:
        """The same ranking's place within the region the words name: 第28位、湖南省内第一 is the Hunan place."""
        region = re.findall(r"全国|湖南|全省|省内", before)
        base = self.metric_name[metric_id].split("（")[0]
        if not region:
            return metric_id
        want = "（全国）" if region[-1] == "全国" else "（湖南）"
        return next((m for m, name in self.metric_name.items() if name == base + want), metric_id)

    def _without_names(self, text: str) -> str:
        """A clause without the names of parks and districts in it: 茶陵经开区入驻企业 is about firms, not about 经开区s."""
        for start, end, ent in reversed(self._mentions(text)):
            if (ent.park_id or ent.scope == "host" or ent.generic == "unknown") and end - start >= 3:
                text = text[:start] + "|" + text[end:]
        return text

    def _metric_by_phrase(
        self,
        sentence: str,
        window_start: int,
        q: Quantity,
        prev_metric: str,
        recent: tuple[str, ...] = (),
        told_before: str = "",
        headline: str = "",
    ) -> tuple[str, str]:
        """(metric_id, metric_zh) for a quantity: the nearest metric phrase before it in its window (a phrase
        of several metrics is the one its sentence, or the one before it, shares most wording with)."""
        for m in self.phrase_re.finditer(sentence):  # 居湖南第一: the figure is inside its own name
            if m.start() <= q.start < m.end():
                mid = self._pick(self.phrases[m.group(0)], q.unit, sentence)
                if mid:
                    return mid, m.group(0)
        raw = sentence[window_start : q.start]
        window = re.sub(
            r"的|实现了?|完成了?|能|可|将|要|[“”\"]", "", _WHEN_WORDS.sub("", raw)
        )  # 签约项目的总投资 = 签约项目总投资; 产业去年产值 = 产业产值; 新认定“专精特新”企业 = 新认定专精特新企业
        after = re.split(r"[，、。；！？]", sentence[q.end : q.end + 12])[0]
        matches, plain = list(self.phrase_re.finditer(window)), list(self.phrase_re.finditer(raw))
        if plain and (not matches or len(plain[-1].group(0)) >= len(matches[-1].group(0))):
            matches, window = plain, raw
        growth_cue = next(reversed(list(_GROWTH.finditer(window))), None)  # the last growth word before the figure
        if growth_cue and matches and matches[-1].start() >= growth_cue.end():
            growth_cue = None  # 增长的贡献率: the figure is the named share, not a growth rate
        if q.unit == "%" and growth_cue:
            clauses = re.split(r"[，、：；]", window[: growth_cue.start()])
            stem = clauses[-1]
            if len(clauses) > 1 and not _NOT_A_NOUN.sub("", PERIOD.sub("", stem)):
                stem = re.sub(r"方面$", "", clauses[-2])  # 规上工业增加值，增幅目标为25%以上: the measure named just before
            stem = _BASE_OF_CHANGE.sub("", stem)  # 工业投资较上年下降 = 工业投资下降
            cue_words = ("年均增长",) if re.search("年均|平均", growth_cue.group(0) + clauses[-1]) else ("增长", "增速")
            for size in range(len(stem), 2, -1):
                for word in cue_words:
                    ids = self.phrases.get(stem[-size:] + word)
                    mid = ids and self._pick(ids, "%", told_before + sentence)
                    if mid:
                        return mid, stem[-size:] + word
            level_matches = [m for m in matches if m.end() <= growth_cue.start() + 2]
            pool = [m for m in matches if self.metric_kind.get(self._pick(self.phrases[m.group(0)], "%", window)) == "growth"]
            if pool:
                m = pool[-1]
                return self._pick(self.phrases[m.group(0)], "%", sentence), m.group(0)
            base = ""
            if level_matches:
                m = level_matches[-1]
                levels = [i for i in self.phrases[m.group(0)] if self.metric_kind[i] != "growth"]
                base = (  # 集群规模同比增长 after 轨道交通装备…: that cluster's
                    self._pick(levels, self.metric_unit[levels[0]], told_before + sentence, recent=recent)
                    if levels
                    else self.phrases[m.group(0)][0]
                )
                name = m.group(0)
            elif prev_metric and len(_NOT_A_NOUN.sub("", PERIOD.sub("", stem))) <= 1:
                base, name = prev_metric, Settled(self.metric_name.get(prev_metric, ""))  # …，同比增长: of what was just named
            if base:
                growth = self._growth_of(base, window)
                named = (growth and self.metric_name[growth]) or name + _BASE_OF_CHANGE.sub("", growth_cue.group(0))
                return growth, Settled(named) if isinstance(name, Settled) else named
        if q.unit in ("个", "家", "项"):  # 7个省级园区: the noun after the number names it
            swapped = re.sub(r"^(项目|企业)(.+)$", r"\2\1", after)  # 26个项目开工建设 = 开工建设项目26个
            swapped += "|" + re.sub(r"^(项目|企业)(..).*", r"\2\1", after)  # 142个项目签约或发布 = 签约项目
            for m in [*self.phrase_re.finditer(after), *self.phrase_re.finditer(swapped)]:
                mid = self._pick(self.phrases[m.group(0)], q.unit, sentence, prev_metric, m.group(0), recent)
                if mid and (m.start() <= 2 or not matches):
                    return mid, Settled(m.group(0))  # 26个项目开工建设: the words right after the count name it
            if after.startswith("是"):  # 另外3个是国家级的中小企业特色产业集群: the name that ends its clause
                clause = re.split(r"[，、。；！？]", sentence[q.end + 1 : q.end + 32])[0]
                firms = clause + ("企业" if q.unit == "家" and not clause.endswith(("企业", "公司")) else "")
                for text in (clause, firms):  # 30家是国家级“小巨人”: “小巨人”企业
                    for m in self.phrase_re.finditer(text):
                        mid = m.end() == len(text) and self._pick(self.phrases[m.group(0)], q.unit, sentence)
                        if mid:
                            return mid, Settled(m.group(0))
        if q.unit.endswith("元") and re.match(r"(?:以上|左右)?的年?产值", after) and re.search(r"项目|这里|投产|达产", sentence):
            return "project-output", self.metric_name["project-output"]  # 到2023年，这里要形成30亿元以上的年产值
        bare_output = re.search(
            r"(?:计划)?(?:到|在)?\d{4}年(?:实现)?(?:年)?产值(?:要|将|可|能|有望)?(?:做到|达到|达|实现|突破|超过)?$", raw
        )
        if q.unit.endswith("元") and bare_output and "项目" in sentence[: q.start]:
            return "project-output", self.metric_name["project-output"]  # 项目总投资30亿元，计划到2023年产值做到30亿元以上
        if q.unit.endswith("元") and after.startswith("的"):  # 规模5亿元的合作基金: the noun after the amount names it
            for m in self.phrase_re.finditer(after, 1, 3 + 8):
                mid = self._pick(self.phrases[m.group(0)], q.unit, sentence, prev_metric, m.group(0), recent)
                if mid and m.start() <= 3:
                    return mid, m.group(0)
        one_project = (
            re.match(r"的[^，。；、]{0,24}?项目", sentence[q.end :])
            or re.search(r"(?:有|是)一个(?:项目)?的?(?:总投资|投资)(?:额)?(?:为|约|达)?$", sentence[window_start : q.start])
            or _NAMED_PROJECT.search(re.split(r"[。；：:]", sentence[: q.start])[-1])  # …项目1月30日开工，总投资3亿元
            or re.search(r"(?:[一二三首]期|这一期)的?(?:总)?投资(?:额)?(?:为|约|达)?$", sentence[window_start : q.start])
            or project_span(sentence, q, None)
            or re.search(
                r"(?:产业园|科技园|示范园|工程|基地)的?(?:总投资|投资)|[（(](?:总)?投资$", sentence[window_start : q.start]
            )
        )
        if matches and matches[-1].group(0) in ("总投资", "投资") and one_project:
            return "project-investment", self.metric_name["project-investment"]  # 总投资30亿元的宏工…项目: one project's
        if (
            matches
            and matches[-1].group(0) in ("总投资", "投资", "总金额", "投资总额", "投资合计", "总投资额")
            and prev_metric in _INVESTMENT_OF
            and not re.search(r"重点项目|重大项目", window)  # 全年重点项目完成的投资额: other projects'
        ):
            return _INVESTMENT_OF[prev_metric], Settled(self.metric_name[_INVESTMENT_OF[prev_metric]])
        for m in reversed(matches):
            mid = self._pick(self.phrases[m.group(0)], q.unit, told_before + sentence, prev_metric, m.group(0), recent)
            if mid:
                return mid, m.group(0)
        for mid in recent:  # 集群年产值 after 陶瓷产业集群年产值: the same metric, named short
            if vocab.unit_dimension(self.metric_unit[mid]) != vocab.unit_dimension(q.unit):
                continue
            for phrase in self.names_of[mid]:
                for size in range(len(phrase) - 1, 2, -1):
                    at = window.find(phrase[-size:])
                    other = _VERBS.sub("", PERIOD.sub("", re.split(r"[，、：；]", window[:at])[-1])) if at >= 0 else ""
                    if at >= 0 and (not other or other in phrase):  # not 航空动力产业产值 after 轨道交通产业产值
                        return mid, phrase[-size:]
        topic = self._by_topic(self._new_name(window), q.unit, sentence[: q.start], headline + told_before)
        if topic:
            return topic
        fuzzy = self._closest(window, q.unit, sentence)  # 先进制造业园区百强 ~ 先进制造百强: most of its pairs of characters
        if fuzzy and q.unit == "%" and growth_cue and self.metric_kind.get(fuzzy[0]) != "growth":
            fuzzy = None  # 规模工业总产值同比增长: a growth rate, not the share whose name shares its words
        if fuzzy and growth_cue and re.search(r"年均|平均", growth_cue.group(0)) and fuzzy[0].endswith("-growth"):
            cagr = fuzzy[0].removesuffix("-growth") + "-cagr"  # 规上工业增加值平均每年增长: the average, not a year's
            fuzzy = (cagr, self.metric_name[cagr]) if cagr in self.metric_name else fuzzy
        if fuzzy:
            return fuzzy
        return "", self._new_name(window)

    def _by_topic(self, stem: str, unit: str, near: str, far: str) -> tuple[str, str] | None:
        """产值 after 光电显示产业增势更猛, 集群产值 under a headline on the rail cluster: of the metrics whose names end
        with the words before the figure, the one whose other words its sentence, else the headline and the
        sentence before, tell most of."""
        if len(stem) < 2:
            return None
        dim, near = vocab.unit_dimension(unit), near.replace(stem, "")
        scored = sorted(
            {
                (sum(ch in near for ch in set(phrase[: -len(stem)])), sum(ch in far for ch in set(phrase[: -len(stem)])), mid)
                for phrase, ids in self.phrases.items()
                if phrase.endswith(stem) and phrase != stem
                for mid in ids
                if vocab.unit_dimension(self.metric_unit[mid]) == dim
            },
            reverse=True,
        )
        if len(scored) > 1 and scored[0][:2] > scored[1][:2] and scored[0][:2] > (0, 0):
            return scored[0][2], stem
        return None

    def _closest(self, window: str, unit: str, sentence: str) -> tuple[str, str] | None:
        tail = re.split(r"[，、：；]", window)[-1][-24:]
        have = {tail[i : i + 2] for i in range(len(tail) - 1)}
        best, best_score = None, FUZZY_MIN
        for phrase, ids in self.phrases.items():
            if len(phrase) < 4:
                continue
            pairs = {phrase[i : i + 2] for i in range(len(phrase) - 1)}
            score = len(pairs & have) / len(pairs)
            if score >= best_score:
                mid = self._pick(ids, unit, sentence)
                if mid and (score > best_score or best is None):
                    best, best_score = (mid, phrase), score
        return best

    def _new_name(self, window: str) -> str:
        """A name for a metric not in metrics.csv: the words just before the figure, without subject, period or verb."""
        text = re.split(r"[，、：:；（(）)]", window)[-1]
        text = self.entity_re.sub("", text)
        text = PERIOD.sub("", text)
        text = _STOP_TAIL.sub("", text.strip())
        text = _VERBS.sub("", text)
        text = re.sub(r"^(?:该|其|这)", "", text.strip(' “”"'))
        if re.match(r"[他她我你]们?(?!省|市|区|县|园)", text):
            return ""  # 他揣着两百元: a person's story, not a measure
        return "" if re.search(r"[与和及对向在把将已了的到从]$", text) else text

    def _entity(
        self,
        sentence: str,
        upto: int,
        metric_spans: list[tuple[int, int]],
        last: _Entity | None,
        seen: list[_Entity],
        rank: bool = False,
        carry: _Entity | None = None,
    ) -> _Entity | None:
        """The subject a figure is reported for: the first name in its clause, else in its sentence, else the
        subject carried over from the sentences before. A figure after another in the same sentence, with no
        name in its clause, is the earlier figure's (``carry``). For a rank, 全国/全省 is the field, not the subject."""
        clause_start = max(sentence.rfind(p, 0, upto) for p in "，；：") + 1
        first_in_sentence = None
        partners = [m.span(1) for m in _PARTNERS.finditer(sentence[:upto])]
        for start, end, raw in self._mentions(sentence[:upto]):
            if any(a <= start < b for a, b in partners):
                continue  # 与长沙市雨花区、浏阳市签署合作协议: the partners, not who reports
            if any(a <= start < b for a, b in metric_spans):
                continue
            if sentence[end : end + 2] in ("企业", "以外") or sentence[end : end + 1] == "所" or _PLACE_IN.match(sentence, end):
                continue  # 株洲所 is a firm; 全国第28位 is where a rank is, not who (茶陵县第三季度签约 is who)
            if re.search(r"\d+[家个]$", sentence[max(0, start - 6) : start]):
                continue  # 44家高新区: a group counted, not the park of that kind named before
            ent = self._resolve_generic(raw, seen)
            if rank and ent.scope == "other":
                continue
            if rank and not ent.park_id and sentence[end : end + 1] == "、":
                continue  # 长沙高新区、株洲高新区、衡阳高新区位列前三: the park of ours in the list
            if start >= clause_start:
                return ent
            if first_in_sentence is None or first_in_sentence.scope not in ("park", "host") and ent.scope in ("park", "host"):
                first_in_sentence = ent  # 借助毗邻长沙的优势，经开区还与…: the park the sentence is about
        return carry or first_in_sentence or last

    def _event_host(self, sents: list[str], day: tuple[str, str] | None) -> _Entity | None:
        """Who an event the article reports is of: all parks together when its report names three or more
        parks (各园区同步集中签约), the summit itself for a summit; else nobody in particular."""
        if not day:
            return None
        at = next((i for i, x in enumerate(sents) if day[1] in x), None)
        if at is None:
            return None
        told = " ".join(sents[max(0, at - 1) : at + 2])
        parks = {e.park_id for _, _, e in self._mentions(told) if e.scope == "park" and e.park_id}
        if len(parks) >= 3 or re.search(r"全市(?:各|八大|所有|[\d一二三四五六七八九十]+个)?园区|各园区", told):
            return _ALL_PARKS
        summit = re.search(r"第[一二三四五六七八九十\d]+届[^，。；]{2,16}?(?:峰会|大会|博览会|论坛)", told)
        return _Entity("", "other", summit.group(0)) if summit else None

    def _mentions(self, sentence: str) -> list[tuple[int, int, _Entity]]:
        """Names of parks, districts and cities in a sentence, in order; a park name not in parks.csv
        (长沙经开区) is kept as an unknown park rather than read as 长沙 + 经开区."""
        unknown = []
        for m in _PARK_NAME.finditer(sentence):
            name = m.group(0)
            if "技术" in name or any(name.endswith(known) and len(known) >= 4 for known in self.entities):
                continue
            if _VERB_BEFORE_PARK.match(name):
                continue  # 读懂经开区, 走进高新区: a verb and the park word, not a park's name
            before = sentence[: m.start()]
            if re.search(r"[\u4e00-\u9fff]$", before) and not _NAME_BOUNDARY.search(before) and not before.endswith(self.places):
                continue  # 立足经开区, 专访了经开区: a verb before 经开区, not a place; 株洲云龙示范区 and ，长沙经开区 are places
            unknown.append((m.end() - len(name), m.end(), _Entity("", "park", name, generic="unknown")))
        known = [
            (m.start(), m.end(), self.entities[m.group(0)])
            for m in self.entity_re.finditer(sentence)
            if not any(a <= m.start() < b or m.end() == a for a, b, _ in unknown)  # 株洲云龙示范区: one name
        ]
        counted = [(m.start(), m.end(), _ALL_PARKS) for m in _PARKS_COUNTED.finditer(sentence)]
        known = [x for x in known if not any(a <= x[0] < b for a, b, _ in counted)] + counted
        benchmark = [
            (a, b)
            for a, b, _ in known + unknown
            if _ABOVE.search(sentence[:a])
            or re.search(r"(?:对接|牵手|携手|联手|融入)$", sentence[:a])  # 向北对接长沙: a partner, not who reports
            or re.search(r"[和与同跟](?:[^，。；和与同跟]{0,16}的)?$", sentence[:a])
            and re.match(r"(?:一|相)?比(?:起来)?[，,较]", sentence[b:])
            or re.search(r"比(?:[^，。；比]{0,8}的)?$", sentence[:a])
            and re.match(r"晚|早", sentence[b:])
        ]  # 高于全市平均水平; 和株洲高新区比，我们建园晚了25年; 跟株洲高新区一比; 和1992年就跻身国家级的株洲高新区相比
        known = [x for x in known if (x[0], x[1]) not in benchmark]
        known = [
            x
            for x in known
            if not (x[2].scope == "city-parks" and re.match(r"之?中|里|平台|负责人|代表|干部|部门", sentence[x[1] :]))
        ]  # 在各园区中，株洲高新区…: among them, not their figure; 各园区平台…参会: who attended, not whose figures
        venue = [
            (a, b)
            for a, b, e in known + unknown
            if e.scope == "park" and sentence[:a].endswith("在") and _HELD.match(sentence, b)
        ]
        return sorted((x for x in known + unknown if (x[0], x[1]) not in venue), key=lambda x: x[0])  # 在经开区举行: a venue

    def _named_park(self, text: str) -> bool:
        """Whether a text names a park of ours by name (株洲经开区), not by a generic word (园区)."""
        return any(e.park_id and not e.generic for _, _, e in self._mentions(text))

    def _subject(
        self, sentence: str, metric_spans: list[tuple[int, int]], last: _Entity | None, seen: list[_Entity]
    ) -> _Entity | None:
        for start, _, raw in self._mentions(sentence):
            if not any(a <= start < b for a, b in metric_spans):
                return self._resolve_generic(raw, seen)
        return last

    def _resolve_generic(self, ent: _Entity, seen: list[_Entity]) -> _Entity:
        if not ent.generic or ent.generic == "unknown":
            return ent
        if ent.generic == "city":  # 全市 in an article about 醴陵市 is 醴陵市
            found = next((e for e in reversed(seen) if e.scope == "host" and e.name.endswith("市") or e.scope == "city"), None)
            return found if found is not None and found.scope == "host" else _Entity("", "city", ent.name)
        if ent.generic in ("区", "县"):  # 全区 in a 荷塘区 bulletin is 荷塘区; in a zone's own papers, the zone
            host = next((e for e in reversed(seen) if e.scope == "host" and e.name.endswith(ent.generic)), None)
            park = next((e for e in reversed(seen) if e.scope == "park" and e.park_id), None)
            return host or (park if ent.generic == "区" and park else _Entity("", "other", ""))
        owner = self.short_form.get(ent.name)  # 经开区 after 株洲经开区、茶陵经开区两家: the city's zone
        told = [e.park_id for e in seen if e.scope == "park"] if owner else []
        rival = told[-1] if told and self.park_kind.get(told[-1]) == ent.generic else ""
        if rival and rival != owner and told[-2:] == [owner, rival] and told.count(owner) >= told.count(rival):
            return _Entity(owner, "park", self.short[owner])
        for earlier in reversed(seen):
            if earlier.scope == "city-parks" and ent.generic == "any":
                return earlier  # 全市园区的…；园区…占全市的77.8%: the city's parks, named last
            kind = self.park_kind.get(earlier.park_id) or (
                "高新" if "高新" in earlier.name else "经开" if "经" in earlier.name else ""
            )
            if (
                earlier.scope == "park"
                and (earlier.park_id or earlier.generic == "unknown")
                and (ent.generic == "any" or kind == ent.generic)
            ):
                return earlier
        host = next((e for e in reversed(seen) if e.scope == "host" and e.park_id), None)
        if host and (ent.generic == "any" or self.park_kind.get(host.park_id) == ent.generic):
            return _Entity(host.park_id, "park", self.short[host.park_id])  # 园区 in a 荷塘区 report; 醴陵依托经开区
        alias = self.entities.get(ent.name)
        # the data set lists 高新区 and 经开区 as short forms of the Zhuzhou zones, when no other zone is named
        pid = self.short_form.get(ent.name)
        if pid:
            return _Entity(pid, "park", self.short[pid])
        return alias if alias and not alias.generic else ent

    def extract(self, text: str, published: date, page: bool = False) -> list[Candidate]:
        """Candidates of an article; ``page``: the text comes from a saved web page, whose short lines
        without a full stop (menus, related-news links) are not the article unless they repeat it."""
        extra = self._sub_parks(text)
        if extra:  # a copy that knows this article's sub-parks; the shared extractor is left as it is
            reader = copy.copy(self)
            reader._know({**self.entities, **extra})
            return reader._extract(text, published, page)
        return self._extract(text, published, page)

    def _sub_parks(self, text: str) -> dict[str, _Entity]:
        """Parks inside a park the article places (湖南北斗产业园位于株洲经济开发区): their figures are the park's."""
        out = {}
        placed = [(m.group(1), m.group(2)) for m in _LIES_IN.finditer(text)]
        for m in _WITHIN.finditer(text):  # 株洲经开区是它的主阵地，区内的湖南北斗产业园: the park named before it
            placed.append((m.group(1), text[text.rfind("。", 0, m.start()) + 1 : m.start()]))
        for name, where in placed:
            host = next((e for _, _, e in reversed(self._mentions(where)) if e.park_id and e.scope == "park"), None)
            if host and name not in self.entities:
                out[name] = _Entity(host.park_id, "park", f"{name}（{self.short[host.park_id]}）")
                if name.startswith(("湖南", "株洲")) and len(name) > 5:
                    out[name[2:]] = out[name]  # 北斗产业园, told short later
        return out

    def _extract(self, text: str, published: date, page: bool) -> list[Candidate]:
        art = _Article.of(sentences(text), published, self)
        out: list[Candidate] = []
        for index, sent in enumerate(art.sentences):
            told = _TOLD_FIRST.match(sent.text)
            if not told:
                out.extend(self._read_sentence(art, index, sent))
                continue
            # 16亿元——这是园区去年电子信息产业创造的总产值: read as …总产值为16亿元, found by the words as written
            head = told.group("head") or ""
            swapped = Sentence(f"{head}{told.group('what')}为{told.group('fig')}{told.group('rest')}", sent.paragraph)
            art.sentences[index] = swapped
            found = self._read_sentence(art, index, swapped)
            art.sentences[index] = sent
            at = sent.text[len(head) :][:LOCATOR_MAX]
            out.extend(c if c.locator in sent.text else replace(c, locator=at) for c in found)
        return _without_headline_repeats(out, art.sentences, page)

    def _read_sentence(self, art: _Article, index: int, sent: Sentence) -> list[Candidate]:
        """The figures of one sentence, in order; what the sentence tells (periods, names, a list's
        head, the year reported on) is kept in ``art`` for the sentences after it."""
        s = _DATELINE.sub(lambda m: " " * len(m.group(0)), sent.text)  # 株洲日报讯: the outlet, not a subject
        for outlet in _OUTLET.finditer(s):  # 荷塘发布: a district's own account; 我区 after it is that district
            art.seen.extend(e for _, _, e in self._mentions(outlet.group(0)) if e.scope == "host")
        s = _OUTLET.sub(lambda m: " " * len(m.group(0)), s)  # 新湖南：(an interview's question) is not 湖南省
        here = _Sentence(index, sent, s, period_at(s, art.published, art.named_year))
        found = quantities(s)
        if index and re.match(r"\s*(?:[^，。；它]{0,16}[，,])?(?:它|该区|该园区)", s):  # …——株洲高新区。它给自己定下的目标是
            named = [e for _, _, e in self._mentions(art.sentences[index - 1].text) if e.scope == "park" and e.park_id]
            if named:
                art.last_entity = named[-1]
        if not found and _PLEDGE.search(s):  # 今年，经开区在三个方面立下了“军令状”：the figures after it are targets
            years = NAMED_YEAR.findall(s)
            art.plan_year = int(years[-1]) if years else art.published.year
        if not found and len(s.strip()) <= 30:  # a heading: 二、2025年工作安排 opens the plan, 一、工作回顾 the record
            if _PLAN_HEADING.search(s):
                years = NAMED_YEAR.findall(s)
                art.plan_year = int(years[-1]) if years else art.published.year
            elif _SECTION.match(s) or _RECORD_HEADING.search(s):
                art.plan_year = None
        if _LIST_ITEM.match(s) and art.list_head:
            here.inherited = art.list_head  # ——卫星制造板块，产值20亿元 under 力争到2025年：
        elif not found and len(s.strip()) <= 30 and (here.periods or art.list_head and _LIST_ITEM.match(s) is None):
            # a heading over a list: ◆ 株洲高新区（到2025年） / 力争—— / ● 地区生产总值达到1000亿元
            period = here.periods[-1][1:] if here.periods else art.list_head[0]
            art.list_head = (period, (art.list_head[1] if art.list_head and not here.periods else "") + s)
        else:
            if found and not here.periods and art.list_head and art.list_head[0][2]:
                here.inherited = art.list_head  # ◆ 茶陵经开区（今后五年） / 力争电子信息产业产值达到100亿元
            art.list_head = (here.periods[-1][1:], s) if here.periods and s.rstrip().endswith(("：", ":")) else None
        art.release_month = next(
            (
                p
                for at, p, t, _ in reversed(here.periods)
                if re.fullmatch(r"@\d{4}-\d{2}", p) and (_RELEASED.match(s, at + len(t)) or _A_LIST_OUT.match(s, at + len(t)))
            ),
            art.release_month,
        )  # 今年4月出炉的名单; 今年4月，一家研究机构推出一份…排行
        art.last_month = next(
            (
                p
                for at, p, t, _ in reversed(here.periods)
                if re.fullmatch(r"@\d{4}-\d{2}", p)
                and not NOW.fullmatch(t)
                and not re.search(r"数据[^，。；]{0,6}$", s[:at])  # 数据截止到2023年12月31日: a list's data, not a time told
            ),
            art.last_month,
        )
        opening = here.periods[0] if here.periods and not found else None
        if (
            opening
            and index
            and re.fullmatch(r"\s*(?:[^，。；]*(?:获悉|了解到|介绍|消息)，)?", s[: opening[0]])  # 记者从市工信部门获悉，1-5月，…
            and re.match(r"[，,]", s[opening[0] + len(opening[2]) :])
            and re.fullmatch(r"\d{4}(?:Q[1-4]|H[12]|YTD\d{2})", months := resolve(opening[1], art.year_in_force))
        ):  # 1-5月，株洲园区工业继续唱主角。全市园区的…增长11.6%: the months of the paragraph's figures
            art.last_period = (months, opening[2], opening[3], sent.paragraph, "opening")
        if not found:  # 2023年是…之年: a year named without figures is the year the article reports on
            years = [
                int(p[:4])
                for _, p, t, horizon in here.periods
                if p[:4].isdigit() and not horizon and not (index == 0 and "去年" in t)  # a headline's 延续去年好势头
            ]
            years = [y for y in years if 0 <= art.published.year - y <= 2]
            art.year_in_force = years[-1] if years else art.year_in_force
        if index and art.sentences[index - 1].paragraph != sent.paragraph:
            art.seen = [e for e in art.seen if e.scope != "city-parks"]  # 全市园区 stands for 园区 in its paragraph only
        mentions = self._mentions(s)
        here.name_spans = [(a, b) for a, b, _ in mentions]
        for _, _, raw in mentions:
            ent = self._resolve_generic(raw, art.seen)
            if (
                (ent.park_id or ent.generic == "unknown")
                and ent.scope in ("park", "host")
                or ent.scope == "city"
                and not raw.generic
                or ent.scope == "city-parks"
            ):
                art.seen.append(ent)  # 株洲 too: 全市 after it is the city, not the county-level city named before
        approvals = list(_APPROVAL.finditer(s))
        if approvals:  # 2021年4月，省里批复园区升格为省级高新区: for 获批时 / 升格那年 after it
            m = approvals[-1]
            art.approval = (f"@{m.group(1)}" + (f"-{int(m.group(2)):02d}" if m.group(2) else ""), m.group(0))
        elif month := _APPROVAL_MONTH.search(s):  # 4月，炎陵工业集中区获批: this year's April (last year's if not come yet)
            told = int(month.group(2))
            year = {"去年": art.published.year - 1, "今年": art.published.year}.get(month.group(1) or "")
            year = year or year_of_month(told, art.published)
            if 1 <= told <= 12:
                art.approval = (f"@{year}-{told:02d}", month.group(0))
        venue = _MAIN_VENUE.search(s)
        at_venue = [e for a, _, e in mentions if venue and a == venue.end()]
        at_venue += [
            e for _, b, e in mentions if re.match(r"(?:承办了?)?主会场", s[b:])
        ]  # 在株洲高新区主会场举行; 高新区承办了主会场
        if at_venue and at_venue[0].scope in ("park", "host"):
            art.main_venue = self._resolve_generic(at_venue[0], art.seen)
        here.metric_spans = [(m.start(), m.end()) for m in self.phrase_re.finditer(s)]
        art.named_year = last_year_named(s, art.published) or art.named_year
        respectively = self._respectively(s, found)
        out = []
        for qi, q in enumerate(found):
            next_start = found[qi + 1].start if qi + 1 < len(found) else None
            figure = self._figure(art, here, q, next_start, respectively)
            if figure is not None:
                out.append(figure)
        lists = [
            self.phrases[s[a:b]][0]
            for a, b in here.metric_spans
            if a >= here.prev_end and self.metric_unit[self.phrases[s[a:b]][0]] in ("名", "位")
        ]
        if lists:  # 某研究机构推出的“专精特新”百强高新区榜单: the ranking the places after it are in
            art.last_rank = lists[-1]
        if "主会场" in s and not mentions and art.main_venue:
            art.last_entity = art.main_venue  # 主会场的项目…；2023年它的产值: the project of the main venue's park
        if mentions:
            art.last_entity = self._subject(s, here.metric_spans, art.last_entity, art.seen)
            if here.fig_entity is not None and (
                here.fig_entity.scope == "host" or here.fig_entity.generic == "unknown" or out and out[-1].park_id
            ):
                art.last_entity = here.fig_entity  # 全县新签约…；全年完成…: the district the last figure was for goes on
        return out

    def _figure(
        self, art: _Article, here: _Sentence, q: Quantity, next_start: int | None, respectively: dict[int, tuple[str, str]]
    ) -> Candidate | None:
        """One quantity as a candidate figure (None when it is not one: a group counted, an indefinite
        一家, a change against a base, a slogan), and the sentence's running state moved past it."""
        s = here.text
        metric_id, metric_zh, base = self._figure_metric(art, here, q, next_start, respectively)
        if self._a_group(here, q, next_start):
            return None
        rank = q.unit in ("名", "位")
        entity = self._figure_entity(art, here, q, metric_id, rank)
        if rank and not metric_id and art.last_rank:  # 再次进入全省前三: the ranking the article is about
            metric_id, metric_zh = art.last_rank, self.metric_name[art.last_rank]
        if rank and metric_id:
            metric_id = self._in_region(metric_id, s[max(here.prev_end, q.start - 24) : q.start])
            metric_zh = self.metric_name[metric_id]
            art.last_rank = metric_id
        metric_id, metric_zh, a_figure = self._model_metric(here, q, next_start, metric_id, metric_zh, base is not None)
        when = self._stated_period(art, here, q)
        kind = self._kind(art, here, q, when)
        period, period_text, kind = self._settle_period(art, here, q, metric_id, metric_zh, when, kind)
        learnt = self._when_context(art, here, q)
        if learnt:  # the when-model's kind and period where it is sure, after the rules settled theirs
            kind = self._model_kind(art, here, q, learnt, kind, period, period_text)
            period, period_text = self._model_period(art, here, q, when, learnt, (period, period_text), kind)
        if base:
            period, period_text, kind = base.group(1), base.group(0), "actual"
        value = (
            -q.value
            if q.unit == "%" and re.search(r"(?:下降|减少|回落|下滑|缩水|(?<![至最])少|减|降)了?$", s[here.prev_end : q.start])
            else q.value
        )
        figure = None
        if a_figure:
            ent = entity or _Entity("", "other", "")
            if metric_id in _PARKS_IN_CITY and ent.scope == "park" and not self._named_park(_clause_before(s, here.prev_end, q)):
                ent = _ALL_PARKS  # 园区规上工业增加值在全市的占比: all parks', not the one before
            if metric_id.startswith("parks-") and ent.scope == "park":
                ent = _Entity("", "city", "株洲市")  # 株洲高新区是唯一的国家级高新区: a count of parks is the city's
            zone = self.short_form.get("高新区", "")
            unplaced = not ent.park_id and (ent.scope == "city" or ent.scope == "other" and not ent.name)
            if zone and unplaced and "高新区" in self.metric_name.get(metric_id, ""):
                ent = _Entity(zone, "park", self.short[zone])  # 株洲排全国第28位 in a ranking of high-tech zones: its zone
            figure = Candidate(
                park_id=ent.park_id,
                scope=ent.scope,
                entity_reported=ent.name,
                metric_id=metric_id,
                metric_zh=metric_zh if not metric_id else self.metric_name[metric_id],
                period=period,
                period_text=period_text,
                kind=kind,
                value=value,
                value_max=q.value_max,
                qualifier=q.qualifier,
                aspiration=aspiration((here.inherited[1] if here.inherited else "") + s[: q.start]) if kind == "target" else "",
                unit=q.unit,
                locator=_locator(s, here.prev_end, q, metric_zh, here.name_spans),
                sentence=here.index,
            )
        if figure is not None:
            art.last_figure = (here.index, period, period_text, when.horizon)
        here.prev_end, here.prev_metric, here.prev_name = q.end, metric_id or here.prev_metric, metric_zh
        here.prev_kind = kind if figure is not None else here.prev_kind  # 178家参评: not a figure, its kind does not go on
        here.prev_unit = q.unit
        here.fig_entity = entity
        if metric_id:
            art.recent = [metric_id, *[r for r in art.recent if r != metric_id]][:3]
        if (
            not period.startswith("@")
            and period != "open"
            and period_text != "（报道当年）"
            and not IS_DAY.fullmatch(period)
            and not rank  # a ranking's list year is not the period of the figures after it
        ):
            art.last_period = (period, period_text, when.horizon, here.sent.paragraph, kind)
        return figure

    def _when_context(self, art: _Article, here: _Sentence, q: Quantity) -> str:
        """What the when-model reads around a figure ("" without the model)."""
        if not self.when:
            return ""
        before = art.sentences[here.index - 1].text if here.index else ""
        return learned.when_context(here.text, q.start, q.end, q.unit, before, art.published)

    def _model_kind(
        self, art: _Article, here: _Sentence, q: Quantity, learnt: str, kind: str, period: str, period_text: str
    ) -> str:
        """The when-model's kind where it is sure; but a target the words call one (未来五年…达到, 力争) or
        with a horizon stays a target (the model reads 力争…陶瓷产业集群总产值突破 as the cluster's actuals),
        and an actual of a year gone by that the words name (去年引进…18个) stays an actual."""
        chosen = self.when.kind(learnt, kind)
        if kind == "target" and chosen == "actual":
            said = is_target(here.text[here.prev_end : q.start], art.year_in_force < art.published.year)
            if said or period == "open" or period.startswith("by"):
                return kind
        if kind == "actual" and chosen == "target" and not _assumed(period_text):
            gone = re.fullmatch(r"@?(\d{4})(?:-\d{2}|Q[1-4]|H[12]|YTD\d{2})?", period)
            if gone and int(gone.group(1)) < art.published.year:
                return kind
        return chosen

    def _model_period(
        self, art: _Article, here: _Sentence, q: Quantity, when: _When, learnt: str, told: tuple[str, str], kind: str
    ) -> tuple[str, str]:
        """(period, period_text) after the when-model: its period where it is sure of another and the rules
        had no words for one (（发布时）, 未写年份 …) or carried it from an earlier sentence; never a
        ranking's (dated by its list), the months a paragraph opens on, or a year's amount dated before an
        as-of date (当时…年创产值: the year before 当时)."""
        period, period_text = told
        carried = when.carried and not here.inherited
        if not (_assumed(period_text) or carried) or q.unit in ("名", "位") or period_text.startswith(_A_YEARS_AMOUNT):
            return told
        chosen = self.when.period(learnt, kind, period, art.published)
        if chosen == period:
            return told
        return chosen, LEARNT_PERIOD if _assumed(period_text) else f"{period_text}{LEARNT_PERIOD}"

    def _model_metric(
        self, here: _Sentence, q: Quantity, next_start: int | None, metric_id: str, metric_zh: str, base: bool
    ) -> tuple[str, str, bool]:
        """(metric_id, metric_zh, whether it is a figure) after the metric model: it names the measure where
        the rules could only propose a new one, named another, or found no words at all, when sure enough
        (``learned.SURE`` < ``RESCUE`` < ``OVERRULE``); never what the rules settled on (``Settled``, a base
        of comparison, a count's noun right after it: 另有192家创新型中小企业)."""
        unnamed = not metric_id and len(metric_zh) < 2
        a_figure = not unnamed and not self._not_a_figure(here, q, metric_id)
        after = self.phrase_re.match(here.text, q.end) if q.unit in ("个", "家", "项") else None
        counted = after is not None and metric_id in self.phrases[after.group(0)]
        told = [m.group(0) for m in self.phrase_re.finditer(here.text, here.prev_end, q.start)] if q.unit in ("名", "位") else []
        named = bool(told) and metric_id in self.phrases[told[-1]]  # 知识产权…第22位，园区总排名则为第28位: named in its clause
        if not self.model or base or counted or named or isinstance(metric_zh, Settled) or not (a_figure or unnamed):
            return metric_id, metric_zh, a_figure
        clause = self._without_names(_clause(here.text, here.prev_end, q, next_start))
        ctx = learned.context(here.text, q.start, q.end, q.unit)
        guess = self.model.guess(ctx, q.unit, lambda m: self._fits(q.unit, m, clause))
        sure = learned.RESCUE if unnamed else learned.OVERRULE if metric_id else learned.SURE
        if not guess or guess.metric_id == metric_id or guess.probability < sure:
            return metric_id, metric_zh, a_figure
        if unnamed:  # a quantity the rules found no name for (攸州工业园有510.06公顷): a figure unless a count's description
            a_figure = not self._not_a_figure(here, q, "")
        return guess.metric_id, self.metric_name[guess.metric_id], a_figure

    def _figure_metric(
        self, art: _Article, here: _Sentence, q: Quantity, next_start: int | None, respectively: dict[int, tuple[str, str]]
    ) -> tuple[str, str, re.Match[str] | None]:
        """(metric_id, metric_zh, the base of a comparison it is) of a quantity, in the context of the
        figures told before it: a part after 其中, the growth or the list of the measure just named, a
        ranking not in metrics.csv named by the field it is among."""
        s, between = here.text, here.text[here.prev_end : q.start]
        told_before = art.sentences[here.index - 1].text if here.index else ""
        same_paragraph = bool(here.index) and art.sentences[here.index - 1].paragraph == here.sent.paragraph
        prev_metric = here.prev_metric or (art.recent[0] if same_paragraph and art.recent and told_before.endswith("；") else "")
        headline = art.sentences[0].text if here.index > 1 else ""  # 轨道交通装备集群…: what "集群产值" is of
        metric_id, metric_zh = self._metric(
            s, here.prev_end, q, prev_metric, tuple(art.recent), next_start, told_before, headline
        )
        metric_id, metric_zh = respectively.get(q.start, (metric_id, metric_zh))
        if (
            metric_id
            and metric_id == (prev_metric or (art.recent[0] if art.recent else ""))
            and _OF_THESE.search(between)
            and not self._mentions(between)
            and metric_id not in _PROJECT_ATTRIBUTES
            and self.metric_kind.get(metric_id) != "growth"
        ):
            metric_id, metric_zh = "", Settled(self._new_name(between))  # 其中，日用陶瓷产值约320亿元: a part, not the whole
        if not metric_id and not metric_zh and q.unit == "%" and here.prev_name:
            if _GROWTH.fullmatch(_GROWTH_ONLY.sub("", between) or "增长"):
                metric_zh = here.prev_name + "增长"  # 规模工业总产值60.5亿元，同比增长6.3%: the growth of what was just named
                metric_id = self._pick(self.phrases.get(metric_zh, []), "%", s)  # 进出口总额…，增长20.5%: a metric by that name
                metric_zh = Settled(metric_zh)
        if not metric_id and not metric_zh and here.prev_name and here.prev_unit == q.unit:
            if not _NO_NEW_WORDS.sub("", self.entity_re.sub("", PERIOD.sub("", between))):
                metric_zh = here.prev_name  # 面积分别为510.06公顷、329.95公顷; 去年完成投资68亿元，今年计划完成80亿元
        if not metric_id and metric_zh and q.unit == "%" and _GROWTH.search(s[max(here.prev_end, q.start - 6) : q.start]):
            if not re.search(r"增长|增速|增幅|下降|提高|比重|占比", metric_zh):
                metric_zh += "增长"  # 规模工业总产值同比增长10.2%: a new metric's growth, named as such
        base = _BASE_FIGURE.search(between) if here.prev_metric and not metric_id else None
        if base and vocab.unit_dimension(self.metric_unit[here.prev_metric]) == vocab.unit_dimension(q.unit):
            metric_id, metric_zh = here.prev_metric, self.metric_name[here.prev_metric]  # 比2022年的1507亿元增长: that year's
        else:
            base = None
        placed = _PLACED.search(s, here.prev_end, q.end) if q.unit in ("名", "位") and not metric_id else None
        if placed:  # 增速居全市园区第三: a ranking not in metrics.csv, named by what and among whom
            among = re.search(r"在([^，。；]{2,16}?)[中里内]$", s[: placed.end(1)])  # 在全省130家园区中位列第18位
            what = _VERBS.sub("", self.entity_re.sub("", PERIOD.sub("", re.split(r"[，、：]", placed.group(1))[-1])))
            what = re.sub(r"\d+[家个]", "", among.group(1)) if among else what
            metric_zh = Settled(what + placed.group(2) + "排名")
        if not metric_id and q.unit in ("个", "项") and re.match(r"(?:重大|重点|产业)?项目", s[q.end :]):
            told = s + (told_before if same_paragraph else "")  # 全市首批重大项目同日开工。这一批共147个项目
            event = _EVENT_COUNT.get(frozenset(_event_kinds(told) - {"meeting"}), "")
            if event:
                metric_id, metric_zh = event, self.metric_name[event]
        return metric_id, metric_zh, base

    def _a_group(self, here: _Sentence, q: Quantity, next_start: int | None) -> bool:
        """Whether a count is of the parks or firms the next figures are for (参评的44家高新区共实现…) or of
        the parks just named (…等4个园区), not a figure; the sentence's state moves past it."""
        s = here.text
        if q.unit == "个" and s[q.start - 1 : q.start] == "等" and s.startswith("园区", q.end):
            here.prev_end = q.end
            return True
        if q.unit == "个" and s[q.start - 2 : q.start] == "全市" and s.startswith("园区", q.end) and next_start is not None:
            here.fig_entity, here.prev_end = _ALL_PARKS, q.end  # 全市8个园区在同一天集中签约，签约项目共计89个: theirs
            return True
        group = _GROUP.match(s, q.end) if q.unit in ("家", "个") and next_start is not None else None
        if group:
            all_ours = group.group(1) == "园区" and q.value <= len(self.short)  # 8个园区合计: the city's parks together
            here.fig_entity = _Entity("", "city-parks" if all_ours else "other", q.text + group.group(1), generic="group")
            here.prev_end = q.end
        return group is not None

    def _not_a_figure(self, here: _Sentence, q: Quantity, metric_id: str) -> bool:
        """A count used as description (三大主导产业), a change against a base (较2023年底增加40家), a bare
        magnitude with no measure named (迈过千亿门槛), an indefinite 一家; a definition, a list's size, the
        parks or places an event happened in, a milestone told just before its exact figure."""
        s = here.text
        milestone = bool(re.fullmatch(r"[^\d]*(?:万亿|千亿|百亿)元?", q.text))
        return (
            not metric_id
            and (
                q.unit in ("个", "家", "项")
                and not re.match(r"\d", q.text)
                or q.unit != "%"
                and bool(_CHANGE.search(_clause_before(s, here.prev_end, q)))
                or q.text.startswith(("万亿", "千亿", "百亿"))
            )
            or _indefinite(s, q)
            or q.unit in ("个", "家")
            and bool(re.search(r"参评的?$|参加评[价比选]的?$|评估的?(?:全省|全国)?$", s[: q.start]))  # 在参评的178家国家高新区中
            or q.unit in ("个", "家", "项")
            and bool(
                re.match(r"是[^，。；\d]{0,14}(?:产业|行业|领域)(?!集群)", s[q.end :])
            )  # 3个是具有全球影响力的优势产业: what they are
            or bool(re.search(r"门槛(?:是|为)|(?:以上|规上)工业(?:企业)?(?:是)?指", _clause_before(s, here.prev_end, q)))
            # 规上工业的门槛是年主营业务收入2000万元: a definition, not a figure
            or milestone
            and bool(re.match(r"[^。；]{0,10}?[\d.]+亿元", s[q.end :]))  # 迈过百亿关口，录得102.36亿元: the figure told next
            or milestone
            and bool(re.match(r"的[^，。；]{0,2}(?:县|市|园区|城市|企业|产业)", s[q.end :]))  # 谁会成为又一个GDP过千亿的县市
            or q.unit == "个"
            and bool(re.match(r"(?:高新区|经开区|开发区|园区)(?:同一|同日|同时|同步|在各自)", s[q.end :]))
            and not re.search(r"\d", s[q.end :])  # 全市8个园区同一时间拉开签约大幕: who, when no figure follows
            or q.unit == "个"
            and s.startswith(("县市区", "县（市、区）", "县区"), q.end)  # 全市十个县市区同步设点: where, not a figure
            or q.unit in ("个", "家", "项")
            and not re.match(r"\d", q.text)
            and bool(re.search(r"[^，。；、\d]{1,8}、[^，。；、\d]{1,8}$", s[: q.start]))  # 长沙、株洲、衡阳三家: the list's size
            or q.unit in ("个", "家")
            and bool(re.search(r"在(?:全国|全省|全市)?(?:的)?$", s[: q.start]))
            and bool(_AMONG.match(s[q.end :]))
            # 在178家国家高新区里位居第35名: the field a place is among
            or q.unit in ("个", "家", "项")
            and s[q.start - 1 : q.start] == "含"
            and bool(re.match(r"[^，。；\d]{1,6}的", s[q.end :]))  # 一份含39个城市的名单: the list's size, told in passing
        )

    def _figure_entity(self, art: _Article, here: _Sentence, q: Quantity, metric_id: str, rank: bool) -> _Entity | None:
        """Who a figure is for: its clause's name, the figure before it in the sentence (a district, a
        group), the city for 全市唯一, the event's host for 此次…, else the subject carried over."""
        s, before = here.text, here.fig_entity
        carried = before is not None and (
            before.scope in ("host", "city-parks", "city") or before.generic in ("unknown", "group")
        )
        entity = self._entity(
            s, q.start, here.metric_spans, art.last_entity, art.seen, rank, before if carried and not rank else None
        )
        won_by = _WON_BY.match(s, q.end) or (rank and _WINNER_IS.match(s, q.end))  # 获得亚军的是株洲高新区
        named = [e for _, _, e in self._mentions(won_by.group(1) or won_by.group(2) or "")] if won_by else []
        if named:  # 亚军由高新区摘得: the one named as the winner
            entity = self._resolve_generic(named[-1], art.seen)
        group = _GROUP_OF_PARKS.search(s[max(s.rfind(p, 0, q.start) for p in "；：。") + 1 : q.start])
        if group and not rank:  # 参评的44家高新区技工贸总收入加起来是…: theirs together, not one park's
            entity = _Entity("", "other", group.group(0))
        if q.text.startswith("唯一") and s[max(0, q.start - 2) : q.start] in _CITY:  # 全市唯一的国家级高新区
            entity = _Entity("", "city", _CITY[s[q.start - 2 : q.start]])
        if art.main_venue and "主会场" in s[: q.start] and not self._mentions(s[: q.start]):
            entity = art.main_venue  # 主会场的项目名叫…，投资总额30亿元, after 主会场放在株洲高新区
        sited = _SITED.match(s, q.end)
        at_site = [e for a, _, e in self._mentions(s) if sited and a == sited.end()]
        if sited and at_site and not self._mentions(s[: q.start]):  # 项目总投资达30亿元，选址株洲高新区: where it is
            entity = self._resolve_generic(at_site[0], art.seen)
        if metric_id in EVENT_METRICS and art.event_host and THIS_EVENT.search(s[: q.start]):
            clause_from = max(s.rfind(p, 0, q.start) for p in "，；：") + 1
            if not any(start >= clause_from for start, _, _ in self._mentions(s[: q.start])):
                entity = art.event_host  # 此次集中签约产业项目89个: the event's, all parks together
        return entity

    def _stated_period(self, art: _Article, here: _Sentence, q: Quantity) -> _When:
        """The period the words give a figure: the last expression before it in its sentence, else the
        head of the list it stands in, else the paragraph's (a horizon holds in its paragraph, an actual's
        year is not a target's), else 当时 = the month named before."""
        s = here.text
        stated = [p for p in here.periods if p[0] < q.start]
        when = _When(stated=bool(stated))
        if stated:
            for _, earlier, _, _ in stated:  # 去年全年: 全年 is the year 去年 names
                if earlier[:4].isdigit():
                    art.year_in_force = int(earlier[:4])
            last = stated[-1]
            before = stated[-2] if len(stated) > 1 else None
            past = (
                before
                and re.fullmatch(r"@?(\d{4})(?:-\d{2})?", before[1])
                and int(before[1].lstrip("@")[:4]) < art.published.year
            )
            up_to = before and (re.match(r"到|截至|截止", before[2]) or re.search(r"(?:到|截至|截止)$", s[: before[0]]))
            if before and NOW.fullmatch(last[2]) and (up_to or past and last[2] == "已有"):  # 到今年2月…已有345家
                last = before  # 到2019年5月，入园企业已有115家; 2023年…园区已有: as of the time named, not of the report
            _, period, when.text, when.horizon = last
            when.period = resolve(period, art.year_in_force)
            if period == "?0" and when.text in ("年末", "年底"):  # 年末全县共有规上企业186家 in a bulletin on 2023: as of its end
                when.period = f"@{art.year_in_force}-12"
        elif here.inherited:
            period, when.text, when.horizon = here.inherited[0]
            when.period, when.carried = resolve(period, art.year_in_force), True
        elif (
            art.last_figure
            and art.last_figure[0] == here.index - 1
            and art.sentences[here.index - 1].text.rstrip().endswith("；")
            and re.fullmatch(r"@\d{4}-\d{2}", art.last_figure[1])
            and not STOCK_NOW.search(s[: q.start])
        ):  # 当月…产值已过6000亿元；园区方面，技工贸收入跨过了5000亿元: one sentence, one month
            when.period, when.text, when.horizon = art.last_figure[1:]
        elif (
            art.last_period
            and (
                art.last_period[2]
                or not TARGET.search(s[: q.start])
                or art.last_period[4] == "target"
                and (
                    art.last_period[3] == here.sent.paragraph
                    or art.last_period[0] == str(art.published.year)
                    and here.sent.paragraph - art.last_period[3] == 1
                    and not re.search(r"下一步|今后|将来|长远|远期", s[: q.start])
                )  # 今年…要实现…。（next paragraph）园区计划新增规模工业企业7家以上: this year's too
            )  # 全年要引进…；增长目标同样定在20%以上: the year of the targets before it
            and (not art.last_period[2] or art.last_period[3] == here.sent.paragraph and not STOCK_NOW.search(s[: q.start]))
            and (art.last_period[4] != "opening" or art.last_period[3] == here.sent.paragraph)
            and not (  # nor a year still to come into another paragraph (预计2023年…。醴陵分会场…年创产值约740亿元)
                art.last_period[3] != here.sent.paragraph
                and re.fullmatch(r"(?:by)?\d{4}", art.last_period[0])
                and int(art.last_period[0][-4:]) > art.published.year
            )
        ):  # but a horizon does not carry over a stock told as it is (当时的家底是：全市拥有陶瓷企业757家)
            when.period, when.text, when.horizon = art.last_period[:3]
            when.carried = True
        then = THEN.search(s[: q.start])
        if not stated and art.last_month and then:
            when.period, when.text, when.horizon, when.carried = art.last_month, then.group(0), False, False
        told = art.sentences[here.index - 1] if here.index and then and all(NOW.fullmatch(x[2]) for x in stated) else None
        if told and told.paragraph == here.sent.paragraph and not quantities(told.text):  # a sentence of no figures:
            opening = re.match(r"\s*((?:19|20)\d{2})年[，,]", told.text)  # 2023年，一个商会来考察。据园区当时介绍，…16家
            months = re.findall(r"((?:19|20)\d{2})年(\d{1,2})月(?!\d{1,2}日)", told.text)  # 2021年4月获批。获批那阵子，…
            if months and 1 <= int(months[-1][1]) <= 12:
                when.period, when.text = f"@{months[-1][0]}-{int(months[-1][1]):02d}", then.group(0)
                when.horizon = when.carried = False
            elif opening:
                when.period, when.text, when.horizon, when.carried = "@" + opening.group(1), then.group(0), False, False
        released = _WHEN_RELEASED.search(s[: q.start])
        only_now = all(NOW.fullmatch(text) for _, _, text, _ in stated)  # 榜单发布的时候，…已有146家: 已有 is then
        put_out = _PUT_OUT_IN.search(s[: q.start]) if only_now else None
        if put_out:  # 9月份发布的一份解读材料说，…已突破5000亿元: as of the month it came out
            month = int(put_out.group(1))
            when.period, when.text = f"@{year_of_month(month, art.published)}-{month:02d}", put_out.group(0)
            when.horizon = when.carried = False
        if only_now and art.release_month and released:  # 名单公布时, after 今年4月出炉的名单: that month
            when.period, when.text, when.horizon, when.carried = art.release_month, released.group(0), False, False
        return when

    def _kind(self, art: _Article, here: _Sentence, q: Quantity, when: _When) -> str:
        """Actual, target or forecast, from the words before a figure (or the figure before it in the sentence)."""
        s = here.text
        head = s[: q.start] if not here.prev_end else s[here.prev_end : q.start]
        done = DONE.search(clause := _clause_before(s, here.prev_end, q))
        if done and not re.search(r"要|须|力争|确保|争取", clause[done.end() :]):  # 已签约项目的履约率要达到: a goal
            head = "已"  # 已完成年度计划工程量的30%: done, whatever plan the measure names
        over = when.stated and re.fullmatch(r"\d{4}(?:Q[1-4]|H[12]|YTD\d{2})", when.period or "")
        over = over and not ends_after(when.period, art.published)  # 上半年做到了113亿元, told in September
        if art.plan_year and not over and not re.search(r"已|去年|上年|截至|眼下|目前|如今|现有", s[: q.start]):
            return "target"  # 亿元以上项目引进20个以上 under 2025年工作安排
        if (
            art.plan_article
            and re.search(r"至少|不少于|不低于|底线|要求|定在", clause)
            and not re.search(r"已|去年|上年", clause)
        ):
            return "target"  # a work meeting's 会上明确，北斗方向至少签下20个重点产业项目
        running = WHEN_RUNNING.search(head)
        if running:  # 全部达产后年销售额可达: what the project is to bring, no year
            year = re.search(r"((?:19|20)\d{2})年底?$", head[: running.start()])
            if year:  # 计划2023年建成后实现产值30亿元: that year's
                when.period, when.text, when.horizon = year.group(1), year.group(0) + running.group(0), True
            elif not any(
                at > here.prev_end + running.start() for at, *_ in here.periods if at < q.start
            ):  # 投产后，按计划2023年产值: 2023
                when.period, when.text, when.horizon = "open", running.group(0), True
            return "target"
        if re.match(r"[^，。；\d]{0,4}(?:这一|这个|的)(?:远期|长远|中长期)?目标", s[q.end :]):
            return "target"  # 让技工贸收入过1000亿元这一远期目标: the goal is named after the figure
        planned = is_target(head, art.year_in_force < art.published.year) and not re.search(r"预计|预估|估计", head)
        if FORECAST.search(head) and not planned:  # but 按计划，到2023年它的产值可达30亿元: a target
            return "forecast"
        if is_target(head, art.year_in_force < art.published.year) or when.horizon:
            return "target"
        if ACTUAL.search(head) or not here.prev_kind:
            return "actual" if not (here.prev_kind and not ACTUAL.search(head)) else here.prev_kind
        return here.prev_kind

    def _settle_period(
        self, art: _Article, here: _Sentence, q: Quantity, metric_id: str, metric_zh: str, when: _When, kind: str
    ) -> tuple[str, str, str]:
        """(period, period_text, kind) by what the figure is: a year not over has no actual yet; an event's
        figure takes its day; a project's investment its span or day; a stock is as of a date; a ranking
        the year of its list; a year's amount with no year the year before; else as of the report."""
        s, index, published = here.text, here.index, art.published
        period, period_text = when.period, when.text
        # 首批签约项目总投资已近30亿元 before the report of this week's groundbreaking: not that day's figure
        later = [d for i, d in art.event_days if i <= index]  # 峰会期间 after the summit's day is named: the summit's
        day_of_event = (
            (later[-1] if later else art.event_day)
            if index >= art.event_at
            or EVENT_WORDS.search(s)
            and not re.search(r"已", s[here.prev_end : q.start])
            and _event_kinds(s) & _event_kinds(art.sentences[art.event_at].text)  # not a signing before a groundbreaking
            else None
        )
        this_event = metric_id in EVENT_METRICS and re.search(r"此次|本次|当天|当日|这一天|这天", s[: q.start])
        if this_event and not day_of_event and not day_in(s[: q.start], published, art.day_year, art.named_year):
            day_of_event = (f"{published:%Y-%m-%d}", "（报道日，此次）")  # 此次开工项目21个, the day not told: the report's
        on_the_day = metric_id in EVENT_METRICS and bool(
            day_in(s[: q.start], published, art.day_year, art.named_year)
            or day_of_event
            and not (
                when.stated
                and re.fullmatch(r"\d{4}", period or "")
                and re.search(r"全年|年内|今年", when.text)
                and not re.search(r"当天|当日|现场|此次|本次", s[: q.start])
            )
        )  # but 全年引进亿元以上项目不少于20个, told at the year's first meeting, is the year's
        so_far = re.search(
            r"已(?!(?:签约|签下|落地|投产)(?:的|项目的))|累计", s[: q.start]
        )  # 已签约项目的履约率: which projects, not so far
        if kind == "actual" and so_far and period == str(published.year) and metric_id not in self.stocks:
            period, period_text = f"{published.year}YTD{published.month:02d}", period_text + "（已）"  # 今年已签约: so far
        elif (
            kind == "actual"
            and q.unit not in ("名", "位")
            and not on_the_day
            and not (metric_id in self.stocks and _STANDS.search(s[here.prev_end : q.start]))  # 今年…增至3个: as it stands
            and not (q.unit in ("公顷", "平方公里", "亩") and _APPROVED.search(s[: q.start]))  # 按今年批下来的方案，有510.06公顷
            and metric_id not in self.progress  # 今年的计划工程量完成了30%: done so far
            and ends_after(period, published)
            and "以来" not in period_text
        ):
            kind = "target"  # a year not over when the article appeared cannot have an actual yet
        elif (
            kind == "target"
            and when.horizon
            and re.fullmatch(r"by\d{4}", period)
            and (
                int(period[2:]) < published.year
                or int(period[2:]) == published.year
                and bool(_STANDS.search(s[here.prev_end : q.start]))
            )  # 到2023年，企业增至425家, told in December 2023: what the year reached
            and not is_target(s[here.prev_end : q.start].replace(when.text, ""), False)
        ):
            period, kind = period[2:], "actual"  # 到2020年…达到3908.3亿元, told in 2021: what the year reached
        elif kind == "forecast" and period and period[0].isdigit() and not ends_after(period, published):
            kind = "actual"  # 预计完成 a year already over: a preliminary actual
        before = art.sentences[index - 1] if index and art.sentences[index - 1].paragraph == here.sent.paragraph else None
        at_event = _AT_EVENT.search(s) or (before is not None and _AT_EVENT.search(before.text))
        if metric_id in _PROJECT_ATTRIBUTES and not at_event:
            day_of_event = None  # 投资30亿元的产业园 in a paragraph of its own: not a project of the day's event
        if kind == "actual" and metric_id in EVENT_METRICS:  # figures of a signing or groundbreaking day
            day = day_in(s[: q.start], published, art.day_year, art.named_year)
            if day and (period in ("", "open") or period.startswith("@") or period == day[0][:4] or _within(day[0], period)):
                period, period_text = day
            elif (
                day_of_event
                and (
                    period in ("", "open")
                    or period == day_of_event[0][:4]
                    and re.fullmatch(r"\d{4}年", when.text)
                    and bool(EVENT_WORDS.search(s))  # 我市2022年重大项目集中开工…，一共开工147个项目: that day's
                    or when.carried
                    or re.search(r"当天|当日|现场|此次|本次", s[: q.start])
                    and not (when.stated and re.fullmatch(r"@\d{4}-\d{2}", period))  # 去年3月…到项目现场调研: that month
                )
            ):
                period, period_text = day_of_event
            if IS_DAY.fullmatch(period) and (
                re.search(r"已|累计|以来", s[here.prev_end : q.start])
                or re.search(r"\d日(?:(?:的|曾)报道|报道(?:称|说|提到|显示))", s[: q.start])
            ):  # 湖南日报2月17日的报道提到…: as of the report's month
                period = f"@{period[:7]}"  # 3月4日调研时，已签约引进的项目有14个: all so far, as of that month
        if metric_id in _PROJECT_ATTRIBUTES:  # a project's investment: its span, or as of the article or its signing day
            kind = "actual"
            day = day_in(s[: q.start], published, art.day_year, art.named_year) or (
                day_of_event if when.carried or not period else None
            )
            span = project_span(s, q, art.started, published.year)
            if span:  # 2021年10月开工，工期至2026年
                period, period_text = span
            elif day:
                period, period_text = day
            elif _PLANNED.search(s[here.prev_end : q.start]) and not day_of_event:
                period, period_text, kind = "open", "（计划，未写年份）", "target"  # 科技园的规划投资总额约15亿元
            elif not period or period == "open" or ends_after(period, published) or when.carried:
                period, period_text = f"@{published:%Y-%m}", "（报道时）"
        elif kind == "actual" and metric_id in self.stocks and ANNOUNCED.search(s) and DAY.search(s[: q.start]):
            period, period_text = day_in(s[: q.start], published, art.day_year, art.named_year) or (
                period,
                period_text,
            )  # a list published that day
        elif kind == "actual" and metric_id in self.stocks:  # a count or area: as of a date
            now = (
                period == str(published.year)
                and _STANDS.search(s[here.prev_end : q.start])
                and not when.text.startswith(("到", "至"))
            )  # 今年…增至3个 (but 到2023年…增至425家 is that year's)
            told_on = here.index and (
                art.sentences[here.index - 1].text.endswith("；")  # one sentence, split at ；
                or s.lstrip().startswith("其中")
                and art.sentences[here.index - 1].paragraph == here.sent.paragraph
            )  # 今年调区扩区获批后，…两大片区。其中，攸州工业园片区面积为510.06公顷: the parts of what was just told
            approved = _APPROVED.search(s) or (_APPROVED.search(art.sentences[here.index - 1].text) if told_on else None)
            at_approval = _AT_APPROVAL.search(s[: q.start])
            if at_approval and art.approval:  # 获批时，园区拥有的高新技术企业共26家: as of the approval told before
                period, period_text = art.approval[0], at_approval.group(0)
            elif approved and q.unit in ("公顷", "平方公里", "亩"):  # 2019年调区扩区方案获批，攸州工业园有510.06公顷
                year = approved.group(1)[:4] if approved.group(1)[:2] in ("19", "20") else str(published.year)
                month = f"-{int(approved.group(2)):02d}" if approved.group(2) else ""
                period, period_text = f"@{year}{month}", approved.group(0)
                later = list(_EDITION.finditer(s, approved.end() if approved.string is s else 0, q.start))
                if later:  # …获批，规划面积325公顷；后来收录进2018年版《目录》时，核准的面积为324.82公顷
                    period, period_text = f"@{later[-1].group(1)}", later[-1].group(0)
            elif (
                told_on
                and q.unit in ("公顷", "平方公里", "亩")
                and not when.stated
                and (edition := _EDITION.search(art.sentences[here.index - 1].text))
            ):  # 2018年版目录里，核准面积324.82公顷；两个区块里，北部的有225.09公顷: the same edition
                period, period_text = f"@{edition.group(1)}", edition.group(0)
            elif (
                q.unit in ("公顷", "平方公里", "亩")
                and not when.stated
                and art.approval
                and before is not None
                and (_APPROVAL.search(before.text) or _APPROVAL_MONTH.search(before.text))
                and re.search(r"调区|扩区|面积|片区|区块", before.text)
            ):  # 今年2月，…调区扩区同步获批。两个片区中，攸州工业园面积为510.06公顷: as approved then
                period, period_text = art.approval
            elif (
                when.carried
                or not period
                or "以来" in period_text
                or now
                or re.fullmatch(r"\d{4}\.\.\d{4}", period)
                and int(period[-4:]) >= published.year
            ):  # “十四五”以来…增至15个, “十四五”时期…达15个: a stock as of now
                period, period_text = f"@{published:%Y-%m}", "（报道时）"
            elif re.fullmatch(r"\d{4}", period) and not _SELECTED.search(s[max(here.prev_end, q.start - 16) : q.end + 4]):
                period = f"@{period}"  # but 2016年…共有17家入选 is a list's count: the list's year
        elif kind == "actual" and metric_id in self.progress and re.fullmatch(r"\d{4}(?:Q[1-4]|H[12]|YTD\d{2})", period):
            n = int(re.sub(r"\D", "", period[4:]))
            end = {"Q": 3 * n, "H": 6 * n}.get(period[4], n)  # 2023Q1 → @2023-03, 2023H1 → @2023-06, 2023YTD05 → @2023-05
            period = f"@{period[:4]}-{end:02d}"
        elif kind == "actual" and metric_id in self.progress and period == str(published.year):
            period = f"@{published:%Y-%m}"  # 全年计划的工程量已干完30%: done so far
        elif q.unit in ("名", "位") and kind == "actual":
            period, period_text = self._rank_period(art, here, q, when, period, period_text)
        if q.unit == "年":  # 晚了25年: a gap between two foundings, as told at the report
            period, period_text, kind = f"@{published:%Y-%m}", "（报道时）", "actual"
        annual = q.unit.endswith("元") and re.search(
            r"年创?产值|年销售|年营收|年营业|(?:每年|一年)[^，。；]{0,6}(?:产值|销售|营收|创造|创下)",
            metric_zh + s[max(here.prev_end, q.start - 12) : min(len(s), q.end + 3)],  # 一年能创造约740亿元产值
        )
        as_of = published.year
        if (
            annual
            and kind == "actual"
            and period.startswith("@")
            and re.fullmatch(r"[^\d]*", period_text)
            and not NOW.search(_clause_before(s, here.prev_end, q))  # 目前年产值突破70亿元: the rate it runs at now
            and not re.search(r"已(?:经)?(?:突破|超过|达到?|超)$", s[max(here.prev_end, q.start - 6) : q.start])  # 已突破
        ):
            as_of, period = int(period[1:5]), ""  # 现有企业30多家，年产值约50亿元: a year's amount, not a stock of the day
        if annual and kind == "actual" and when.carried and re.fullmatch(r"\d{4}(?:YTD\d{2}|Q[1-4]|H[12])", period):
            as_of, period = int(period[:4]), ""  # 1至5月…；企业年产值已突破70亿元: a whole year's amount, not the months'
        if not period and kind == "actual" and annual:
            period, period_text = str(as_of - 1), f"{_A_YEARS_AMOUNT}，取发布前一年）"
        if not period and kind == "actual" and metric_id not in self.stocks and art.year_in_force < published.year:
            period, period_text = str(art.year_in_force), f"（{art.year_in_force}年部分）"  # under a heading 2023年工作回顾
        if kind in ("target", "forecast") and metric_id == "project-output" and period.startswith("by"):
            period = period[2:]  # 投产后到2023年可实现产值30亿元: the project's output in that year
        if (
            re.fullmatch(r"by\d{4}", period)
            and self.metric_kind.get(metric_id) == "growth"
            and "年均" not in self.metric_name.get(metric_id, "")
        ):
            period = period[2:]  # 到今年年底…；地方收入要增长5%以上: a year's growth, not a level to reach
        if kind == "target" and art.plan_year and (not period or period.startswith("@") or period == "open"):
            period, period_text = str(art.plan_year), f"（{art.plan_year}年工作安排）"
        if (
            kind == "target"
            and art.plan_article
            and metric_id not in _PROJECT_ATTRIBUTES  # 这个项目计划投资约15亿元: the project's, no year
            and (not period or period.startswith("@") or period == "open")
        ):
            period, period_text = str(art.year_in_force), "（年度工作会议）"  # 会上明确，…争取新认定…6家以上
        if not period and kind == "target" and re.search(r"全年|年度", s[: q.start]):
            period, period_text = str(art.year_in_force), "（全年）"  # 列入年度计划的重点建设项目在50个以上
        this_year = (  # before: the sentence before in the paragraph (above)
            not period
            and kind == "target"
            and before is not None
            and not re.search(r"下一步|今后|将来|长远", s[: q.start])  # 下一步…让技工贸收入过1000亿元: no year
            and re.search(r"今年(?![\d一二三四五六七八九十]{1,2}月)|全年", before.text)
        )
        if this_year:  # 今年的“硬指标”不少。增幅被定为25%以上: this year's
            period, period_text = str(art.year_in_force), f"（上句：{this_year.group(0)}）"
        if not period:
            period, period_text = (f"@{published:%Y-%m}", "（发布时）") if kind == "actual" else ("open", "未写年份")
        elif kind == "target" and period.startswith("@"):
            period = "open"
        elif (
            kind == "target"
            and metric_id in self.stocks
            and "project" not in metric_id  # 年内实施的（项目）数量: the year's projects, a flow
            and re.fullmatch(r"\d{4}", period)
            and (
                re.search(r"总数|数量|总量", s[here.prev_end : q.start])
                or not re.search(r"new|reserve", metric_id)  # 推动产值过10亿元企业突破10家: firms to stand at
                and not _NEWLY.search(s[here.prev_end : q.end + 8])  # but 7家以上企业新进规模工业: the year's new ones
            )
        ):
            period = "by" + period  # 高企总数今年突破60家: a count to stand at by the year's end
        elif kind == "target" and re.fullmatch(r"\d{4}\.\.\d{4}", period):
            period = "by" + period[-4:]  # “十四五”期间力争突破1000亿元: to be reached by the plan's end
        return period, period_text, kind

    def _rank_period(
        self, art: _Article, here: _Sentence, q: Quantity, when: _When, period: str, period_text: str
    ) -> tuple[str, str]:
        """A ranking is of its list's or data's year: a year in its sentence (2024先进制造业园区百强), the list
        or contest named before it in its paragraph or the headline (一季度竞赛), the data's year told in
        the article (截至2023年底的数据), else the year of the report."""
        s, index, published = here.text, here.index, art.published
        year = re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", s[: q.start])
        told_before: list = []
        for before in reversed(art.sentences[:index]) if not year and not when.stated else ():
            if before.paragraph != here.sent.paragraph or year or told_before:
                break
            year = re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", before.text)
            told_before = [p for p in period_at(before.text, published) if not p[3]]
        if not year and not when.stated and not told_before and index:
            told_before = [p for p in period_at(art.sentences[0].text, published) if not p[3] and re.search(r"Q|H", p[1])]
        if told_before and told_before[-1][1][:2] in ("?0", "20", "19") and (not year or re.search(r"Q|H", told_before[-1][1])):
            part, in_force = told_before[-1][1], art.year_in_force
            if part.startswith("?0") and re.fullmatch(r"\?0[QH][1-4]", part):  # 一季度竞赛 told in May: this year's
                ends = (3 if part[2] == "Q" else 6) * int(part[3])
                in_force = published.year if ends < published.month else published.year - 1
            told = resolve(part, in_force)
            return (told[1:5] if told.startswith("@") else told), told_before[-1][2]
        if year and re.fullmatch(r"\d{4}(?:Q[1-4]|H[12])", period) and when.stated:
            return period, period_text  # 2023年一季度…单项亚军: the quarter's contest
        if year:
            return year[-1], year[-1]
        if re.match(r"@?\d{4}", period):  # 截至2023年12月31日的数据 (its year); 一季度 (a quarter's contest keeps it)
            return (period.lstrip("@")[:4] if period.startswith("@") else period), period_text
        if (
            art.list_year
        ):  # but not the data year of another list told with its own place (4月公布的名单，统计口径截至…，排全国第28位)
            data_at = next((i for i, x in enumerate(art.sentences) if art.list_year[1] in x.text), index)
            if data_at == index or not re.search(r"第\d+(?:位|名)", art.sentences[data_at].text):
                return art.list_year
        return str(published.year), "（报道当年）"


_AMONG = re.compile(r"[^，。；\d]{0,8}?(?:高新区|园区|开发区|经开区|城市)(?:里|中|之中|当中)")  # …178家国家高新区里: the field
_GROUP_OF_PARKS = re.compile(
    r"(?:(?:全省|全国|参评的?|上榜的?)[^，。；\d]{0,4}?\d+家(?:国家级|省级)?|参评的?|上榜的?)(?:高新区|园区|开发区|经开区)"
    r"(?![中里内]|之中|当中)"
)
_NAMED_PROJECT = re.compile(
    r"^(?![^，。；]*(?:此次|本次|集中|全市|全县|各|批|等))[^，。；\d个]{2,24}项目(?![^，。；]*\d+[个项家])[^，。；]{0,16}[，,](?:项目)?(?:计划)?(?:总投资|投资)(?:约|达|超过|近)?$"
)  # one project named at the head of its sentence, not the projects of an event
_PLACE_IN = re.compile(r"第(?![一二三四五六七八九十\d]+(?:季度|届|批|次|期|轮))")
_ABOVE = re.compile(r"(?:高于|低于|快于|慢于|超出|领先|比|较)$")
_TOLD_FIRST = re.compile(
    r"^(?P<head>[^。；]*?[：:])?(?P<fig>[^，。；：:—“”]{0,12}?\d[^。；—“”]{0,30}?(?:元|%|个|家|项|亩|公顷|平方公里|万人))(?:——|—)这是(?P<what>[^。；，]{4,40}?)(?P<rest>[。；，].*|$)",
    re.S,
)  # 126亿元——这是全年重点项目完成的投资额: the figure first, what it is after the dash
_PLANNED = re.compile(r"(?:计划|规划)(?:总)?(?:投资|投入)|按照?规划")  # a project's planned investment
_SITED = re.compile(r"[^，。；]{0,6}[，,](?:项目)?(?:选址|落户|落地|位于|建在|坐落在|坐落于)(?:在|于)?")
_MAIN_VENUE = re.compile(r"主会场(?:放在|设在|选在|定在|位于|就在)了?")  # 主会场设在株洲高新区
_HELD = re.compile(r"(?:隆重|盛大)?(?:举行|召开|举办|开幕)")
_PLACED = re.compile(r"([^，。；]*?)(?:居|位列|位居|排名|排)([^，。；第]{0,8})第")
_INVESTMENT_KIND = re.compile(r"(工业|产业|技改|民间)(?=(?:固定资产)?投资)")
_NEWLY = re.compile(r"新(?:增|认定|培育|纳入|晋|进)|小升规")
_PART_FROM = re.compile(r"(?:的贡献)?(?:出自|来自|产自|由)[^，。；\d]{1,8}?(?:贡献|创造|完成)?(?=[，。；]|$)")
_BARE_GROWTH = re.compile(
    r"[，,\s]*(?:同比|按年计算|按可比价(?:格)?计算|(?:较|比|同)(?:上一?年|去年|上年)(?:同期)?(?:相比)?)?(?:增长|上涨|涨|多|多出|增加|下降|减少|少|缩水)了?(?:约|近)?"
)
_STANDS = re.compile(STOCK_NOW.pattern + "|增至|增加到")  # a stock as it stands
_BASE_FIGURE = re.compile(r"(?:比|较)((?:19|20)\d{2})年(?:同期)?的(?:约|近)?$")
_LOCATOR_BREAKS = "，。；：、,;:（）()"
_COUNTED_NOUN = re.compile(
    r"[^，。；：、,;:（）()\d]{0,10}?(?:项目|企业|园区|集群|平台|基地|协议|空间)[^，。；：、,;:（）()\d]{0,6}"
)
_TOTAL = re.compile(r"\s*(?:总数|总量)")
_FRESH = re.compile(r"新增|新认定|新培育|新引进|新获批|新晋")
_MODIFIERS = "工业|产业|技改|民间|外资|基建|房地产|社会"
_TOTAL_OF = re.compile(r"\s*(?:合计|总计|共计)")
_WON_BY = re.compile(
    r"[，,]?(?:则|就|最终)?[由被]([^，。；]{1,12}?)(?:摘得|获得|夺得|拿到|拿下|斩获|收入囊中|揽入怀中)|(?:则|就|最终)?归了?([^，。；]{2,12})"
)  # 亚军由高新区摘得 / 亚军归了高新区
_WINNER_IS = re.compile(r"的(?:则)?是([^，。；]{2,12})")
_PUT_OUT_IN = re.compile(r"(?<![\d年])(\d{1,2})月份?(?:发布|公布|印发|披露|出炉)的[^，。；]{0,12}(?:材料|报告|数据|通报|公报)")
_PLAN_MEETING = re.compile(r"(?:年度|全年|新年)?工作(?:部署)?(?:会议|大会|会)|要素清单|硬指标|几本账|任务书|要干成")
_RELEASED = re.compile(r"[^，。；]{0,3}?(?:出炉|发布|公布|揭晓|面世)")
_A_LIST_OUT = re.compile(
    r"[^。；]{0,16}?(?:推出|发布|公布|揭晓)[^，。；]{0,24}?(?:排行|榜单|名单|排名)"
    r"|[^。；]{0,16}?(?:排行|榜单|名单)[^，。；]{0,16}?(?:推出|发布|公布|揭晓)"  # 一份…榜单由某研究机构对外公布
)
_SELECTED = re.compile(r"入选|入围|上榜|首批|第一批")  # a list of its year (全国首批17家)
_WHEN_RELEASED = re.compile(r"(?:名单|榜单|结果|排行|排名)(?:公布|发布|出炉|揭晓|推出)(?:时|的时候|那会儿?|那阵子?)")
_APPROVED = re.compile(
    r"((?:19|20)\d{2}年|今年)(?:(\d{1,2})月)?[^，。；]{0,14}?(?:方案|规划)?[^，。；]{0,4}(?:获批|批复|批准|批下来|完成调区扩区)"
)
_APPROVAL = re.compile(
    r"((?:19|20)\d{2})年(?!(?:\d{1,2}月)?(?:\d{1,2}日)?(?:设立|成立|建立|组建))(?:(\d{1,2})月)?[^。；]{0,30}?(?:获批|批复|批准|升格|升为|挂牌|同意其?升级)"
)  # not 2012年11月设立的…获批: the approval's date, not the founding's
_APPROVAL_MONTH = re.compile(r"(?:^|(?<=[，。；]))(今年|去年)?(\d{1,2})月[，,]?[^。；]{0,30}?(?:获批|批复|批准|升格|同意其?升级)")
_EDITION = re.compile(r"((?:19|20)\d{2})年版")  # 2018年版《中国开发区审核公告目录》
_AT_APPROVAL = re.compile(r"(?:获批|批复|升格|升级|批准|挂牌)(?:时|那年|当年|之时|之际|那会儿?|的时候|后的|之后的)")
_PLAN_HEADING = re.compile(r"工作安排|主要目标|预期目标|目标任务|工作打算|工作计划|奋斗目标|工作思路")
_PLEDGE = re.compile(
    r"立下了?[“\"]?军令状|[“\"]?任务书[”\"]?|签订[^，。；]{0,8}责任书|目标清单|任务清单|[“\"]?任务表[”\"]?"
    r"|(?:今年|明年|本年度|(?:19|20)\d{2}年)的?重点(?:工作|任务)[^，。；]{0,12}(?:如下|摘登|摘编)|重点抓好"
)  # the list after it is targets (报告中今年重点工作的部分内容摘登如下)
_RECORD_HEADING = re.compile(r"回顾|总结|主要成绩|完成情况|基本情况|工作成效|存在的|主要问题")
_SECTION = re.compile(r"\s*[一二三四五六七八九十]+、")
_BASE_OF_CHANGE = re.compile(r"同比|(?:比|较)(?:上年|去年)(?:同期)?|与(?:上年|去年)(?:同期)?相比")
_NO_NEW_WORDS = re.compile(r"[，、和及与\s]|计划|预计|完成|实现|达到|达|为|约|超过|突破|力争|确保|将|要|共|合计|分别|年|则")
_PER = re.compile(r"亩均|人均|地均")


_EVENT_COUNT = {frozenset({"start"}): "projects-started", frozenset({"signing"}): "projects-signed"}


def _assumed(period_text: str) -> bool:
    """Whether the rules assumed a period, with no words for it: （发布时）, （报道时）, 未写年份 …"""
    return period_text.startswith(("（", "未写"))


def _event_kinds(text: str) -> set[str]:
    """What kinds of event a sentence tells of: a groundbreaking, a signing, a meeting."""
    kinds = {"start": r"开工|动工", "signing": r"签约|签下", "meeting": r"开幕|闭幕|举行|峰会|大会|推介会|开园|揭牌"}
    return {k for k, words in kinds.items() if re.search(words, text)}


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


_HEADS = re.compile(r"增加值|产值|税收|收入|投资|进出口|交易额|销售额|营收")  # what a money measure measures
_THAT_THING = re.compile(r"(?:该|这一|此|这个)(?:体系|集群|产业|板块|行业|领域)")
_GROUP = re.compile(
    r"(高新区|经开区|开发区|园区|产业园|产业集群|集群|县市区)(?=共|合计|累计|实现|完成|的|参评|入选|入围|\d{4}年|同步|同时|同一|同日|在各自|分别|各|均)"
)
_NOT_A_NOUN = re.compile(
    r"同比|与(?:上年|去年)(?:同期)?相比|比上年|较上年|较去年|比去年|同期|按(?:可?比|不变)价(?:格)?计算|扣除价格因素|分别|年均|累计|均|都|期间|时期|五年间|整个|一(?:地|家|城|座城)?就|其中|拿下|独占|[“”\"\s]"
)
_BARE_MEASURE = re.compile(
    r"(?:年)?(?:产值|总规模|总体规模|规模|收入|营收|投资|总投资|总量|总额)(?:已经|已)?(?:为|达|达到|约|近|超过|突破)?"
)
_CHANGE = re.compile(
    r"^(?:较|比|同比)[^，。；]{0,12}(?:增加|减少|新增|净增|净减|多|少)了?$"
)  # 较2023年底增加40家: a change, not a level
_OF_THESE = re.compile(r"其中|在这些[^，。；]{0,6}中|这当中|^，?当中")
_THRESHOLD = re.compile(r"(?:[过上]|超过)了?(\d*)亿|(\d*)亿元?以上")


def _within(day: str, period: str) -> bool:
    """Whether a day (2024-09-20) falls in a quarter or half of its year (2024Q3): 第三季度集中签约 held that day."""
    m = re.fullmatch(r"(\d{4})(?:Q([1-4])|H([12]))", period)
    if not m or day[:4] != m.group(1):
        return False
    month, last = int(day[5:7]), 3 * int(m.group(2)) if m.group(2) else 6 * int(m.group(3))
    return last - (3 if m.group(2) else 6) < month <= last


def _threshold(text: str) -> str | None:
    """The threshold inside a name (产值过10亿元企业: "10"; 产值过亿: ""), None if it has none."""
    m = _THRESHOLD.search(text)
    limit = (m.group(1) if m.group(1) is not None else m.group(2)) if m else None
    return "" if limit == "1" else limit  # 超过了1亿元 is 过亿


def _clause_start(sentence: str, window_start: int, q: Quantity) -> int:
    """Where a figure's clause begins: after the figure before it or the last comma."""
    return max(window_start, max(sentence.rfind(p, 0, q.start) for p in "，；：。") + 1)


def _clause_before(sentence: str, window_start: int, q: Quantity) -> str:
    """The words of a figure's clause before it."""
    return sentence[_clause_start(sentence, window_start, q) : q.start]


def _indefinite(sentence: str, q: Quantity) -> bool:
    """在醴陵一家陶瓷企业: "a firm", not a count; 新增一家 is one."""
    return q.text in ("一家", "一个", "一项") and not re.search(r"(?:有|共|仅|只|新增|达|增至|增加)$", sentence[: q.start])


def _clause(sentence: str, window_start: int, q: Quantity, next_start: int | None) -> str:
    """The clause a figure stands in: from the figure before it (or the last comma) to the next figure
    (or the next comma), the words after a count included."""
    ends = [i for i in (sentence.find(p, q.end) for p in "，；：。") if i >= 0]
    end = min([*ends, next_start if next_start is not None else len(sentence), len(sentence)])
    return sentence[_clause_start(sentence, window_start, q) : end]


def _without_headline_repeats(found: list[Candidate], sents: list, page: bool = False) -> list[Candidate]:
    """A headline figure told again in the body is one figure: keep the body's; so is a figure told twice
    in one sentence. On a saved page, figures in short lines with no full stop (link lists, menus) are
    dropped unless the body repeats them."""
    short = {i for i, x in enumerate(sents) if len(x.text) <= 60 and not re.search(r"[。！？；]$", x.text)}
    body_from = next((i for i, x in enumerate(sents) if len(x.text) > 60 or x.text.endswith(("。", "；"))), len(sents))
    first = [i for i, x in enumerate(sents) if x.paragraph == 0]
    headline = (
        {i for i in short if sents[i].paragraph == 0}
        | {i for i in range(body_from) if page and len(sents[i].text) <= 60}
        | (set(first) if sum(len(sents[i].text) for i in first) <= 60 else set())
    )  # a saved page's <h1> (去年规模达1600亿元！) comes after its menus, before the body; 完成30%！…加速建设 is one line

    def told_as(c: Candidate) -> tuple[float, str]:  # 省第18名 in the headline is 第18位 in the body
        return c.value, "rank" if c.unit in ("名", "位") else c.unit

    body = {told_as(c) for c in found if c.sentence not in short and c.sentence not in headline}
    keep, told = [], set()
    for c in found:
        if c.sentence in headline and told_as(c) in body:
            continue
        if page and c.sentence in short and c.sentence not in headline:
            continue
        same = (c.sentence, c.park_id, c.metric_id, c.period, c.kind, c.value, c.unit)
        if c.metric_id and same in told:
            continue  # 位列前三名，…再次进入全省前三: one figure told twice in a sentence
        told.add(same)
        keep.append(c)
    return keep


def _locator(sentence: str, window_start: int, q: Quantity, metric_zh: str, names: list[tuple[int, int]] = ()) -> str:
    """The words that find a figure in the article and tell what it is, at most LOCATOR_MAX characters: its
    clause from the measure's name (or the clause's start) to the figure, and for a count the noun after it
    (16个项目实现新开工, not ），16个)."""
    clause_from = max(sentence.rfind(p, 0, q.start) for p in _LOCATOR_BREAKS) + 1
    start = clause_from  # 在全省130家园区中位列第18位: the clause, even across a count told in it
    pos = sentence.rfind(metric_zh, start, q.start) if metric_zh else -1
    if pos >= start:
        start = pos
    end = q.end
    if q.unit in ("个", "家", "项"):
        noun = _COUNTED_NOUN.match(sentence, q.end)
        end = noun.end() if noun else end
    start = max(start, end - LOCATOR_MAX, 0)
    start = next((b for a, b in names if a < start < b), start)  # not from the middle of a name (洲经开区在…)
    return sentence[start:end].lstrip(_LOCATOR_BREAKS + " ")


def to_frame(candidates: list[Candidate]) -> pd.DataFrame:
    columns = list(Candidate.__dataclass_fields__)
    return pd.DataFrame([c.row() for c in candidates], columns=columns)


__all__ = ["Candidate", "Extractor", "to_frame", "to_number"]
