"""Pure extraction for InvestHK news: a response in, an article or listing links out.

SOURCES.md section 11: news pages at `/en/news/<slug>/` (the slug is the headline in lower case with
hyphens), listing `/en/news/?newsType=News`. The markup (headline, a date line such as
`18 Oct 2024`, body; listing items and a "next" link) is not verified against the live site.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from spiders.article_page import ArticlePage, Dated, read_article, route
from spiders.items import Article
from spiders.listing_page import ListingPage, detail_links, next_link
from spiders.text import (
    DAY_MONTH_YEAR,
    body_text,
    clean,
    first_date,
    lang_from_code,
    page_selector,
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
    """News URLs of a listing page (its news list's, else every news link) and the next listing page, if any."""
    sel = page_selector(response)
    news = detail_links(response, sel, is_news_url, cards=".news-list", what="InvestHK news listing")
    return ListingPage(news, next_link(response, sel, "a[rel=next]::attr(href), .pagination a.next::attr(href)"))


def extract_listing(response) -> list[str]:
    """News URLs of a listing page, then the next listing page (for `hkai parse`)."""
    return read_listing(response).urls()
