"""When a figure is for, in a Chinese news article: period expressions resolved against the publication
date (今年, 上半年, 截至3月底, “十四五”末, 未来五年, 本周一 …), the day of an event it reports, a project's
span, a ranking's data year, and the words that make a figure a target or a forecast."""

from __future__ import annotations

import re
from datetime import date, timedelta

from parkdash.ingest.numbers import Quantity, to_number

# --- periods --------------------------------------------------------------------------------------------

CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
PERIOD = re.compile(
    r"(?P<fyp>[“\"]?十四五[”\"]?(?:末|期末|时期末|收官(?:之年)?|收尾|结束时?|剩下的?[几两三四]年))"
    r"|(?P<next>(?:未来|今后|往后看?|接下来的?|下一个|再过)(?P<n>五|5|三|3)年|(?<![\d一二三四五六七八九十])(?P<n3>五|5|三|3)年(?:之|以)?后)"
    r"|(?P<future>未来(?![一二两三四五六七八九十0-9几])|远景|远期|愿景)"  # 我们盯的远景是过1000亿元: a goal with no year
    r"|(?P<yearend>(?:到|至)(?:今年)?年[底末]|(?:到|至)今年[底末]|(?:今年)?年底前|(?<![上去前当])年末(?=[^，。；]{0,12}(?:突破|达到|超过|力争|确保)))"
    r"|(?P<within>(?:再用|用)?(?P<n2>三|3|两|2|五|5)年(?:内|之内|时间|左右)|(?:再用|用)(?P<n2c>三|3|两|2|五|5)年)"
    r"|(?P<sofar>(?:今年|年初)以来)"
    r"|(?P<year_end>(?<![上去前当到至今明])年[末底](?![前]))"
    r"|(?P<since_fyp>[“\"]?十四五[”\"]?(?:以来|期间以来))"
    r"|(?P<lastyear>(?:刚刚)?过去(?:的|这)?一年)"
    r"|(?P<since_base>(?:和|与|同|跟|比)(?P<sb_y>(?:19|20)\d{2})年(?:相)?比[，,]?(?:这)?(?P<sb_n>五|5|三|3)年(?:里|间|来|中))"
    r"|(?P<now>截至目前|目前|现有|已有|如今|而今|当前|眼下)"
    r"|(?P<fyp_span>[“\"]?十(?P<fyp_n>三|四)五[”\"]?[，,]?的?(?:期间|时期|五年间|五年里|[这那]?五年))"
    r"|(?P<fyp_back>(?:(?:回顾|回看|回望|回首|纵观)(?:整个)?|整个)[“\"]?十(?P<fb_n>三|四)五[”\"]?)"
    r"|(?P<span>(?<![（(])(?:从|自)?(?P<sp_a>(?:19|20)\d{2})年?(?:到|至|—|－|-|~)(?P<sp_b>(?:19|20)\d{2})年(?!\d{1,2}月))"
    r"|(?P<fulldate>(?P<fy>\d{4})年(?P<fm>\d{1,2})月(?P<fd>\d{1,2})日)"
    r"|(?P<asof>截至(?:(?P<ay>\d{4})年)?(?:(?P<am>\d{1,2})月)?(?:底|末)?)"
    r"|(?P<tomonth>(?:到|至)(?P<tm_y>\d{4})年(?P<tm_m>\d{1,2})月(?:底|末)?)"
    r"|(?P<by>(?:(?<![回直])到|至|预计到|力争到)(?P<by_y>\d{4})年(?:底|末)?|(?P<by_y2>\d{4})年前)"
    r"|(?P<firstn>[前头](?P<fn>\d{1,2}|[一二两三四五六七八九十]{1,2})个?月)"
    r"|(?P<weekday>(?P<wk>本|上)周(?P<wd>[一二三四五六日天]))"
    r"|(?P<relmonth>(?<![比较])(?:本月|上个?月)(?:上旬|中旬|下旬|初|底|末)?(?!\d{1,2}日))"
    r"|(?P<dayrel>昨天|昨日|今天|今日)"
    r"|(?:(?P<y>\d{4})年|(?P<rel>今年(?!\d{1,2}月\d{1,2}日|正月|腊月)|去年|上一年|上年度|上年(?!同期|盘子|基础|基数|水平)|前年|明年|全年(?!计划|工程量|目标任务)|(?<![一二两三四五六七八九十\d到至])年内(?!首|第)|(?<![每])(?:当年|同年|那一?年)(?!度|签约|开工|投产|竣工|见效)))?"
    r"(?P<part>第?(?P<q>[一二三四1-4])季度|(?P<q1>首季度?|头一个季度|第一个季度)|(?P<h>上|下)半年|前三季度|(?:1\s*[-—–~至到]\s*|(?<!今)(?:从)?年初(?:到|至))(?P<m>\d{1,2})月(?:底|末)?|(?P<m1>\d{1,2})月(?:份|底|末|上旬|中旬|下旬|初)?(?!\d{0,2}日))?"
)


