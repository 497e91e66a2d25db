"""Retries that back off, honour Retry-After, and never raise a site's request rate.

`PoliteRetryMiddleware` replaces Scrapy's `RetryMiddleware` in `live` and `record` modes:

- It retries 500, 502, 503, 504 and 429 answers and network errors (Scrapy's `RETRY_EXCEPTIONS`),
  at most `RETRY_TIMES` times (so `RETRY_TIMES + 1` attempts), then gives up: the last answer goes
  on to the spider's error handler, which writes an error row naming the attempts.
- Each retry waits `HKAI_RETRY_BACKOFF_BASE * 2**(n-1)` seconds, at most `HKAI_RETRY_BACKOFF_MAX`,
  or longer if the server's `Retry-After` (seconds or an HTTP date) asks for more. A Retry-After
  beyond `HKAI_RETRY_AFTER_MAX` is not waited out: that request gives up at once.
- The wait holds the whole host, not only the retried request: no request to a host that answered
  "slow down" leaves before the wait is over, so the request rate to a host in a storm only falls.
  Requests not yet at the downloader wait in `process_request` (an asynchronous sleep: the reactor
  keeps serving other hosts); requests already queued in the host's download slot are held by
  moving the slot's last-request time forward, so Scrapy's own `DOWNLOAD_DELAY` machinery keeps
  them until the pause is over. Either way each still respects `DOWNLOAD_DELAY` after it.
"""
from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import load_object

logger = logging.getLogger(__name__)

RETRY_STATUSES = (500, 502, 503, 504, 429)
MAX_WAIT_ROUNDS = 50  # a host's pause can be extended while a request waits; never loop forever


def parse_retry_after(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds a `Retry-After` header asks to wait (delta-seconds or HTTP-date); None if absent or unreadable."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff(attempt: int, base: float, cap: float) -> float:
    """Exponential backoff before retry number `attempt` (1, 2, 3 ...), capped."""
    return min(cap, base * (2 ** (attempt - 1)))


class PoliteRetryMiddleware:
    """Bounded retries with exponential backoff and Retry-After, pausing the whole host meanwhile."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("RETRY_ENABLED"):
            raise NotConfigured
        self.crawler = crawler
        self.stats = crawler.stats
        self.max_retry_times = settings.getint("RETRY_TIMES")
        self.retry_statuses = {int(s) for s in settings.getlist("HKAI_RETRY_HTTP_CODES", RETRY_STATUSES)}
        self.base = settings.getfloat("HKAI_RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("HKAI_RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("HKAI_RETRY_AFTER_MAX", 600.0)
        self.exceptions = tuple(load_object(e) if isinstance(e, str) else e
                                for e in settings.getlist("RETRY_EXCEPTIONS"))
        self.paused_until: dict[str, float] = {}  # host -> monotonic time before which nothing is sent

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        """Hold any request to a paused host until its pause is over (without blocking the reactor)."""
        host = urlparse_cached(request).hostname or ""
        for _ in range(MAX_WAIT_ROUNDS):
            wait = self.paused_until.get(host, 0.0) - time.monotonic()
            if wait <= 0:
                return None
            self.stats.inc_value("retry/paused_requests")
            await _sleep(min(wait, max(self.cap, self.retry_after_max)))
        return None

    def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry") or response.status not in self.retry_statuses:
            return response
        host = urlparse_cached(request).hostname or ""
        asked = parse_retry_after(response.headers.get(b"Retry-After"))
        reason = f"HTTP {response.status}"
        if asked is not None and asked > self.retry_after_max:
            # Too long to wait for in this crawl: rest the host as long as we may, give this page up.
            self._pause(request, host, self.retry_after_max)
            request.meta["retry_gave_up"] = f"Retry-After {asked:g} s is longer than {self.retry_after_max:g} s"
            self.stats.inc_value("retry/retry_after_too_long")
            return response
        retried = self._retry(request, reason, host, asked)
        if retried is None:
            if asked is not None:
                self._pause(request, host, asked)
            return response
        return retried

    def process_exception(self, request, exception, spider=None):
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions):
            return None
        host = urlparse_cached(request).hostname or ""
        return self._retry(request, type(exception).__name__, host, None)

    def _retry(self, request, reason: str, host: str, asked: float | None):
        attempt = request.meta.get("retry_times", 0) + 1
        retried = get_retry_request(request, spider=self.crawler.spider, reason=reason,
                                    max_retry_times=request.meta.get("max_retry_times", self.max_retry_times))
        if retried is None:
            request.meta["retry_gave_up"] = f"gave up after {attempt} attempts"
            return None
        delay = max(backoff(attempt, self.base, self.cap), asked or 0.0)
        retried.meta["retry_delay"] = delay
        self._pause(request, host, delay)
        logger.info("Retrying %s in %.1f s (attempt %d, %s)", request.url, delay, attempt + 1, reason)
        return retried

    def _pause(self, request, host: str, seconds: float) -> None:
        """Nothing leaves for `host` for `seconds`: neither new requests nor those queued in its slot."""
        now = time.monotonic()
        until = now + seconds
        if until > self.paused_until.get(host, 0.0):
            self.paused_until[host] = until
        downloader = getattr(self.crawler.engine, "downloader", None)
        slot = downloader.slots.get(request.meta.get(downloader.DOWNLOAD_SLOT, host)) if downloader else None
        if slot is not None:
            # The slot sends its next request DOWNLOAD_DELAY after `lastseen` (same monotonic clock).
            slot.lastseen = max(slot.lastseen, until - slot.delay)


async def _sleep(seconds: float) -> None:
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))
