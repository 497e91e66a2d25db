"""A live (or record) crawl of one real source against a loopback HTTPS server, with its pages rendered
in headless Chromium as in production, in its own process.

    python -m tests.spiders.render_crawl --source hkstp_companies --port PORT --landing DIR \
        --crawl-id ID [--mode live|record] [--no-render]

The spider, its URLs (`https://www.hkstp.org/...`), the safety, robots.txt, retry and archive
middlewares, scrapy-playwright and Chromium are the production ones. Only where the bytes come from
changes: Chromium maps the source's host to 127.0.0.1:PORT (`--host-resolver-rules`) and accepts the
server's self-signed certificate, and Scrapy's own requests (robots.txt; every request with
`--no-render`) are sent to the same server by `LoopbackPlaywrightHandler`, keeping their real URLs.
It prints the crawl's `crawl.json` as one JSON line.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from spiders.modes import mode_settings
from spiders.registry import get_source, load_object
from spiders.rendering import CHROMIUM_ARGS, find_chromium

PORT_ENV = "HKAI_TEST_RENDER_PORT"


def _local(url: str) -> str:
    parts = urlsplit(url)
    return f"https://127.0.0.1:{os.environ[PORT_ENV]}{parts.path}" + (f"?{parts.query}" if parts.query else "")


class LoopbackPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler; the requests it leaves to Scrapy's HTTP/1.1 go to the loopback server."""

    async def download_request(self, request, spider=None):
        if request.meta.get("playwright"):
            return await super().download_request(request)
        response = await super().download_request(request.replace(url=_local(request.url)))
        return response.replace(url=request.url, request=request)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--port", required=True, type=int)
    parser.add_argument("--landing", required=True, type=Path)
    parser.add_argument("--crawl-id", required=True)
    parser.add_argument("--mode", default="live", choices=("live", "record"))
    parser.add_argument("--no-render", action="store_true", help="fetch without the browser (the control)")
    args = parser.parse_args(argv)
    os.environ[PORT_ENV] = str(args.port)

    source = get_source(args.source)
    render = source.render_js and not args.no_render
    hosts = list(source.allowed_domains)
    settings = get_project_settings()
    chosen = mode_settings(args.mode, record_archive=str(args.landing.parent / f"{args.crawl_id}.warc.gz"),
                           render_js=render)
    handler = "tests.spiders.render_crawl.LoopbackPlaywrightHandler"
    resolver_rules = ", ".join(f"MAP {host}:443 127.0.0.1:{args.port}" for host in hosts)
    settings.setdict({
        **chosen,
        "DOWNLOAD_HANDLERS": {"https": handler},
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": find_chromium(), "headless": True,
                                      "args": [*CHROMIUM_ARGS, f"--host-resolver-rules={resolver_rules}"]},
        "PLAYWRIGHT_CONTEXTS": {"default": {"ignore_https_errors": True}},
        "HKAI_MODE": args.mode,
        "HKAI_LANDING_DIR": str(args.landing),
        "HKAI_CRAWL_ID": args.crawl_id,
        # The source's host has no DNS here; the safety rules' test hook names it as allowed.
        "HKAI_ALLOWED_HOSTS": [f"{host}:443" for host in hosts],
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "CLOSESPIDER_TIMEOUT": 240,
    }, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl(load_object(source.spider))
    process.start()
    print(json.dumps(json.loads((args.landing / "crawl.json").read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
