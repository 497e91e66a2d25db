"""Pages built by JavaScript: rendered in headless Chromium (scrapy-playwright) in live and record mode.

The unit tests check the settings, the request flag and the browser's request filter. The crawl tests
run the real `hkstp_companies` spider against a loopback HTTPS server whose directory page, like the
live one, has no company cards in its HTML: a script fetches them from a JSON endpoint. Rendered, the
crawl finds every card; fetched plainly (the control), it finds none. They need Chromium: the fixture
installs Debian's package when it is missing (as root), as CI does on a fresh machine.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html
from scrapy import Request

from spiders.archive.sample_web import page_url, sample_pages
from spiders.archive.warc import WarcArchive
from spiders.modes import mode_settings
from spiders.registry import SOURCES
from spiders.rendering import (
    PLAYWRIGHT_HANDLER,
    ChromiumNotFound,
    RenderMiddleware,
    browser_request_problem,
    render_settings,
)
from spiders.sources.hkstp_companies import extract
from tests.conftest import PROJECT_ROOT, SAMPLE_WEB, response_for
from tests.spiders.loopback import LoopbackServer, page

CARDS_JSON = "/api/company-cards.json"


# ------------------------------------------------------------------------------------ settings, flags
def test_render_js_sources_use_the_browser_in_live_and_record_mode_only(monkeypatch):
    monkeypatch.setenv("HKAI_CHROMIUM", "/opt/test/chromium")  # the settings name it; nothing starts it
    for mode, args in (("live", {}), ("record", {"record_archive": "r.warc.gz"})):
        settings = mode_settings(mode, render_js=True, **args)
        assert settings["DOWNLOAD_HANDLERS"] == {"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER}
        assert "spiders.rendering.RenderMiddleware" in settings["DOWNLOADER_MIDDLEWARES"]
        assert "spiders.safety.SafetyMiddleware" in settings["DOWNLOADER_MIDDLEWARES"]  # still checked
        assert settings["PLAYWRIGHT_LAUNCH_OPTIONS"]["executable_path"] == "/opt/test/chromium"
    replay = mode_settings("replay", ["a.warc.gz"], render_js=True)
    assert "DOWNLOAD_HANDLERS" not in replay and "spiders.rendering.RenderMiddleware" not in replay[
        "DOWNLOADER_MIDDLEWARES"]
    assert "DOWNLOAD_HANDLERS" not in mode_settings("live")


def test_the_hkstp_directory_is_rendered_and_plain_sources_are_not():
    assert SOURCES["hkstp_companies"].render_js
    assert not SOURCES["govhk"].render_js


def test_a_script_named_by_the_spider_runs_after_the_page_loads():
    request = Request("https://www.hkstp.org/en/our-partner-companies/company-directory/?page=3",
                      meta={"render_script": "toPage(3)"})
    RenderMiddleware().process_request(request)
    methods = request.meta["playwright_page_methods"]
    assert [(m.method, m.args) for m in methods] == [("evaluate", ("toPage(3)",)), ("wait_for_load_state", ("networkidle",))]


def test_every_page_but_robots_txt_goes_to_the_browser():
    page_request = Request("https://www.hkstp.org/en/our-partner-companies/company-directory/")
    robots = Request("https://www.hkstp.org/robots.txt")
    RenderMiddleware().process_request(page_request)
    RenderMiddleware().process_request(robots)
    assert page_request.meta["playwright"] is True
    assert page_request.meta["playwright_page_goto_kwargs"] == {"wait_until": "networkidle"}
    assert "playwright" not in robots.meta


@pytest.mark.parametrize("url, kind, refused", [
    ("https://www.hkstp.org/api/cards.json", "xhr", False),
    ("https://cdn.example.org/app.js", "script", False),
    ("data:text/plain,hi", "fetch", False),
    ("https://www.hkstp.org/logo.png", "image", True),
    ("https://fonts.example.org/a.woff2", "font", True),
    ("http://169.254.169.254/latest/meta-data/", "xhr", True),
    ("http://metadata.google.internal/computeMetadata/v1/", "fetch", True),
    ("http://127.0.0.1:8080/admin", "xhr", True),
    ("http://10.0.0.5/", "document", True),
    ("http://localhost:9000/", "script", True),
    ("file:///etc/passwd", "document", True),
])
def test_the_browser_refuses_what_the_safety_rules_refuse_by_name(url, kind, refused):
    assert (browser_request_problem(url, kind) is not None) is refused


def test_a_missing_chromium_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("HKAI_CHROMIUM", raising=False)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ChromiumNotFound, match="apt-get install chromium"):
        render_settings()


# ------------------------------------------------------------------------------------ real crawls
@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=www.hkstp.org",
                    "-days", "2", "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def cards_of(static_html: bytes) -> str:
    """The company cards of a sample directory page, as one HTML string."""
    return "".join(lxml_html.tostring(card, encoding="unicode")
                   for card in lxml_html.fromstring(static_html).cssselect(extract.CARD))


def js_directory(static_html: bytes) -> bytes:
    """The sample directory page as the live site serves it: no cards in the HTML; `toPage(n)` loads them."""
    tree = lxml_html.fromstring(static_html)
    cards = tree.cssselect(extract.CARD)
    container = cards[0].getparent()
    for card in cards:
        container.remove(card)
    container.set("id", "company-cards")
    script = lxml_html.fragment_fromstring(
        "<script>function toPage(n) { return fetch('" + CARDS_JSON + "?page=' + n).then(r => r.json())"
        ".then(d => { document.getElementById('company-cards').innerHTML = d.cards; }); } toPage(1);</script>")
    tree.body.append(script)
    return lxml_html.tostring(tree, doctype="<!DOCTYPE html>")


@pytest.fixture(scope="module")
def hkstp_site(certificate):
    """The sample web's HKSTP directory (two pages) and profiles over HTTPS on loopback, built by JS."""
    routes = {"/robots.txt": page(b"User-agent: *\nAllow: /\n", content_type="text/plain")}
    directory = extract.DIRECTORY.split("www.hkstp.org", 1)[1]
    static_pages = {}
    for file in sample_pages(SAMPLE_WEB / "www.hkstp.org"):
        url = page_url(SAMPLE_WEB, file)
        path = url.split("www.hkstp.org", 1)[1]
        if path == directory or path.startswith(directory + "?page="):
            static_pages[1 if path == directory else int(path.rsplit("=", 1)[1])] = file.read_bytes()
        elif path.startswith(directory):
            routes[path] = page(file.read_bytes())
    assert sorted(static_pages) == [1, 2]
    shell = js_directory(static_pages[1])
    for number, static in static_pages.items():
        routes[directory if number == 1 else f"{directory}?page={number}"] = page(shell)  # the server ignores ?page
        routes[f"{CARDS_JSON}?page={number}"] = page(json.dumps({"cards": cards_of(static)}).encode(),
                                                    content_type="application/json")
    expected = [link for number in sorted(static_pages) for link in extract.extract_listing_links(
        response_for(extract.DIRECTORY, static_pages[number], "text/html"))]
    assert len(expected) == len(set(expected)) > 15
    assert not extract.extract_listing_names(response_for(extract.DIRECTORY, shell, "text/html"))
    with LoopbackServer(routes, tls=certificate) as server:
        yield server, expected


