"""The base of every source spider: requests that fail become error records instead of log lines.

Stages of the error rows made here: `http` (an error status, after any retries), `download` (the
network failed, after any retries), `robots` (robots.txt forbids it, or could not be read: RFC 9309),
`safety` (refused by the live-mode safety rules, or larger than DOWNLOAD_MAXSIZE).
"""
from __future__ import annotations

from datetime import UTC, datetime

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError

from spiders.archive.middleware import ARCHIVE_MISS_HEADER
from spiders.conditional import PageUnchanged
from spiders.items import CrawlError
from spiders.middlewares import RedirectLoop
from spiders.robots import RobotsForbidden
from spiders.safety import UnsafeRequest, is_maxsize_failure


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
        """Turn a failed request into a `CrawlError` record (stage: http, download, robots or safety)."""
        request = failure.request
        if failure.check(PageUnchanged):
            return  # a 304: its records are carried over at load (spiders.conditional), not an error
        gave_up = request.meta.get("retry_gave_up")
        retries = f" ({gave_up})" if gave_up else ""
        for row in self._error_rows(failure, request, retries):
            redirects = request.meta.get("redirect_urls")
            if redirects:
                row.reason += f" (redirected from {redirects[0]})"
            yield row

    def _error_rows(self, failure, request, retries: str):
        if failure.check(HttpError):
            response = failure.value.response
            if request.meta.get("optional") and response.status == 404:
                self.crawler.stats.inc_value("optional/not_found")
                return
            missing = response.headers.get(ARCHIVE_MISS_HEADER)
            reason = f"HTTP {response.status}" + (" (not in the replay archive)" if missing else "") + retries
            yield self.error(request.url, "http", reason)
        elif failure.check(RedirectLoop):
            yield self.error(request.url, "http", str(failure.value))
        elif failure.check(UnsafeRequest):
            reason = str(failure.value)
            yield self.error(request.url, "safety", reason if "DOWNLOAD_MAXSIZE" in reason else f"refused: {reason}")
        elif failure.check(RobotsForbidden):
            yield self.error(request.url, "robots", str(failure.value) or "forbidden by robots.txt")
        elif is_maxsize_failure(failure.value):
            limit = request.meta.get("download_maxsize") or self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
            yield self.error(request.url, "safety", f"response larger than DOWNLOAD_MAXSIZE ({limit} bytes)")
        else:
            yield self.error(request.url, "download", f"{failure.type.__name__}: {failure.value}{retries}")

    def error(self, url: str, stage: str, reason: str) -> CrawlError:
        return CrawlError(source=self.source, url=url, stage=stage, reason=reason,
                          occurred_at=datetime.now(UTC).isoformat(timespec="seconds"))