FOUNDED = re.compile(
    r"(?:\d{1,2}月(?:\d{1,2}日)?)?(?:才|刚刚?|就|即|正式|被)?(?:建园|建区|新设|成立|设立|获批|批准|升级|升格|开园|揭牌|挂牌|建成|落户|开工)(?!的|以?后)"
)


RELATIVE_CLAUSE = re.compile(
    r"[^，。；\d]{0,6}?(?:挂牌|成立|设立|组建|揭牌|开园|落户|升格|建成)(?:成立)?的(?!规划|方案|目录|发展规划|批复)"
)
NAMED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")


def period_at(text: str, published: date, then_year: int | None = None) -> list[tuple[int, str, str, bool]]:
    """(position, period, period_text, is_horizon) of every period expression in a sentence. 当年 and 同年
    are the last year named before them in the sentence, else ``then_year`` (the last named before it)."""
    found = []
    year = published.year
    for m in PERIOD.finditer(text):
        if not m.group(0):
            continue
        g = m.groupdict()
        base = m.start() > 0 and (
            text[m.start() - 1 : m.start()] in ("比", "较")
            or re.search(r"[高低快慢多少大小优好强弱等同]于$", text[: m.start()])
            or text[m.start() - 1 : m.start()] in ("同", "与", "和", "跟")
            and re.match(r"(?:同期)?相?比", text[m.end() :])
        )  # 高于去年, 同2022年相比: the base of a comparison; but 名单于2016年发布 is when
        if (g["rel"] in ("去年", "上一年", "上年度", "上年", "前年") or g["y"]) and (
            base or not g["part"] and text[m.end() : m.end() + 2] == "同期"
        ):
            continue  # 较去年同期增长: the base of a comparison, not the period
        if (
            text[m.start() - 1 : m.start()] in ("自", "从")
            and m.start() > 0
            and not re.match(r"[^，。；]{0,3}(?:来)?看", text[m.end() :])  # 从今年1-5月看: the months looked at
        ):
            continue  # 自2000年底起: since when, not the period of a figure
        if g["y"] and not g["part"] and FOUNDED.match(text, m.end()) and not THEN.search(text, m.end()):
            continue  # 1992年建区: when something happened, not the period of a figure
        if RELATIVE_CLAUSE.match(text, m.end()):
            continue  # 去年年底挂牌的北斗产业园迎来首批项目: when the park was set up, not the figure's period
        if (
            (g["y"] or g["rel"] in ("今年", "去年"))
            and not g["part"]
            and re.match(r"(?:度)?的?(?:第[一二三四五六七八九十\d]+|首)(?:次|批|届|轮)", text[m.end() :])
        ):
            continue  # 2022年第一次集中开工: the event's ordinal, not the period of its figures
        if g["fyp"] and m.group(0).endswith("收官之年") and not re.search(r"[到至]$", text[: m.start()]):
            continue  # 今年是“十四五”收官之年: a description of the year, not a horizon (到“十四五”收官之年 is one)
        if g["fyp"]:
            found.append((m.start(), "by2025", m.group(0), True))
        elif g["next"]:
            n = 5 if (g["n"] or g["n3"]) in ("五", "5") else 3
            end = 2025 if n == 5 and 2021 <= year <= 2025 else year + n
            found.append((m.start(), f"by{end}", m.group(0), True))
        elif g["firstn"]:
            n = int(to_number(g["fn"]) or 0)
            if 1 <= n <= 12:  # 头三个月 is the first quarter, 前六个月 the first half, as the data writes them
                part = months_part(n)
                told = {"今年": year, "去年": year - 1}.get(text[max(0, m.start() - 2) : m.start()])
                found.append((m.start(), f"{told}{part}" if told else f"?0{part}", m.group(0), False))  # 今年前三个月
        elif g["weekday"] or g["dayrel"]:
            if g["weekday"]:
                target = "一二三四五六日".index(g["wd"].replace("天", "日"))
                day = published - timedelta(days=published.weekday() - target + (7 if g["wk"] == "上" else 0))
            else:
                day = published - timedelta(days=1 if g["dayrel"] in ("昨天", "昨日") else 0)
            found.append((m.start(), f"@{day:%Y-%m}", m.group(0), False))
        elif g["relmonth"]:  # 本月中旬 / 上个月: the report's month or the one before
            first = published.replace(day=1)
            month = first if g["relmonth"].startswith("本") else first - timedelta(days=1)
            found.append((m.start(), f"@{month:%Y-%m}", m.group(0), False))
        elif g["span"]:  # 从2015年到2020年，年均增长12.9%: the years between; a span still running is a horizon
            a, b = int(g["sp_a"]), int(g["sp_b"])
            if a < b:
                found.append((m.start(), f"{a}..{b}" if b < year else f"by{b}", m.group(0), b >= year))
        elif g["fulldate"]:
            if 1 <= int(g["fm"]) <= 12:
                found.append((m.start(), f"@{int(g['fy'])}-{int(g['fm']):02d}", m.group(0), False))
        elif g["future"]:
            found.append((m.start(), "open", m.group(0), True))
        elif g["tomonth"]:  # 到2021年8月，园区已集聚: as of a month gone by; a month to come is a horizon
            y, mo = int(g["tm_y"]), int(g["tm_m"])
            if 1 <= mo <= 12:
                past = (y, mo) <= (published.year, published.month)
                found.append((m.start(), f"@{y}-{mo:02d}" if past else f"by{y}", m.group(0), not past))
        elif g["lastyear"]:  # 过去一年 in a January work report: the year before
            found.append((m.start(), str(year - 1), m.group(0), False))
        elif g["since_base"]:  # 和2015年比，五年里平均每年涨12.9%: the years after the base
            y0 = int(g["sb_y"])
            found.append((m.start(), f"{y0}..{y0 + (5 if g['sb_n'] in ('五', '5') else 3)}", m.group(0), False))
        elif g["since_fyp"]:  # “十四五”以来: the plan's years so far
            found.append((m.start(), f"2021..{year}" if year > 2021 else str(year), m.group(0), False))
        elif g["year_end"]:  # 年末共有…: the end of the year reported on (a stock's date, resolved by the reader)
            found.append((m.start(), "?0", m.group(0), False))
        elif g["sofar"]:  # so far this year: the months up to the report's
            found.append((m.start(), f"{year}YTD{published.month:02d}", m.group(0), False))
        elif g["now"]:
            found.append((m.start(), f"@{published:%Y-%m}", m.group(0), False))
        elif g["fyp_span"] or g["fyp_back"]:  # “十三五”期间, 回顾“十三五”
            end = 2020 if (g["fyp_n"] or g["fb_n"]) == "三" else 2025
            found.append((m.start(), f"{end - 5}..{end}", m.group(0), False))
        elif g["yearend"]:
            found.append((m.start(), f"by{year}", m.group(0), True))
        elif g["within"]:
            n = {"三": 3, "3": 3, "两": 2, "2": 2, "五": 5, "5": 5}[g["n2"] or g["n2c"]]
            end = 2025 if n == 5 and 2021 <= year <= 2025 else year + n - 1  # 五年内 in 2022: the plan's end
            found.append((m.start(), f"by{end}", m.group(0), True))  # 三年内 in 2022: 2022-2024
        elif g["asof"]:
            if g["ay"] or g["am"]:
                y = int(g["ay"] or year)
                month = int(g["am"]) if g["am"] else 12 if m.group(0).endswith(("底", "末")) else 0  # 截至2024年底: December
                found.append((m.start(), f"@{y}-{month:02d}" if month else f"@{y}", m.group(0), False))
        elif g["by"]:
            found.append((m.start(), f"by{g['by_y'] or g['by_y2']}", m.group(0), True))
        else:
            if g["y"]:
                y = int(g["y"])
                if not 1990 <= y <= 2100:
                    continue
            elif g["rel"] == "今年":
                y = year
            elif g["rel"] in ("全年", "年内"):  # the year being reported on (a bulletin in 2024 on 2023)
                found.append((m.start(), "?" + with_part(0, g), m.group(0), False))
                continue
            elif g["rel"] in ("去年", "上一年", "上年度", "上年"):
                y = year - 1
            elif g["rel"] == "明年":
                y = year + 1
            elif g["rel"] == "前年":
                y = year - 2
            elif g["rel"] in ("当年", "同年", "那年", "那一年"):  # 2019年2月获批，当年5月 / 那年5月: that year
                named = NAMED_YEAR.findall(text[: m.start()])
                y = int(named[-1]) if named else then_year
                if y is None or g["rel"] != "同年" and not g["part"]:  # 当年 alone is too often 'this year'; 同年 is not
                    continue
            else:
                y = None
            part = g["part"]
            if y is None and not part:
                continue
            if g["m1"] and not g["y"] and not g["rel"]:
                opens = re.search(r"(?:^|[，。；：]|据[^，。；\d]{0,8}|截至|到|回看|回到|再看)$", text[: m.start()]) and (
                    re.match(r"(?:间|里|[上中下]旬|初)?(?:时|的时候)?(?:的统计)?[，,]", text[m.end() :])
                    or m.group(0).endswith(("旬", "初"))  # 3月中旬市领导来调研: a time, not a date
                )
                month = int(g["m1"])
                if opens and 1 <= month <= 12:  # 9月份，一份…名单出炉: the last such month up to the report
                    found.append((m.start(), f"@{year_of_month(month, published)}-{month:02d}", m.group(0), False))
                continue  # "5月" alone is too often a date
            if (
                g["m1"]
                and re.match(
                    r"(?:份)?(?:才|刚刚?|就|正式|即|被)?(?:新设|设立|成立|揭牌|挂牌|获批|建成|启动|开园|落户|跻身|升级|升格|晋升|批准)(?!时|之时|之际|之初|那会|的时候)",
                    text[m.end() : m.end() + 6],
                )
                and not THEN.search(text, m.end())
            ):
                continue  # 2021年12月设立: when something happened, not the period of a figure (设立之际 is one)
            found.append(
                (m.start(), with_part(y, g), m.group(0), False) if y else (m.start(), "?" + with_part(0, g), m.group(0), False)
            )
    return found


