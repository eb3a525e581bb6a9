"""Words and numbers in Chinese (default) and English.

Numbers are formatted by babel: 万/亿 in Chinese, thousand/million/billion in English. Values are
converted from the unit they were published in; a qualifier ("≥", "约", "冲刺") travels with them.
"""

from __future__ import annotations

import math
from functools import lru_cache

from babel import Locale
from babel.numbers import format_compact_decimal, format_decimal

from parkdash import periods, vocab

LANGS = ("zh", "en")
MISSING = "–"  # what a table cell or a figure shows when there is no value (both languages)
LOCALES = {"zh": "zh_CN", "en": "en"}
_LOCALE = {lang: Locale.parse(code) for lang, code in LOCALES.items()}  # parsed once: babel parses a name on every call

_T: dict[str, tuple[str, str]] = {
    "app_title": ("株洲园区看板", "Zhuzhou Parks Dashboard"),
    "app_subtitle": (
        "株洲市开发区的产业定位、“十四五”目标与实绩，每个数字都附新闻出处",
        "Zhuzhou's development zones: target industries, 14th five-year-plan targets and actuals, each figure with its news source",
    ),
    "page_overview": ("总览", "Overview"),
    "page_park": ("园区档案", "Park profile"),
    "page_industry": ("产业", "Industry"),
    "page_targets": ("“十四五”目标", "Five-year targets"),
    "page_map": ("地图", "Map"),
    "page_news": ("新闻", "News"),
    "page_data": ("数据", "Data"),
    "page_add": ("添加新闻", "Add news"),
    # the ingest assistant (views/add_news.py)
    "add_intro": (
        "粘贴或上传一篇新闻（纯文本或浏览器保存的网页），助手找出其中的数字供您逐条核对；只有您勾选“接受”的数字才会保存，文章原文不保存。",
        "Paste or upload a news article (plain text or a page saved from the browser). The assistant finds its figures for you to review one by one; only figures you accept are saved, and the article's text is not stored.",
    ),
    "add_article": ("文章正文", "Article text"),
    "add_upload": ("或上传文件（.txt / .html）", "or upload a file (.txt / .html)"),
    "add_url": ("原文网址 *", "Article URL *"),
    "add_outlet": ("发布媒体 *", "Outlet *"),
    "add_date": ("发布日期 *", "Publication date *"),
    "add_title": ("标题（照原文）", "Headline (as published)"),
    "add_extract": ("找出数字", "Find figures"),
    "add_reading": (
        "正在读取文章（程序或数据更新后的第一次需要约十秒）…",
        "Reading the article (the first time after an update of the program or the data takes about ten seconds)…",
    ),
    "add_found": (
        "找到 {n} 个候选数字。勾选“接受”，修改有误的单元格，再填写摘要并保存。",
        "{n} candidate figures. Tick “accept”, correct any wrong cell, then write the summary and save.",
    ),
    "add_none": (
        "没有找到数字：文章里没有带单位的数字，或者它们不属于已知园区与指标。",
        "No figures found: the article has no numbers with units, or none that belong to a known park and metric.",
    ),
    "add_need_meta": ("请填写网址、发布媒体和日期。", "Give the URL, outlet and date."),
    "add_summary_zh": ("中文摘要 *（用您自己的话）", "Summary in Chinese * (in your own words)"),
    "add_required": ("标有 * 的为必填项。", "Fields marked * are required."),
    "add_summary_en": (
        "英文摘要（可选；留空时英文页面显示中文摘要并注明）",
        "Summary in English (optional; left blank, the English pages show the Chinese one, marked as such)",
    ),
    "add_reliability": ("来源可靠性", "Source reliability"),
    "add_save": ("保存接受的数字", "Save accepted figures"),
    "add_saved": ("已保存这篇新闻及 {n} 个数字。", "Saved the article and {n} figures."),
    "add_saved_news_only": (
        "已保存这篇新闻：它的数字都已在数据中，没有重复保存，新闻作为又一个来源列在新闻页。",
        "Saved the article: its figures were all stored already, so none was copied; it is listed on the news page as another source.",
    ),
    "add_saved_detail": (
        "新闻编号 {news_id}；数字编号 {ids}；数据文件的上一版本保留在文件夹 {backup}。",
        "News id {news_id}; figure ids {ids}; the previous data files are kept in the folder {backup}.",
    ),
    "add_not_saved": ("未保存：{reason}", "Not saved: {reason}"),
    "add_readonly": (
        "此服务器为只读：可以试用提取，但不能保存。",
        "This server is read-only: you can try the extraction, but not save.",
    ),
    "add_see": ("在园区档案中查看", "See it in the park profile"),
    "article_empty": ("文章是空的。", "The article is empty."),
    "article_too_large": ("文件太大，不像一篇新闻（最多 2 MB）。", "The file is too large for a news article (at most 2 MB)."),
    "article_binary": (
        "这不是文本或网页文件。请粘贴正文，或上传 .txt / .html 文件。",
        "This is not a text or HTML file. Paste the text, or upload a .txt / .html file.",
    ),
    "article_no_chinese": (
        "没有找到中文正文：请粘贴文章本身（纯文本或保存的网页）。",
        "No Chinese text found: paste the article itself (plain text or the saved page).",
    ),
    "ingest_news_incomplete": ("新闻信息不完整，未保存：", "The news item is incomplete; nothing was saved:"),
    "ingest_exists": ("这篇新闻已在数据中，未保存：", "This article is already in the data; nothing was saved:"),
    "ingest_figures_incomplete": ("有接受的数字不完整，未保存：", "Some accepted figures are incomplete; nothing was saved:"),
    "ingest_data_broken": (
        "数据文件本身有误，请先修正，未保存：",
        "The data files have problems; fix them first. Nothing was saved:",
    ),
    "ingest_none_accepted": ("没有勾选“接受”的数字，未保存。", "No figure is accepted; nothing was saved."),
    "ingest_invalid": ("保存后的数据无法通过校验，未保存：", "The result would not pass validation; nothing was saved:"),
    "ingest_conflict": (
        "同一篇新闻里接受了两个说同一件事的数字，未保存：",
        "Two accepted figures of this article say the same thing; nothing was saved:",
    ),
    # why a save was refused (review.Issue): placed by where_…, then the reason
    "where_row": ("第{row}行", "Row {row}"),
    "where_news": ("新闻信息", "News details"),
    "where_metric": ("新指标“{metric_id}”", "New metric “{metric_id}”"),
    "where_file": ("数据文件 {file} 第{line}行", "Data file {file}, line {line}"),
    "why_required": ("缺少“{field}”", "“{field}” is missing"),
    "why_spaces": ("“{field}”首尾有空格", "“{field}” begins or ends with a space"),
    "why_not_id": (
        "“{field}”只能用小写字母、数字和 -：{value}",
        "“{field}” may only use lower-case letters, digits and -: {value}",
    ),
    "why_not_number": ("“{field}”不是数字：{value}", "“{field}” is not a number: {value}"),
    "why_out_of_range": ("“{field}”超出可能的范围：{value}", "“{field}” is out of the possible range: {value}"),
    "why_date": ("“{field}”不是日期（年-月-日）：{value}", "“{field}” is not a date (year-month-day): {value}"),
    "why_url": ("网址须以 http:// 或 https:// 开头：{value}", "The URL must start with http:// or https://: {value}"),
    "why_period": (
        "时期“{value}”的写法不对（写法见“时期”列的说明）",
        "The period “{value}” is not written as a period (see the hint on the Period column)",
    ),
    "why_choice": ("“{field}”不是可选的值：{value}", "“{field}” is not one of the allowed values: {value}"),
    "why_too_long": ("“{field}”太长（最多 {n} 个字）", "“{field}” is too long (at most {n} characters)"),
    "why_unknown": ("“{field}”中的“{value}”不在数据中", "“{value}” in “{field}” is not in the data"),
    "why_duplicate": ("与数据中已有的一行重复", "Repeats a row already in the data"),
    "why_unit": (
        "单位“{unit}”与指标的单位“{want}”不是同一种量",
        "The unit “{unit}” does not measure the same thing as the metric's unit “{want}”",
    ),
    "why_range_needs_max": ("限定为“至”（范围）时须填“上限”", "A range (qualifier “– range”) needs an upper bound"),
    "why_max_only_for_range": ("只有限定为“至”（范围）时才填“上限”", "An upper bound is only for a range (qualifier “– range”)"),
    "why_max_above": ("“上限”须大于数值", "The upper bound must be above the value"),
    "why_percent": ("超过 ±1000% 的百分比不合理", "A percentage beyond ±1000 % is implausible"),
    "why_aspiration": ("只有目标才能标“力争/冲刺”", "Only a target can be marked “aim” or “push for”"),
    "why_scope_needs_park": ("统计范围为“{scope}”的数字须选择园区", "A figure reported for “{scope}” needs a park"),
    "why_actual_horizon": ("实绩不能用目标的时期（by… / open）", "An actual cannot have a target's period (by… / open)"),
    "why_other": ("“{field}”不符合数据规则", "“{field}” breaks a data rule"),
    "why_summary": (
        "缺少“中文摘要”，请用您自己的话写（文章原文不保存）",
        "The summary in Chinese is missing: write one in your own words (the article's text is not stored)",
    ),
    "why_news_exists": ("新闻编号 {news_id} 已在数据中", "The news id {news_id} is already in the data"),
    "why_url_used": ("这个网址已被新闻 {news_id} 使用", "This URL is already used by the news item {news_id}"),
    "why_tick": ("请为要保存的每个数字勾选“接受”", "Tick “Accept” for each figure to save"),
    "why_no_park": (
        "统计范围为“园区”的数字须选择园区（“{name}”；或把范围改为城市或其他）",
        "A figure with the scope “park” needs its park (“{name}”; or set the scope to city or other)",
    ),
    "why_no_metric": ("“{name}”：请选择指标，或填写新指标代码", "“{name}”: choose a metric, or give a new metric id"),
    "why_new_metric": (
        "新指标“{metric_id}”需要由小写字母、数字和 - 组成的代码，并以“文中名称”作中文名",
        "The new metric “{metric_id}” needs an id of lower-case letters, digits and -, and a “Name in the article” as its Chinese name",
    ),
    "why_conflict": (
        "第{a}行（{value_a}）与第{b}行（{value_b}）是同一园区、指标、时期和类型，数值却不同。请核对原文，只接受正确的一行；"
        "若两行说的是不同对象（如两个项目或片区），请在“报告主体”中分别写明",
        "Rows {a} ({value_a}) and {b} ({value_b}) give different values for the same park, metric, period and kind. "
        "Check the article and accept only the right one; if they are about different things (two projects, two "
        "sub-parks), say which in “Entity as written”",
    ),
    "why_repeat": (
        "第{a}行与第{b}行是同一个数字（{value_a}）：只接受一行",
        "Rows {a} and {b} are the same figure ({value_a}): accept only one",
    ),
    "col_new_metric": ("新指标代码", "New metric id"),
    "col_new_metric_help": (
        "指标列表里没有合适的指标时：把“指标”留空，在此给新指标起代码（小写字母、数字和 -，如 trade-volume），"
        "“文中名称”即其中文名。类型和方向按单位自动设定（名/位为排名，越小越好）。",
        "When no metric in the list fits: leave Metric empty and give the new metric an id here (lower-case letters, "
        "digits and -, e.g. trade-volume); “Name in the article” becomes its Chinese name. Its kind and direction "
        "follow the unit (名/位 is a rank: lower is better).",
    ),
    "col_new_metric_en": ("新指标英文名", "New metric, English name"),
    "col_new_metric_en_help": (
        "可选。留空时英文页面显示“[zh] 中文名”。",
        "Optional. Left blank, the English pages show “[zh]” and the Chinese name.",
    ),
    "col_metric_zh_help": (
        "文章对这一指标的说法；新建指标时作为其中文名。",
        "What the article calls the measure; the Chinese name of a new metric.",
    ),
    "col_scope": ("统计范围", "Scope"),
    "col_scope_help": (
        "数字是谁的：园区本身；园区所在的区县市（如天元区之于高新区）；全市园区合计；株洲市；其他（如峰会、全省）。",
        "Whose figure it is: the park itself; the district or city that hosts it (e.g. Tianyuan for the High-tech "
        "Zone); all the city's parks together; Zhuzhou city; other (a summit, the province …).",
    ),
    "col_entity_help": (
        "文章所说的主体，照原文（如“天元区”“株洲经开区（北斗产业园）”）。同一篇文章中同一指标的两个不同对象（两个项目、两个片区）在此写明。",
        "The entity as the article names it, in Chinese (e.g. 天元区). Two different things with the same measure "
        "in one article (two projects, two sub-parks) are told apart here.",
    ),
    "col_qualifier_help": (
        "数字的限定：= 等于；≥ 以上、不低于；> 突破、超过；≈ 约；≲ 近；≤ 以内、前N；– 至（范围，须填上限）。",
        "How exact the figure is: = equals; ≥ at least (以上); > over (突破/超); ≈ about (约); ≲ nearly (近); "
        "≤ at most (以内/前N); – a range (give the upper bound).",
    ),
    "col_value_max_help": ("只用于范围（限定为“至”）：范围的上限。", "Only for a range (qualifier “– range”): its upper end."),
    "col_aspiration_help": (
        "只用于目标：文章写“力争”或“冲刺”时选择。",
        "Targets only: choose when the article says 力争 (aim) or 冲刺 (push for).",
    ),
    "col_period_text_help": (
        "文章对时期的说法（如“上半年”“十四五末”）；改了“时期”而未改此列时，保存时期的中文写法（如“2025年上半年”）。",
        "The period as the article words it (上半年, “十四五”末 …); if you change Period and not this, the period is saved in Chinese words (2025年上半年).",
    ),
    "col_locator_help": (
        "文章中找到这个数字的原话（最多 20 个字）；只保存这一小段，不保存全文。",
        "The article's words around the figure (at most 20 characters); only this phrase is stored, never the article.",
    ),
    "col_kind_help": (
        "实绩：已经发生；目标：计划达到（力争、目标、到20xx年）；预估：当年的预计数。",
        "Actual: what happened; target: what is planned (力争, 目标, 到20xx年); forecast: an estimate for the current year.",
    ),
    "col_accept_help": ("勾选的数字才会保存。", "Only ticked figures are saved."),
    "col_row": ("行", "Row"),
    "add_unknown_park": (
        "文中的“{names}”不是 parks.csv 里的园区：这些数字暂无园区，无法保存。请改选园区或范围；新园区须先加入 parks.csv。",
        "“{names}” is not a park in parks.csv: its figures have no park and cannot be saved. Choose a park or a scope; a new park must first be added to parks.csv.",
    ),
    "add_known_url": (
        "这篇新闻（{news_id}）已在数据中，不能再次保存。",
        "This article ({news_id}) is already in the data and cannot be saved again.",
    ),
    "add_checks": (
        "与已有数据及文中其他行的比对（按行号，随修改更新；✓ 为已接受）：",
        "Against the stored figures and the article's other rows (by row, as edited; ✓ accepted):",
    ),
    "col_period_help": (
        "时期写法：2024 全年；2024Q1 一季度；2024H1 上半年；2024YTD05 1-5月；2024-03-22 某一天；"
        "@2024-05 截至该月（存量）；2021..2026 跨年；by2025 到2025年（目标）；open 未写年份（目标）",
        "How periods are written: 2024 the year; 2024Q1 a quarter; 2024H1 a half; 2024YTD05 January–May; "
        "2024-03-22 a day; @2024-05 as of that month (a stock); 2021..2026 a span; by2025 by 2025 (a target); "
        "open no year (a target)",
    ),
    "add_conflict_hint": (
        "同一篇文章中数值不同：核对原文，只接受正确的一行",
        "the article gives another value for the same figure: check it and accept only the right one",
    ),
    "add_incomplete_hint": ("先选定园区和指标再接受", "choose the park and the metric before accepting it"),
    "add_row_repeat_hint": ("文中重复：已有前面一行，不必再接受", "repeated in the article: the earlier row is enough"),
    "add_repeat_hint": (
        "已在数据中，不必再接受（一个都不接受时，保存只记下这篇新闻作为来源）",
        "already stored, no need to accept it (with none accepted, saving keeps just the article, as a source)",
    ),
    "add_title_from_page": ("标题（取自文章，可在上方改写）", "Headline (from the article; type another above to change it)"),
    "add_see_targets": ("在“十四五”目标跟踪中查看", "See it in the five-year target tracker"),
    "add_industries": ("相关产业（可选）", "Industries the article is about (optional)"),
    "add_choose": ("请选择", "Choose"),
    "add_accept_all": (
        "全部接受（已在数据中的、文中矛盾的、缺园区或指标的除外，再取消有误的）",
        "Accept all (except figures already stored, contradicted in the article or missing a park or metric; "
        "then untick the wrong ones)",
    ),
    "col_unit": ("单位", "Unit"),
    "col_value_max": ("上限", "Upper bound"),
    "col_qualifier": ("限定", "Qualifier"),
    "col_aspiration": ("力争/冲刺", "Aspiration"),
    "col_accept": ("接受", "Accept"),
    "col_check": ("与已有数据比对", "Against stored figures"),
    "col_entity": ("报告主体", "Reported for"),
    "col_metric_zh": ("文中名称", "Name in the article"),
    "col_period_text": ("原文时期", "Period as written"),
    "col_locator": ("原文位置", "Where in the article"),
    "parks": ("园区", "Parks"),
    "col_park": ("园区", "Park"),
    "industries": ("产业", "Industries"),
    "years": ("年份", "Years"),
    "language": ("语言", "Language"),
    "all_parks": ("全部园区", "All parks"),
    "all_industries": ("全部产业", "All industries"),
    "share": ("分享此视图", "Share this view"),
    "share_help": (
        "复制下面的链接，在新浏览器中打开即是同一视图。",
        "Copy this link: opened in a new browser it shows this same view.",
    ),
    "present": ("演示模式", "Presentation mode"),
    "present_exit": ("退出演示模式", "Leave presentation mode"),
    "notice_bad_link": (
        "链接中有无法识别的参数，已改用默认值：",
        "Some link parameters were not recognised and defaults are used instead: ",
    ),
    "sources": ("出处", "Sources"),
    "source": ("出处", "Source"),
    "target_source": ("目标出处", "Target's source"),
    "latest_source": ("实际值出处", "Actual's source"),
    "news_behind": ("本图数字的新闻出处", "News behind this chart"),
    "no_data": ("暂无数据", "No data yet"),
    "no_match": ("当前筛选条件下没有数据。", "Nothing matches the current filters."),
    "level": ("级别", "Level"),
    "founded": ("设立", "Founded"),
    "approved": ("获批", "Approved"),
    "area": ("面积", "Area"),
    "precision": ("位置精度", "Location precision"),
    "within_km": ("误差约 {km} 公里以内", "within about {km} km"),
    "county": ("所在区县", "District / county"),
    "role": ("定位", "Role"),
    "metric": ("指标", "Metric"),
    "period": ("时期", "Period"),
    "value": ("数值", "Value"),
    "kind": ("类型", "Kind"),
    "entity": ("统计主体", "Reported for"),
    "outlet": ("媒体", "Outlet"),
    "date": ("日期", "Date"),
    "title": ("标题", "Title"),
    "locator": ("定位语", "Locator"),
    "targets": ("目标", "Targets"),
    "actuals": ("实绩", "Actuals"),
    "baseline": ("基数", "Baseline"),
    "target": ("目标值", "Target"),
    "target_year": ("目标年", "Target year"),
    "required_growth": ("每年所需增长", "Growth needed per year"),
    "required_growth_note": (
        "每年所需增长：从最新实绩（没有更新的实绩时为基数）所在年到目标年，每年须达到的复合增长率；只差一年时，就是目标年当年须达到的增幅。"
        "状态按从基数到目标的路径判断；阶段实绩（如上半年）只列出，不计入状态。出处列出目标及表中基数、最新实绩和阶段实绩的新闻。",
        "Growth needed per year: the compound growth a year that takes the latest actual (the baseline when there is "
        "none later) to the target in the target year; with one year left, simply the rise needed in that year. Status "
        "is judged against the path from the baseline to the target; a part-year actual (a first half …) is shown, not "
        "judged. Sources list the news of the targets and of the baselines, latest and part-year actuals shown.",
    ),
    "latest_actual": ("最新实绩", "Latest actual"),
    "latest_part": ("阶段实绩", "Part-year actual"),
    "progress": ("完成进度", "Progress"),
    "status": ("状态", "Status"),
    "year": ("年份", "Year"),
    "matrix_title": ("园区 × 湖南省“3+3+2”产业", 'Parks × Hunan\'s "3+3+2" industries'),
    "matrix_title_zz": ("园区 × 株洲“3+3+2”产业", 'Parks × Zhuzhou\'s own "3+3+2" industries'),
    "matrix_note": (
        "格中为园区对该产业的定位（据其新闻出处）；归类为本项目所作。",
        "Cells show each park's stated role in the industry (with its source); the classification is ours.",
    ),
    "latest_news": ("最新新闻", "Latest news"),
    "headline": ("各园区要点", "Parks at a glance"),
    "figures_by_park": ("各园区的数字与目标条数", "Figures and targets on record, by park"),
    "n_figures": ("数字条数", "Figures"),
    "n_targets": ("目标条数", "Targets"),
    "n_news": ("新闻条数", "News items"),
    "lead_industries": ("主导产业", "Lead industries"),
    "choose_park": ("选择园区", "Choose a park"),
    "choose_industry": ("选择产业", "Choose an industry"),
    "choose_metric": ("选择指标", "Choose a metric"),
    "size_by": ("圆点大小表示", "Dot size shows"),
    "size_by_figures": ("数字条数", "Number of figures"),
    "search_words": ("关键词", "Words"),
    "single_figures": ("其他单项数字", "Other single figures"),
    "park_industries": ("目标产业", "Target industries"),
    "parks_targeting": ("以此为目标产业的园区", "Parks that target it"),
    "related_figures": ("相关新闻中的数字", "Figures in its news"),
    "its_news": ("相关新闻", "Its news"),
    "table": ("数据表", "Table"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "download_xlsx": ("下载 Excel", "Download Excel"),
    "quality": ("数据质量报告", "Data-quality report"),
    "quality_ok": ("已载入的数据通过全部校验：", "The loaded data passes every check: "),
    "data_rejected": (
        "数据文件有误，未被采用；仍在显示上一版有效数据。问题如下：",
        "The data files have errors and were not used; the last valid data are still shown. Problems:",
    ),
    "data_unavailable": (
        "数据文件有误，暂时无法显示。问题如下：",
        "The data files have errors, so nothing can be shown yet. Problems:",
    ),
    "map_note": (
        "无底图：仅显示本项目的图层。圆点位置多为区县参考点，浅色圆圈表示位置误差范围。点击园区查看档案。",
        "No basemap: only the project's own layers. Most points are district reference points; the pale rings show how far off they may be. Click a park to open its profile.",
    ),
    "view_in": ("查看", "View in"),
    "unknown": ("未知", "unknown"),
    "table_pick": ("数据表", "Table"),
    "rows": ("行", "rows"),
    "chart_alt_park": ("{park}：{metric}历年实绩与目标", "{park}: {metric}, actuals and targets by year"),
    "status_chart": ("各园区目标状态", "Target status by park"),
    "tab_chart": ("图表", "Chart"),
    "tab_table": ("表格", "Table"),
    "tab_sources": ("出处", "Sources"),
    "open_link": ("打开", "open"),
    "notes": ("说明与出处", "Notes and sources"),
    "valid": ("有效期", "Valid"),
    "no_year": ("未定", "none"),
    "plan_period": ("“十四五”（2021–2025）", "14th five-year plan (2021–2025)"),
    # what a capped or paged view leaves out, and how to see it
    "shown_range": ("显示第 {a}–{b} 项，共 {n} 项；翻页查看其余。", "Showing {a}–{b} of {n}; use the pager for the rest."),
    "cap_top_figures": (
        "只单列数字最多的 {k} 个园区；其余 {rest} 个园区合计数字 {figures} 条、目标 {targets} 条。在侧栏选择园区可单独查看。",
        "Only the {k} parks with the most figures are shown; the other {rest} together have {figures} figures and {targets} targets. Choose parks in the sidebar to see them.",
    ),
    "cap_top_targets": (
        "只单列目标最多的 {k} 个园区；其余 {rest} 个园区的目标合计：{statuses}。在侧栏选择园区可单独查看。",
        "Only the {k} parks with the most targets are shown; the targets of the other {rest}: {statuses}. Choose parks in the sidebar to see them.",
    ),
    "cap_matrix": (
        "只列出在此框架中所述产业最多的 {k} 个园区（共 {n} 个）。在侧栏选择园区可查看其他园区。",
        "Only the {k} parks stating the most of these industries are listed (of {n}). Choose parks in the sidebar to see others.",
    ),
    "cap_map": (
        "单独显示{by}最大的 {k} 个园区；其余 {rest} 个园区按位置合并为灰色圆点。在侧栏选择园区可单独显示。",
        "The {k} parks with the largest {by} are shown one by one; the other {rest} are merged by location into grey dots. Choose parks in the sidebar to see them one by one.",
    ),
    "map_group": ("此处另有 {n} 个园区（合并显示）", "{n} more parks here (merged)"),
    "map_group_hint": ("在侧栏选择园区可单独显示", "choose parks in the sidebar to see them"),
    "cap_metrics": (
        "有 {n} 个指标可作图，每页 {k} 个，数字多者在前；翻页查看其余指标。",
        "{n} metrics have charts, {k} per page, those with most figures first; use the pager for the others.",
    ),
    "more_figures": ("另有 {n} 个数字未列出。", "{n} more figures are not listed."),
    "show_all_figures": ("显示全部 {n} 个数字", "Show all {n} figures"),
}

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "level": {
        "national-htz": ("国家级高新区", "National high-tech zone"),
        "provincial-htz": ("省级高新区", "Provincial high-tech zone"),
        "provincial-edz": ("省级经开区", "Provincial economic development zone"),
    },
    "role": {
        "lead": ("主导", "lead"),
        "specialty": ("特色", "specialty"),
        "auxiliary": ("辅助", "auxiliary"),
        "cluster": ("集群所在", "hosts cluster"),
        "focus": ("重点", "focus"),
    },
    "kind": {"actual": ("实绩", "actual"), "target": ("目标", "target"), "forecast": ("预估", "forecast")},
    "status": {
        "ahead": ("超前", "ahead"),
        "on-track": ("符合进度", "on track"),
        "behind": ("落后", "behind"),
        "achieved": ("已达成", "achieved"),
        "missed": ("未达成", "missed"),
        "no-data": ("暂无实绩", "no data yet"),
    },
    "scope": {
        "park": ("园区", "park"),
        "host": ("所在区县市", "host district/city"),
        "city-parks": ("全市园区合计", "all city parks"),
        "city": ("株洲市", "Zhuzhou city"),
        "other": ("其他", "other"),
    },
    "tier": {"3a": ("第一个“3”", 'first "3"'), "3b": ("第二个“3”", 'second "3"'), "2": ("“2”", '"2"')},
    "framework": {
        "hunan-332": ("湖南省园区“3+3+2”", 'Hunan park plan "3+3+2"'),
        "zhuzhou-332": ("株洲“3+3+2”", 'Zhuzhou "3+3+2"'),
        "park": ("园区自定", "as stated by parks"),
    },
    "qualifier": {
        "eq": ("= 等于", "= equals"),
        "ge": ("≥ 以上", "≥ at least"),
        "gt": ("> 突破/超过", "> over"),
        "approx": ("≈ 约", "≈ about"),
        "near": ("≲ 近", "≲ nearly"),
        "le": ("≤ 以内/前N", "≤ at most"),
        "range": ("– 至", "– range"),
    },
    "reliability": {
        "official": ("官方", "official"),
        "media": ("媒体", "media"),
        "repost": ("转载", "repost"),
        "secondary": ("二手", "secondary"),
        "low": ("可信度低", "low reliability"),
    },
    # a column named in a message of the Add news page: the label the page gives it
    "field": {
        "park_id": ("园区", "Park"),
        "scope": ("统计范围", "Scope"),
        "entity_reported": ("报告主体", "Entity as written"),
        "metric_id": ("指标", "Metric"),
        "metric_zh": ("文中名称", "Name in the article"),
        "new_metric_id": ("新指标代码", "New metric id"),
        "new_metric_en": ("新指标英文名", "New metric, English name"),
        "period": ("时期", "Period"),
        "period_text": ("原文时期", "Period as written"),
        "kind": ("类型", "Kind"),
        "value": ("数值", "Value"),
        "value_max": ("上限", "Upper bound"),
        "qualifier": ("限定", "Qualifier"),
        "aspiration": ("力争/冲刺", "Aspiration"),
        "unit": ("单位", "Unit"),
        "locator": ("原文位置", "Where in the article"),
        "note": ("备注", "Note"),
        "url": ("原文网址", "Article URL"),
        "outlet": ("发布媒体", "Outlet"),
        "date": ("发布日期", "Publication date"),
        "title": ("标题", "Headline"),
        "summary_zh": ("中文摘要", "Summary in Chinese"),
        "summary_en": ("英文摘要", "Summary in English"),
        "reliability": ("来源可靠性", "Source reliability"),
        "industry_ids": ("相关产业", "Industries"),
        "park_ids": ("园区", "Parks"),
        "news_id": ("新闻编号", "News id"),
        "obs_id": ("数字编号", "Figure id"),
    },
    "table": {
        "observations": ("数字", "Figures"),
        "parks": ("园区", "Parks"),
        "park_industries": ("园区产业", "Park industries"),
        "industries": ("产业", "Industries"),
        "metrics": ("指标", "Metrics"),
        "news": ("新闻", "News"),
    },
}


