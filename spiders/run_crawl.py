"""Runs one crawl of one source in this process: the entry point Dagster launches through Pipes.

    python -m spiders.run_crawl --source govhk --mode replay --archive data/archive/sample_web.warc.gz \
        --landing-dir data/landing/govhk/<crawl_id> --crawl-id <crawl_id> [-a since=2024-01-01]

A Twisted reactor starts once per process and cannot be restarted, so every crawl gets its own process.
Under Dagster Pipes the crawl's figures become the materialization's metadata; standalone, they
are printed as JSON. The process fails when the crawl does not finish cleanly.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from spiders.modes import MODES, mode_settings
from spiders.registry import get_source, load_object

SUMMARY_KEYS = ("crawl_id", "mode", "pages_fetched", "records", "errors", "duplicates_dropped", "finish_reason")


def crawl(source_name: str, mode: str, landing_dir: Path, crawl_id: str, archives: list[str],
          record_archive: str | None, spider_args: dict[str, str], log_level: str = "INFO",
          state_dir: Path | None = None) -> dict:
    """Crawl one source into `landing_dir`; returns the crawl summary written to `crawl.json`."""
    source = get_source(source_name)
    # The project settings whatever the working directory (scrapy.cfg is found only from the project root).
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "spiders.settings")
    settings = get_project_settings()
    settings.setdict({
        **mode_settings(mode, archives, record_archive, source.politeness, source.render_js),
        "HKAI_MODE": mode,
        "HKAI_LANDING_DIR": str(landing_dir),
        "HKAI_CRAWL_ID": crawl_id,
        "HKAI_STATE_DIR": str(state_dir) if state_dir else None,
        "LOG_LEVEL": log_level,
    }, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(load_object(source.spider))
    process.crawl(crawler, **spider_args)
    process.start()
    summary_path = landing_dir / "crawl.json"
    if not summary_path.exists():
        raise RuntimeError(f"crawl {crawl_id} wrote no {summary_path}")
    return {**json.loads(summary_path.read_text(encoding="utf-8")), "landing_dir": str(landing_dir)}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True)
    parser.add_argument("--mode", choices=MODES, default="replay")
    parser.add_argument("--landing-dir", required=True, type=Path)
    parser.add_argument("--crawl-id", required=True)
    parser.add_argument("--archive", action="append", default=[], help="WARC file to replay (repeatable)")
    parser.add_argument("--record-archive", help="WARC file to write in record mode")
    parser.add_argument("--state-dir", type=Path, help="folder kept between crawls (conditional requests)")
    parser.add_argument("-a", dest="spider_args", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--log-level", default="INFO")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    spider_args = dict(arg.split("=", 1) for arg in args.spider_args)
    run = lambda: crawl(args.source, args.mode, args.landing_dir, args.crawl_id, args.archive,  # noqa: E731
                        args.record_archive, spider_args, args.log_level, args.state_dir)
    if os.environ.get("DAGSTER_PIPES_CONTEXT"):
        return _run_under_pipes(run)
    summary = run()
    print(json.dumps({k: summary[k] for k in SUMMARY_KEYS}))
    return 0 if summary["finish_reason"] == "finished" else 1


def _run_under_pipes(run) -> int:
    from dagster_pipes import open_dagster_pipes

    with open_dagster_pipes() as pipes:
        summary = run()
        pipes.log.info(f"crawl {summary['crawl_id']}: {summary['pages_fetched']} pages, "
                       f"{summary['records']} records, {summary['errors']} errors")
        if summary["finish_reason"] != "finished":
            raise RuntimeError(f"crawl ended with finish_reason={summary['finish_reason']!r}")
        if summary["records"] == 0:
            raise RuntimeError("crawl produced no records: the site layout may have changed")
        pipes.report_asset_materialization(
            metadata={**{k: summary[k] for k in SUMMARY_KEYS},
                      "landing_dir": summary["landing_dir"]},
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
