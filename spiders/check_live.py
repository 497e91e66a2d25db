"""The first live day: fetch each source's contract URLs politely and say, per source, whether they still read.

    python -m spiders.check_live --archive data/archive/check-live-<time>.warc.gz [--mirror URL]
        [--allow HOST:PORT] [--json OUT] [SOURCE ...]

The contract URLs are the `@url` lines of each source spider's callbacks (the pages its contracts name:
a listing, a feed, an article). Each is fetched with the live mode's download side (robots.txt obeyed, the
project's user agent, one request at a time per host, DOWNLOAD_DELAY and AutoThrottle, the safety rules),
kept in a WARC archive under its own URL, and read by the extractor the registry routes it to. One line
per source says what happened: every page read by the site's own markup (`site`), some only by the
generic path (`generic`: the site changed, the records still come), or `failed` with the first reason.
A failed page can be replayed offline: `hkai parse SOURCE --url URL ARCHIVE`.

`--mirror` fetches `https://host/path` from `MIRROR/host/path` instead (a copy of the sites, for tests);
the archive and the extractors still see the real URL. Sources rendered by a browser in live crawls
(`render_js`) are fetched without one here: their lines say so.
"""
from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import UTC, datetime
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from spiders.archive.warc import WarcRecorder
from spiders.errors import ExtractionError
from spiders.modes import mode_settings
from spiders.parse_offline import extractor_for
from spiders.registry import SOURCES, get_source, load_object

CONTRACT_URL = re.compile(r"@url\s+(\S+)")


def contract_urls(source_name: str) -> list[str]:
    """The `@url` lines of the source spider's callbacks, in the order of the callbacks' names."""
    spider = load_object(get_source(source_name).spider)
    urls = []
    for _, function in inspect.getmembers(spider, inspect.isfunction):
        urls += [url for url in CONTRACT_URL.findall(function.__doc__ or "") if url not in urls]
    return urls


@dataclass
class PageCheck:
    """What one contract URL gave: records by path, links, or the reason it failed."""

    url: str
    outcome: str  # site, generic, links, records, failed
    detail: str = ""


@dataclass
class SourceCheck:
    """The checks of one source's contract URLs, and the one-line verdict."""

    source: str
    pages: list[PageCheck] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        outcomes = {page.outcome for page in self.pages}
        if not self.pages or "failed" in outcomes:
            return "failed"
        return "generic" if "generic" in outcomes else "site"

    def line(self) -> str:
        failed = next((page for page in self.pages if page.outcome == "failed"), None)
        if failed:
            say = f"{failed.url}: {failed.detail}"
        elif not self.pages:
            say = "no contract URL answered"
        else:
            say = "; ".join(f"{page.outcome} {page.detail}".strip() for page in self.pages)
        note = " (fetched without a browser; live crawls render it)" if get_source(self.source).render_js else ""
        return f"{self.source:<20} {self.verdict:<8} {say}{note}"


def read_page(source_name: str, response) -> PageCheck:
    """What the registry's extractor for the response's URL makes of it."""
    try:
        found = extractor_for(source_name, response.url)(response)
    except ExtractionError as exc:
        return PageCheck(response.url, "failed", f"{exc}")
    except Exception as exc:  # noqa: BLE001 - an extractor bug is a failed check, named, not a crash
        return PageCheck(response.url, "failed", f"the extractor failed: {type(exc).__name__}: {exc}")
    items = found if isinstance(found, list) else [found]
    records = [item for item in items if is_dataclass(item)]
    if not records:
        return PageCheck(response.url, "links" if items else "failed",
                         f"{len(items)} links" if items else "the page yields no links or records")
    methods = {getattr(record, "extraction_method", None) for record in records} - {None}
    if not methods:
        return PageCheck(response.url, "records", f"{len(records)} records")
    outcome = "generic" if "generic" in methods else "site"
    differs = " (site and generic titles differ)" if any(getattr(r, "title_differs", False) for r in records) else ""
    return PageCheck(response.url, outcome, f"{len(records)} article(s){differs}")


