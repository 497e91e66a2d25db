"""Listing pages read one way on every site: detail links by the site's cards, else by their URL pattern.

A listing's cards (`.news-card a`) are the site's markup and go with a redesign; the URL pattern of the
source's detail pages (the pattern its registry route to the article extractor holds) does not. So a
listing page gives the links its cards hold, and when no card matches, every link of the page whose URL
is a detail page of the source. A listing page that yields no link at all is an ExtractionError (an
error row), never a silently empty crawl.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from parsel import Selector

from spiders.errors import ExtractionError
from spiders.text import page_text, unique


@dataclass
class ListingPage:
    """What a listing page leads to: detail pages (page order, no repeats) and the next listing page."""

    links: list[str] = field(default_factory=list)
    next_page: str | None = None

    def urls(self) -> list[str]:
        """The detail links, then the next listing page (what `hkai parse` prints)."""
        return self.links + ([self.next_page] if self.next_page else [])


def detail_links(response, sel: Selector, is_detail: Callable[[str], bool], cards: str = "",
                 what: str = "listing page", canonical: Callable[[str], str] | None = None,
                 empty: str = "") -> list[str]:
    """Detail URLs of a listing page: from the `cards` links when that selector matches, else from every
    link of the page that `is_detail` accepts; ExtractionError when there are none.

    `canonical` rewrites each detail URL (a source that links one page under several addresses). `empty`
    is the site's own mark of a listing with nothing in it (Drupal's `.view-empty`): such a page gives no
    links and no error; a redesign renames the mark, and the page is an error again.
    """
    found = sel.css(cards) if cards else []
    hrefs = found.css("a::attr(href)").getall() if found else sel.css("a::attr(href)").getall()
    links = (response.urljoin(href.strip()) for href in hrefs if href.strip())
    urls = unique((canonical or str)(url) for url in links if is_detail(url))
    if not urls and not (empty and sel.css(empty)):
        looked = f"no {cards} card and " if cards and not found else ""
        raise ExtractionError(f"{what} yields no detail links ({looked}no link matches the detail URL pattern): "
                              "a changed layout, or an empty page")
    return urls


def feed_links(response, is_detail: Callable[[str], bool], what: str = "feed") -> list[str]:
    """Detail URLs of the items of an RSS 2.0 feed, or of the pages of an XML sitemap, in their order;
    ExtractionError for anything else, for a feed cut off before its closing tag, or when no item is a
    detail page of the source."""
    text = page_text(response)
    sel = Selector(text=text, type="xml")
    sel.remove_namespaces()  # sitemaps put every element in the sitemaps.org namespace
    if sel.xpath("/rss/channel"):
        found, root = sel.xpath("//item/link/text()").getall(), "rss"
    elif sel.xpath("/urlset"):
        found, root = sel.xpath("/urlset/url/loc/text()").getall(), "urlset"
    else:
        raise ExtractionError(f"not an RSS 2.0 feed (no /rss/channel) nor a sitemap (no /urlset): not the {what}")
    # The XML parser reads a cut document as far as it goes: its last link may be cut mid-URL.
    if not re.search(rf"</{root}\s*>\s*$", text):
        raise ExtractionError(f"truncated {what}: it ends before </{root}>")
    urls = unique(url for link in found if is_detail(url := response.urljoin(link.strip())))
    if not urls:
        raise ExtractionError(f"the {what} lists {len(found)} items and none is a detail page of the source")
    return urls


def next_link(response, sel: Selector, selectors: str = "a[rel=next]::attr(href)") -> str | None:
    """The URL of the next listing page, when the page links one."""
    href = (sel.css(selectors).get() or "").strip()
    return response.urljoin(href) if href else None
