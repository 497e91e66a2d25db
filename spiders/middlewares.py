"""Spider middleware that stamps provenance on every record and turns extractor failures into error rows;
a downloader middleware that names redirect loops."""
from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urldefrag, urljoin

from scrapy.exceptions import IgnoreRequest
from w3lib.url import safe_url_string

from spiders.article_page import title_differs
from spiders.items import Article, CrawlError, Provenance

REDIRECT_STATUSES = (301, 302, 303, 307, 308)


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
            if isinstance(item, Article):
                self._count_method(item)
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

    def _count_method(self, article: Article) -> None:
        """The crawl's figures of how its articles were read: by path, and where the paths' titles differ."""
        stats = self.crawler.stats
        stats.inc_value(f"article/extraction_method/{article.extraction_method}")
        if title_differs(article):
            stats.inc_value("article/title_differs")

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


class RedirectLoop(IgnoreRequest):
    """A redirect back to a URL of its own redirect chain."""


class RedirectLoopMiddleware:
    """Downloader middleware: a redirect to a URL already in its chain becomes an error, not a silent drop.

    Scrapy's duplicate filter drops a redirect back to a URL it has seen, with no error row at all;
    this one (just after RedirectMiddleware in request order, so just before it for responses) names
    the loop instead. Redirect chains that never loop still end at `REDIRECT_MAX_TIMES`.
    """

    def process_response(self, request, response, spider=None):
        location = response.headers.get(b"Location")
        if response.status not in REDIRECT_STATUSES or not location or request.meta.get("dont_redirect"):
            return response
        target = urldefrag(urljoin(request.url, safe_url_string(location.decode("latin-1"))))[0]
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            raise RedirectLoop("redirect loop: " + " -> ".join([*chain[chain.index(target):], target]))
        return response
