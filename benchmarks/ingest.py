"""How long the ingest assistant takes: building the extractor (the learned models are fitted there, or read
back from the disk cache when an earlier process fitted them) and reading one article, on the labelled
corpus (our own articles, not synthetic data). A measurement, not a test; each part runs in a fresh
process, with a cache folder of its own, so the peak memory and the cache are its own.

    .venv/bin/python -m benchmarks.ingest [--corpus tests/ingest/corpus] [--articles 120]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

_WORKER = r"""
import json, resource, statistics, sys, time
from datetime import date
from pathlib import Path
import pandas as pd
from parkdash import config
from parkdash.load import load
from parkdash.ingest.extract import Extractor
from parkdash.ingest.text import article_text, decode, looks_like_html

corpus, n, use_model = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
ds = load(config.data_dir()).dataset
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
ex = Extractor(ds, use_model=use_model)
build = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
arts = pd.read_csv(corpus / "articles.csv", dtype=str, keep_default_na=False).head(n)
times = []
for a in arts.itertuples():
    raw = (corpus / "articles" / a.article).read_bytes()
    text, _ = article_text(raw)
    t = time.perf_counter()
    ex.extract(text, date.fromisoformat(a.date), page=looks_like_html(decode(raw)))
    times.append(time.perf_counter() - t)
print(json.dumps({"build_s": build, "build_peak_mb": (peak - before) / 1024, "article_s": times}))
"""


def measure(corpus: Path, articles: int, use_model: bool, cache: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _WORKER, str(corpus), str(articles), "1" if use_model else "0"],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PARKDASH_CACHE_DIR": str(cache)},
    ).stdout
    got = json.loads(out.strip().splitlines()[-1])
    times = sorted(got["article_s"])
    return {
        "build_s": round(got["build_s"], 2),
        "build_peak_mb": round(got["build_peak_mb"]),
        "article_median_ms": round(1000 * statistics.median(times), 1),
        "article_max_ms": round(1000 * times[-1], 1),
        "articles": len(times),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="time the ingest assistant on the labelled corpus")
    parser.add_argument("--corpus", type=Path, default=Path("tests/ingest/corpus"))
    parser.add_argument("--articles", type=int, default=120)
    args = parser.parse_args(argv)
    print("| extractor | build (once per process) | peak memory of the build | one article, median | slowest |")
    print("|---|---|---|---|---|")
    runs = (
        ("rules and learned models, first process (fits and caches them)", True),
        ("rules and learned models, any later process (from the disk cache)", True),
        ("rules alone", False),
    )
    with tempfile.TemporaryDirectory(prefix="parkdash-bench-") as work:
        cache = Path(work) / "cache"
        for name, use_model in runs:
            r = measure(args.corpus, args.articles, use_model, cache)
            print(
                f"| {name} | {r['build_s']} s | +{r['build_peak_mb']} MB | {r['article_median_ms']} ms | "
                f"{r['article_max_ms']} ms ({r['articles']} articles) |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
