"""Quantities in Chinese news text: a number (Arabic or Chinese numerals, 万/亿/千亿/万亿), its unit and
the qualifier around it (以上, 突破, 约, 近 …). Dates, years, ordinals and phone numbers are not quantities."""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

_ARABIC = r"\d+(?:[,，]\d{3})*(?:\.\d+)?"
_CHINESE = r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
_MAGNITUDE = r"万亿|千亿|百亿|亿|千万|百万|万"
_UNIT = r"平方公里|平方千米|万平方米|平方米|公顷|个百分点|元|%|％|个|家|项|亩|人|名|位"
_MAGNITUDES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4}

QUANTITY = re.compile(
    rf"(?P<num>{_ARABIC}|{_CHINESE})(?P<more>多|余)?"
    rf"(?:(?P<mag1>{_MAGNITUDE})?\s*(?:-|—|–|~|～|至|到)\s*(?P<num2>{_ARABIC}|{_CHINESE}))?"
    rf"(?P<more2>多|余)?(?P<mag>{_MAGNITUDE})?(?P<more3>多|余)?(?P<unit>{_UNIT})?"
)
# 突破千亿, 迈上千亿: a bare magnitude after a verb of reaching
BARE_MAGNITUDE = re.compile(r"(?P<verb>突破|超过|超|过|达到|达|迈上|跨越|迈向)(?P<mag>万亿|千亿|百亿)(?P<unit>元)?(?!级)")

# 八成 = 80 %; 三成 = 30 % (not 建成, 成为, 成立)
TENTHS = re.compile(r"(?<![建完形组促达构变这])(?P<num>[一二两三四五六七八九])成(?![为立效果功长交员本型熟绩就])")
# 居湖南第一, 位列全国第28位, 获得亚军
RANK = re.compile(
    r"(?:(?:居|位列|位居|排名|名列|排)(?:全国|全省|湖南|全市|中部)?(?:园区|省级园区|县市区|高新区|开发区|同类园区)?第(?P<num>[一二三四五六七八九十]+|\d+)(?P<unit>名|位)?(?![届批期次轮])"
    r"|(?:(?<=[获夺得下摘到拿])|(?<=位列))了?(?P<num2>冠军|亚军|季军)|(?:位列|位居|居|排在?|排名)(?:湖南|全省|全国|全市|省内|中部)[^，。；]{0,8}?首(?P<num9>位)|(?<=单项)(?P<num7>亚军|季军)|(?<=单项的)(?P<num8>亚军|季军)|(?P<num6>冠军|亚军|季军)(?=[由被][^，。；]{1,12}(?:摘得|获得|夺得|收入囊中|揽入怀中)|归了?)"
    r"|(?<=[、，])(?:湖南省内|湖南|全省|省内|全国|全市|中部)第(?P<num5>[一二三四五六七八九十]+|\d+)(?P<unit2>名|位)?(?![届批期次轮])"
    r"|(?:跻身|进入|入围|入选|位列|跃居|挺进|迈入|跨入|首进|首次进入|闯进|挤进|冲进|闯入|挤入|进了|稳居|站进|站上)了?(?:[^，。；]{0,20}?的)?(?:全国|全省|中部)?前?(?P<num3>\d+|[一二三四五六七八九十百]+)强"
    r"|(?:跻身|进入|位列|位居|居|保持|闯进|挤进|冲进|闯入|挤入|进了|排进|名列|稳居)[^，。；]{0,14}?前(?P<num4>\d+|[一二三四五六七八九十]+)(?:名|位)?(?![年月日天个家项亿万])"
    r"|(?P<num10>头一?名|拔得头筹|居首|排在?最前面?|数它最靠前|排在首位)"  # 放在湖南则是头一名: first
    r")"
)
FIRST = ("头名", "头一名", "拔得头筹", "居首", "排最前", "排最前面", "排在最前", "排在最前面", "数它最靠前", "排在首位")
# 建园比株洲高新区晚了整整25年: a gap between two foundings (other durations are not figures)
GAP = re.compile(
    r"(?:(?:晚|迟|早)(?:建园|建区|建|成立|设立|起步|挂牌)?(?:了|上|于[^，。；\d]{1,10}?)?|落后了?[^，。；\d]{0,10}?)(?:整整|足足|近)?(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3})年(?![份度代])"
)
# 株洲占据两席, 拿下两席, 独占其二: seats of a list held
SEATS = re.compile(
    r"(?:占(?:据|了)?|拿下了?|拿到了?|摘得|夺得|揽得)(?:其中)?(?P<num>\d+|[一二三四五六七八九十两]+)(?:个)?席|独占其(?P<num2>[二三四五])"
)
# 湖南共有三大世界级产业集群: a count of clusters told as N大
BIG_N = re.compile(
    r"(?:共有|拥有|有|全省|湖南)(?P<num>[两三四五六七八九十])大(?=[^，。；]{0,4}(?:世界级|国家级)[^，。；]{0,6}集群)"
)
# 成为株洲第3个千亿产业: the Nth of a kind, so N of them now
NTH = re.compile(
    r"(?:是|成为|成了|拥有了?|有了|迎来了?)(?:株洲|全市|全省|全国|湖南)?的?第(?P<num>\d+|[一二三四五六七八九十两]+)个(?![^，。；]{0,6}的)"
)
# 全市唯一的国家级高新区: one of something
ONLY = re.compile(r"唯一(?:的|一个|一家)?(?=[\u4e00-\u9fff])")