def t(key: str, lang: str, **kw: object) -> str:
    """The text for ``key`` in ``lang``; ``{name}`` placeholders filled from ``kw``."""
    zh, en = _T[key]
    text = en if lang == "en" else zh
    return text.format(**kw) if kw else text


def label(group: str, code: str, lang: str) -> str:
    """The label of a vocabulary code (a level, role, status …); the code itself if unknown."""
    pair = LABELS[group].get(code)
    if pair is None:
        return code
    return pair[1] if lang == "en" else pair[0]


def issue(key: str, params: dict[str, object], lang: str) -> str:
    """A reason a save was refused (``parkdash.ingest.review.Issue``) in ``lang``: where it is (a row of
    the review table, the news details, a new metric, a data file), then why. A ``field`` is named by
    the page's label, a ``scope`` by its label, a (value, unit) pair as an amount."""
    kw: dict[str, object] = {}
    for name, value in params.items():
        if name == "field":
            value = label("field", str(value), lang)
        elif name == "scope":
            value = label("scope", str(value), lang)
        elif isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], float | int):
            value = amount(float(value[0]), str(value[1]), lang)
        kw[name] = value
    text = t(key, lang, **kw)
    where = params.get("where")
    if not isinstance(where, tuple) or not where:
        return text
    place = {
        "row": lambda: t("where_row", lang, row=where[1]),
        "news": lambda: t("where_news", lang),
        "metric": lambda: t("where_metric", lang, metric_id=where[1]),
        "file": lambda: t("where_file", lang, file=where[1], line=where[2]),
    }[str(where[0])]()
    if lang == "zh":
        return f"{place}：{text}"
    return f"{place}: {text[:1].lower()}{text[1:]}"  # "Row 2: the upper bound must …"


