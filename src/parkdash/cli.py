"""The ``parkdash`` command: ``validate``, ``synth`` and ``ingest`` (see ``parkdash --help``)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from parkdash import config, synth
from parkdash.load import load

# parkdash.ingest (cn2an, the extractors: about 0.3 s) is imported by the ingest subcommand only,
# so ``parkdash validate`` does not pay for it.

NEWS_COLUMNS = ["news_url", "news_outlet", "news_date", "news_title", "news_summary_zh", "news_summary_en", "news_reliability"]


def _validate(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else config.data_dir()
    result = load(data_dir)
    for problem in result.problems:
        print(problem)
    if not result.ok:
        print(f"{len(result.problems)} problem(s) in {data_dir}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {name}" for name, n in result.dataset.counts().items())
    print(f"ok: {data_dir} ({counts})", file=sys.stderr)
    return 0


def _synth(args: argparse.Namespace) -> int:
    try:
        counts = synth.write(Path(args.out_dir), args.scale, seed=args.seed)
    except synth.SynthError as exc:
        print(f"parkdash synth: {exc}", file=sys.stderr)
        return 2
    rows = ", ".join(f"{n:,} {name}" for name, n in counts.items())
    print(f"SYNTHETIC data set (scale {args.scale}, seed {args.seed}) in {args.out_dir}: {rows}", file=sys.stderr)
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from parkdash import ingest

    data_dir = Path(args.data) if args.data else config.data_dir()
    result = load(data_dir)
    if not result.ok:
        print(f"parkdash ingest: the data in {data_dir} has problems; run parkdash validate", file=sys.stderr)
        return 1
    if args.apply:
        return _apply(Path(args.apply), data_dir)
    if not (args.article and args.url and args.outlet and args.date):
        print("parkdash ingest: give ARTICLE --url --outlet --date (or --apply REVIEWED.csv)", file=sys.stderr)
        return 2
    try:
        published = date.fromisoformat(args.date)
        raw = sys.stdin.buffer.read() if args.article == "-" else Path(args.article).read_bytes()
        frame, title = ingest.candidates(raw, published, result.dataset)
    except (ValueError, OSError) as exc:  # ArticleError is a ValueError
        print(f"parkdash ingest: {args.article}: {exc}", file=sys.stderr)
        return 2
    frame["accept"] = ""
    news = [args.url, args.outlet, args.date, args.title or title, "", "", "media"]
    for column, value in zip(NEWS_COLUMNS, news, strict=True):
        frame[column] = value
    out = sys.stdout if args.output in (None, "-") else open(args.output, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
    try:
        frame.to_csv(out, index=False, float_format="%.10g")
    finally:
        if out is not sys.stdout:
            out.close()
    print(
        f"{len(frame)} candidate figure(s). Review them: set accept to y, correct any cell, write news_summary_zh "
        "in your own words, then: parkdash ingest --apply REVIEWED.csv",
        file=sys.stderr,
    )
    return 0


def _apply(path: Path, data_dir: Path) -> int:
    from parkdash import ingest

    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        print(f"parkdash ingest: {path}: cannot read: {exc}", file=sys.stderr)
        return 2
    missing = [c for c in ("accept", "metric_id", "value", "unit", "period", "kind", *NEWS_COLUMNS[:3]) if c not in frame.columns]
    if missing:
        print(f"parkdash ingest: {path}: missing column(s) {', '.join(missing)}", file=sys.stderr)
        return 2
    first = {c: next((v for v in frame[c] if v.strip()), "") if c in frame.columns else "" for c in NEWS_COLUMNS}
    info = ingest.NewsInfo(
        url=first["news_url"],
        outlet=first["news_outlet"],
        date=first["news_date"],
        title=first["news_title"],
        summary_zh=first["news_summary_zh"],
        summary_en=first["news_summary_en"],
        reliability=first["news_reliability"] or "media",
    )
    try:
        done = ingest.apply(data_dir, frame, info)
    except ingest.IngestError as exc:
        print(f"parkdash ingest: {exc}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(
        f"saved news {done.news_id} with {len(done.obs_ids)} figure(s) ({', '.join(done.obs_ids)}); previous files kept in {done.backup}",
        file=sys.stderr,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="parkdash", description="Zhuzhou development-zone dashboard tools")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="check a data folder; list every problem as file:row:column: reason")
    check.add_argument("data_dir", nargs="?", help=f"data folder (default: ${config.ENV_DATA_DIR} or the embedded data/)")
    check.set_defaults(run=_validate)
    gen = sub.add_parser("synth", help="write a SYNTHETIC data set (benchmark data, not facts) at a named scale")
    gen.add_argument("out_dir", help="folder to write (never the project's data/)")
    gen.add_argument("--scale", choices=list(synth.SCALES), default="city", help="tiny, city, province or nation")
    gen.add_argument("--seed", type=int, default=synth.DEFAULT_SEED, help=f"random seed (default {synth.DEFAULT_SEED})")
    gen.set_defaults(run=_synth)
    add = sub.add_parser("ingest", help="candidate figures of a news article as CSV for review; --apply saves the accepted ones")
    add.add_argument("article", nargs="?", help="the article: a .txt file or an HTML page saved from a browser (- for stdin)")
    add.add_argument("--url", help="the article's address (http or https)")
    add.add_argument("--outlet", help="who published it (e.g. 株洲日报)")
    add.add_argument(
        "--date", help="publication date YYYY-MM-DD (relative periods such as 今年, 未来五年 are resolved against it)"
    )
    add.add_argument("--title", help="headline as published (default: the HTML page title)")
    add.add_argument("-o", "--output", help="candidates CSV to write (default: standard output)")
    add.add_argument("--apply", metavar="REVIEWED.csv", help="append the accepted rows of a reviewed candidates CSV to the data")
    add.add_argument("--data", help=f"data folder (default: ${config.ENV_DATA_DIR} or the embedded data/)")
    add.set_defaults(run=_ingest)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
