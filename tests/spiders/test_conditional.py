"""Conditional requests: validators sent on the next crawl, a 304 recorded as an unchanged page."""
from __future__ import annotations

import json

import pytest
from scrapy import Spider
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from spiders.conditional import ConditionalRequestMiddleware, PageUnchanged, RecordPageMarker
from spiders.items import Article

URL = "https://www.info.gov.hk/gia/general/201708/15/P2017081500253.htm"


def middleware(tmp_path, record_pages=(URL,)):
    """A conditional middleware whose crawl saw records on `record_pages`."""
    crawler = get_crawler(Spider, {"HKAI_STATE_DIR": str(tmp_path / "state"),
                                   "HKAI_LANDING_DIR": str(tmp_path / "landing")})
    marker = RecordPageMarker.from_crawler(crawler)
    for url in record_pages:
        list(marker.process_spider_output(Response(url), [Article()]))
    return ConditionalRequestMiddleware.from_crawler(crawler)


def test_validators_are_kept_and_sent_next_time(tmp_path):
    first = middleware(tmp_path)
    first.process_response(Request(URL), Response(URL, headers={"ETag": '"abc"',
                                                                "Last-Modified": "Tue, 15 Aug 2017 10:00:00 GMT"}))
    first.spider_closed(None, "finished")
    second = middleware(tmp_path)
    request = Request(URL)
    second.process_request(request)
    assert request.headers["If-None-Match"] == b'"abc"'
    assert request.headers["If-Modified-Since"] == b"Tue, 15 Aug 2017 10:00:00 GMT"



def test_listing_pages_are_always_fetched_in_full(tmp_path):
    listing_url = "https://www.info.gov.hk/gia/general/201708/15.htm"
    first = middleware(tmp_path)
    first.process_response(Request(listing_url), Response(listing_url, headers={"ETag": '"list"'}))
    first.spider_closed(None, "finished")
    listing = Request(listing_url)
    middleware(tmp_path).process_request(listing)
    assert "If-None-Match" not in listing.headers


def test_not_modified_is_an_unchanged_page_not_an_error(tmp_path):
    first = middleware(tmp_path)
    first.process_response(Request(URL), Response(URL, headers={"ETag": '"abc"'}))
    first.spider_closed(None, "finished")
    second = middleware(tmp_path)
    with pytest.raises(PageUnchanged):
        second.process_response(Request(URL), Response(URL, status=304))
    second.spider_closed(None, "finished")
    unchanged = (tmp_path / "landing" / "unchanged.jsonl").read_text().splitlines()
    assert [json.loads(line)["url"] for line in unchanged] == [URL]


def test_an_interrupted_crawl_keeps_the_previous_validators(tmp_path):
    first = middleware(tmp_path)
    first.process_response(Request(URL), Response(URL, headers={"ETag": '"abc"'}))
    first.spider_closed(None, "finished")
    second = middleware(tmp_path)
    second.process_response(Request(URL), Response(URL, headers={"ETag": '"new"'}))
    second.spider_closed(None, "shutdown")
    assert json.loads((tmp_path / "state" / "validators.json").read_text())[URL]["etag"] == '"abc"'
