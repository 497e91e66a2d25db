"""Live-mode safety: http(s) only, public addresses only (resolved, and after redirects), responses capped.

The crawl test runs the project's live download side against real servers on 127.0.0.1: server A
is named in `HKAI_ALLOWED_HOSTS`, server B is not, so B must never see a request, whether it is
linked by name (`localhost` resolves to loopback), by address, or reached through a redirect.
"""
from __future__ import annotations

import asyncio
import gzip
import ipaddress

import pytest
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from spiders.modes import mode_settings
from spiders.safety import SafetyMiddleware, UnsafeRequest, address_problem, url_problem
from tests.conftest import sample_page
from tests.spiders.loopback import LoopbackServer, crawl_loopback, page, streamed

RELEASE = "https://www.info.gov.hk/gia/general/202205/25/P2022052500609.htm"
RELEASE_PATH = "/gia/general/202205/25/P2022052500609.htm"
MB = 1024 * 1024


@pytest.mark.parametrize("address, problem", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"), ("fd12::1", "private"),
    ("169.254.169.254", "metadata"), ("169.254.10.10", "link-local"), ("fe80::1", "link-local"),
    ("fd00:ec2::254", "metadata"), ("100.100.100.200", "metadata"), ("100.64.0.1", "not a public"),
    ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast"), ("240.0.0.1", "reserved"),
    ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"), ("2002:7f00:1::", "loopback"),
])
def test_non_public_addresses_are_refused(address, problem):
    assert problem in address_problem(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["147.8.2.58", "202.128.224.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address):
    assert address_problem(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize("scheme, host, problem", [
    ("file", None, "scheme 'file'"), ("ftp", "example.org", "scheme 'ftp'"), ("data", None, "scheme 'data'"),
    ("s3", "bucket", "scheme 's3'"), ("http", "metadata.google.internal", "metadata"), ("https", None, "no host"),
])
def test_urls_refused_before_any_lookup(scheme, host, problem):
    assert problem in url_problem(scheme, host)


def middleware(allowed=()):
    crawler = get_crawler(settings_dict={"HKAI_ALLOWED_HOSTS": list(allowed)})
    crawler.stats.open_spider()
    return SafetyMiddleware.from_crawler(crawler)


def test_an_allowed_loopback_server_is_named_by_host_and_port():
    mw = middleware(["127.0.0.1:8123"])
    assert asyncio.run(mw.process_request(Request("http://127.0.0.1:8123/a"))) is None
    with pytest.raises(UnsafeRequest, match="loopback"):
        asyncio.run(mw.process_request(Request("http://127.0.0.1:8124/a")))
    with pytest.raises(UnsafeRequest, match="metadata"):
        asyncio.run(mw.process_request(Request("http://169.254.169.254/latest/meta-data/")))


def test_a_response_from_a_private_peer_is_refused():
    """The second check: a host that passed the lookup but whose answer came from a private address."""
    request = Request("http://example.org/")
    response = Response("http://example.org/", request=request, ip_address=ipaddress.ip_address("10.0.0.7"))
    with pytest.raises(UnsafeRequest, match="answered from 10.0.0.7"):
        middleware().process_response(request, response)
    public = Response("http://example.org/", request=request, ip_address=ipaddress.ip_address("93.184.215.14"))
    assert middleware().process_response(request, public) is public


def test_safety_and_retry_are_wired_in_live_and_record_only():
    for mode, args in (("live", {}), ("record", {"record_archive": "x.warc.gz"})):
        chain = mode_settings(mode, **args)["DOWNLOADER_MIDDLEWARES"]
        assert chain["spiders.safety.SafetyMiddleware"] < chain["spiders.robots.Rfc9309RobotsTxtMiddleware"]
        assert chain["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
        assert chain["spiders.retry.PoliteRetryMiddleware"] == 550
    replay = mode_settings("replay", ["a.warc.gz"])["DOWNLOADER_MIDDLEWARES"]
    assert "spiders.safety.SafetyMiddleware" not in replay and "spiders.retry.PoliteRetryMiddleware" not in replay


@pytest.mark.slow
def test_a_live_crawl_never_reaches_a_private_address(tmp_path):
    with LoopbackServer({}) as other:
        b = other.netloc
        port_b = b.split(":")[1]
        links = [RELEASE_PATH, f"http://localhost:{port_b}/by-name", f"http://{b}/by-address",
                 f"http://[::ffff:127.0.0.1]:{port_b}/mapped", "http://169.254.169.254/latest/meta-data/",
                 "http://10.0.0.1/intranet", "file:///etc/passwd", f"ftp://{b}/file", "/redirect", "/redirect-twice",
                 "/big", "/big-streamed", "/gzip-bomb"]
        index = "".join(f"<a href='{link}'>x</a>" for link in links).encode()
        routes = {
            "/robots.txt": page(b"User-agent: *\nAllow: /\n", content_type="text/plain"),
            "/": page(b"<html><body>" + index + b"</body></html>"),
            RELEASE_PATH: page(sample_page(RELEASE)),
            "/redirect": page(b"", status=302, headers={"Location": f"http://{b}/secret"}),
            "/redirect-twice": page(b"", status=301, headers={"Location": "/redirect"}),
            "/big": page(b"<html>" + b"y" * (33 * MB) + b"</html>"),
            "/big-streamed": streamed(40 * MB),
            "/gzip-bomb": page(gzip.compress(b"\0" * (40 * MB)), headers={"Content-Encoding": "gzip"}),
        }
        with LoopbackServer(routes) as site:
            result = crawl_loopback([site.url("/")], tmp_path, allow=[site.netloc])
            assert other.paths() == []  # nothing ever reached the server nobody named

    errors = {e["url"]: e for e in result.errors}
    assert [r["source_id"] for r in result.records] == ["P2022052500609"]  # the good page landed
    for url, why in [(f"http://localhost:{port_b}/by-name", "resolves to 127.0.0.1, a loopback address"),
                     (f"http://{b}/by-address", "loopback"), (f"http://[::ffff:127.0.0.1]:{port_b}/mapped", "loopback"),
                     ("http://169.254.169.254/latest/meta-data/", "metadata"), ("http://10.0.0.1/intranet", "private"),
                     ("file:///etc/passwd", "scheme 'file'"), (f"ftp://{b}/file", "scheme 'ftp'"),
                     (f"http://{b}/secret", "loopback")]:
        assert errors[url]["stage"] == "safety" and why in errors[url]["reason"], (url, errors.get(url))
    for path in ("/big", "/big-streamed", "/gzip-bomb"):
        error = errors[site.url(path)]
        assert error["stage"] == "safety" and "larger than DOWNLOAD_MAXSIZE" in error["reason"], error
    assert result.summary["finish_reason"] == "finished"
    assert result.peak_rss_mb < 400, result.peak_rss_mb
