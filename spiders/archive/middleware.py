"""Downloader middlewares that make `replay` and `record` modes: spider code never knows which runs.

Both sit next to the downloader (order 950), so robots.txt, retries, redirects and decompression
work on archived responses exactly as on live ones.
"""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from spiders.archive.warc import WarcArchive, WarcRecorder, archive_origin

ARCHIVE_MISS_HEADER = "X-Archive-Miss"


class ReplayMiddleware:
    """Answers every request from WARC archives (setting `HKAI_REPLAY_ARCHIVES`); never touches the network.

    A URL that is not archived gets a 404 marked with the `X-Archive-Miss` header, as a web archive's
    replay does, so the crawl records it like any missing page.
    """

    def __init__(self, archives: list[str], stats):
        self.archive = WarcArchive([Path(p) for p in archives])
        self.stats = stats
        # Kept with the crawl's stats, so the warehouse can say where its pages came from (table coverage).
        stats.set_value("replay/origin", ", ".join(sorted({archive_origin(Path(p)) for p in archives})))

    @classmethod
    def from_crawler(cls, crawler):
        archives = crawler.settings.getlist("HKAI_REPLAY_ARCHIVES")
        if not archives:
            raise NotConfigured("no HKAI_REPLAY_ARCHIVES")
        return cls(archives, crawler.stats)

    def process_request(self, request, spider=None):
        entry = self.archive.lookup(request.url)
        if entry is None:
            self.stats.inc_value("replay/miss")
            return responsetypes.from_args(url=request.url, body=b"")(
                url=request.url, status=404, headers={ARCHIVE_MISS_HEADER: "1"}, body=b"",
                request=request, flags=["replay", "archive-miss"],
            )
        archived = self.archive.read(entry)
        self.stats.inc_value("replay/hit")
        request.meta["archive_record_id"] = archived.record_id
        request.meta["fetched_at"] = archived.date
        headers = Headers(archived.headers)
        # The archive holds the body as it came over the wire, so the length and encoding
        # headers stay true for HttpCompressionMiddleware to undo any gzip or brotli.
        response_cls = responsetypes.from_args(headers=headers, url=request.url, body=archived.body)
        return response_cls(url=request.url, status=archived.status, headers=headers, body=archived.body,
                            request=request, flags=["replay"])


class RecordMiddleware:
    """Keeps every response of a live crawl in a WARC file (setting `HKAI_RECORD_ARCHIVE`)."""

    def __init__(self, archive: str, stats):
        self.recorder = WarcRecorder(Path(archive))
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        archive = crawler.settings.get("HKAI_RECORD_ARCHIVE")
        if not archive:
            raise NotConfigured("no HKAI_RECORD_ARCHIVE")
        middleware = cls(archive, crawler.stats)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_response(self, request, response, spider=None):
        headers = [(k.decode("latin-1"), v.decode("latin-1"))
                   for k, values in response.headers.items() for v in values]
        captured_at = datetime.now(UTC)
        entry = self.recorder.write(response.url, response.status, "", headers, response.body, captured_at)
        self.stats.inc_value("record/responses")
        request.meta["archive_record_id"] = entry.record_id
        request.meta["fetched_at"] = entry.date
        return response

    def spider_closed(self, spider):
        self.recorder.close()