def pick(row: object, column: str, lang: str) -> str:
    """``row[column_en]`` in English (falling back to Chinese), ``row[column_zh]`` otherwise."""
    zh = row[f"{column}_zh"]  # type: ignore[index]
    if lang == "en":
        en = row[f"{column}_en"]  # type: ignore[index]
        if isinstance(en, str) and en:
            return en
    return zh if isinstance(zh, str) else ""


# ---------------------------------------------------------------- numbers

_UNIT_EN = {
    "个": "",
    "家": "firms",
    "项": "items",
    "名": "",
    "位": "",
    "平方公里": "km²",
    "公顷": "ha",
    "亩": "mu",
    "万平方米": "× 10,000 m²",
    "万人": "× 10,000 people",
    "万": "× 10,000",
    "年": "years",
    "%": "%",
}


_UNIT_AXIS_EN = {
    "亿元": "CNY 100 million",
    "万元": "CNY 10,000",
    "千亿元": "CNY 100 billion",
    "元": "CNY",
    "个": "count",
    "家": "firms",
    "项": "items",
    "名": "rank",
    "位": "rank",
    "万人": "10,000 people",
    "万": "10,000",
}


def unit_label(unit: str, lang: str) -> str:
    """A unit for an axis title: as published in Chinese, spelt out in English."""
    if lang == "zh":
        return unit
    return _UNIT_AXIS_EN.get(unit) or _UNIT_EN.get(unit) or unit


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def period_words(code: str, lang: str) -> str:
    """A period code in words: 2025年上半年 / H1 2025, 2025年1—5月 / Jan–May 2025, 截至2025年7月 / as of 2025-07."""
    if lang == "zh":
        return periods.describe(code)
    p = periods.parse_period(code)
    y = p.start_year
    return {
        "quarter": f"Q{p.part} {y}",
        "half": f"H{p.part} {y}",
        "ytd": f"{_MONTHS_EN[0]}–{_MONTHS_EN[(p.part or 1) - 1]} {y}" if p.part != 1 else f"Jan {y}",
        "asof": f"as of {code[1:]}",
        "span": f"{y}–{p.end_year}",
        "horizon": f"by {y}",
        "open": "no year",
    }.get(p.kind, code)


