"""What a live crawl may fetch: http(s) only, public addresses only, bounded responses.

`SafetyMiddleware` is a downloader middleware of `live` and `record` modes (`spiders.modes`). Every
request passes it, and so does every redirect target, every retry and every robots.txt fetch: they
are new requests through the whole middleware chain. It refuses

- any scheme but http and https (`file:`, `ftp:`, `s3:`, `data:` ...);
- hosts whose address is not public: private (10/8, 172.16/12, 192.168/16, fc00::/7), loopback,
  link-local (169.254/16, where cloud metadata services answer), shared (100.64/10), multicast,
  reserved and unspecified addresses, and the metadata services' own names;

checked on the address the host RESOLVES to, through the crawl's own caching resolver, so the
connection that follows uses the address that was checked; the peer address of each response is
checked again (DNS answers that change between the two lookups). A refused request becomes an
error row of stage `safety`; nothing is sent.

Tests name their own loopback servers with `HKAI_ALLOWED_HOSTS = ["127.0.0.1:PORT"]` (host and
port, exactly); nothing else may use it. Response size is capped by Scrapy's `DOWNLOAD_MAXSIZE`
(and its decompression guard); the spider's error handler turns an over-size page into a
`safety` error row too.
"""
from __future__ import annotations

import ipaddress
import logging
import re

from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError, IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError

logger = logging.getLogger(__name__)

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Names of cloud metadata services (they also resolve to link-local addresses, refused anyway).
METADATA_HOSTNAMES = frozenset({
    "metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal",
    "metadata.azure.internal", "metadata.tencentyun.com", "100-100-100-200.alibaba",
})
# Metadata addresses named outright, whatever their range says (AWS IPv6, Alibaba, Oracle).
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200", "192.0.0.192",
))
# Phrases Scrapy's download handlers and HttpCompressionMiddleware use when DOWNLOAD_MAXSIZE cuts a response.
MAXSIZE_PHRASES = ("larger than download max size", "exceeded DOWNLOAD_MAXSIZE")
# The download handlers' loggers, whose warning is the only trace of a body cut off mid-stream.
HANDLER_LOGGERS = ("scrapy.core.downloader.handlers.http11", "scrapy.core.downloader.handlers._base_streaming")
MAXSIZE_WARNING = re.compile(r"larger than download max size \((\d+)\) in request <\w+ (\S+)>")


class UnsafeRequest(IgnoreRequest):
    """A request the crawl refused to send (or whose answer it refused to read), with the reason."""


def address_problem(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why a crawl must not connect to `address`, or None when it is a public unicast address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
        if embedded is not None:
            problem = address_problem(embedded)
            return f"{problem} (embedded in {address})" if problem else None
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    for test, label in ((address.is_loopback, "loopback"), (address.is_link_local, "link-local"),
                        (address.is_unspecified, "unspecified"), (address.is_multicast, "multicast"),
                        (address.is_reserved, "reserved"), (address.is_private, "private")):
        if test:
            return f"a {label} address"
    if not address.is_global:
        return "not a public address"
    return None


def url_problem(scheme: str, host: str | None) -> str | None:
    """Why a URL is refused before any lookup: its scheme or its host name."""
    if scheme not in SCHEMES:
        return f"scheme {scheme or '(none)'!r} is not http or https"
    if not host:
        return "the URL has no host"
    if host.lower().rstrip(".") in METADATA_HOSTNAMES:
        return f"{host} is a cloud metadata service"
    return None


def host_port(scheme: str, host: str, port: int | None) -> str:
    """`host:port` as `HKAI_ALLOWED_HOSTS` names it (IPv6 hosts in brackets)."""
    host = f"[{host}]" if ":" in host else host
    return f"{host.lower()}:{port or DEFAULT_PORTS.get(scheme, 0)}"


class SafetyMiddleware:
    """Refuses non-http(s) URLs and non-public addresses (after resolution, and for every redirect)."""

    def __init__(self, crawler, allowed_hosts: list[str]):
        self.crawler = crawler
        self.stats = crawler.stats
        self.allowed = {h.strip().lower() for h in allowed_hosts if h.strip()}
        self.oversize = _OversizeNotes()
        for name in HANDLER_LOGGERS:
            logging.getLogger(name).addFilter(self.oversize)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getlist("HKAI_ALLOWED_HOSTS"))

    async def process_request(self, request, spider=None):
        url = urlparse_cached(request)
        problem = url_problem(url.scheme, url.hostname)
        if problem:
            self._refuse(request, problem)
        if host_port(url.scheme, url.hostname, url.port) in self.allowed:
            return None
        try:
            address = ipaddress.ip_address(url.hostname)
        except ValueError:
            address = ipaddress.ip_address(await self._resolve(url.hostname))
            problem = address_problem(address)
            if problem:
                self._refuse(request, f"{url.hostname} resolves to {address}, {problem}")
            return None
        problem = address_problem(address)
        if problem:
            self._refuse(request, f"{address} is {problem}")
        return None

    def process_response(self, request, response, spider=None):
        """The peer the response really came from must be public too (unless a proxy carried it)."""
        address = getattr(response, "ip_address", None)
        if address is None or request.meta.get("proxy"):
            return response
        url = urlparse_cached(request)
        if host_port(url.scheme, url.hostname or "", url.port) in self.allowed:
            return response
        problem = address_problem(address)
        if problem:
            self._refuse(request, f"{url.hostname} answered from {address}, {problem}")
        return response

    def process_exception(self, request, exception, spider=None):
        """A body that outgrew DOWNLOAD_MAXSIZE while streaming is cancelled without a word: name it."""
        if isinstance(exception, DownloadCancelledError) and request.url in self.oversize.limits:
            self.stats.inc_value("safety/oversize")
            raise UnsafeRequest(f"response larger than DOWNLOAD_MAXSIZE ({self.oversize.limits.pop(request.url)} "
                                "bytes), cut off")
        return None

    async def _resolve(self, host: str) -> str:
        """The host's address from the reactor's resolver: the lookup, and cache, the download uses."""
        from twisted.internet import reactor

        try:
            return await maybe_deferred_to_future(reactor.resolve(host))
        except DNSLookupError as exc:
            raise CannotResolveHostError(f"DNS lookup failed for {host}: {exc}") from exc

    def _refuse(self, request, reason: str):
        self.stats.inc_value("safety/refused")
        logger.warning("Refused %s: %s", request.url, reason)
        raise UnsafeRequest(reason)


class _OversizeNotes(logging.Filter):
    """Notes the URLs whose body the download handler cut off at DOWNLOAD_MAXSIZE (from its warning)."""

    def __init__(self):
        super().__init__()
        self.limits: dict[str, int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        match = MAXSIZE_WARNING.search(record.getMessage())
        if match:
            self.limits[match[2]] = int(match[1])
        return True


def is_maxsize_failure(value: BaseException) -> bool:
    """True for the error Scrapy raises when a response outgrows DOWNLOAD_MAXSIZE."""
    text = str(value)
    return any(phrase in text for phrase in MAXSIZE_PHRASES)
