"""Bad pages, for every extractor route of every source: an empty body, a binary one, a page of the wrong
kind (a "not found" page, a campus map, a JSON error), a malformed document (JSON, CSV, XML) and the
route's good page cut short. Each is an ExtractionError with its reason (an error row of the crawl), never
another exception and never a record with fields missing; a cut page may only give what the whole page
gives (links, or for the routes in `CUT_GIVES_RECORDS` whole records that pass the pipeline's checks).
An article page's Big5 bytes declared as UTF-8 must read as the same page in UTF-8.

The good pages are listed in `tests/spiders/sample_pages.py`. Cases that only one site has (an API's
error envelope, a CKAN failure) stay in that source's own test file.
"""
from __future__ import annotations

import re
from dataclasses import asdict, is_dataclass

import pytest
from scrapy.http import Request, Response

from pipelines.validate import record_problems
from spiders.charset import decode_page
from spiders.errors import ExtractionError
from spiders.parse_offline import extractor_for
from spiders.registry import PENDING_SOURCES, SOURCES
from spiders.text import paragraphs
from tests.spiders.sample_pages import CUT_GIVES_RECORDS, GOOD_PAGES, good_pages

ROUTES = [(name, path.split(":")[1]) for name, source in sorted((SOURCES | PENDING_SOURCES).items())
          for _, path in source.extractors]
ROUTE_IDS = [".".join(route) for route in ROUTES]

NOT_FOUND_PAGE = (b"<html><head><title>Page Not Found</title></head><body><h1>Page Not Found</h1>"
                  b"<p>Sorry, the page you requested is not available.</p></body></html>")
CAMPUS_MAP = b"<html><head><title>Campus map</title></head><body><main><h1>Campus map</h1><p>Map</p></main></body></html>"
ATOM_FEED = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>'
             b'<entry><title>An item</title><link href="https://example.org/a"/></entry></feed>')
# A reason names what was wrong; `None`: the extractor's own words for a page that is not its page type.
BROKEN = {
    "empty": lambda body, ctype: (b"", ctype, "empty"),
    "blank": lambda body, ctype: (b"  \r\n ", ctype, "empty"),
    "binary": lambda body, ctype: (b"%PDF-1.7\n\x00\x01binary", ctype, "binary"),
    "png": lambda body, ctype: (b"\x89PNG\r\n\x1a\n\x00\x00", ctype, "binary"),
    "not-found page": lambda body, ctype: (NOT_FOUND_PAGE, "text/html", None),
    "campus map": lambda body, ctype: (CAMPUS_MAP, "text/html", None),
    "JSON error": lambda body, ctype: (b'{"error": "not found"}', "application/json", None),
}
# Malformed documents of the route's own format.
MALFORMED = {
    "json": {"JSON without a colon": lambda body: (body.replace(b":", b"", 1), "not valid JSON"),
             "JSON list": lambda body: (b"[]", None)},
    "csv": {"another CSV": lambda body: (b"Title,Date\r\nCyberport Venture Capital Forum,2025-11-06\r\n", None),
            "open quote": lambda body: (body.splitlines(keepends=True)[0] + b'"An unclosed quote,2024\r\n',
                                        "unreadable CSV")},
    "xml": {"Atom feed": lambda body: (ATOM_FEED, "not an RSS 2.0 feed"),
            "HTML": lambda body: (CAMPUS_MAP, "not an RSS 2.0 feed")},
}
CUT_REASON = "truncat|not valid JSON"  # what a record page cut short is refused with


def document_format(content_type: str) -> str:
    """json, csv, xml or html: the format of a good page, by its Content-Type."""
    return next((f for f in ("json", "csv", "xml") if f in content_type), "html")


def extract(route: tuple[str, str], url: str, body: bytes, content_type: str) -> list:
    """What the route's extractor gives for a response: records (dataclasses) or links (strings)."""
    extractor = extractor_for(route[0], url)
    assert extractor.__name__ == route[1], f"{url} is routed to {extractor.__name__}, not {route[1]}"
    response = Response(url=url, body=body, headers={"Content-Type": content_type}, request=Request(url))
    found = extractor(response)
    return found if isinstance(found, list) else [found]


def test_every_route_has_its_good_pages():
    assert set(GOOD_PAGES) == set(ROUTES), (
        f"routes without a good page in tests/spiders/sample_pages.py: {sorted(set(ROUTES) - set(GOOD_PAGES))}; "
        f"entries that are no route: {sorted(set(GOOD_PAGES) - set(ROUTES))}")
    assert set(CUT_GIVES_RECORDS) <= set(ROUTES)


