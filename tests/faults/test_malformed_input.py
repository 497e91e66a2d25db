"""Hostile and broken pages through a whole live crawl (a real server on loopback, the project's full
download side, extractor, pipelines and landing writer, in its own process), then loaded.

Each broken page must become one error row with its reason; the good pages (and the mis-declared
ones charset detection can rescue) must land and load; the crawl must finish normally; the crawl
process's peak memory must stay bounded even with a 24 MB page, a 40 MB page and 100,000 nested divs.
"""
from __future__ import annotations

import re

import pytest

from spiders.registry import SOURCES
from tests.conftest import sample_page
from tests.spiders.loopback import LoopbackServer, crawl_loopback, page, streamed
from warehouse.db import scalar, writer
from warehouse.load import load_new_crawls
from warehouse.schema import raw_table_for

BASE = "https://www.info.gov.hk"
EN = "/gia/general/202205/25/P2022052500609.htm"
TC = "/gia/general/202205/25/P2022052500607.htm"
MB = 1024 * 1024
# Measured (VmHWM of the crawl process): ~80 MB for a crawl of ordinary pages; the 24 MB release
# peaks at ~710 MB while the GovHK extractor reads it (decoded text, parsed tree, body text: ~25x
# the page); the 40 MB page is cut at DOWNLOAD_MAXSIZE (32 MB) at ~110 MB; 100k nested divs ~85 MB.
# So a crawl's peak is bounded by about 80 MB + 25 x DOWNLOAD_MAXSIZE; this limit leaves room for that.
PEAK_RSS_LIMIT_MB = 1024


def release(n: int) -> str:
    return f"/gia/general/202205/25/P20220525{n:05d}.htm"


def big_release(size: int) -> bytes:
    """The English release with its body grown to about `size` bytes of paragraphs."""
    html = sample_page(BASE + EN).decode()
    paragraph = "<p>Innovation and technology paragraph for a very long release. </p>\n"
    filler = paragraph * (size // len(paragraph))
    return html.replace('<span id="pressrelease" class="fontSize1">',
                        '<span id="pressrelease" class="fontSize1">' + filler, 1).encode()


def deeply_nested(depth: int) -> bytes:
    html = sample_page(BASE + EN).decode()
    return html.replace('<span id="pressrelease" class="fontSize1">',
                        '<span id="pressrelease" class="fontSize1">' + "<div>" * depth + "deep" + "</div>" * depth,
                        1).encode()


def cases():
    """path -> (route, what must come of it: a record, or an error row of (stage, reason pattern))."""
    en, tc = sample_page(BASE + EN), sample_page(BASE + TC)
    big5 = tc.decode("utf-8").encode("big5hkscs")
    no_meta = re.sub(rb'<meta http-equiv="Content-Type"[^>]*>', b"", tc)
    return {
        EN: (page(en), "record"),
        TC: (page(tc), "record"),
        release(1): (page(big5, content_type="text/html; charset=utf-8"), "record"),  # Big5 declared as UTF-8
        release(2): (page(no_meta, content_type="text/html"), "record"),  # no charset anywhere
        release(3): (page(tc, content_type="text/html; charset=iso-8859-1"), "record"),  # wrong charset
        release(4): (page(big_release(24 * MB)), "record"),  # tens of MB, under the 32 MB cap
        release(5): (page(deeply_nested(100_000)), ("extract|record", "")),
        release(6): (page(en[: len(en) * 2 // 5]), ("extract", "truncated page")),
        release(7): (page(b""), ("extract", "empty response body")),
        release(8): (page(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64), ("extract", "binary content")),
        release(9): (page(b'{"error": "not found", "items": []}', content_type="application/json"),
                     ("extract", r"ExtractionError: .*\[application/json, 35 bytes\]")),
        release(10): (page(b"<html><body>Page not found</body></html>", status=404), ("http", "^HTTP 404$")),
        # A loop: 11 -> 12 -> 11; the row is on the URL that closed it, naming the loop and the link.
        release(11): (page(b"", status=302, headers={"Location": release(12)}), None),
        release(12): (page(b"", status=302, headers={"Location": release(11)}),
                      ("http", r"redirect loop: \S+P2022052500011.htm -> \S+P2022052500012.htm -> \S+P2022052500011.htm "
                               r"\(redirected from \S+P2022052500011.htm\)")),
        release(13): (streamed(40 * MB), ("safety", r"larger than DOWNLOAD_MAXSIZE \(33554432 bytes\)")),
        release(14): (page(b"<html><body><div id='pressrelease'>" + b"\xff\xfe\xfa" * 4000 + b"</div></body></html>",
                           content_type="text/html; charset=utf-8"), ("extract|record", "")),  # undecodable bytes
    }


@pytest.mark.slow
def test_broken_pages_become_error_rows_and_the_rest_lands(tmp_path):
    expected = cases()
    index = "".join(f"<a href='{path}'>x</a>" for path in expected if path != release(12))
    routes = {path: route for path, (route, _) in expected.items()}
    routes["/robots.txt"] = page(b"", status=404)
    routes["/"] = page(f"<html><body>{index}</body></html>".encode())
    with LoopbackServer(routes) as site:
        result = crawl_loopback([site.url("/")], tmp_path, allow=[site.netloc], timeout=300)

    assert result.summary["finish_reason"] == "finished"
    records = {r["url"].split(site.netloc, 1)[1]: r for r in result.records}
    errors = {e["url"].split(site.netloc, 1)[1]: e for e in result.errors}
    for path, (_, outcome) in expected.items():
        if outcome is None:
            continue
        if outcome == "record":
            assert path in records and path not in errors, (path, errors.get(path))
            continue
        stage, pattern = outcome
        if stage == "extract|record":  # a record or an error row (extract or validate), never both, no crash
            assert (path in records) != (path in errors), path
            if path in errors:
                assert errors[path]["stage"] in ("extract", "validate") and errors[path]["reason"], errors[path]
            continue
        assert path not in records, path
        assert errors[path]["stage"] == stage and re.search(pattern, errors[path]["reason"]), errors[path]

    # Charset detection rescued the mis-declared Chinese pages: same title as the well-declared one.
    title = records[TC]["title"]
    assert "InnoHK" in title and all(records[release(n)]["title"] == title for n in (1, 2, 3))
    assert len(records[release(4)]["body"]) > 20 * MB

    # Bounded memory in the crawl process, with a 24 MB page, a 40 MB one and 100k nested divs.
    assert result.peak_rss_mb < PEAK_RSS_LIMIT_MB, result.peak_rss_mb
    print(f"\npeak RSS of the crawl process: {result.peak_rss_mb} MB; "
          f"{len(records)} records, {len(errors)} errors: " + "; ".join(
              f"{p.rsplit('/', 1)[1]} {e['stage']}: {e['reason'][:80]}" for p, e in errors.items()))

    # And what landed loads: every record and every error row, once.
    table = raw_table_for(SOURCES["govhk"])
    with writer(tmp_path / "work.duckdb") as conn:
        loaded = load_new_crawls(conn, tmp_path / "landing" / "govhk", table)
        assert loaded.records == len(result.records) and loaded.errors == len(result.errors)
        assert scalar(conn, f"select count(*) from {table.name}") == len(result.records)
        assert scalar(conn, "select count(*) from raw_crawl_errors where reason <> ''") == len(result.errors)