def months_part(n: int) -> str:
    """The part of a year the first n months are: the first quarter and half as such (头三个月, 1至6月), else YTD."""
    return {3: "Q1", 6: "H1"}.get(n, f"YTD{n:02d}")


def with_part(year: int, g: dict[str, str | None]) -> str:
    if g["q"]:
        return f"{year}Q{CN_DIGIT[g['q']]}"
    if g["q1"]:  # 2021年首季
        return f"{year}Q1"
    if g["h"]:
        return f"{year}H{1 if g['h'] == '上' else 2}"
    if g["part"] and g["part"].startswith("前三季度"):
        return f"{year}YTD09"
    if g["m"]:  # 1-5月; 1—3月 is the first quarter and 1至6月 the first half, as the data writes them
        month = int(g["m"])
        return f"{year}{months_part(month)}" if 1 <= month <= 12 else f"{year}"
    if g["m1"]:
        month = int(g["m1"])
        return f"@{year}-{month:02d}" if 1 <= month <= 12 else f"{year}"
    return f"{year}"


def ends_after(period: str, published: date) -> bool:
    """Whether a period (year, quarter, half, year-to-date) ends after the publication date."""
    m = re.fullmatch(r"(\d{4})(?:Q([1-4])|H([12])|YTD(\d{2}))?", period)
    if not m:
        return False
    year = int(m.group(1))
    month = 3 * int(m.group(2)) if m.group(2) else 6 * int(m.group(3)) if m.group(3) else int(m.group(4)) if m.group(4) else 12
    return (year, month) > (published.year, published.month) or (
        (year, month) == (published.year, published.month) and published.day < 25
    )


