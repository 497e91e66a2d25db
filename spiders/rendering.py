"""Rendering JavaScript-built pages in headless Chromium for live and record crawls (scrapy-playwright).

Some directories build their listings in the browser and no data endpoint behind them is known: HKSTP's
company directory is rendered (istartup.hk pages differ only by URL fragment and are not). A source
marked `render_js=True` in the registry is fetched by the system Chromium through scrapy-playwright in
`live` and `record` mode: Scrapy still schedules, throttles, checks safety and robots.txt and archives
the response, which is the page's DOM after its scripts ran and the network went quiet. `replay` never
starts a browser: the archive already holds the rendered page.

robots.txt is fetched by Scrapy's own HTTP handler, not the browser (a browser would wrap the text in
HTML). The browser's own sub-requests (scripts, XHR) never pass through Scrapy's middlewares, so
`abort_request` refuses the ones the safety rules would refuse by name, and images, media and fonts,
which a text crawl does not need.
"""
from __future__ import annotations

import ipaddress
import os
import shutil
from urllib.parse import urlsplit

from scrapy_playwright.page import PageMethod

from spiders.safety import address_problem, url_problem

CHROMIUM_ENV = "HKAI_CHROMIUM"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PLAYWRIGHT_HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
RENDER_MIDDLEWARE_ORDER = 580  # after safety (60), robots (100) and retry (550); a request flag only
# Chromium in a closed network: no background traffic, no sandbox (containers run as root), no GPU.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"]
SKIPPED_RESOURCES = {"image", "media", "font"}
# The page's own in-memory content (inline data, blobs it made, about:blank): no request leaves the browser.
BROWSER_SCHEMES = {"data", "blob", "about"}


class ChromiumNotFound(RuntimeError):
    """No Chromium to render with."""


def find_chromium() -> str:
    """The Chromium executable: `$HKAI_CHROMIUM`, else the first Chromium on the PATH."""
    if path := os.environ.get(CHROMIUM_ENV):
        return path
    for name in CHROMIUM_NAMES:
        if found := shutil.which(name):
            return found
    raise ChromiumNotFound(
        "this source renders its pages in Chromium in live and record mode, and none was found: "
        f"install it (Debian: apt-get install chromium) or set {CHROMIUM_ENV} to its path")


def render_settings(chromium: str | None = None) -> dict:
    """Scrapy settings that fetch requests flagged by `RenderMiddleware` through headless Chromium."""
    return {
        "DOWNLOAD_HANDLERS": {"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": chromium or find_chromium(), "headless": True,
                                      "args": list(CHROMIUM_ARGS)},
        "PLAYWRIGHT_ABORT_REQUEST": "spiders.rendering.abort_request",
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 2,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 60_000,
    }


def browser_request_problem(url: str, resource_type: str) -> str | None:
    """Why the browser must not make a sub-request, or None: refused by name, or not needed for text."""
    if resource_type in SKIPPED_RESOURCES:
        return f"{resource_type}: not needed for text"
    parts = urlsplit(url)
    if parts.scheme in BROWSER_SCHEMES:
        return None
    if problem := url_problem(parts.scheme, parts.hostname):
        return problem
    host = (parts.hostname or "").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return "a loopback host name"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None  # a host name: Chromium resolves it itself (see the module docstring)
    return address_problem(address)


def abort_request(request) -> bool:
    """scrapy-playwright's PLAYWRIGHT_ABORT_REQUEST: True for a browser sub-request to refuse."""
    return browser_request_problem(request.url, request.resource_type) is not None


class RenderMiddleware:
    """Flags every request but robots.txt to be fetched by the browser, and waits for the page to settle.

    A spider may name a script for the browser to run once the page has loaded (`meta["render_script"]`,
    e.g. `toPage(2)` of a JavaScript pager); the page is read when the network is quiet again. Without
    the browser (replay, or a source that is not rendered) the key means nothing.
    """

    def process_request(self, request, spider=None):
        if urlsplit(request.url).path == "/robots.txt":
            return None
        request.meta.setdefault("playwright", True)
        request.meta.setdefault("playwright_page_goto_kwargs", {"wait_until": "networkidle"})
        if script := request.meta.get("render_script"):
            request.meta.setdefault("playwright_page_methods", [
                PageMethod("evaluate", script), PageMethod("wait_for_load_state", "networkidle")])
        return None