def unit_choice(unit: str, lang: str) -> str:
    """A unit as offered for choosing: as the article writes it, and on the English page with its meaning
    (亿元 · CNY 100 million)."""
    meaning = unit_label(unit, lang) if lang == "en" else unit
    return unit if meaning in (unit, "") else f"{unit} · {meaning}"


@lru_cache(maxsize=1 << 16)  # babel takes ~30-100 µs a number; a page shows the same numbers rerun after rerun
def number(value: float, lang: str, digits: int = 2) -> str:
    """A plain number with grouping, at most ``digits`` decimals."""
    rounded = round(value, digits)
    if isinstance(rounded, int) or (rounded == rounded and abs(rounded) < 1e15 and float(rounded).is_integer() and rounded != 0):
        return f"{int(rounded):,}"  # what babel gives for a whole number in both locales (3-digit groups, ","), 50× quicker
    return format_decimal(rounded, locale=_LOCALE[lang])


@lru_cache(maxsize=1 << 16)
def amount(value: float, unit: str, lang: str) -> str:
    """A value in the unit it was published in, for reading: 122.2亿元 / CNY 12.22 billion, 27.7% …"""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    dim = vocab.unit_dimension(unit)
    if dim == "money":
        yuan = vocab.convert(value, unit, "元")
        if lang == "en":
            return "CNY " + format_compact_decimal(yuan, locale=_LOCALE["en"], format_type="long", fraction_digits=2)
        return format_compact_decimal(yuan, locale=_LOCALE["zh"], fraction_digits=2) + "元"
    if unit == "%":
        return f"{number(value, lang)}%"
    if dim == "people" and lang == "en":
        people = vocab.convert(value, unit, "万人") * 1e4
        return format_compact_decimal(people, locale=_LOCALE["en"], format_type="long", fraction_digits=2) + " people"
    if dim == "rank":
        return f"第{number(value, lang)}{unit}" if lang == "zh" else f"No. {number(value, lang)}"
    if lang == "zh":
        return f"{number(value, lang)}{unit}"
    suffix = _UNIT_EN.get(unit, unit)
    return f"{number(value, lang)} {suffix}".strip()