_BEFORE = (
    ("gt", ("突破", "超过", "超", "逾", "过", "多于", "高于")),
    ("near", ("接近", "将近", "近")),
    ("approx", ("大约", "约")),
    ("ge", ("不低于", "不少于", "至少")),
    ("eq", ("达到", "达", "为", "实现", "完成")),
)
_AFTER = (("ge", ("以上",)), ("approx", ("左右",)), ("le", ("以内", "以下", "之内")))


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int  # after the unit and any trailing qualifier
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    text: str


def to_number(text: str) -> float | None:
    """'1,234.5' or '一千二百' or '两' as a number; None if it is not one."""
    text = text.replace(",", "").replace("，", "")
    try:
        return float(text)
    except ValueError:
        pass
    if text[:1] in ("十", "百", "千"):
        text = "一" + text
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def _money(total: float) -> tuple[float, str]:
    if abs(total) >= 1e8:
        return total / 1e8, "亿元"
    if abs(total) >= 1e4:
        return total / 1e4, "万元"
    return total, "元"


def _unit(value: float, mag: str | None, unit: str | None, money_context: bool) -> tuple[float, str] | None:
    """The value in one of the data set's units, or None when the text is not a quantity we keep."""
    factor = _MAGNITUDES.get(mag or "", 1.0)
    if unit in ("%", "％"):
        return (value, "%") if not mag else None
    if unit == "元" or (unit is None and mag and mag.endswith("亿") and money_context):
        if mag == "万" and unit == "元":
            return value, "万元"
        if mag in ("亿", "万亿", "千亿", "百亿"):
            return value * factor / 1e8, "亿元"
        return _money(value * factor)
    if unit in ("平方公里", "平方千米") and not mag:
        return value, "平方公里"
    if unit == "平方米" and mag == "万":
        return value, "万平方米"
    if unit == "万平方米" and not mag:
        return value, "万平方米"
    if unit == "人" and mag == "万":
        return value, "万人"
    if unit in ("公顷", "亩", "个", "家", "项", "名", "位") and not mag:
        return value, unit
    if unit in ("亩", "家", "个", "项") and mag == "万":
        return value * 1e4, unit
    return None


def _qualifier(sentence: str, start: int, end: int, more: bool) -> tuple[str, int]:
    before = sentence[max(0, start - 4) : start]
    after = sentence[end : end + 3]
    for code, words in _AFTER:
        for word in words:
            if after.startswith(word):
                return code, end + len(word)
    if more:
        return "gt", end
    for code, words in _BEFORE:
        for word in words:
            if before.endswith(word):
                return code, end
    return "eq", end


