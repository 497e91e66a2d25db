"""Cyberport press-release extraction on the sample web's listing pages and releases, and on variants: a
release without a date or headline, other date formats, boilerplate to drop (empty, binary, cut,
wrong-kind and mis-declared Big5 pages of every source: test_bad_pages.py)."""
from __future__ import annotations

import re

import pytest

from spiders.errors import ExtractionError
from spiders.sources.cyberport_news.extract import (
    ai_page_links,
    extract_ai_page,
    extract_listing,
    extract_release,
    is_ai_page_url,
    is_release_url,
    read_listing,
)
from tests.conftest import response_for, sample_page

BASE = "https://www.cyberport.hk/en/news/press_releases/"
LISTING = BASE
LISTING_2 = BASE + "?page=2"
AISC = BASE + "cyberport-artificial-intelligence-supercomputing-centre-commences-operation-and-ai-lab-opens"
VISIT = BASE + "chief-executive-visits-cyberport-ai-supercomputing-centre-and-ai-lab"
FORUM = BASE + ("cyberport-ai-x-data-forum-concludes-successfully-joining-hands-with-industry-to-drive-ai-and-data-"
                "innovation-and-unlock-new-value-for-enterprises")


def page(url: str) -> bytes:
    rel = url.replace("?", "%3F").replace("=", "%3D").replace("&", "%26")
    return sample_page(rel + "__dir__.html" if rel.endswith("/") else rel)


def release(url: str, body: bytes | None = None, content_type: str = ""):
    return extract_release(response_for(url, page(url) if body is None else body, content_type))


def test_release_fields():
    item = release(AISC)
    assert (item.source, item.lang, item.published_date, item.published_from) == (
        "cyberport_news", "en", "2024-12-09", "page")
    assert item.source_id == "cyberport-artificial-intelligence-supercomputing-centre-commences-operation-and-ai-lab-opens"
    assert item.title.startswith("Cyberport Artificial Intelligence Supercomputing Centre")
    assert "1,300 PFLOPS" in item.body and "3,000 PFLOPS" in item.body
    assert item.extractor_version == "cyberport-press-1"


@pytest.mark.parametrize("url, day, phrase", [
    (VISIT, "2024-11-22", "John Lee"),
    (FORUM, "2025-07-17", "Canton Data Exchange"),
])
def test_every_sample_release(url, day, phrase):
    item = release(url)
    assert item.published_date == day and phrase in item.body


def test_boilerplate_is_dropped():
    item = release(FORUM)
    assert "About Cyberport" not in item.body and "Media enquiries" not in item.body


@pytest.mark.parametrize("line, expected", [
    ("December 9, 2024", "2024-12-09"), ("2024-12-09", "2024-12-09"), ("09/12/2024", "2024-12-09"),
    ("9 December 2024", "2024-12-09"), ("Date: 9 Dec 2024 (Monday)", "2024-12-09"),
])
def test_other_date_formats(line, expected):
    body = page(AISC).replace(b'<div class="date">9 Dec 2024</div>', f'<div class="date">{line}</div>'.encode())
    assert release(AISC, body).published_date == expected


def test_release_without_date_raises():
    body = page(AISC).replace(b'<div class="date">9 Dec 2024</div>', b"")
    with pytest.raises(ExtractionError, match="no date"):
        release(AISC, body)


def test_headline_falls_back_to_og_title_then_the_generic_title_then_raises():
    no_h1 = page(AISC).replace(b'<h1 class="title">', b'<h2 class="title">').replace(b"</h1>", b"</h2>")
    no_h1 = no_h1.replace(b"<h1>", b"<h2>")
    assert release(AISC, no_h1).title.startswith("Cyberport Artificial Intelligence")
    no_og = no_h1.replace(b'<meta property="og:title"', b'<meta property="og:description"')
    generic = release(AISC, no_og)  # the <title>, without the site's name, by the generic path
    assert generic.title == "Cyberport Artificial Intelligence Supercomputing Centre commences operation and AI Lab opens"
    assert generic.extraction_method == "generic" and generic.published_date == "2024-12-09"
    no_title = re.sub(rb"<title>.*?</title>", b"", no_og)
    with pytest.raises(ExtractionError, match="no headline"):
        release(AISC, no_title)


