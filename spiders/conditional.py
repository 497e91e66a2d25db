"""Conditional requests for live crawls: ask a server only for pages that changed since the last crawl.

The validators (ETag, Last-Modified) of every page a crawl fetched are kept in
`<HKAI_STATE_DIR>/validators.json`. The next crawl of the same source sends them as If-None-Match /
If-Modified-Since; a `304 Not Modified` answer means the page and its records are unchanged, so the
page is not downloaded or extracted again: its URL is written to the landing folder's
`unchanged.jsonl`, and the loader carries the records it had last time over as seen in this crawl.

Only pages that yielded records are asked conditionally (`RecordPageMarker` notes them): feeds and
listing pages are always fetched in full, since a new page is found only by reading them.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from spiders.items import Provenance

VALIDATORS_FILE = "validators.json"
UNCHANGED_FILE = "unchanged.jsonl"


class PageUnchanged(IgnoreRequest):
    """The server answered 304: the page is as it was in the last crawl."""


def record_pages(crawler) -> set[str]:
    """URLs of this crawl's pages that yielded records (shared by the two middlewares below)."""
    if not hasattr(crawler, "hkai_record_pages"):
        crawler.hkai_record_pages = set()
    return crawler.hkai_record_pages


class RecordPageMarker:
    """Spider middleware: remembers which responses yielded records (not links or errors)."""

    def __init__(self, crawler):
        self.pages = record_pages(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        # Only conditional requests read the marks: a replay crawl, or one without a state folder, makes
        # none, and would keep a URL per record page for nothing.
        if not crawler.settings.get("HKAI_STATE_DIR") or crawler.settings.get("HKAI_MODE") == "replay":
            raise NotConfigured("no conditional requests in this crawl")
        return cls(crawler)

    def process_spider_output(self, response, result, spider=None):
        for item in result:
            if isinstance(item, Provenance):
                self.pages.add(response.url)
            yield item

    async def process_spider_output_async(self, response, result, spider=None):
        async for item in result:
            if isinstance(item, Provenance):
                self.pages.add(response.url)
            yield item


class ConditionalRequestMiddleware:
    """Sends the last crawl's validators and turns a 304 into a recorded, unchanged page."""

    def __init__(self, state_dir: Path, landing_dir: Path | None, stats, pages: set[str] | None = None):
        self.record_pages = pages if pages is not None else set()
        self.path = state_dir / VALIDATORS_FILE
        self.validators: dict[str, dict[str, str]] = (
            json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {})
        self.landing_dir = landing_dir
        self.fetched: dict[str, dict[str, str]] = {}
        self.unchanged: list[str] = []
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        state_dir = crawler.settings.get("HKAI_STATE_DIR")
        if not state_dir:
            raise NotConfigured("no HKAI_STATE_DIR")
        landing = crawler.settings.get("HKAI_LANDING_DIR")
        middleware = cls(Path(state_dir), Path(landing) if landing else None, crawler.stats, record_pages(crawler))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request, spider=None):
        known = self.validators.get(request.url)
        if known:
            if known.get("etag"):
                request.headers.setdefault("If-None-Match", known["etag"])
            if known.get("last_modified"):
                request.headers.setdefault("If-Modified-Since", known["last_modified"])
        return None

    def process_response(self, request, response, spider=None):
        if response.status == 304 and request.url in self.validators:
            self.unchanged.append(request.url)
            self.stats.inc_value("conditional/not_modified")
            raise PageUnchanged(f"not modified since the last crawl: {request.url}")
        if 200 <= response.status < 300:
            etag = response.headers.get("ETag")
            modified = response.headers.get("Last-Modified")
            if etag or modified:
                self.fetched[request.url] = {
                    "etag": etag.decode("latin-1") if etag else "",
                    "last_modified": modified.decode("latin-1") if modified else "",
                }
        return response

    def spider_closed(self, spider, reason):
        """Save the validators for the next crawl, and this crawl's unchanged pages for the loader."""
        if reason != "finished":
            return  # an interrupted crawl keeps the previous validators: its pages were not all seen
        # Keep validators of record pages only, and of unchanged pages (still record pages).
        kept = {url: v for url, v in self.validators.items() if url in self.unchanged}
        kept |= {url: v for url, v in self.fetched.items() if url in self.record_pages}
        self.validators = kept
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self.validators, indent=0, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
        if self.landing_dir is not None:
            self.landing_dir.mkdir(parents=True, exist_ok=True)
            with open(self.landing_dir / UNCHANGED_FILE, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps({"url": url}) + "\n" for url in self.unchanged)
