"""A real HTTP server on 127.0.0.1 for crawl tests, that logs every request, and a way to crawl it.

    with LoopbackServer({"/": page(b"<a href='/a'>a</a>"), "/a": page(b"...")}) as server:
        result = crawl_loopback([server.url("/")], tmp_path, allow=[server.netloc])
        server.paths()  # every path requested, in order

A route is a function `(handler) -> None` that answers the request itself, or the result of
`page(...)`. Unknown paths answer 404. The server runs in a thread of the test process; the crawl
runs in its own process (`tests.spiders.loopback_crawl`), as every crawl does.
"""
from __future__ import annotations

import json
import ssl
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.conftest import PROJECT_ROOT


@dataclass
class Hit:
    at: float  # time.time() when the request line arrived
    path: str


def page(body: bytes, status: int = 200, content_type: str | None = "text/html; charset=utf-8",
         headers: dict | None = None):
    """A route answering a fixed body (with Content-Length)."""
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        if content_type:
            handler.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    return route


def streamed(size: int):
    """A route answering a page with no Content-Length, sent in 1 MB chunks until `size` bytes or the
    client hangs up (a response too large to keep)."""
    chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.end_headers()
        for _ in range(size // len(chunk) + 1):
            handler.wfile.write(chunk)
    return route


class LoopbackServer:
    """A threaded HTTP/1.0 server on 127.0.0.1 (a free port) answering `routes`, logging every request.

    With `tls=(certificate, key)` it speaks HTTPS instead (a self-signed certificate is enough: the
    crawler's and the test browser's clients do not verify it).
    """

    def __init__(self, routes: dict, host: str = "127.0.0.1", tls: tuple[Path, Path] | None = None):
        self.routes = routes
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                with server.lock:
                    server.hits.append(Hit(time.time(), self.path))
                route = server.routes.get(self.path)
                if route is None:
                    page(b"<html><body>not found</body></html>", status=404)(self)
                    return
                try:
                    route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler hung up (size cap, timeout): that is its right

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.netloc = f"{host}:{self.httpd.server_address[1]}"
        self.port = self.httpd.server_address[1]
        self.scheme = "https" if tls else "http"
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*map(str, tls))
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)

    def url(self, path: str) -> str:
        return f"{self.scheme}://{self.netloc}{path}"

    def paths(self) -> list[str]:
        with self.lock:
            return [h.path for h in self.hits]

    def times(self, path: str) -> list[float]:
        with self.lock:
            return [h.at for h in self.hits if h.path == path]

    def __enter__(self) -> LoopbackServer:
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@dataclass
class CrawlResult:
    summary: dict
    records: list[dict]
    errors: list[dict]
    peak_rss_mb: float
    landing: Path
    log: str


# Test speed: no politeness delay unless a test asks for one; retries back off in tenths of seconds.
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "HKAI_RETRY_BACKOFF_BASE": 0.2,
        "HKAI_RETRY_BACKOFF_MAX": 1.0, "HKAI_RETRY_AFTER_MAX": 10, "DOWNLOAD_TIMEOUT": 10}


def crawl_loopback(urls: list[str], tmp_path: Path, allow: list[str], settings: dict | None = None,
                   crawl_id: str = "loopback-1", timeout: float = 300) -> CrawlResult:
    """Crawl `urls` in a child process with the project's settings in live mode; the landing files as dicts."""
    landing = tmp_path / "landing" / "govhk" / crawl_id
    command = [sys.executable, "-m", "tests.spiders.loopback_crawl", "--landing", str(landing),
               "--crawl-id", crawl_id]
    for host in allow:
        command += ["--allow", host]
    for name, value in {**FAST, **(settings or {})}.items():
        command += ["--set", f"{name}={json.dumps(value)}"]
    done = subprocess.run([*command, *urls], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-6000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    return CrawlResult(out["summary"], _jsonl(landing / "records.jsonl"), _jsonl(landing / "errors.jsonl"),
                       out["peak_rss_mb"], landing, done.stderr)


def _jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
