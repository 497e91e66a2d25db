"""Pure extraction for InvestHK news: a response in, an article or listing links out.

SOURCES.md section 11: news pages at `/en/news/<slug>/` (the slug is the headline in lower case with
hyphens), listing `/en/news/?newsType=News`. The markup (headline, a date line such as
`18 Oct 2024`, body; listing items and a "next" link) is not verified against the live site.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from spiders.article_page import ArticlePage, Dated, read_article, route
from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.text import (
    DAY_MONTH_YEAR,
    body_text,
    clean,
    first_date,
    lang_from_code,
    page_selector,
    unique,
)

EXTRACTOR_VERSION = "investhk-news-1"
SOURCE = "investhk"
NEWS_PATH = re.compile(r"/(?P<lang>en|tc)/news/(?P<slug>[a-z0-9][a-z0-9-]*)/$")
LISTING_PATH = re.compile(r"/(en|tc)/news/$")
BODY_SELECTORS = (".news-content", "article .content")  # bare tags are the generic path's
BODY_DROP = "script, style, .share"  # left out of the body text
PAGE = ArticlePage(source=SOURCE, version=EXTRACTOR_VERSION, kind="an InvestHK news page", body=BODY_SELECTORS)
DATES = (
    DAY_MONTH_YEAR,
    (re.compile(r"\b([A-Z][a-z]{2,8} \d{1,2}, \d{4})\b"), ("%b %d, %Y", "%B %d, %Y")),
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"), ("%Y-%m-%d",)),
    (re.compile(r"\b(\d{1,2}/\d{1,2}/\d{4})\b"), ("%d/%m/%Y",)),
)


@dataclass
class ListingPage:
    """What a news listing page leads to: news pages and the next listing page."""

    news: list[str] = field(default_factory=list)
    next_page: str | None = None


def is_news_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.hostname == "www.investhk.gov.hk" and NEWS_PATH.search(parts.path) is not None


def extract_news(response) -> Article:
    """One news page: headline, date line, body."""
    match = route(response.url, NEWS_PATH, "an InvestHK news")
    return read_article(response, PAGE, source_id=match["slug"], lang=lang_from_code(match["lang"]),
                        title=lambda sel: clean(" ".join(sel.css("h1 ::text").getall())
                                                or sel.css("meta[property='og:title']::attr(content)").get() or ""),
                        body=lambda node: body_text(node.get(), BODY_DROP, drop_zero_width=False),
                        date=_published)


def _published(sel, body: str) -> Dated | None:
    day = first_date(clean(" ".join(sel.css(".news-date ::text, time ::text").getall())), DATES)
    return Dated(day, "page") if day else None


def read_listing(response) -> ListingPage:
    """News URLs of a listing page (page order) and the URL of the next listing page, if any."""
    sel = page_selector(response)
    scope = sel.css(".news-list") or sel.css("main")
    if not scope:
        raise ExtractionError("no news list on the page: not an InvestHK news listing")
    news = unique(url for href in scope.css("a::attr(href)").getall()
                  if is_news_url(url := response.urljoin(href)))
    nxt = sel.css("a[rel=next]::attr(href), .pagination a.next::attr(href)").get()
    return ListingPage(news=news, next_page=response.urljoin(nxt) if nxt else None)


def extract_listing(response) -> list[str]:
    """News URLs of a listing page, then the next listing page (for `hkai parse`)."""
    page = read_listing(response)
    return page.news + ([page.next_page] if page.next_page else [])