def qualified(value: float, unit: str, qualifier: str, lang: str, value_max: float | None = None, aspiration: str = "") -> str:
    """A value with its qualifier shown: "≥15%", "约740亿元", "冲刺 5000亿元", "10–30亿元"."""
    text = amount(value, unit, lang)
    if qualifier == "range" and value_max is not None and not math.isnan(value_max):
        text = f"{text} – {amount(value_max, unit, lang)}"
    elif qualifier == "approx":
        text = f"约{text}" if lang == "zh" else f"about {text}"
    elif qualifier == "near":
        text = f"近{text}" if lang == "zh" else f"nearly {text}"
    elif qualifier in ("ge", "gt", "le"):
        text = vocab.QUALIFIERS[qualifier][0] + text
    if aspiration:
        text = f"{vocab.ASPIRATIONS[aspiration][lang]} {text}"
    return text


def qualified_column(frame: object, lang: str, value: str = "value") -> list[str]:
    """``qualified`` for every row of an observations-like frame (value, unit, qualifier, value_max, aspiration)."""
    return [
        qualified(v, u, q, lang, vm, a if isinstance(a, str) else "")
        for v, u, q, vm, a in zip(
            frame[value],
            frame["unit"],
            frame["qualifier"],
            frame["value_max"],
            frame["aspiration"],
            strict=True,  # type: ignore[index]
        )
    ]
