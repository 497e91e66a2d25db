"""StartmeupHK extraction on the sample web's feed, article, resource and event pages, and on variants: a
page without any date, a dated page, other URLs (empty, binary, cut, wrong-kind and mis-declared Big5
pages of every source: test_bad_pages.py)."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.startmeuphk.extract import extract_feed_links, extract_page, page_id
from tests.conftest import response_for, sample_page

FEED = "https://www.startmeup.hk/feed/"
INNOHK = "https://www.startmeup.hk/innohk-clusters-being-developed-by-the-government/"
CCMF = "https://www.startmeup.hk/resources/cyberport-creative-micro-fund-ccmf/"
HACKATHON = "https://www.startmeup.hk/events-detail/hong-kong-ai-summit-build-across-hackathon/"


def folder(url: str) -> bytes:
    return sample_page(url + "__dir__.html")


def test_article_fields():
    item = extract_page(response_for(INNOHK, folder(INNOHK)))
    assert (item.source, item.source_id, item.lang) == ("startmeuphk", "innohk-clusters-being-developed-by-the-government",
                                                        "en")
    assert item.title == "InnoHK Clusters Being Developed by the Government"
    assert (item.published_date, item.published_from) == ("2020-02-26", "body_date")
    assert "AIR@InnoHK" in item.body and "Subscribe" not in item.body and "StartmeupHK is an" not in item.body


def test_resource_and_event_pages():
    ccmf = extract_page(response_for(CCMF, folder(CCMF)))
    assert ccmf.source_id == "resources/cyberport-creative-micro-fund-ccmf" and "HK$100,000" in ccmf.body
    assert ccmf.published_date == "2025-10-02"
    event = extract_page(response_for(HACKATHON, folder(HACKATHON)))
    assert (event.title, event.published_date) == ("Hong Kong AI Summit: BUILD ACROSS Hackathon", "2026-10-04")


def test_published_time_meta_wins():
    page = folder(INNOHK).replace(b"</title>", b'</title><meta property="article:published_time" '
                                                b'content="2020-03-02T10:15:00+08:00">')
    item = extract_page(response_for(INNOHK, page))
    assert (item.published_date, item.published_from, item.published_at) == (
        "2020-03-02", "page", "2020-03-02T10:15:00+08:00")


def test_page_without_any_date_raises():
    page = folder(HACKATHON).replace(b"from 3 October 2026 to 4 October 2026", b"in October")
    with pytest.raises(ExtractionError, match="no date"):
        extract_page(response_for(HACKATHON, page))


@pytest.mark.parametrize("url, expected", [
    (INNOHK, "innohk-clusters-being-developed-by-the-government"),
    ("https://startmeup.hk/innohk-clusters-being-developed-by-the-government", "innohk-clusters-being-developed-by-the-government"),
    (FEED, None), ("https://www.startmeup.hk/resources/", None), ("https://www.startmeup.hk/?p=12", None),
    ("https://www.investhk.gov.hk/en/news/", None), ("https://www.startmeup.hk/wp-content/a.png", None),
])
def test_page_ids(url, expected):
    assert page_id(url) == expected


def test_feed_links():
    links = extract_feed_links(response_for(FEED, folder(FEED), "application/rss+xml"))
    assert links == [HACKATHON, CCMF, INNOHK]
