"""Storms of 500, 503 and 429 (with Retry-After) from a real HTTP server on loopback.

The crawl (the project's live download side, in its own process) must retry a bounded number of
times with exponential backoff, wait at least what each Retry-After asks before the host sees any
request again, never send requests closer than DOWNLOAD_DELAY, and write an error row for every
page it gave up on, while the pages that recover and the calm pages land.
"""
from __future__ import annotations

import math
import time
from email.utils import formatdate

import pytest

from spiders.retry import backoff, parse_retry_after
from tests.conftest import sample_page
from tests.spiders.loopback import LoopbackServer, crawl_loopback, page

GOOD = "/gia/general/202205/25/P2022052500609.htm"
FLAKY = "/gia/general/202205/25/P2022052500607.htm"
STORMS = {"/storm500": 500, "/storm502": 502, "/storm503": 503, "/storm429": 429}
CALM = [f"/calm/{i}.html" for i in range(6)]
DELAY = 0.4  # DOWNLOAD_DELAY of the test crawl
BASE, CAP = 0.3, 1.2  # backoff: 0.3, 0.6, 1.2 s
RETRY_TIMES = 3
RETRY_AFTER_MAX = 2.5


def test_retry_after_is_read_as_seconds_or_an_http_date():
    now = 1_800_000_000.0
    assert parse_retry_after(b"120") == 120
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30)
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now=now) == 0
    assert parse_retry_after(b"soon") is None and parse_retry_after(None) is None and parse_retry_after(b"-5") is None


def test_backoff_doubles_up_to_its_cap():
    assert [backoff(n, 2, 60) for n in range(1, 8)] == [2, 4, 8, 16, 32, 60, 60]


class Storm:
    """Routes answering `status` (with a Retry-After for 503 and 429) and noting when each answer asked to wait."""

    def __init__(self):
        self.asked: list[tuple[float, float, str]] = []  # (sent at, not before, path)
        self.flaky_left = 2

    def status(self, code: int, path: str):
        def route(handler):
            headers = {}
            if code == 503:
                headers["Retry-After"] = "1"
                self.asked.append((time.time(), time.time() + 1, path))
            elif code == 429:
                # An HTTP date one to two seconds ahead (dates have whole seconds).
                not_before = math.floor(time.time()) + 2
                headers["Retry-After"] = formatdate(not_before, usegmt=True)
                self.asked.append((time.time(), not_before, path))
            page(b"<html><body>busy</body></html>", status=code, headers=headers)(handler)
        return route

    def too_long(self, handler):
        self.asked.append((time.time(), time.time() + RETRY_AFTER_MAX, "/storm429long"))
        page(b"come back tomorrow", status=429, headers={"Retry-After": "3600"})(handler)

    def flaky(self, handler):
        if self.flaky_left:
            self.flaky_left -= 1
            self.asked.append((time.time(), time.time() + 1, FLAKY))
            page(b"busy", status=503, headers={"Retry-After": "1"})(handler)
        else:
            page(sample_page("https://www.info.gov.hk" + FLAKY))(handler)


def hang_up(handler):
    """Close the connection without a word: a network error for the crawler."""
    handler.close_connection = True


@pytest.mark.slow
def test_storms_are_retried_boundedly_slower_and_as_asked(tmp_path):
    storm = Storm()
    links = [GOOD, FLAKY, *STORMS, "/storm429long", "/hangup", *CALM]
    routes = {
        "/robots.txt": page(b"", status=404),
        "/": page(("<html><body>" + "".join(f"<a href='{p}'>x</a>" for p in links) + "</body></html>").encode()),
        GOOD: page(sample_page("https://www.info.gov.hk" + GOOD)),
        FLAKY: storm.flaky,
        "/storm429long": storm.too_long,
        "/hangup": hang_up,
        **{path: storm.status(code, path) for path, code in STORMS.items()},
        **{path: page(b"<html><body>calm</body></html>") for path in CALM},
    }
    settings = {"DOWNLOAD_DELAY": DELAY, "RANDOMIZE_DOWNLOAD_DELAY": False, "AUTOTHROTTLE_ENABLED": True,
                "AUTOTHROTTLE_START_DELAY": DELAY, "RETRY_TIMES": RETRY_TIMES, "HKAI_RETRY_BACKOFF_BASE": BASE,
                "HKAI_RETRY_BACKOFF_MAX": CAP, "HKAI_RETRY_AFTER_MAX": RETRY_AFTER_MAX}
    started = time.monotonic()
    with LoopbackServer(routes) as site:
        result = crawl_loopback([site.url("/")], tmp_path, allow=[site.netloc], settings=settings, timeout=240)
        hits = list(site.hits)
    elapsed = time.monotonic() - started
    count = {path: sum(h.path == path for h in hits) for path in {h.path for h in hits}}

    # Bounded: every storm page got exactly RETRY_TIMES + 1 attempts; a too-long Retry-After, one.
    for path in [*STORMS, "/hangup"]:
        assert count[path] == RETRY_TIMES + 1, (path, count)
    assert count["/storm429long"] == 1 and count[FLAKY] == 3 and count[GOOD] == 1
    assert all(count[p] == 1 for p in CALM)

    # Backoff: attempts of the 500 storm are at least 0.3, 0.6, 1.2 s apart.
    times = [h.at for h in hits if h.path == "/storm500"]
    for n, (a, b) in enumerate(zip(times, times[1:]), start=1):
        assert b - a >= backoff(n, BASE, CAP) - 0.02, (n, b - a)

    # Retry-After honoured for the whole host: after each answer that asked to wait, nothing arrives
    # (any path) before the time it asked for.
    for sent_at, not_before, path in storm.asked:
        later = [h for h in hits if h.at > sent_at + 1e-3]
        if later:
            assert later[0].at >= not_before - 0.02, (path, later[0].path, later[0].at - not_before)

    # The rate never rises: no two requests closer than DOWNLOAD_DELAY, storm or not.
    gaps = [b.at - a.at for a, b in zip(hits, hits[1:])]
    assert min(gaps) >= DELAY - 0.05, sorted(gaps)[:3]
    storm_gaps = [b.at - a.at for a, b in zip(hits, hits[1:]) if b.path in STORMS]
    assert min(storm_gaps) >= DELAY - 0.05

    # Gave up with error rows naming why; the recovered page and the calm ones landed.
    errors = {e["url"].rsplit(":", 1)[1].split("/", 1)[1]: e for e in result.errors}
    for path, code in STORMS.items():
        assert errors[path[1:]]["stage"] == "http"
        assert errors[path[1:]]["reason"] == f"HTTP {code} (gave up after {RETRY_TIMES + 1} attempts)"
    assert errors["hangup"]["stage"] == "download" and "gave up after 4 attempts" in errors["hangup"]["reason"]
    assert errors["storm429long"]["reason"] == "HTTP 429 (Retry-After 3600 s is longer than 2.5 s)"
    assert sorted(r["source_id"] for r in result.records) == ["P2022052500607", "P2022052500609"]
    assert len(result.errors) == len(STORMS) + 2
    print(f"\n{len(hits)} requests in {elapsed:.1f} s; min gap {min(gaps):.2f} s; attempts {count}")