def _is_noise(sentence: str, match: re.Match[str]) -> bool:
    num, start, end = match.group("num"), match.start(), match.end()
    after = sentence[end : end + 1]
    before = sentence[max(0, start - 1) : start]
    if not match.group("unit") and not match.group("mag"):
        return True
    if before == "第":
        return match.group("unit") not in ("名", "位") or bool(match.group("mag"))
    if before in ("+", "＋", "-", "—") or after in ("+", "＋", "月", "日", "号", "届", "批", "期", "倍"):
        return True
    if after == "年" and match.group("unit") in (None, "个"):
        return True  # 3个年头, 2021年; but 10家年产值过亿元 is ten firms
    if match.group("unit") == "个" and re.match(r"多?(?:年头|春秋|月|小时|钟头|星期|工作日)", sentence[end:]):
        return True  # 走过七个多年头: a duration
    if (
        re.fullmatch(r"\d{4}", num)
        and not match.group("mag")
        and match.group("unit") not in ("%", "％", "家", "个", "项", "亩", "元")
    ):
        return True
    if match.group("unit") == "个" and re.match(r"方面|领域|环节|层面|维度|阶段|抓手", sentence[end:]):
        return True  # 三个方面: description
    if match.group("unit") == "个" and re.match(r"位次|名次", sentence[end:]):
        return True  # 较上年度跃升35个位次: a change of place, not a figure
    if match.group("unit") == "项" and re.match(r"(?:指标|排名|任务|工作|措施|举措|荣誉|改革|行动|目标)", sentence[end:]):
        return True  # 三项指标增幅均不低于20%, 两项排名均前移: counted as description, not a figure
    if _in_quoted_name(sentence, start, end):  # “三个高地”: a name, not a count
        return True
    if re.search(r"\d[-—]\d{7}", sentence[max(0, start - 5) : end + 8]):  # telephone numbers
        return True
    if num == "一" and match.group("unit") == "项" and re.match(r"尤为|最为|格外|特别|表现|上|中|里|就|也|则", sentence[end:]):
        return True  # 人均技术合同成交额一项尤为亮眼: the item named, not a count
    if num == "一" and re.match(r"(?:地|家|城|座城|市)?(?:就|便|即)", sentence[end - 1 :]) and match.group("unit") != "个":
        return True  # 株洲一家就拿下两个: Zhuzhou alone, not one firm
    if not re.match(r"\d", num) and len(num) > 1 and not re.search(r"[十百千零〇点]", num):
        return True  # 唯一一个, 一一对应: repeated digits, not a number
    # a Chinese numeral that is part of a word: 一批, 一区三园, 两个 ... needs a unit or magnitude right after
    if not re.match(r"\d", num) and match.group("unit") in ("个", "名", "位") and not match.group("mag"):
        held = re.search(r"(?:拿下|占了?|占据|独占|就有|拥有|其中)$", sentence[:start]) and re.match(
            r"席|[—，。；]|落在|在", sentence[end:]
        )  # 株洲一家就拿下两个——航空动力和轨道交通装备: a part of a whole told before
        return len(num) == 1 and num in "一两" and not held
    return False


def _in_quoted_name(sentence: str, start: int, end: int) -> bool:
    """Whether a span lies inside a short quoted name (“三年冲刺千亿”, “三个高地”)."""
    opened = sentence.rfind("“", max(0, start - 8), start + 1)
    return opened >= 0 and "”" not in sentence[opened:start] and bool(re.match(r"[^”，。]{0,8}”", sentence[end:]))


