"""A live crawl of a loopback test server with the project's full machinery, in its own process.

    python -m tests.spiders.loopback_crawl --landing DIR --crawl-id ID --allow 127.0.0.1:PORT \
        [--set NAME=JSON ...] [--mode live|record] URL [URL ...]

The spider (a `SourceSpider` of source `govhk`) follows every link of a page that is not a GovHK
release URL and runs the GovHK release extractor on every page that is: so the download side
(safety, robots.txt, retries, redirects, size cap), the provenance and error middlewares, the item
pipelines and the landing writer are exactly those of a real crawl. It prints one JSON line: the
crawl's `crawl.json` and the process's peak RSS.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from spiders.base import SourceSpider
from spiders.modes import mode_settings
from spiders.sources.govhk import extract


class LoopbackSpider(SourceSpider):
    name = "loopback"
    source = "govhk"

    def __init__(self, urls: list[str], **kwargs):
        super().__init__(**kwargs)
        self.urls = urls

    async def start(self):
        for url in self.urls:
            yield self.request(url, self.route)

    def route(self, response):
        if extract.release_id(response.url):
            yield extract.extract_release(response)
            return
        for href in response.css("a::attr(href)").getall():
            yield self.follow(response, href, self.route)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--landing", required=True, type=Path)
    parser.add_argument("--crawl-id", required=True)
    parser.add_argument("--mode", default="live", choices=("live", "record"))
    parser.add_argument("--allow", action="append", default=[])
    parser.add_argument("--set", action="append", default=[], metavar="NAME=JSON")
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args(argv)

    settings = get_project_settings()
    overrides = {name: json.loads(value) for name, value in (s.split("=", 1) for s in args.set)}
    settings.setdict({
        **mode_settings(args.mode, record_archive=str(args.landing.parent / f"{args.crawl_id}.warc.gz")),
        "HKAI_MODE": args.mode,
        "HKAI_LANDING_DIR": str(args.landing),
        "HKAI_CRAWL_ID": args.crawl_id,
        "HKAI_ALLOWED_HOSTS": args.allow,
        "LOG_LEVEL": "INFO",
        # Bounded in time whatever the server does.
        "CLOSESPIDER_TIMEOUT": 240,
        **overrides,
    }, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl(LoopbackSpider, urls=args.urls)
    process.start()
    summary = json.loads((args.landing / "crawl.json").read_text(encoding="utf-8"))
    print(json.dumps({"summary": summary, "peak_rss_mb": round(peak_rss_mb(), 1)}))
    return 0


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over from
    the parent across fork and exec, so a child of a big test process would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