def test_other_urls_are_not_releases():
    assert not is_release_url("https://www.cyberport.hk/en/news/events/")
    assert not is_release_url("https://istartup.hk/en/news/press_releases/abc")
    with pytest.raises(ExtractionError, match="not a Cyberport press-release URL"):
        extract_release(response_for("https://www.cyberport.hk/en/news/cyberport-ai-pioneers/", page(AISC)))


def test_listing_pages():
    first = read_listing(response_for(LISTING, page(LISTING)))
    assert first.links == [FORUM, AISC] and first.next_page == LISTING_2
    second = read_listing(response_for(LISTING_2, page(LISTING_2)))
    assert second.links == [VISIT] and second.next_page is None
    assert extract_listing(response_for(LISTING, page(LISTING))) == [FORUM, AISC, LISTING_2]


def test_listing_ignores_other_links_and_repeats():
    body = page(LISTING).replace(
        b'<ul class="press-release-list">',
        b'<ul class="press-release-list"><li><a href="/en/news/events/">Events</a></li>'
        b'<li><a href="https://example.com/x">elsewhere</a></li>'
        b'<li><a class="press-title" href="' + AISC.encode() + b'">again</a></li>')
    assert read_listing(response_for(LISTING, body)).links == [AISC, FORUM]


AI_HOME = "https://aisc.cyberport.hk/"
AISS = "https://aisc.cyberport.hk/aiss"


def ai_page(url: str) -> bytes:
    return sample_page(url + "__dir__.html" if url.endswith("/") else url)


def test_ai_supercomputing_centre_page():
    item = extract_ai_page(response_for(AI_HOME, ai_page(AI_HOME)))
    assert item.source == "cyberport_news" and item.source_id == "aisc" and item.lang == "en"
    assert item.title == "Cyberport Artificial Intelligence Supercomputing Centre (AISC)"
    assert item.published_date == "2024-12-09" and item.published_from == "text"
    assert "1,300 PFLOPS" in item.body and "3,000 PFLOPS" in item.body
    assert "See also" not in item.body and "AI Subsidy Scheme</a>" not in item.body
    assert item.extractor_version == "cyberport-ai-page-1"


def test_ai_subsidy_scheme_page():
    item = extract_ai_page(response_for(AISS, ai_page(AISS)))
    assert item.source_id == "aisc/aiss" and item.published_date == "2024-10-07"
    assert "70%" in item.body and "HK$3 billion" in item.body


def test_ai_pages_link_each_other():
    assert ai_page_links(response_for(AI_HOME, ai_page(AI_HOME))) == [AISS]
    assert ai_page_links(response_for(AISS, ai_page(AISS))) == [AI_HOME]


def test_ai_page_last_updated_line_wins():
    body = ai_page(AISS).replace(b"</main>", b"<p class='updated'>Last updated: 3 Jul 2025</p></main>")
    item = extract_ai_page(response_for(AISS, body))
    assert item.published_date == "2025-07-03" and item.published_from == "page"


def test_ai_page_urls():
    assert is_ai_page_url(AI_HOME) and is_ai_page_url(AISS) and is_ai_page_url("https://aisc.cyberport.hk")
    assert not is_ai_page_url("https://aisc.cyberport.hk/en/news")
    assert not is_ai_page_url("https://www.cyberport.hk/aiss")
    with pytest.raises(ExtractionError, match="not a Cyberport AI page URL"):
        extract_ai_page(response_for("https://www.cyberport.hk/en/news/cyberport-ai-pioneers/", ai_page(AISS)))


def test_ai_page_without_a_date_raises():
    body = b"<html><body><main><h1>AI Lab</h1><p>Computing for everyone.</p></main></body></html>"
    with pytest.raises(ExtractionError, match="no date"):
        extract_ai_page(response_for(AISS, body))
