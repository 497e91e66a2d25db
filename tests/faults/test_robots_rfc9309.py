"""robots.txt cases of RFC 9309 against a real server on loopback that logs every path it is asked for.

Matching (longest match wins, Allow on a tie, `*` and `$`, user-agent groups) is Protego's; what an
error answer means is ours (`spiders.robots`): 4xx allows all, 5xx or no answer at all disallows
all. The last test shows what stock Scrapy 2.19 does instead, so a Scrapy upgrade that changes it
is noticed. Every crawl asserts zero fetches robots.txt did not allow.
"""
from __future__ import annotations

import pytest

from spiders.modes import LIVE_DOWNLOADER_MIDDLEWARES
from tests.spiders.loopback import LoopbackServer, crawl_loopback, page

ROBOTS = b"""\
User-agent: *
Disallow: /

# Product tokens match case-insensitively (RFC 9309 2.2.1).
User-Agent: HK-AI-Atlas
Disallow: /private/
Allow: /private/public/
Disallow: /*.pdf$
Disallow: /*?session=
Allow: /exact$
Disallow: /exact
Disallow: /tmp*/secret
Allow: /tie
Disallow: /tie
"""
ALLOWED = ["/ok.html", "/private/public/b.html", "/doc.pdf.html", "/page?x=1", "/exact", "/tmp1/open",
           "/tie.html", "/go-private"]
DISALLOWED = ["/private/a.html", "/doc.pdf", "/page?session=1", "/exactly", "/tmp1/secret"]
LINKS = ALLOWED + DISALLOWED


def site_routes(robots):
    routes = {path: page(b"<html><body>a page</body></html>") for path in LINKS}
    routes["/"] = page(("<html><body>" + "".join(f"<a href='{p}'>x</a>" for p in LINKS) + "</body></html>").encode())
    routes["/go-private"] = page(b"", status=302, headers={"Location": "/private/redirected.html"})
    routes["/robots.txt"] = robots
    return routes


def crawl(tmp_path, robots, **settings):
    with LoopbackServer(site_routes(robots)) as site:
        result = crawl_loopback([site.url("/")], tmp_path, allow=[site.netloc], settings=settings)
        return site.paths(), result


def robots_errors(result):
    return {e["url"].split("/", 3)[3]: e["reason"] for e in result.errors if e["stage"] == "robots"}


@pytest.mark.slow
def test_longest_match_wildcards_and_our_group(tmp_path):
    paths, result = crawl(tmp_path, page(ROBOTS, content_type="text/plain"))
    assert sorted(set(paths)) == sorted({"/robots.txt", "/", *ALLOWED})
    assert len(paths) == len(set(paths))  # each once
    refused = robots_errors(result)
    assert sorted(refused) == sorted(p.lstrip("/") for p in [*DISALLOWED, "/private/redirected.html"])
    assert all(reason == "forbidden by robots.txt" for path, reason in refused.items() if "redirected" not in path)
    assert refused["private/redirected.html"].endswith(f"(redirected from {result.errors[0]['url'].split('/')[0]}//"
                                                       f"{result.errors[0]['url'].split('/')[2]}/go-private)")


@pytest.mark.slow
def test_another_user_agent_gets_the_star_group(tmp_path):
    paths, result = crawl(tmp_path, page(ROBOTS, content_type="text/plain"), USER_AGENT="otherbot/1.0")
    assert paths == ["/robots.txt"]
    assert list(robots_errors(result)) == [""]  # the start page, refused


def hang_up(handler):
    handler.close_connection = True


@pytest.mark.slow
@pytest.mark.parametrize("robots, why", [
    (page(b"<h1>Internal error</h1>", status=500), "robots.txt unreachable (HTTP 500)"),
    (page(b"", status=503, headers={"Retry-After": "1"}), "robots.txt unreachable (HTTP 503)"),
    (hang_up, "robots.txt unreachable (DownloadFailedError)"),
], ids=["500", "503", "no-answer"])
def test_an_unreachable_robots_txt_disallows_everything(tmp_path, robots, why):
    paths, result = crawl(tmp_path, robots)
    assert set(paths) == {"/robots.txt"} and len(paths) == 4  # robots.txt retried (3 retries), nothing else
    assert robots_errors(result) == {"": f"forbidden by robots.txt: {why}: RFC 9309 disallows all"}


@pytest.mark.slow
@pytest.mark.parametrize("status", [404, 403, 410])
def test_an_unavailable_robots_txt_allows_everything(tmp_path, status):
    # Even when the error page happens to read like a robots.txt that disallows everything.
    paths, result = crawl(tmp_path, page(b"User-agent: *\nDisallow: /\n", status=status, content_type="text/plain"))
    assert sorted(set(paths)) == sorted({"/robots.txt", "/", *LINKS, "/private/redirected.html"})
    assert robots_errors(result) == {}


def stock_scrapy_robots():
    chain = dict(LIVE_DOWNLOADER_MIDDLEWARES)
    chain["spiders.robots.Rfc9309RobotsTxtMiddleware"] = None
    chain["scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"] = 100
    return {"DOWNLOADER_MIDDLEWARES": chain}


@pytest.mark.slow
def test_stock_scrapy_reads_error_answers_against_the_rfc(tmp_path):
    """Why `spiders.robots` exists: Scrapy 2.19 + Protego parse whatever body an error answer has."""
    paths, _ = crawl(tmp_path / "a", page(b"", status=503), **stock_scrapy_robots())
    assert "/ok.html" in paths and "/private/a.html" in paths  # a 5xx robots.txt allowed everything
    paths, _ = crawl(tmp_path / "b", hang_up, **stock_scrapy_robots())
    assert "/private/a.html" in paths  # so did no answer at all
    paths, _ = crawl(tmp_path / "c", page(b"User-agent: *\nDisallow: /\n", status=404), **stock_scrapy_robots())
    assert "/" not in paths  # and a 404 page's text disallowed everything