def resolve(period: str, year: int) -> str:
    """A part of a year with no year stated (上半年, 一季度) takes the year in force."""
    return period.replace("?0", str(year)) if period.startswith("?") else period


# --- kind -----------------------------------------------------------------------------------------------

EVENT_METRICS = {
    "projects-started", "projects-started-investment", "projects-signed", "signed-investment", "projects-completed",
    "projects-started-completed", "project-investment", "projects-100m", "beidou-projects-signed", "cooperation-agreements",
}  # fmt: skip
EVENT_WORDS = re.compile(
    r"集中开工|集中动工|(?:一齐|一起|同时|同步|统一|同日)(?:开工|动工|签约|破土)|开工仪式|动工仪式|破土动工|正式开工|签约|签下|开幕|闭幕|举行|峰会|大会|推介会|专场推介|推介专场|开园|揭牌"
)
CLOSING = re.compile(r"闭幕|落下帷幕|落幕|收官")
SPAN_DAYS = re.compile(
    r"(?:为期|会期|持续|历时|经过|开了|办了|举办了|连开|连办|一连)([两二三四2-4])天|([两二三四2-4])天(?:的)?会期"
)
MONTH_DAY = re.compile(
    r"(?<![月\d])([0-3]?\d)日(?=[^，。；]{0,6}(?:闭幕|开幕|举行|举办|办了|召开|落下帷幕|开工|签约|拉开|收官))"
)  # 于25日闭幕; 株洲23日拉开产业推介专场; 峰会25日在株洲收官
DAY = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})(?:日|号(?![楼线院]))")  # 5月23号 as said
BARE_DAY = re.compile(
    r"(?:^|[。”’）)\s]|本月)([0-3]?\d)日(?:上午|下午|晚上|晚间)?[，,]"
    r"|(?<![\d〕号路月])([0-3]?\d)[号日](?=上午|下午|晚上|晚间|那天|当天|这天|那场)"
)  # （记者…）23日，株洲市举行产业推介会 / “…”23日下午，/ 本月14日，/ 推介会是23号下午开的 / 24日那场推介会: this month's