class CheckLiveSpider(scrapy.Spider):
    """Fetches the contract URLs of the sources, archives every answer, and reads each with its extractor."""

    name = "check_live"

    def __init__(self, sources: list[str], archive: str, mirror: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.checks = {name: SourceCheck(name) for name in sources}
        self.recorder = WarcRecorder(Path(archive))
        self.mirror = mirror.rstrip("/") if mirror else None

    async def start(self):
        for name in self.checks:
            for url in contract_urls(name):
                yield scrapy.Request(self._fetched_url(url), callback=self.parse, errback=self.failed,
                                     meta={"source": name, "url": url}, dont_filter=True)

    def parse(self, response):
        url = self._real_url(response.url)
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs]
        self.recorder.write(url, response.status, "", headers, response.body, datetime.now(UTC))
        self.checks[response.meta["source"]].pages.append(read_page(response.meta["source"], response.replace(url=url)))

    def failed(self, failure):
        request = failure.request
        response = getattr(failure.value, "response", None)
        if response is not None:
            headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs]
            self.recorder.write(request.meta["url"], response.status, "", headers, response.body, datetime.now(UTC))
            reason = f"HTTP {response.status}"
        else:
            reason = f"{failure.type.__name__}: {failure.value}"
        self.checks[request.meta["source"]].pages.append(PageCheck(request.meta["url"], "failed", reason))

    def closed(self, reason):
        self.recorder.close()

    def _fetched_url(self, url: str) -> str:
        return f"{self.mirror}/{url.split('://', 1)[1]}" if self.mirror else url

    def _real_url(self, url: str) -> str:
        if self.mirror and url.startswith(self.mirror + "/"):
            return "https://" + url[len(self.mirror) + 1:]
        return url


def check(sources: list[str], archive: Path, mirror: str | None = None, allow: list[str] = (),
          settings: dict | None = None) -> list[SourceCheck]:
    """Run the checks in this process (one Scrapy reactor per process: call it once)."""
    crawl_settings = get_project_settings()
    crawl_settings.setdict({
        **mode_settings("live"),
        "ITEM_PIPELINES": {},
        "SPIDER_MIDDLEWARES": {},
        "HKAI_ALLOWED_HOSTS": list(allow),
        "LOG_LEVEL": "WARNING",
        **(settings or {}),
    }, priority="cmdline")
    process = CrawlerProcess(crawl_settings)
    crawler = process.create_crawler(CheckLiveSpider)
    process.crawl(crawler, sources=sources, archive=str(archive), mirror=mirror)
    process.start()
    return list(crawler.spider.checks.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", help="source names (default: every crawled source)")
    parser.add_argument("--archive", required=True, type=Path, help="the WARC file to keep every answer in")
    parser.add_argument("--mirror", help="fetch https://host/path from MIRROR/host/path (tests)")
    parser.add_argument("--allow", action="append", default=[], help="host:port the safety rules let through")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=JSON", help="a Scrapy setting")
    parser.add_argument("--json", type=Path, help="also write the checks as JSON here")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    names = args.sources or list(SOURCES)
    for name in names:
        get_source(name)  # an unknown name fails here, with the known ones
    settings = {name: json.loads(value) for name, value in (s.split("=", 1) for s in args.set)}
    checks = check(names, args.archive, args.mirror, args.allow, settings)
    for source_check in checks:
        print(source_check.line())
    print(f"every answer is in {args.archive}; replay a page: hkai parse SOURCE --url URL {args.archive}")
    if args.json:
        args.json.write_text(json.dumps([{"source": c.source, "verdict": c.verdict,
                                          "pages": [asdict(p) for p in c.pages]} for c in checks], indent=1))
    return 1 if any(c.verdict == "failed" for c in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
