"""Add news: an article in, candidate figures to review (accept, edit, reject), the accepted ones saved."""

from datetime import date

import streamlit as st

from parkdash import config, i18n, ingest, vocab
from parkdash.ingest import learned, review
from parkdash.ui import components as C
from parkdash.ui import frame, state
from parkdash.ui.data import dataset

KEY, DONE = "ingest_review", "ingest_done"

ds, lang = dataset(), frame.lang()
learned.warm_up(ds.metrics)  # the learned models are fitted (or read from the disk cache) while the analyst pastes the article
st.title(i18n.t("page_add", lang))
st.caption(i18n.t("add_intro", lang))

if DONE in st.session_state:
    done: ingest.Applied = st.session_state.pop(DONE)
    said = i18n.t("add_saved", lang, n=len(done.obs_ids)) if done.obs_ids else i18n.t("add_saved_news_only", lang)
    st.success(said)
    st.toast(said, icon=":material/check_circle:")  # seen where the analyst is, down at the save button
    backup = f"{config.data_dir().name}/{done.backup.parent.name}/{done.backup.name}" if done.backup else ""
    st.caption(i18n.t("add_saved_detail", lang, news_id=done.news_id, ids=", ".join(done.obs_ids) or "—", backup=backup))
    saved = ds.observations[ds.observations["obs_id"].isin(done.obs_ids)]
    for park_id in dict.fromkeys(saved["park_id"].dropna()):
        if park_id:
            name = i18n.pick(ds.parks.set_index("park_id").loc[park_id], "short", lang)
            st.page_link(
                "views/park.py",
                label=f"{i18n.t('add_see', lang)}: {name}",
                icon=":material/factory:",
                query_params=state.page_query(p=park_id),
            )
    if (saved["kind"] == "target").any():
        st.page_link("views/targets.py", label=i18n.t("add_see_targets", lang), icon=":material/flag:")

with st.form("add_article"):
    text = st.text_area(i18n.t("add_article", lang), height=220, max_chars=200_000)
    upload = st.file_uploader(i18n.t("add_upload", lang))  # any file: ours says clearly what is not an article
    left, mid, right = st.columns(3)
    url = left.text_input(i18n.t("add_url", lang), max_chars=500)
    outlet = mid.text_input(i18n.t("add_outlet", lang), max_chars=100)
    published = right.date_input(i18n.t("add_date", lang), value=None, min_value=date(1990, 1, 1), max_value=date.today())
    title = st.text_input(i18n.t("add_title", lang), max_chars=200)
    st.caption(i18n.t("add_required", lang))
    find = st.form_submit_button(i18n.t("add_extract", lang), type="primary")

if find:
    st.session_state.pop(KEY, None)
    if not text.strip() and upload is None:
        st.error(i18n.t("article_empty", lang))
    if not (url.strip() and outlet.strip() and published):
        st.error(i18n.t("add_need_meta", lang))
    elif text.strip() or upload is not None:
        try:
            with st.spinner(i18n.t("add_reading", lang)):
                found, page_title = ingest.candidates(upload.getvalue() if upload else text, published, ds, lang)
        except ingest.ArticleError as exc:
            st.error(i18n.t(exc.key, lang))
        else:
            found["new_metric_id"] = found["new_metric_en"] = ""
            found.index = range(1, len(found) + 1)  # the row numbers shown, which the checks below refer to
            info = ingest.NewsInfo(
                url=url.strip(), outlet=outlet.strip(), date=published.isoformat(), title=title.strip() or page_title
            )
            st.session_state[KEY] = (found, info, ds.fingerprint)
            st.session_state["ingest_version"] = st.session_state.get("ingest_version", 0) + 1  # a new table, no old edits