def quantities(sentence: str) -> list[Quantity]:
    """Every quantity in a sentence, in order, with value, unit and qualifier."""
    money_context = "元" in sentence or "产值" in sentence or "收入" in sentence or "投资" in sentence or "规模" in sentence
    found: list[Quantity] = []
    listed: list[re.Match[str]] = []  # 510.06、329.95公顷: bare numbers listed before the one that gives the unit
    for match in QUANTITY.finditer(sentence):
        if not match.group("num"):
            continue
        if listed and listed[-1].end() + 1 != match.start():
            listed = []
        if not match.group("unit") and not match.group("mag") and re.fullmatch(_ARABIC, match.group("num")):
            if (
                sentence[match.end() : match.end() + 1] in ("、", "和", "及", "与")
                and sentence[match.start() - 1 : match.start()] != "第"
            ):
                listed.append(match)
            continue
        if _is_noise(sentence, match):
            listed = []
            continue
        shared, listed = listed, []
        value = to_number(match.group("num"))
        if value is None:
            continue
        mag, unit = match.group("mag"), match.group("unit")
        if unit == "个百分点":
            continue
        if unit in ("名", "位") and not sentence[: match.start()].endswith(("第", "排名", "位列", "位居", "列")):
            continue  # 500名员工 is a head count; a ranking reads 第3名, 排名12位
        if unit is None and mag == "万" and "人口" in sentence[max(0, match.start() - 12) : match.start()]:
            unit = "人"  # 常住人口达20万
        after = sentence[match.end() : match.end() + 10]
        over = re.search(r"(?:过|超过|超|以上)$", sentence[max(0, match.start() - 3) : match.start()])
        if (unit == "元" or (mag and not unit)) and (
            re.match(
                r"(?:产值|营收|收入)?及?(?:以上|以下)的?(?:工业|法人|工业法人)?(?:企业|项目|单位)|及?以上的[“\"][^”\"]{1,6}[”\"]",
                after,
            )
            or re.match(r"(?:及以上)?的(?:工业)?法人(?:企业|单位)", after)  # 年主营业务收入不低于2000万元的工业法人企业
            or over
            and re.match(r"的?(?:企业|项目|工业企业|园区|行列|阵营)|的(?:有|共有|共|达)?[\d一二三四五六七八九十两]", after)
        ):
            continue  # 产值过10亿元的企业, 10亿元以上项目, 向产值过10亿元的行列, 超过1亿元的有10家: a threshold
        converted = _unit(value, mag, unit, money_context)
        if converted is None:
            continue
        value_out, unit_out = converted
        value_max = None
        if match.group("num2"):
            second = to_number(match.group("num2"))
            if second is None:
                continue
            second_converted = _unit(second, mag, unit, money_context)
            value_max = second_converted[0] if second_converted else None
        more = bool(match.group("more") or match.group("more2") or match.group("more3"))
        qualifier, end = _qualifier(sentence, match.start(), match.end(), more)
        if value_max is not None:
            qualifier = "range"
        for bare in shared:  # each takes the magnitude and unit of the figure after the list
            number = to_number(bare.group("num"))
            listed_as = _unit(number, mag, unit, money_context) if number is not None else None
            if listed_as is not None:
                code, bare_end = _qualifier(sentence, bare.start(), bare.end(), False)
                found.append(Quantity(bare.start(), bare_end, listed_as[0], None, listed_as[1], code, bare.group(0)))
        found.append(Quantity(match.start(), end, value_out, value_max, unit_out, qualifier, sentence[match.start() : end]))
    for match in BARE_MAGNITUDE.finditer(sentence):
        if any(q.start <= match.start("mag") < q.end for q in found) or _in_quoted_name(sentence, match.start(), match.end()):
            continue  # “三年冲刺千亿”: a slogan
        if re.match(r"元?的(?:企业|项目|园区|行列|阵营)", sentence[match.end() :]):
            continue  # 技工贸收入过千亿元的园区: a threshold inside a name
        value, unit = _MAGNITUDES[match.group("mag")] / 1e8, "亿元"
        code = "gt" if match.group("verb") in ("突破", "超过", "超", "过", "跨越") else "eq"
        qualifier, end = _qualifier(sentence, match.start("mag"), match.end(), False)
        found.append(
            Quantity(
                match.start("mag"),
                end,
                value,
                None,
                unit,
                qualifier if qualifier != "eq" else code,
                sentence[match.start("mag") : end],
            )
        )
    for match in TENTHS.finditer(sentence):
        value = to_number(match.group("num"))
        qualifier, end = _qualifier(sentence, match.start(), match.end(), False)
        found.append(Quantity(match.start(), end, value * 10, None, "%", qualifier, sentence[match.start() : end]))
    for match in RANK.finditer(sentence):
        group = next(
            g for g in ("num", "num2", "num3", "num4", "num5", "num6", "num7", "num8", "num9", "num10") if match.group(g)
        )
        word, start = match.group(group), match.start(group)
        before = sentence[max(0, start - 2) : start]
        if any(q.start <= start < q.end for q in found) or before in ("隐形", "多个") or before == "单项" and group != "num7":
            continue  # 单项冠军 is a title of firms; 单项亚军 a place in a contest
        if re.match(r"的?(?:目标|行动|战略|计划)", sentence[match.end() :]):
            continue  # 挺进三十强目标: a slogan's goal, not a place
        value = 1.0 if word in FIRST else {"冠军": 1.0, "亚军": 2.0, "季军": 3.0, "位": 1.0}.get(word) or to_number(word)
        if value:
            qualifier = "le" if group in ("num3", "num4") else "eq"
            unit = match.group("unit") or match.group("unit2") or "名"
            found.append(Quantity(start, match.end(), value, None, unit, qualifier, sentence[start : match.end()]))
    for pattern, unit in ((GAP, "年"), (SEATS, "个"), (NTH, "个"), (BIG_N, "个")):  # 晚了25年, 占据两席, 第3个, 三大
        for match in pattern.finditer(sentence):
            group = "num" if match.group("num") else "num2"
            start = match.start(group)
            value = to_number(match.group(group))
            if value and not any(q.start <= start < q.end for q in found):
                found.append(Quantity(start, match.end(), value, None, unit, "eq", sentence[start : match.end()]))
    for match in ONLY.finditer(sentence):
        found.append(Quantity(match.start(), match.end(), 1.0, None, "个", "eq", match.group(0)))
    return sorted(found, key=lambda q: q.start)
