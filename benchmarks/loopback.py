"""Live and record crawls of a synthetic web over real HTTP on loopback, with the unchanged govhk spider.

Why a download handler and not an HTTP proxy or a separate spider: the spider asks for absolute
`https://www.info.gov.hk/...` URLs. Through Scrapy's proxy support an https URL becomes a CONNECT
tunnel with TLS to the origin, so a loopback proxy would have to fake the site's TLS certificate;
and a benchmark spider over `http://127.0.0.1` URLs would not run the same extractor, because
`extract_index_links` keeps only links whose host is www.info.gov.hk. So the crawl keeps its real
URLs and only the `https` download handler (a benchmark setting, `benchmarks.loopback_settings`)
sends each request over plain HTTP/1.1 to this server on 127.0.0.1 and hands the response back
under the original URL. Scheduler, robots.txt, downloader and spider middlewares (including the
WARC recorder), extractors and item pipelines are exactly those of a live crawl.

    python -m benchmarks.loopback ARCHIVE PORT     serve the archive's pages on 127.0.0.1:PORT
"""
from __future__ import annotations

import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

from spiders.archive.warc import WarcArchive

LOOPBACK_ENV = "HKAI_BENCH_LOOPBACK"  # host:port of the server
ORIGIN = "https://www.info.gov.hk"


class LoopbackDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's own HTTP/1.1 handler, aimed at the loopback server; the response keeps the real URL."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.target = os.environ[LOOPBACK_ENV]

    async def download_request(self, request):
        parts = urlsplit(request.url)
        local = request.replace(url=f"http://{self.target}{parts.path}" + (f"?{parts.query}" if parts.query else ""))
        response = await super().download_request(local)
        return response.replace(url=request.url, request=request)


def serve(archive: Path, port: int) -> None:
    pages = WarcArchive([archive])

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real server

        def do_GET(self):  # noqa: N802
            entry = pages.lookup(ORIGIN + self.path)
            if entry is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            page = pages.read(entry)
            self.send_response(page.status)
            for name, value in page.headers:
                if name.lower() not in ("content-length", "connection", "transfer-encoding"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            self.wfile.write(page.body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(f"serving {len(pages)} pages on 127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
