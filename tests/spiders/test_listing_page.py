"""Listing pages, feeds and sitemaps: detail links by cards, else by the detail URL pattern; none is an error."""
from __future__ import annotations

import pytest
from parsel import Selector

from spiders.errors import ExtractionError
from spiders.listing_page import detail_links, feed_links
from tests.conftest import response_for

LISTING = "https://news.example.org/news/"


def is_story(url: str) -> bool:
    return url.startswith("https://news.example.org/news/20")


def links(body: str, cards: str = ".card") -> list[str]:
    response = response_for(LISTING, body.encode())
    return detail_links(response, Selector(text=body), is_story, cards=cards, what="example listing")


def test_cards_first_then_every_link_by_the_detail_url_pattern():
    page = ("<div class='card'><a href='2026/a'>A</a><a href='/about'>About</a></div>"
            "<aside><a href='2025/old'>Old</a></aside>")
    assert links(page) == ["https://news.example.org/news/2026/a"]  # the cards hold the listing
    redesigned = page.replace("class='card'", "class='v2-card'")
    assert links(redesigned) == ["https://news.example.org/news/2026/a", "https://news.example.org/news/2025/old"]


def test_a_listing_without_detail_links_is_an_error():
    with pytest.raises(ExtractionError, match=r"example listing yields no detail links \(no .card card"):
        links("<p>Nothing yet</p>")


def test_a_listing_the_site_marks_as_empty_gives_no_links_until_a_redesign_renames_the_mark():
    page = "<div class='view'><div class='view-empty'>No results</div></div>"
    response = response_for(LISTING, page.encode())
    assert detail_links(response, Selector(text=page), is_story, cards=".card", empty=".view-empty") == []
    renamed = page.replace("view-empty", "v2-view-empty")
    with pytest.raises(ExtractionError, match="yields no detail links"):
        detail_links(response, Selector(text=renamed), is_story, cards=".card", empty=".view-empty")


def test_feeds_and_sitemaps_give_their_detail_links():
    rss = ("<rss version='2.0'><channel><item><link>https://news.example.org/news/2026/a</link></item>"
           "<item><link>https://news.example.org/tag/x</link></item></channel></rss>")
    sitemap = ("<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
               "<url><loc>https://news.example.org/news/2026/b</loc></url></urlset>")
    assert feed_links(response_for(LISTING + "feed/", rss.encode()), is_story) == ["https://news.example.org/news/2026/a"]
    assert feed_links(response_for(LISTING + "sitemap.xml", sitemap.encode()), is_story) == [
        "https://news.example.org/news/2026/b"]
    with pytest.raises(ExtractionError, match="lists 0 items"):
        feed_links(response_for(LISTING + "feed/", b"<rss><channel></channel></rss>"), is_story)
    with pytest.raises(ExtractionError, match="not an RSS 2.0 feed"):
        feed_links(response_for(LISTING + "feed/", b"<html><body>Moved</body></html>"), is_story)
