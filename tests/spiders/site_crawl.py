"""A tiny crawl of any site, run as its own process by the record/replay tests (one reactor per process).

    python -m tests.spiders.site_crawl MODE START_URL ARCHIVE OUT_JSONL

Follows every same-host link and writes one {url, title, status} line per page. The download
side is exactly what `spiders.run_crawl` sets up for the mode.
"""
from __future__ import annotations

import sys
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from spiders.modes import mode_settings


class SiteSpider(scrapy.Spider):
    name = "site"

    def __init__(self, start_url: str, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start_url]

    def parse(self, response):
        yield {"url": response.url, "title": response.css("title::text").get(), "status": response.status}
        yield from response.follow_all(css="a", callback=self.parse)


def main(mode: str, start_url: str, archive: str, out: str) -> None:
    settings = get_project_settings()
    settings.setdict({
        **mode_settings(mode, [archive], archive),
        "ITEM_PIPELINES": {},
        "SPIDER_MIDDLEWARES": {},
        "FEEDS": {out: {"format": "jsonlines", "overwrite": True}},
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        # The test's own loopback server: the one host the live safety rules let through.
        "HKAI_ALLOWED_HOSTS": [urlsplit(start_url).netloc],
    }, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl(SiteSpider, start_url=start_url)
    process.start()


if __name__ == "__main__":
    main(*sys.argv[1:5])
