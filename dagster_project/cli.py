"""`hkai`: run the pipeline, parse a saved page offline, query the published warehouse, open the report, start the UI.

    hkai run [--mode replay|live|record] [--recrawl] [--full]   materialise what changed (what `make run` does)
    hkai parse SOURCE --url URL FILE       run a source's extractor on a saved response body
    hkai parse SOURCE --url URL ARCHIVE.warc.gz   ... on the response a WARC archive holds for URL
    hkai check-live [SOURCE ...]           fetch each source's contract URLs live and say whether they still read
    hkai sql "QUERY" [--format table|csv|json|markdown] [--full]   read-only SQL on data/hkai.duckdb
    hkai show KEY|URL|RECORD_ID [--html FILE]   the archived page behind a row: WARC record and text, or HTML
    hkai export [--format parquet|csv] DIR every analyst table as files, with a Frictionless datapackage.json
    hkai report [--open]                   the path of the ecosystem report data/report/index.html (or open it)
    hkai ui                                the Dagster webserver on 127.0.0.1:3000
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from dagster_project.paths import PROJECT_ROOT, crawl_mode, data_paths
from warehouse.query import OUTPUT_FORMATS

DAGSTER_YAML = """\
# Written by `hkai`: the instance used by `hkai run`, `make ui` and schedules.
telemetry:
  enabled: false
concurrency:
  pools:
    # One writer of the working DuckDB at a time: DuckDB allows one read-write process per file.
    default_limit: 1
"""


def ensure_dagster_home() -> Path:
    """DAGSTER_HOME (default `.dagster_home/`), with the project's instance settings."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT / ".dagster_home")))
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML)
    return home


MODES = ("replay", "live", "record")


def cmd_run(args: argparse.Namespace) -> int:
    mode = args.mode or crawl_mode()  # --mode, else HKAI_MODE, else replay
    if mode not in MODES:
        print(f"hkai run: HKAI_MODE={mode!r} is not a mode: use one of {', '.join(MODES)}", file=sys.stderr)
        return 2
    os.environ["HKAI_MODE"] = mode
    if args.recrawl:
        os.environ["HKAI_RECRAWL"] = "1"
    # The crawl's own INFO log is for the UI's compute logs; here one progress line per asset is enough.
    os.environ.setdefault("HKAI_CRAWL_LOG_LEVEL", "WARNING")
    ensure_dagster_home()
    from dagster_project.runner import run_full_rebuild

    started = time.monotonic()
    ok = run_full_rebuild(echo=print, full=args.full)
    print(f"finished in {time.monotonic() - started:.1f} s" + ("" if ok else " with FAILURES"))
    return 0 if ok else 1


