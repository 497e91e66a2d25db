"""Crawl modes: the same spiders, with the downloader side switched.

- `replay`: every response comes from WARC archives (the bundled sample web by default); no network.
- `live`: the real sites, politely (robots.txt, identifying user agent, throttled, one request at a time per domain).
- `record`: `live`, and every response is kept in a WARC archive for provenance and later replay.

Every mode reads robots.txt as RFC 9309 says (`spiders.robots`). `live` and `record` also go
through the safety rules (`spiders.safety`: http(s) only, public addresses only, size cap) and
retry with backoff and Retry-After (`spiders.retry`, in place of Scrapy's RetryMiddleware), and ask
for record pages conditionally (`spiders.conditional`, when the crawl has a state folder).
Sources whose live pages are built by JavaScript render them in headless Chromium (`spiders.rendering`).
"""
from __future__ import annotations

from spiders.rendering import RENDER_MIDDLEWARE_ORDER, render_settings

MODES = ("replay", "live", "record")
ARCHIVE_MIDDLEWARE_ORDER = 950
# Before robots.txt (100): a refused host is not even asked for its robots.txt.
SAFETY_MIDDLEWARE_ORDER = 60
RETRY_MIDDLEWARE_ORDER = 550  # where Scrapy's RetryMiddleware sits

# Every mode: robots.txt as RFC 9309 says, and redirect loops named.
EVERY_MODE = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "spiders.robots.Rfc9309RobotsTxtMiddleware": 100,
    # Just after RedirectMiddleware (600): sees a redirect response before it, to name loops.
    "spiders.middlewares.RedirectLoopMiddleware": 610,
}
LIVE_DOWNLOADER_MIDDLEWARES = {
    **EVERY_MODE,
    "spiders.safety.SafetyMiddleware": SAFETY_MIDDLEWARE_ORDER,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.retry.PoliteRetryMiddleware": RETRY_MIDDLEWARE_ORDER,
    # Just inside the archive recorder: a 304 is archived, then becomes an unchanged page.
    "spiders.conditional.ConditionalRequestMiddleware": ARCHIVE_MIDDLEWARE_ORDER - 10,
}


def mode_settings(mode: str, replay_archives: list[str] | None = None, record_archive: str | None = None,
                  politeness: dict | None = None, render_js: bool = False) -> dict:
    """Scrapy settings that make `mode` on top of `spiders.settings`.

    `render_js` (a source's registry flag) fetches pages through headless Chromium in `live` and
    `record` mode (`spiders.rendering`); `replay` reads the rendered pages from the archive.
    """
    if render_js and mode in ("live", "record"):
        settings = mode_settings(mode, replay_archives, record_archive, politeness)
        return {**settings, **render_settings(),
                "DOWNLOADER_MIDDLEWARES": {**settings["DOWNLOADER_MIDDLEWARES"],
                                           "spiders.rendering.RenderMiddleware": RENDER_MIDDLEWARE_ORDER}}
    if mode == "replay":
        if not replay_archives:
            raise ValueError("replay mode needs at least one WARC archive")
        return {
            "HKAI_REPLAY_ARCHIVES": list(replay_archives),
            "DOWNLOADER_MIDDLEWARES": {**EVERY_MODE,
                                       "spiders.archive.middleware.ReplayMiddleware": ARCHIVE_MIDDLEWARE_ORDER},
            # No remote server to spare: replay runs as fast as extraction allows.
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "CONCURRENT_REQUESTS": 32,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
            "RETRY_ENABLED": False,
        }
    if mode == "live":
        return {**(politeness or {}), "DOWNLOADER_MIDDLEWARES": dict(LIVE_DOWNLOADER_MIDDLEWARES)}
    if mode == "record":
        if not record_archive:
            raise ValueError("record mode needs an archive path")
        return {
            **(politeness or {}),
            "HKAI_RECORD_ARCHIVE": record_archive,
            "DOWNLOADER_MIDDLEWARES": {**LIVE_DOWNLOADER_MIDDLEWARES,
                                       "spiders.archive.middleware.RecordMiddleware": ARCHIVE_MIDDLEWARE_ORDER},
        }
    raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
