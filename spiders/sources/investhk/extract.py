"""Pure extraction for InvestHK news: a response in, an article or listing links out.

SOURCES.md section 11: news pages at `/en/news/<slug>/` (the slug is the headline in lower case with
hyphens), listing `/en/news/?newsType=News`. The markup (headline, a date line such as
`18 Oct 2024`, body; listing items and a "next" link) is not verified against the live site.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.text import (
    DAY_MONTH_YEAR,
    body_text,
    clean,
    first_date,
    first_found,
    html_selector,
    lang_from_code,
    page_selector,
    unique,
)

EXTRACTOR_VERSION = "investhk-news-1"
SOURCE = "investhk"
NEWS_PATH = re.compile(r"/(?P<lang>en|tc)/news/(?P<slug>[a-z0-9][a-z0-9-]*)/$")
LISTING_PATH = re.compile(r"/(en|tc)/news/$")
BODY_SELECTORS = (".news-content", "article .content", "article", "main")
BODY_DROP = "script, style, .share"  # left out of the body text
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
    match = NEWS_PATH.search(urlsplit(response.url).path)
    if match is None:
        raise ExtractionError(f"not an InvestHK news URL: {response.url}")
    sel = html_selector(response, "a news page", complete=True)
    node = first_found(sel, BODY_SELECTORS)
    if node is None:
        raise ExtractionError("no news content on the page: not an InvestHK news page (an error page?)")
    body = body_text(node[0].get(), BODY_DROP, drop_zero_width=False)
    if not body:
        raise ExtractionError("news page with an empty body")
    title = clean(" ".join(sel.css("h1 ::text").getall())
                   or sel.css("meta[property='og:title']::attr(content)").get() or "")
    if not title:
        raise ExtractionError("news page has no headline")
    published = first_date(clean(" ".join(sel.css(".news-date ::text, time ::text").getall())), DATES)
    if published is None:
        raise ExtractionError("news page shows no date")
    return Article(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=match["slug"],
        url=response.url,
        lang=lang_from_code(match["lang"]),
        title=title,
        body=body,
        published_date=published,
        published_from="page",
    )


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
