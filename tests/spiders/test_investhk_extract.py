"""InvestHK extraction on the sample web's news pages and two listing pages, and on variants: a page without
a date, other date formats (empty, binary, cut, wrong-kind and mis-declared Big5 pages of every source:
test_bad_pages.py)."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.investhk.extract import extract_listing, extract_news, read_listing
from tests.conftest import response_for, sample_page

LISTING = "https://www.investhk.gov.hk/en/news/?newsType=News"
LISTING_2 = "https://www.investhk.gov.hk/en/news/?newsType=News&page=2"
FORUM = ("https://www.investhk.gov.hk/en/news/investhk-and-media-partner-south-china-morning-post-take-deep-"
         "dive-into-hong-kongs-innovation-ecosystem-at-innotech-forum-2024/")
SURVEY = ("https://www.investhk.gov.hk/en/news/investhk-releases-annual-survey-results-in-2021-and-announces-"
          "startmeuphk-festival-will-return-in-may-2022/")


def page(url: str) -> bytes:
    rel = url.replace("?", "%3F").replace("=", "%3D").replace("&", "%26")
    return sample_page(rel + "__dir__.html" if rel.endswith("/") else rel)


def test_news_fields():
    item = extract_news(response_for(FORUM, page(FORUM)))
    assert (item.source, item.lang, item.published_date, item.published_from) == ("investhk", "en", "2024-10-18", "page")
    assert item.source_id.startswith("investhk-and-media-partner") and item.source_id.endswith("innotech-forum-2024")
    assert item.title.endswith("at InnoTech Forum 2024")
    assert "more than 200 guests" in item.body.lower()


def test_survey_news():
    item = extract_news(response_for(SURVEY, page(SURVEY)))
    assert item.published_date == "2021-11-17" and "3 755 start-ups" in item.body


@pytest.mark.parametrize("line, expected", [
    ("October 18, 2024", "2024-10-18"), ("2024-10-18", "2024-10-18"), ("18/10/2024", "2024-10-18"),
    ("18 October 2024", "2024-10-18"),
])
def test_other_date_formats(line, expected):
    body = page(FORUM).replace(b"18 Oct 2024</div>", line.encode() + b"</div>")
    assert extract_news(response_for(FORUM, body)).published_date == expected


def test_news_without_date_raises():
    body = page(FORUM).replace(b'<div class="news-date">18 Oct 2024</div>', b"")
    with pytest.raises(ExtractionError, match="no date"):
        extract_news(response_for(FORUM, body))


def test_listing_pages():
    first = read_listing(response_for(LISTING, page(LISTING)))
    assert first.links == [FORUM] and first.next_page == LISTING_2
    second = read_listing(response_for(LISTING_2, page(LISTING_2)))
    assert second.links == [SURVEY] and second.next_page is None
    assert extract_listing(response_for(LISTING, page(LISTING))) == [FORUM, LISTING_2]