DONE = re.compile(
    r"已(?:经)?(?:完成|干完|达到?|有|累计|实现|建成|签约|集聚|培育)|(?:计划|任务)[^，。；]{0,6}(?:完成|干完)了"
)  # 计划工程量完成了30%
ANNOUNCED = re.compile(
    r"名单(?:出炉|发布|公布|揭晓)|(?:发布|公布|揭晓|公示)(?:了)?[^，。；]{0,12}名单|(?:发布|公布|揭晓)[^。；]{0,24}入选"
    r"|(?:发布|公布|揭晓|认定)了?(?:首批|第[一二三四五六七八九十\d]+批)"  # 省里揭晓了首批省级先进制造业集群，一共15个
)
THEN = re.compile(r"当时|彼时|那时|那会儿?|那阵子?|那段时间|当月|那个月|同一时间|同一时期|同期(?:披露|公布|发布)")
NOW = re.compile(r"截至目前|目前|现有|已有|如今|而今|当前|眼下")
STOCK_NOW = re.compile(r"拥有|现有|共有|已有|已|当时|目前|如今|眼下")
THIS_EVENT = re.compile(r"此次|本次|这次|当天|当日|现场|期间")
RELATIVE_DAY = re.compile(r"(?P<wk>本|上)周(?P<wd>[一二三四五六日天])|(?P<rel>昨天|昨日|今天|今日)")


def _nth(m: re.Match[str]) -> int:
    """The day of the month a bare day names (23日, 23号)."""
    return int(next(g for g in m.groups() if g))


def year_of_month(month: int, published: date) -> int:
    """The year of a month told without one: the report's, or the year before for a month not come yet."""
    return published.year if month <= published.month else published.year - 1


_RELATIVE_YEARS = {"去年": -1, "前年": -2, "今年": 0, "明年": 1}