def crawl(server, tmp_path: Path, crawl_id: str, *extra: str) -> tuple[dict, list[dict], list[dict]]:
    landing = tmp_path / crawl_id
    done = subprocess.run(
        [sys.executable, "-m", "tests.spiders.render_crawl", "--source", "hkstp_companies", "--port",
         str(server.port), "--landing", str(landing), "--crawl-id", crawl_id, *extra],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-6000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    read = lambda name: [json.loads(line) for line in (landing / name).read_text().splitlines() if line]  # noqa: E731
    return summary, read("records.jsonl"), read("errors.jsonl")


@pytest.mark.slow
def test_a_rendered_live_crawl_finds_every_company_of_every_page_the_script_loads(chromium, hkstp_site, tmp_path):
    server, expected = hkstp_site
    summary, records, errors = crawl(server, tmp_path, "rendered")
    assert errors == []
    assert sorted(r["url"] for r in records) == sorted(expected)
    assert all(r["source"] == "hkstp_companies" and r["name"] for r in records)
    # The browser ran the page's script for page 1, and toPage(2) when asked to.
    assert {f"{CARDS_JSON}?page=1", f"{CARDS_JSON}?page=2"} <= set(server.paths())
    assert summary["stats"].get("playwright/page_count", 0) >= len(expected) + 1


@pytest.mark.slow
def test_without_the_browser_the_same_pages_have_no_companies(chromium, hkstp_site, tmp_path):
    server, _ = hkstp_site
    _, records, errors = crawl(server, tmp_path, "plain", "--no-render")
    assert records == []
    assert len(errors) == 1 and "yields no detail links" in errors[0]["reason"]


@pytest.mark.slow
def test_a_rendered_record_crawl_archives_each_rendered_page_for_replay(chromium, hkstp_site, tmp_path):
    server, expected = hkstp_site
    crawl(server, tmp_path, "recorded", "--mode", "record")
    archive = WarcArchive([tmp_path / "recorded.warc.gz"])
    links = []
    for url in (extract.DIRECTORY, f"{extract.DIRECTORY}?page=2"):
        rendered = archive.read(archive.lookup(url))
        links += extract.extract_listing_links(response_for(url, rendered.body, "text/html"))
    assert links == expected