if KEY in st.session_state:
    found, info, _ = st.session_state[KEY]
    if info.title and not title.strip():
        st.caption(f"{i18n.t('add_title_from_page', lang)}: {C.md(info.title)}")
    if info.url in set(ds.news["url"]):
        known = ds.news.loc[ds.news["url"] == info.url, "news_id"].iloc[0]
        st.warning(i18n.t("add_known_url", lang, news_id=known))
    if found.empty:
        st.info(i18n.t("add_none", lang))
    else:
        st.write(i18n.t("add_found", lang, n=len(found)))
        unknown = found.loc[(found["scope"] == "park") & ~found["park_id"].astype(bool), "entity_reported"].unique()
        if len(unknown):
            st.warning(i18n.t("add_unknown_park", lang, names="、".join(unknown)))
        version = st.session_state.get("ingest_version", 0)
        parks = ds.parks.set_index("park_id")
        metrics = ds.metrics.set_index("metric_id")
        config_columns = {
            "_index": st.column_config.NumberColumn(i18n.t("col_row", lang), width=40, pinned=True),
            "accept": st.column_config.CheckboxColumn(
                i18n.t("col_accept", lang), help=i18n.t("col_accept_help", lang), width=76, pinned=True
            ),
            "park_id": st.column_config.SelectboxColumn(
                i18n.t("col_park", lang),
                width=100,
                options=["", *parks.index],
                format_func=lambda p: i18n.pick(parks.loc[p], "short", lang) if p else "—",
            ),
            "scope": st.column_config.SelectboxColumn(
                i18n.t("col_scope", lang),
                help=i18n.t("col_scope_help", lang),
                options=list(vocab.SCOPES),
                format_func=lambda s: i18n.label("scope", s, lang),
            ),
            "entity_reported": st.column_config.TextColumn(
                i18n.t("col_entity", lang), help=i18n.t("col_entity_help", lang), max_chars=60
            ),
            "metric_id": st.column_config.SelectboxColumn(
                i18n.t("metric", lang),
                width=150,
                options=["", *metrics.index],
                format_func=lambda m: i18n.pick(metrics.loc[m], "name", lang) if m else "—",
            ),
            "new_metric_id": st.column_config.TextColumn(
                i18n.t("col_new_metric", lang), help=i18n.t("col_new_metric_help", lang), validate=r"^[a-z0-9][a-z0-9-]{0,47}$"
            ),
            "new_metric_en": st.column_config.TextColumn(
                i18n.t("col_new_metric_en", lang), help=i18n.t("col_new_metric_en_help", lang), max_chars=120
            ),
            "metric_zh": st.column_config.TextColumn(
                i18n.t("col_metric_zh", lang), help=i18n.t("col_metric_zh_help", lang), max_chars=60
            ),
            "period": st.column_config.TextColumn(
                i18n.t("period", lang),
                width=80,
                help=i18n.t("col_period_help", lang),
                validate=r"^(\d{4}(Q[1-4]|H[12]|YTD\d{2}|-\d{2}-\d{2})?|@\d{4}(-\d{2}(-\d{2})?)?|\d{4}\.\.\d{4}|by\d{4}|open)$",
            ),
            "period_text": st.column_config.TextColumn(
                i18n.t("col_period_text", lang), help=i18n.t("col_period_text_help", lang), max_chars=40
            ),
            "kind": st.column_config.SelectboxColumn(
                i18n.t("kind", lang),
                width=70,
                help=i18n.t("col_kind_help", lang),
                options=list(vocab.OBS_KINDS),
                format_func=lambda k: i18n.label("kind", k, lang),
            ),
            "value": st.column_config.NumberColumn(i18n.t("value", lang), width=70, format="%.10g"),
            "value_max": st.column_config.NumberColumn(
                i18n.t("col_value_max", lang), help=i18n.t("col_value_max_help", lang), format="%.10g"
            ),
            "qualifier": st.column_config.SelectboxColumn(
                i18n.t("col_qualifier", lang),
                width=90,
                help=i18n.t("col_qualifier_help", lang),
                options=list(vocab.QUALIFIERS),
                format_func=lambda q: i18n.label("qualifier", q, lang),
            ),
            "aspiration": st.column_config.SelectboxColumn(
                i18n.t("col_aspiration", lang),
                help=i18n.t("col_aspiration_help", lang),
                options=["", *vocab.ASPIRATIONS],
                format_func=lambda a: vocab.ASPIRATIONS[a][lang] if a else "—",
            ),
            "unit": st.column_config.SelectboxColumn(
                i18n.t("col_unit", lang),
                width=60 if lang == "zh" else 150,
                options=list(vocab.UNITS),
                format_func=lambda u: i18n.unit_choice(u, lang),  # 亿元 · CNY 100 million on the English page
            ),
            "locator": st.column_config.TextColumn(
                i18n.t("col_locator", lang), help=i18n.t("col_locator_help", lang), max_chars=40, width=180, pinned=True
            ),
        }
        edited = st.data_editor(
            found,
            placeholder="—",
            key=f"ingest_editor_{version}",
            hide_index=False,  # the row numbers, which the checks below refer to
            column_config=config_columns,
            # what the analyst checks, left to right: the article's words (pinned), then what was read from them
            column_order=["accept", "locator", "park_id", "metric_id", "value", "unit", "period", "kind", "qualifier",
                          "period_text", "scope", "entity_reported", "aspiration", "value_max", "metric_zh",
                          "new_metric_id", "new_metric_en"],
            num_rows="fixed",
        )  # fmt: skip
        reviewed = ingest.reconcile(found, edited, ds)
        checks = review.check_rows(reviewed, ds, lang)  # against the stored figures and the other rows, as edited so far
        if st.button(i18n.t("add_accept_all", lang), icon=":material/done_all:"):
            kept = edited.copy()  # the edits made so far stay
            kept["accept"] = [c.offer for c in checks]  # not what is stored, contradicted or repeated in the article
            st.session_state[KEY] = (kept, info, ds.fingerprint)
            st.session_state["ingest_version"] = version + 1
            st.rerun()
        flags = reviewed["accept"].astype(bool)
        hints = {
            "incomplete": "add_incomplete_hint",
            "conflict": "add_conflict_hint",
            "stored": "add_repeat_hint",
            "repeat": "add_row_repeat_hint",
        }
        lines = [
            f"{c.row}. {'✓ ' if flags.iloc[c.row - 1] else ''}{c.note}" + (f" — {i18n.t(hints[c.hint], lang)}" if c.hint else "")
            for c in checks
            if c.note
        ]
        if lines:
            st.info(i18n.t("add_checks", lang) + "\n\n" + "\n".join(f"- {C.md(line)}" for line in lines))
        with st.form("add_save"):
            info.summary_zh = st.text_area(i18n.t("add_summary_zh", lang), max_chars=400)
            info.summary_en = st.text_area(i18n.t("add_summary_en", lang), max_chars=800)
            industries = ds.industries.set_index("industry_id")
            info.industry_ids = tuple(
                st.multiselect(
                    i18n.t("add_industries", lang),
                    list(industries.index),
                    placeholder=i18n.t("add_choose", lang),
                    format_func=lambda i: (
                        f"{i18n.pick(industries.loc[i], 'name', lang)}（{i18n.label('framework', industries.loc[i, 'framework'], lang)}）"
                    ),
                )
            )
            info.reliability = st.selectbox(
                i18n.t("add_reliability", lang),
                vocab.RELIABILITY,
                index=vocab.RELIABILITY.index("media"),
                format_func=lambda r: i18n.label("reliability", r, lang),
            )
            allowed = ingest.saving_allowed()
            if not allowed:
                st.info(i18n.t("add_readonly", lang))
            save = st.form_submit_button(i18n.t("add_save", lang), type="primary", disabled=not allowed)
        if save and allowed:
            try:  # nothing ticked and every figure already stored: the article is kept as a source, no copies
                news_only = not flags.any() and bool(checks) and all(c.stored_only for c in checks)
                done = ingest.apply(config.data_dir(), reviewed, info, news_only=news_only)
            except ingest.IngestError as exc:
                why = [i18n.issue(issue.key, issue.params, lang) for issue in exc.issues]
                st.error(i18n.t(exc.key, lang) + "\n\n" + "\n".join(f"- {C.md(line)}" for line in why))
            else:
                st.session_state.pop(KEY, None)
                st.session_state[DONE] = done
                st.rerun()