def last_year_named(text: str, published: date) -> int | None:
    """The last year a text names, written (2019年) or relative (去年), for 那年 / 当年 after it."""
    told = [(m.start(), int(m.group(1))) for m in NAMED_YEAR.finditer(text) if 1990 <= int(m.group(1)) <= 2100]
    told += [
        (m.start(), published.year + _RELATIVE_YEARS[m.group(0)])
        for m in re.finditer("去年|前年|今年|明年", text)
        if not text.startswith("同期", m.end())  # 较去年同期: a base, not the year told of
    ]
    return max(told)[1] if told else None


def day_in(text: str, published: date, year: int | None = None, then: int | None = None) -> tuple[str, str] | None:
    """The day a sentence names: 5月23日, 2022年5月23日, 本周一, 昨天 (against the publication date; a day
    with no year is of ``year``, by default the publication's: a chronicle of 2022 published in 2023;
    那年6月21日 is of ``then``, the year named before)."""
    days = list(DAY.finditer(text))  # a dateline's day (5月24日讯) only when no other is told
    m = next((d for d in days if not re.match(r"电|讯|报道", text[d.end() : d.end() + 2])), None)  # 5月24日报道: a dateline
    bare = (BARE_DAY.search(text) or MONTH_DAY.search(text)) if days and not m else None
    if bare and 1 <= _nth(bare) <= published.day:  # 5月24日讯（记者…）23日，株洲市举行产业推介会
        return published.replace(day=_nth(bare)).isoformat(), f"{_nth(bare)}日"
    m = m or (days[0] if days else None)
    lunar = LUNAR_DAY.search(text) if not m else None
    if lunar:  # 正月十四这天: the 14th day of the first lunar month of that year (2022-02-14)
        return lunar_day(
            lunar, (year or published.year) + _RELATIVE_YEARS.get(text[max(0, lunar.start() - 2) : lunar.start()], 0)
        )
    if not m:
        r = RELATIVE_DAY.search(text)
        bare = (MONTH_DAY.search(text) or BARE_DAY.search(text)) if not r else None
        if bare and 1 <= _nth(bare) <= published.day:  # 于25日闭幕, told on the 26th: this month's; 23日，…
            return published.replace(day=_nth(bare)).isoformat(), f"{_nth(bare)}日"
        if not r:
            return None
        if r.group("wd"):
            target = "一二三四五六日".index(r.group("wd").replace("天", "日"))
            day = published - timedelta(days=published.weekday() - target + (7 if r.group("wk") == "上" else 0))
        else:
            day = published - timedelta(days=1 if r.group("rel") in ("昨天", "昨日") else 0)
        return day.isoformat(), r.group(0)
    told = text[max(0, m.start() - 2) : m.start()]
    shift = _RELATIVE_YEARS.get(told, 0)  # 去年3月22日
    try:
        default = then if then and told in ("那年", "当年", "同年") else (year or published.year) + shift
        day = date(int(m.group("y") or default), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if _DAY_BEFORE.match(text, m.end()):  # 记者5月24日获悉：前一天下午，…推介: the day before the one named
        return (day - timedelta(days=1)).isoformat(), f"{m.group(0)}前一天"
    return day.isoformat(), m.group(0)


_DAY_BEFORE = re.compile(r"[^。，；]{0,6}?[，：:]\s*前一(?:天|日)")


# the Gregorian day of the lunar new year (正月初一), for days told by the lunar calendar (正月十四)
LUNAR_NEW_YEAR = {
    2015: date(2015, 2, 19), 2016: date(2016, 2, 8), 2017: date(2017, 1, 28), 2018: date(2018, 2, 16),
    2019: date(2019, 2, 5), 2020: date(2020, 1, 25), 2021: date(2021, 2, 12), 2022: date(2022, 2, 1),
    2023: date(2023, 1, 22), 2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17),
    2027: date(2027, 2, 6), 2028: date(2028, 1, 26), 2029: date(2029, 2, 13), 2030: date(2030, 2, 3),
}  # fmt: skip
LUNAR_DAY = re.compile(
    r"正月(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)|元宵节?"
)