def cmd_parse(args: argparse.Namespace) -> int:
    from spiders.errors import ExtractionError
    from spiders.parse_offline import parse_saved

    try:
        if args.file.endswith((".warc.gz", ".warc")):
            body, content_type = archived_body(Path(args.file), args.url)
        else:
            body, content_type = Path(args.file).read_bytes(), ""
        records = parse_saved(args.source, args.url, body, content_type)
    except (ExtractionError, KeyError, OSError) as exc:
        print(f"hkai parse: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # an extractor bug: the crawl would record it as an error row, as here
        print(f"hkai parse: the extractor failed on this page: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    for record in records:
        print(json.dumps(record, ensure_ascii=False))
    return 0


def archived_body(archive: Path, url: str) -> tuple[bytes, str]:
    """The body (decompressed) and Content-Type of the response a WARC archive holds for `url`."""
    from spiders.archive.warc import WarcArchive
    from spiders.errors import ExtractionError
    from warehouse.show import decoded_body

    found = WarcArchive([archive])
    location = found.lookup(url)
    if location is None:
        raise ExtractionError(f"{archive} holds no response for {url}")
    return decoded_body(found.read(location))


def cmd_check_live(args: argparse.Namespace) -> int:
    import subprocess

    archive = Path(args.archive) if args.archive else (
        data_paths().archive / f"check-live-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}.warc.gz")
    command = [sys.executable, "-m", "spiders.check_live", "--archive", str(archive), *args.sources]
    return subprocess.run(command, cwd=PROJECT_ROOT).returncode


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse.query import format_rows, run_query

    try:
        columns, rows, truncated = run_query(data_paths().published_db, args.query, args.max_rows)
    except (duckdb.Error, FileNotFoundError) as exc:
        print(f"hkai sql: {exc}", file=sys.stderr)
        return 2
    print(format_rows(columns, rows, args.format, full=args.full))
    if args.format in ("table", "markdown"):
        print(f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', more not shown' if truncated else ''})")
    elif truncated:
        print(f"hkai sql: only the first {len(rows)} rows; raise --max-rows for more", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from warehouse.show import NotFound, decoded_body, describe, show

    paths = data_paths()
    try:
        pages = show(paths.published_db, paths.archive, args.key)
    except (NotFound, FileNotFoundError) as exc:
        print(f"hkai show: {exc}", file=sys.stderr)
        return 2
    if args.html:
        args.html.write_bytes(decoded_body(pages[0])[0])
        print(f"{pages[0].url} ({pages[0].record_id}) written to {args.html}")
        for other in pages[1:]:  # an organization's other source pages: each by its own record id
            print(f"also {other.url}: hkai show '{other.record_id}' --html FILE")
        return 0
    for number, page in enumerate(pages, 1):
        if len(pages) > 1:
            print(f"=== page {number} of {len(pages)}: {page.url}")
        print(describe(page))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from warehouse.export import export_tables

    try:
        rows = export_tables(data_paths().published_db, args.dir, args.format)
    except FileNotFoundError as exc:
        print(f"hkai export: {exc}", file=sys.stderr)
        return 2
    print(f"{len(rows)} tables, {sum(rows.values())} rows, as {args.format} in {args.dir} "
          f"(described by {args.dir / 'datapackage.json'})")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    index = data_paths().report_dir / "index.html"
    if not index.exists():
        print(f"hkai report: no report at {index}: run `make run` (or `hkai run`) first", file=sys.stderr)
        return 2
    print(index)
    if args.open:
        import webbrowser

        if not webbrowser.open(index.as_uri()):
            print("hkai report: no browser to open it with; open the path above", file=sys.stderr)
            return 1
    return 0


def cmd_ui(args: argparse.Namespace) -> int:
    ensure_dagster_home()
    command = [str(Path(sys.executable).with_name("dagster-webserver")), "-h", "127.0.0.1", "-p", str(args.port),
               "-m", "dagster_project.definitions"]
    os.execv(command[0], command)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hkai", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="materialise what changed since the last run and its downstream: "
                                             "crawl, load, clean, model, publish")
    run.add_argument("--mode", choices=MODES,
                     help="how crawls fetch pages (default: $HKAI_MODE, else replay)")
    run.add_argument("--recrawl", action="store_true",
                     help="replay even when the archive, arguments and code are those of the last replay crawl")
    run.add_argument("--full", action="store_true",
                     help="run every asset, not only what changed since the last run and its downstream")
    run.set_defaults(func=cmd_run)
    parse = sub.add_parser("parse", help="run a source's extractor on a saved page (no network)")
    parse.add_argument("source")
    parse.add_argument("--url", required=True, help="the page's URL (chooses the extractor)")
    parse.add_argument("file", help="the saved response body, or a WARC archive (.warc.gz) holding the URL's")
    parse.set_defaults(func=cmd_parse)
    check_live = sub.add_parser("check-live", help="fetch each source's contract URLs live, politely, and say "
                                                   "per source: read by the site path, the generic path, or failed")
    check_live.add_argument("sources", nargs="*", help="source names (default: every crawled source)")
    check_live.add_argument("--archive", help="WARC file to keep every answer in "
                                              "(default: data/archive/check-live-<UTC time>.warc.gz)")
    check_live.set_defaults(func=cmd_check_live)
    sql = sub.add_parser("sql", help="read-only SQL on the published warehouse")
    sql.add_argument("query")
    sql.add_argument("--max-rows", type=int, default=200)
    sql.add_argument("--format", choices=OUTPUT_FORMATS, default="table",
                     help="table (default), csv, json (one object per line) or markdown")
    sql.add_argument("--full", action="store_true", help="print long text whole (a table cuts cells at 60 characters)")
    sql.set_defaults(func=cmd_sql)
    show_page = sub.add_parser("show", help="the archived page behind a row: its WARC record and text, or its HTML")
    show_page.add_argument("key", help="an article_id, org_id or award_id, a URL, or a WARC-Record-ID")
    show_page.add_argument("--html", type=Path, metavar="FILE", help="write the page's HTML (as archived) to FILE")
    show_page.set_defaults(func=cmd_show)
    export = sub.add_parser("export", help="write every analyst table as Parquet or CSV, with datapackage.json")
    export.add_argument("dir", type=Path)
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    export.set_defaults(func=cmd_export)
    report = sub.add_parser("report", help="print the path of the ecosystem report (HTML), or open it")
    report.add_argument("--open", action="store_true", help="open it in the default web browser")
    report.set_defaults(func=cmd_report)
    ui = sub.add_parser("ui", help="start the Dagster webserver on 127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    ui.set_defaults(func=cmd_ui)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
