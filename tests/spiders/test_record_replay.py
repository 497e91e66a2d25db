"""Record mode against a real HTTP server on loopback, then replay of that archive with the server gone.

The same spider code runs in both modes: replay must give the same pages, obey the archived
robots.txt, and need no network at all.
"""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from spiders.archive.warc import WarcArchive
from tests.conftest import PROJECT_ROOT

PAGES = {
    "/robots.txt": b"User-agent: *\nDisallow: /private/\n",
    "/": b"<html><title>Home</title><a href='/a.html'>a</a> <a href='/private/secret.html'>s</a></html>",
    "/a.html": b"<html><title>Page A</title><a href='/b.html'>b</a></html>",
    "/b.html": b"<html><title>Page B \xe2\x80\x94 compressed</title></html>",
    "/private/secret.html": b"<html><title>Secret</title></html>",
}


class SiteHandler(BaseHTTPRequestHandler):
    requested: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's naming)
        SiteHandler.requested.append(self.path)
        body = PAGES.get(self.path)
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain" if self.path.endswith(".txt") else "text/html; charset=utf-8")
        if self.path == "/b.html":
            body = gzip.compress(body)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    SiteHandler.requested = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), SiteHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def crawl(mode, start, archive, out):
    subprocess.run([sys.executable, "-m", "tests.spiders.site_crawl", mode, start, str(archive), str(out)],
                   cwd=PROJECT_ROOT, check=True, timeout=120)
    return sorted((json.loads(line) for line in out.read_text().splitlines()), key=lambda p: p["url"])


@pytest.mark.slow
def test_record_then_replay_gives_the_same_pages_without_the_server(site, tmp_path):
    archive = tmp_path / "site.warc.gz"
    recorded = crawl("record", site, archive, tmp_path / "recorded.jsonl")
    assert [p["title"] for p in recorded] == ["Home", "Page A", "Page B — compressed"]
    assert "/private/secret.html" not in SiteHandler.requested  # robots.txt obeyed live
    assert len(WarcArchive([archive])) == 4  # robots.txt and the three allowed pages

    SiteHandler.requested = []
    replayed = crawl("replay", site, archive, tmp_path / "replayed.jsonl")
    assert replayed == recorded
    assert SiteHandler.requested == []  # nothing reached the server


@pytest.mark.slow
def test_replay_of_an_unarchived_url_is_a_404_not_a_network_call(site, tmp_path):
    archive = tmp_path / "empty.warc.gz"
    crawl("record", site + "robots.txt", archive, tmp_path / "r.jsonl")
    SiteHandler.requested = []
    pages = crawl("replay", site + "a.html", archive, tmp_path / "p.jsonl")
    assert pages == []  # a 404 is not a page; the spider never saw a response body
    assert SiteHandler.requested == []
