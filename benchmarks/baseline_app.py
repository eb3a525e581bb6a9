"""The straightforward way, as the benchmark's baseline: read the CSV files with pandas on every rerun,
filter, plot; no caching, no validation. Not part of the dashboard.

The page is chosen with ``?page=`` (the names of the dashboard's pages); the sidebar has the same
shared filters under the same widget keys (``w_park``, ``w_years``), so the benchmark changes them
the same way on both apps.
"""

import os
from pathlib import Path

import pandas as pd
import plotly.express as px
import streamlit as st  # noqa: TID251 - a Streamlit app of its own (the baseline)

st.set_page_config(page_title="baseline · parkdash benchmark", layout="wide")
DATA = Path(os.environ.get("PARKDASH_DATA_DIR", "data"))
page = st.query_params.get("page", "overview")


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / f"{name}.csv", keep_default_na=False, na_values={"value": [""], "value_max": [""]})


parks, industries, park_industries = read("parks"), read("industries"), read("park_industries")
metrics, obs, news = read("metrics"), read("observations"), read("news")

with st.sidebar:
    chosen = st.multiselect("园区", list(parks["park_id"]), key="w_park")
    year_from, year_to = st.slider("年份", 2000, 2035, (2015, 2025), key="w_years")

obs["year"] = pd.to_numeric(obs["period"].str.extract(r"(\d{4})", expand=False))
sel = obs[obs["year"].between(year_from, year_to)]
if chosen:
    sel = sel[sel["park_id"].isin(chosen)]
news["year"] = pd.to_numeric(news["date"].str[:4], errors="coerce")
news_sel = news[news["year"].between(year_from, year_to) | news["year"].isna()]
if chosen:
    news_sel = news_sel[news_sel["park_ids"].str.contains("|".join(chosen), regex=True)]
shown_parks = parks if not chosen else parks[parks["park_id"].isin(chosen)]

if page == "overview":
    st.title("园区看板 (baseline)")
    cols = st.columns(4)
    cols[0].metric("园区", len(shown_parks))
    cols[1].metric("数据", int((sel["kind"] != "target").sum()))
    cols[2].metric("目标", int((sel["kind"] == "target").sum()))
    cols[3].metric("新闻", len(news_sel))
    counts = sel[sel["kind"] != "target"].groupby("park_id").size().rename("n").reset_index()
    head = shown_parks.merge(counts, on="park_id", how="left").fillna({"n": 0})
    st.dataframe(head[["short_zh", "level", "founded", "n"]], hide_index=True)
    st.plotly_chart(px.bar(head, x="short_zh", y="n"))
    st.plotly_chart(px.scatter(head, x="lon", y="lat", size=head["n"] + 1, hover_name="short_zh"))
    pi = park_industries.merge(industries, on="industry_id")
    st.plotly_chart(px.density_heatmap(pi, x="industry_id", y="park_id"))
    st.dataframe(news_sel.sort_values("date").tail(5)[["date", "title", "outlet", "url"]], hide_index=True)
elif page == "park":
    park = st.query_params.get("p", parks["park_id"].iloc[0])
    st.title(parks.loc[parks["park_id"] == park, "name_zh"].iloc[0])
    mine = sel[sel["park_id"] == park].merge(metrics[["metric_id", "name_zh"]], on="metric_id")
    for metric_id, g in mine.groupby("metric_id"):
        st.plotly_chart(
            px.line(g.sort_values("year"), x="year", y="value", color="kind", title=g["name_zh"].iloc[0]), key=metric_id
        )
    st.dataframe(news_sel[news_sel["park_ids"].str.contains(park)][["date", "title", "url"]], hide_index=True)
elif page == "industry":
    ind = industries["industry_id"].iloc[0]
    st.title(ind)
    children = industries[industries["parent_ids"].str.contains(ind)]["industry_id"]
    rows = park_industries[park_industries["industry_id"].isin([ind, *children])]
    st.plotly_chart(px.histogram(rows, x="park_id", color="role"))
    st.dataframe(rows, hide_index=True)
elif page == "targets":
    st.title("目标")
    targets = sel[sel["kind"] == "target"]
    latest = sel[sel["kind"] == "actual"].sort_values("year").groupby(["park_id", "metric_id"]).tail(1)
    track = targets.merge(
        latest[["park_id", "metric_id", "value"]], on=["park_id", "metric_id"], how="left", suffixes=("", "_latest")
    )
    track["progress"] = track["value_latest"] / track["value"]
    st.plotly_chart(px.histogram(track, x="progress"))
    st.dataframe(track, hide_index=True)
elif page == "map":
    st.title("地图")
    counts = sel.groupby("park_id").size().rename("n").reset_index()
    head = shown_parks.merge(counts, on="park_id", how="left").fillna({"n": 0})
    st.plotly_chart(px.scatter(head, x="lon", y="lat", size=head["n"] + 1, hover_name="short_zh"))
elif page == "news":
    st.title("新闻")
    for _, row in news_sel.sort_values("date", ascending=False).head(25).iterrows():
        st.markdown(f"**{row['title']}** · {row['outlet']} · {row['date']}\n\n{row['summary_zh']}")
else:
    st.title("数据")
    st.dataframe(sel, hide_index=True)
