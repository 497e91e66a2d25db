"""HKSTP news, event and programme extraction on the sample web's pages (8 real news items and one event
on the site's 2026 template, the Incubation Programme, Incu-Bio and Ideation pages) and on variants:
other date forms, the stored copies' URL without
`/en/`, pagination, dates from the page or the HTTP Date header, and broken pages of every type."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.hkstp_news.extract import (
    LISTING,
    extract_event,
    extract_listing,
    extract_news,
    extract_programme,
    extract_sitemap_links,
    programme_urls,
    read_listing,
)
from tests.conftest import response_for, sample_page

NEWS = LISTING
GRADUATES = NEWS + ("hkstp-congratulates-recordbreaking-641-graduates-comprehensive-support-at-every-stage-"
                    "fuels-startups")
ROBOCON = NEWS + "hkstp-robocon-2023-hong-kong-contest-celebrates-20-years-of-igniting-young-it-talent-to-thriving-ca"
MIXER = NEWS + "hkstp-innovation-mixer-delegation-visits-us--connecting-with-over-10000-tech-innovators-academics"
INCU_TECH = "https://www.hkstp.org/en/programmes/incubation/incubation-programme"  # the 2026 menu's path
INCU_BIO = "https://www.hkstp.org/en/programmes/incubation/incu-bio"
EVENT = "https://www.hkstp.org/en/park-life/news-and-events/events/robocon-hk-contest-2026"
SITEMAP = "https://www.hkstp.org/sitemap.xml"
SNAPSHOT_HEADER = {"Date": "Tue, 24 Nov 2026 02:00:00 GMT"}


def page(url: str) -> bytes:
    return sample_page(url + "__dir__.html" if url.endswith("/") else url)


def news(url: str, body: bytes | None = None):
    return extract_news(response_for(url, body if body is not None else page(url)))


def programme(url: str, body: bytes | None = None, headers: dict | None = None):
    from scrapy.http import Request, Response
    body = body if body is not None else page(url)
    return extract_programme(Response(url=url, body=body, headers=headers or {}, request=Request(url)))


# ------------------------------------------------------------------------------------------- listing
def test_listing_links_every_news_page_once_and_skips_other_sections():
    listing = read_listing(response_for(NEWS, page(NEWS)))
    assert len(listing.links) == 8  # the image and the title of a card link the same page: one URL
    assert GRADUATES in listing.links and ROBOCON in listing.links
    assert all(url.startswith(NEWS) and url != NEWS for url in listing.links)
    assert not any("/events/" in url for url in listing.links)
    assert listing.next_page is None  # the live "Load more" button is JavaScript: nothing to follow


def test_listing_follows_a_next_link():
    body = page(NEWS).replace(b'<button class="btn-load-more"',
                              b'<a rel="next" href="/en/park-life/news-and-events/news/?page=2">Next</a><button')
    assert extract_listing(response_for(NEWS, body))[-1] == NEWS + "?page=2"


# ---------------------------------------------------------------------------------------------- news
def test_every_sample_news_page_reads():
    items = [news(url) for url in read_listing(response_for(NEWS, page(NEWS))).links]
    assert [i.published_date for i in items] == sorted((i.published_date for i in items), reverse=True)
    assert all(i.source == "hkstp_news" and i.lang == "en" and i.title and i.body for i in items)
    assert all(i.extractor_version == "hkstp-news-2" and i.published_from == "page" for i in items)
    assert len({i.source_id for i in items}) == 8


def test_graduates_page():
    item = news(GRADUATES)
    assert item.source_id == GRADUATES.rsplit("/", 1)[1]
    assert item.published_date == "2024-07-19"  # from "19&nbsp;Jul&nbsp;2024"
    assert item.title.startswith("HKSTP Congratulates Record-breaking 641 Graduates")
    assert "641 start-up units from 23 economies" in item.body
    assert "Key Takeaways" in item.body
    assert "Share this news" not in item.body and "Corporate News" not in item.body and "Park Life" not in item.body
    assert item.title not in item.body  # the headline is not repeated in the text


def test_ai_and_robotics_news_keep_their_facts():
    assert "AI Guided Limited" in news(MIXER).body
    assert "Casting Flowers Over Angkor Wat" in news(ROBOCON).body
    assert news(ROBOCON).published_date == "2023-06-26"


def test_stored_copy_url_without_en_is_accepted():
    other = MIXER.replace("https://www.hkstp.org/en/", "https://hkstp.org/")
    assert news(other, page(MIXER)).source_id == MIXER.rsplit("/", 1)[1]


def test_date_falls_back_to_the_dateline():
    body = page(MIXER).replace(b"<p>09 Feb 2024</p>", b"")
    assert body != page(MIXER)
    item = news(MIXER, body)
    assert (item.published_date, item.published_from) == ("2024-02-09", "dateline")


def test_title_falls_back_to_og_title():
    body = page(ROBOCON).replace(b"<h1 ", b"<h2 ").replace(b"</h1>", b"</h2>")
    assert news(ROBOCON, body).title.startswith("HKSTP Robocon 2023 Hong Kong Contest")


def test_news_page_without_any_date_raises():
    body = page(ROBOCON).replace(b"26 Jun 2023", b"")
    with pytest.raises(ExtractionError, match="shows no date"):
        news(ROBOCON, body)


def test_not_a_news_url_raises():
    with pytest.raises(ExtractionError, match="not an HKSTP news URL"):
        news("https://www.hkstp.org/en/park-life/news-and-events/events/x", page(ROBOCON))


# ------------------------------------------------------------------------------------------ programmes
def test_every_programme_page_is_a_flagged_article():
    items = [programme(url, headers=SNAPSHOT_HEADER) for url in programme_urls()]
    assert [i.source_id for i in items] == ["programme-incubation-programme", "programme-incu-bio",
                                            "programme-ideation"]
    assert all(i.flags == ["programme_page"] and i.extractor_version == "hkstp-programme-2" for i in items)
    assert all((i.published_date, i.published_from) == ("2026-11-24", "snapshot") for i in items)


def test_programme_facts():
    tech, bio = programme(INCU_TECH), programme(INCU_BIO)
    assert tech.title == "Incubation Programme" and "three years" in tech.body and "51%" in tech.body
    assert bio.title == "Incu-Bio" and "four-year" in bio.body and "HK$6,000,000" in bio.body
    assert "Share this news" not in bio.body and "Programmes" not in bio.body


def test_programme_date_from_the_page_then_the_header_then_the_snapshot_day():
    dated = page(INCU_TECH).replace(b"<h2>How to apply</h2>", b"<p>Last updated: 3 March 2025</p><h2>How to apply</h2>")
    assert dated != page(INCU_TECH)
    assert programme(INCU_TECH, dated, SNAPSHOT_HEADER).published_date == "2025-03-03"
    assert programme(INCU_TECH, dated).published_from == "page"
    fetched = programme(INCU_TECH, headers={"Date": "Mon, 05 Jan 2026 10:00:00 GMT"})
    assert (fetched.published_date, fetched.published_from) == ("2026-01-05", "snapshot")
    assert programme(INCU_TECH, headers={"Date": "yesterday"}).published_date == "2026-11-24"
    assert programme(INCU_TECH).published_date == "2026-11-24"


def test_programme_page_without_a_body_raises():
    body = b"<html><body><section class='programme-detail'><h1>Incu-Tech</h1></section></body></html>"
    with pytest.raises(ExtractionError, match="found no body"):
        programme(INCU_TECH, body)


def test_not_a_programme_url_raises():
    with pytest.raises(ExtractionError, match="not an HKSTP programme page URL"):
        programme("https://www.hkstp.org/en/how-we-serve/", page(INCU_TECH))


def test_old_programme_paths_still_route():
    old = "https://www.hkstp.org/en/how-we-serve/incubation-programmes/incu-bio/"
    assert programme(old, page(INCU_BIO)).source_id == "programme-incu-bio"


# ---------------------------------------------------------------------------------------------- events
def test_event_page_on_the_2026_template():
    item = extract_event(response_for(EVENT, page(EVENT)))
    assert (item.source_id, item.title) == ("event-robocon-hk-contest-2026", "Robocon 2026 Hong Kong Contest")
    assert (item.published_date, item.published_from, item.flags) == ("2026-06-21", "event_date", ["event_page"])
    assert item.extraction_method == "site"
    assert "Kung Fu Quest" in item.body
    assert "Venue" not in item.body and "Share this news" not in item.body and "Past Events" not in item.body


def test_event_page_without_a_date_line_raises():
    body = page(EVENT).replace(b'<div class="date">', b'<div class="when">')
    assert body != page(EVENT)
    with pytest.raises(ExtractionError, match="no date|generic path"):
        extract_event(response_for(EVENT, body))


def test_sitemap_leads_to_news_and_events_only():
    links = extract_sitemap_links(response_for(SITEMAP, sample_page(SITEMAP)))
    assert EVENT in links and GRADUATES.replace("/news/", "/news/") in links
    assert not any("/programmes/" in url for url in links)


def test_event_pages_under_an_extra_event_folder_route_and_read():
    # The real sitemap (2026) lists some events one folder deeper: /events/event/<slug>.
    from spiders.parse_offline import extractor_for

    deeper = "https://www.hkstp.org/en/park-life/news-and-events/events/event/global-mixer---shanghai-2026"
    sitemap = (b'<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               b"<url><loc>" + deeper.encode() + b"</loc></url></urlset>")
    assert extract_sitemap_links(response_for(SITEMAP, sitemap, content_type="application/xml")) == [deeper]
    assert extractor_for("hkstp_news", deeper) is extract_event
    item = extract_event(response_for(deeper, page(EVENT)))
    assert item.source_id == "event-global-mixer---shanghai-2026"