def lunar_day(m: re.Match[str], year: int) -> tuple[str, str] | None:
    """(day, text) of 正月十四 / 元宵 in a year, or None for a year outside the table."""
    if year not in LUNAR_NEW_YEAR:
        return None
    told = (m.group(1) or "十五").replace("初", "").replace("廿", "二十")
    eve = bool(re.match(r"节?的?(?:前夜|前夕|前一天|前一日)", m.string[m.end() :]))  # 元宵前夜: the 14th
    return (LUNAR_NEW_YEAR[year] + timedelta(days=int(to_number(told)) - 1 - eve)).isoformat(), m.group(0)


def event_days_of(sents: list[str], published: date, year: int | None = None) -> list[tuple[int, tuple[str, str]]]:
    """(sentence index, day) of every event an article reports (集中开工, 签约, 峰会 …): a date in a sentence about it."""
    days = []
    then = None  # the last year named so far, for 那年6月21日
    for i, s in enumerate(sents):
        then = last_year_named(s, published) or then
        if not EVENT_WORDS.search(s):
            continue
        before = days[-1][1] if days and days[-1][0] == i - 1 else None  # its event's day, a span's first
        d = day_in(s, published, year, then) or (
            before or day_in(sents[i - 1], published, year)
            if i
            and (RELATIVE_DAY.search(sents[i - 1]) or re.match(r"(?:[^，。]{0,8}，)?(?:这一天|这天|当天|当日)|这一?轮|本轮", s))
            else None
        )  # 2月14日，恰逢正月十四。这一天，…一起破土 / 据通报，当天一起动工… / 这一轮共有122个项目集中开工: the day before
        if not d and not days and i and LUNAR_DAY.match(sents[0]):
            d = day_in(sents[0], published, year)  # 正月十四 株洲147个项目一起开跑 (headline), then the event untold
        opened = re.search(
            r"日[^，。；]{0,6}(?:开幕|拉开帷幕|启幕)|\d日(?:至|到|—|-|～)\d{1,2}日", s
        )  # 10月24日开幕 / 24日至25日: the first
        span = (
            SPAN_DAYS.search(" ".join(sents[max(0, i - 1) : i + 2]))
            if d and d != before and CLOSING.search(s) and not opened
            else None
        )
        if span:  # 会期两天，昨天闭幕: the event is dated by its first day
            n = span.group(1) or span.group(2)  # 会期两天 / 两天会期里
            length = {"两": 2, "二": 2, "三": 3, "四": 4}.get(n) or int(n)
            d = ((date.fromisoformat(d[0]) - timedelta(days=length - 1)).isoformat(), d[1])
        if d:  # 今天是正月十四。上午，集中开工活动举行: the day told just before
            days.append((i, d))
    return days


def event_day_of(sents: list[str], published: date, year: int | None = None) -> tuple[str, str] | None:
    """The day of the first event an article reports."""
    days = event_days_of(sents, published, year)
    return days[0][1] if days else None


CHRONICLE = re.compile(r"大事记|年鉴|回顾|盘点|年报|总结")


def chronicle_year(headline: str, published: date) -> int | None:
    """The year a chronicle or review is of (株洲经开区2022年大事记, published in 2023): its days are of that year."""
    years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", headline)}
    if CHRONICLE.search(headline) and len(years) == 1 and 1 <= published.year - min(years) <= 2:
        return min(years)
    return None


IS_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
STARTED = re.compile(r"((?:19|20)\d{2})年(?:\d{1,2}月)?(?:\d{1,2}日)?[^。；]{0,30}?(?:开工|动工|破土)")
UNTIL = re.compile(
    r"(?:(?:建设|工期|建成|竣工)(?:周?期)?(?:要|将|一直)?(?:持续|延续|排)?(?:至|到)了?|(?<![到直])至|建到|建设到)((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:底前?)?(?:全部|全面)?(?:建成|建好|完工)(?!以?后|投产)"
)  # 工期至2026年; not 投产后预计到2023年实现产值


STARTS_TODAY = re.compile(r"(?:今天|今日|当天|当日|日前|近日)(?:正式)?(?:开工|动工)")


