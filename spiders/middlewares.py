"""Spider middleware that stamps provenance on every record and turns extractor failures into error rows."""
from __future__ import annotations

from datetime import UTC, datetime

from spiders.items import CrawlError, Provenance


class ProvenanceMiddleware:
    """Adds crawl id, fetch time and archive record id to records; extraction errors become `CrawlError`s.

    Extractors stay pure (response in, records out); what only the crawl knows is added here.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.crawl_id = crawler.settings.get("HKAI_CRAWL_ID") or "adhoc"

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_spider_output(self, response, result, spider=None):
        fetched_at = response.meta.get("fetched_at") or _now()
        record_id = response.meta.get("archive_record_id")
        for item in result:
            if isinstance(item, Provenance):
                item.crawl_id = self.crawl_id
                item.fetched_at = fetched_at
                item.archive_record_id = record_id
            elif isinstance(item, CrawlError):
                item.crawl_id = self.crawl_id
            yield item

    async def process_spider_output_async(self, response, result, spider=None):
        async for item in result:
            for stamped in self.process_spider_output(response, [item], spider):
                yield stamped

    def process_spider_exception(self, response, exception):
        """A page the extractor could not read: one error row with the reason, and the crawl goes on."""
        spider = self.crawler.spider
        self.crawler.stats.inc_value(f"extract/error/{type(exception).__name__}")
        return [CrawlError(source=getattr(spider, "source", spider.name), url=response.url, stage="extract",
                           reason=f"{type(exception).__name__}: {exception} {_what_came(response)}",
                           occurred_at=_now(), crawl_id=self.crawl_id)]


def _what_came(response) -> str:
    """What the server sent, for the reason of an extraction error: `[text/html; charset=utf-8, 1234 bytes]`."""
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or "no Content-Type"
    return f"[{content_type}, {len(response.body)} bytes]"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
