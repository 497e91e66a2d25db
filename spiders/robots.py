"""robots.txt as RFC 9309 says, on top of Scrapy's `RobotsTxtMiddleware` and its Protego parser.

Protego already follows the RFC's matching rules (the longest matching rule wins, Allow over
Disallow on a tie, `*` and `$`, the most specific user-agent group). What Scrapy does with the
*answer* differs from the RFC, and this middleware fixes it:

robots.txt answer                  Scrapy 2.19 + Protego                 RFC 9309 (and this middleware)
2xx                                parse the body                        parse the body
4xx "unavailable" (2.3.1.3)        parse the body (an error page that    allow everything
                                   says "Disallow: /" disallows all)
5xx "unreachable" (2.3.1.4)        parse the body (often: allow all)     disallow everything
network error, timeout, refused    allow everything                      disallow everything

Redirects (2.3.1.2) are followed by RedirectMiddleware, up to `REDIRECT_MAX_TIMES`; the robots.txt
request passes the safety and retry middlewares like any other, so a 5xx is retried first.
A page refused by robots.txt becomes an error row of stage `robots` naming the reason.
"""
from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

logger = logging.getLogger(__name__)

DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class RobotsForbidden(IgnoreRequest):
    """A request robots.txt does not allow (message starts with "forbidden by robots.txt")."""


class Rfc9309RobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with 4xx = allow all and 5xx or unreachable = disallow all."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self._why: dict[str, str] = {}  # netloc -> why everything is disallowed there

    async def _parse_robots(self, response, netloc, request):
        status = response.status
        if status >= 500:
            self._why[netloc] = f"robots.txt unreachable (HTTP {status}): RFC 9309 disallows all"
            self._stats.inc_value("robotstxt/rfc9309/unreachable")
            response = response.replace(body=DISALLOW_ALL)
        elif status >= 400:
            self._stats.inc_value("robotstxt/rfc9309/unavailable")
            response = response.replace(body=b"")
        elif status >= 300:  # a redirect not followed (no Location, or too many): "unavailable" too
            self._stats.inc_value("robotstxt/rfc9309/unavailable")
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc, netloc):
        """robots.txt could not be fetched at all: unreachable, so nothing of that host is fetched."""
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        self._why[netloc] = f"robots.txt unreachable ({type(exc).__name__}): RFC 9309 disallows all"
        self._stats.inc_value("robotstxt/rfc9309/unreachable")
        parser = build_from_crawler(self._parserimpl, self.crawler, DISALLOW_ALL)
        pending = self._parsers[netloc]
        self._parsers[netloc] = parser
        pending.callback(parser)

    def process_request_2(self, rp, request):
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            why = self._why.get(urlparse_cached(request).netloc)
            raise RobotsForbidden("forbidden by robots.txt" + (f": {why}" if why else "")) from None
