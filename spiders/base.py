"""The base of every source spider: requests that fail become error records instead of log lines."""
from __future__ import annotations

from datetime import UTC, datetime

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

from spiders.archive.middleware import ARCHIVE_MISS_HEADER
from spiders.items import CrawlError


class SourceSpider(scrapy.Spider):
    """A spider for one source of the registry. Subclasses navigate; extraction lives in pure functions.

    Requests marked `meta={"optional": True}` (a daily index that may not exist) are counted, not
    recorded as errors, when they come back 404.
    """

    source: str = ""

    def request(self, url: str, callback, optional: bool = False, **kwargs) -> scrapy.Request:
        meta = {**kwargs.pop("meta", {}), "optional": optional}
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta, **kwargs)

    def follow(self, response, url: str, callback, **kwargs) -> scrapy.Request:
        return self.request(response.urljoin(url), callback, **kwargs)

    def on_error(self, failure):
        """Turn a failed request into a `CrawlError` record (stage: http, robots or download)."""
        request = failure.request
        if failure.check(HttpError):
            response = failure.value.response
            if request.meta.get("optional") and response.status == 404:
                self.crawler.stats.inc_value("optional/not_found")
                return
            missing = response.headers.get(ARCHIVE_MISS_HEADER)
            reason = f"HTTP {response.status}" + (" (not in the replay archive)" if missing else "")
            yield self.error(request.url, "http", reason)
        elif failure.check(DNSLookupError, TimeoutError, TCPTimedOutError):
            yield self.error(request.url, "download", f"{failure.type.__name__}: {failure.value}")
        elif "robots.txt" in str(failure.value):
            yield self.error(request.url, "robots", "forbidden by robots.txt")
        else:
            yield self.error(request.url, "download", f"{failure.type.__name__}: {failure.value}")

    def error(self, url: str, stage: str, reason: str) -> CrawlError:
        return CrawlError(source=self.source, url=url, stage=stage, reason=reason,
                          occurred_at=datetime.now(UTC).isoformat(timespec="seconds"))