def broken_cases(route):
    """(case, URL, body, Content-Type, reason) of every broken variant of the route's good pages."""
    for url, body, ctype in good_pages(route):
        for case, make in BROKEN.items():
            yield (case, url, *make(body, ctype))
        for case, make in MALFORMED.get(document_format(ctype), {}).items():
            malformed, reason = make(body)
            yield case, url, malformed, ctype, reason


@pytest.mark.parametrize("route", ROUTES, ids=ROUTE_IDS)
def test_broken_pages_are_extraction_errors_with_their_reason(route):
    wrong = []
    for case, url, body, ctype, reason in broken_cases(route):
        try:
            found = extract(route, url, body, ctype)
        except ExtractionError as exc:
            if reason and not re.search(reason, str(exc)):
                wrong.append(f"{case} ({url}): refused with {str(exc)!r}, which does not say {reason!r}")
            elif len(str(exc)) < 10:
                wrong.append(f"{case} ({url}): refused without a reason ({str(exc)!r})")
        else:
            wrong.append(f"{case} ({url}): gave {found[:2]}...")
    assert not wrong, "\n".join(wrong)


def cuts(body: bytes, document: str) -> list[int]:
    """Where a good page is cut: in its middle, and for a CSV also at the line break before the middle."""
    middle = len(body) // 2
    return [middle] + ([body.rindex(b"\n", 0, middle) + 1] if document == "csv" else [])


@pytest.mark.parametrize("route", ROUTES, ids=ROUTE_IDS)
def test_a_cut_page_is_refused_or_gives_only_what_the_whole_page_gives(route):
    wrong, cut_records = [], 0
    for url, body, ctype in good_pages(route):
        whole = extract(route, url, body, ctype)
        assert whole, f"{url}: its good page gives nothing"
        for at in cuts(body, document_format(ctype)):
            where = f"{url} cut at byte {at} of {len(body)}"
            try:
                found = extract(route, url, body[:at], ctype)
            except ExtractionError as exc:
                if is_dataclass(whole[0]) and not re.search(CUT_REASON, str(exc)):
                    wrong.append(f"{where}: refused with {str(exc)!r}, which does not say it was cut short")
                continue
            records = [item for item in found if is_dataclass(item)]
            cut_records += len(records)
            if records and route not in CUT_GIVES_RECORDS:
                wrong.append(f"{where}: gave {len(records)} records; refuse it (ExtractionError), or list the "
                             "route in CUT_GIVES_RECORDS of tests/spiders/sample_pages.py with why")
            wrong += [f"{where}: {problem}" for item in records for problem in record_problems(item)]
            whole_items = [asdict(item) if is_dataclass(item) else item for item in whole]
            wrong += [f"{where}: gave {item!r:.300}, which the whole page does not give"
                      for item in found if (asdict(item) if is_dataclass(item) else item) not in whole_items]
    if route in CUT_GIVES_RECORDS:
        assert cut_records, f"{route} is in CUT_GIVES_RECORDS, but no cut page gave a record"
    assert not wrong, "\n".join(wrong)


CHINESE = "香港特別行政區政府創新科技及工業局"  # long enough to show as mojibake in a page of any size


def article_routes() -> list[tuple[str, str]]:
    """The routes whose good pages give articles with a body read from the page."""
    return [route for route in ROUTES if route[0] in SOURCES and all(
        (found := extract(route, *page)) and hasattr(found[0], "body") and found[0].published_from != "listing"
        for page in good_pages(route))]


def with_chinese(text: str, body: str) -> str | None:
    """The page's text with CHINESE before a phrase of the record's body that the page holds once."""
    for paragraph in paragraphs(body):
        phrase = " ".join(paragraph.split()[:4])
        if len(phrase) >= 12 and text.count(phrase) == 1:
            return text.replace(phrase, CHINESE + phrase)
    return None


@pytest.mark.parametrize("route", article_routes(), ids=".".join)
def test_a_big5_page_declared_as_utf8_reads_as_its_utf8_twin(route):
    for url, body, ctype in good_pages(route):
        page = with_chinese(decode_page(body, ctype)[0], extract(route, url, body, ctype)[0].body)
        assert page, f"{url}: no phrase of the article's body stands once in the page"
        declared = "text/html; charset=utf-8"
        big5 = extract(route, url, page.encode("big5hkscs", errors="xmlcharrefreplace"), declared)
        assert CHINESE in big5[0].body and big5 == extract(route, url, page.encode("utf-8"), declared), url