def project_span(sentence: str, q: Quantity, started: str | None, this_year: int | None = None) -> tuple[str, str] | None:
    """A project's years, from its start (开工) to the end of its works (建设至2026年), for its total investment."""
    own = STARTED.search(sentence[: q.start]) or STARTED.search(sentence, q.end)  # 总投资约100亿元，于2021年10月动工
    start = own.group(1) if own else started
    if not start and this_year and STARTS_TODAY.search(sentence):  # 该产业园总投资约100亿元，今天开工，工期至2026年
        start = str(this_year)
    end = UNTIL.search(sentence, own.end() if own else 0)
    last = end and (end.group(1) or end.group(2))
    if start and last and int(last) > int(start):
        return f"{start}..{last}", (own.group(0) + "…" if own else "") + end.group(0)
    return None


DATA_YEAR = re.compile(
    r"((?:19|20)\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:的|底)?[^。，；]{0,6}数据|((?:19|20)\d{2})年度"
    r"|(?:数据[，,]?[^。；，\d]{0,4}?(?:截止到?|截至|到|至|以)|数据的?截[止至](?:日期?|时间)(?:为|是)|(?:统计时点|统计口径)(?:定在|为|是)?(?:截至|截止到?)?)((?:19|20)\d{2})年"
)  # 所用数据统计到2023年12月31日; 榜单采用的数据，统计到…; 数据以2023年12月31日为截止日; 数据取到…


def list_year_of(sents: list[str]) -> tuple[str, str] | None:
    """The year a ranking's data are of, where the article says it (截至2023年12月31日的企业数据, 2021年度评价)."""
    for s in sents:
        m = DATA_YEAR.search(s)
        if m:
            return m.group(1) or m.group(2) or m.group(3), m.group(0)
    return None


TARGET = re.compile(
    r"未来|将(?!近)|力争|目标|冲刺|确保|计划|争取|将达|将实现|将突破|要达到|(?<![重主需只纪摘])要(?:有|铺到|过|把|让|迈过|跨过|越过|突破|超过|新增|实现|签下|签约|引进|招引|完成|达|培育|建成|开工|竣工|增长|提高|提升|做到|形成|打造|拿下|拿到|拉到|落地|保持|新建|储备|安排|容纳|吸纳|带动)|(?<!当时)定下的|被定为|规划为|要求(?:达到?|突破|超过|不低于)|(?:按|依)(?:照)?[^，。；\d]{0,8}(?:规划|设想|构想|蓝图)(?!口径|数据|资料|标准)|(?<![按依])照[^，。；\d]{0,6}(?:规划|设想|构想|蓝图)(?!口径|数据|资料|标准)|规划图上|会有|须(?:过|达|突破|超过|完成|实现)|预期|规划到|(?<![回直])(?<!\d年)到\d{4}年(?!\d{1,2}月)|\d{4}年前|十四五[”\"]?末|(?:未来|今后|往后)[五三53]年|(?:今后|往后|将来)(?:还)?要|(?<![\d一二三四五六七八九十])[五三53]年(?:之|以)?后|设想中|年内|远景|远期|愿景|(?<![取获赢记觉懂晓使值])得(?:迈过|跨过|越过|突破|超过|达到)"
)
WHEN_RUNNING = re.compile(
    r"(?:全部|全面|完全)?(?:达产|建成投产|投产|建成)(?:达效)?以?后|(?:待|等到?)[^，。；]{0,10}(?:建成|达产|投产)"
)


def is_target(head: str, past_year: bool) -> bool:
    """Whether words before a figure make it a target; 年内 in a report on a year gone by means "in the year"."""
    return any(
        (m.group(0) != "年内" or not past_year)
        and not (m.group(0) == "计划" and re.match(r"总?投资", head[m.end() :]))
        and not (m.group(0) == "计划" and re.search(r"占(?:年度|全年|年)?$", head[: m.start()]))  # 占年度计划的78.5%: done
        for m in TARGET.finditer(head)
    )  # 计划总投资458.1亿元: what the projects will cost, told on the day


FORECAST = re.compile(r"预计|有望|可达|预估|估计|达产后")
ACTUAL = re.compile(r"已|实现了|完成了|累计|同比|比上年|较上年|截至")


def aspiration(text: str) -> str:
    if text.rfind("冲刺") > text.rfind("力争"):
        return "sprint"
    if "力争" in text:
        return "strive"
    return ""
