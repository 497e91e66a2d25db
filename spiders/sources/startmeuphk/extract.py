"""Pure extraction for StartmeupHK (www.startmeup.hk, InvestHK's start-up programme): a response in, an
article or links out.

SOURCES.md section 11: articles at `https://www.startmeup.hk/<slug>/` (WordPress-style; a stored copy of
`/innohk-clusters-being-developed-by-the-government/` shows a "Subscribe to eNewsletter" / "Get In Touch"
header, the headline, then the text, and no date line). Resource and event pages live under
`/resources/<slug>/` and `/events-detail/<slug>/` [C]. The WordPress feed `https://www.startmeup.hk/feed/`
is assumed (WordPress default), not verified.

Date: the page's `article:published_time` meta or a `<time datetime>` when present (`published_from` =
"page"); otherwise the latest full date the text names ("body_date"); with neither, an ExtractionError.
Markup classes (`.entry-title`, `.entry-content`) are WordPress defaults, not verified; the headline
falls back to `h1`, and a page they miss is read by the generic path (`spiders.article_page`).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from spiders.article_page import ArticlePage, Dated, read_article
from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.listing_page import feed_links
from spiders.sources.dpo.extract import _latest_date
from spiders.text import clean, html_selector

EXTRACTOR_VERSION = "startmeuphk-page-1"
SOURCE = "startmeuphk"
HOSTS = ("www.startmeup.hk", "startmeup.hk")
# /<slug>/, /resources/<slug>/, /events-detail/<slug>/, /case-studies/<slug>/ (not /feed/, /wp-*, /tag/...)
PAGE_PATH = re.compile(
    r"^/(?:(?P<lang>tc|zh-hant)/)?(?P<id>(?:(?:resources|events-detail|case-studies)/)?"
    r"(?P<slug>[a-z0-9][a-z0-9-]*))/?$")
NOT_ARTICLES = {"feed", "resources", "events-detail", "case-studies", "upcoming-events", "about-us",
                "contact-us", "subscribe", "tc", "zh-hant"}
BODY_SELECTORS = (".entry-content", "article .content")  # bare tags are the generic path's
BODY_DROP = "script, style, h1, .entry-title, .share, .subscribe, nav, form"
ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
PAGE = ArticlePage(source=SOURCE, version=EXTRACTOR_VERSION, kind="a StartmeupHK page", body=BODY_SELECTORS,
                   drop=BODY_DROP)


def page_id(url: str) -> str | None:
    """The id of a StartmeupHK article URL (`innohk-clusters-...`, `resources/cyberport-...`), else None."""
    parts = urlsplit(url)
    if parts.hostname not in HOSTS or parts.query:
        return None
    match = PAGE_PATH.match(parts.path)
    if match is None or match["slug"] in NOT_ARTICLES:
        return None
    return match["id"]


def extract_page(response) -> Article:
    """One StartmeupHK article, resource or event page: headline, text, date."""
    source_id = page_id(response.url)
    if source_id is None:
        raise ExtractionError(f"not a StartmeupHK article URL: {response.url}")
    sel = html_selector(response, PAGE.kind, complete=True)
    if sel.css("body.error404, .error-404"):
        raise ExtractionError("a 'page not found' page served with status 200")
    lang = "en" if urlsplit(response.url).path.split("/")[1] not in ("tc", "zh-hant") else "zh-HK"
    return read_article(response, PAGE, source_id=source_id, lang=lang, sel=sel, title=_title, date=_published)


def _title(sel) -> str:
    return clean(" ".join(sel.css("h1 ::text").getall())) or re.sub(
        r"\s*[|–-]\s*StartmeupHK\s*$", "", clean(sel.css("title::text").get() or ""))


def _published(sel, body: str) -> Dated:
    stamp = (sel.css("meta[property='article:published_time']::attr(content)").get()
             or sel.css("time[datetime]::attr(datetime)").get() or "").strip()
    if match := ISO_DAY.match(stamp):
        return Dated(match[1], "page", stamp if "T" in stamp else None)
    if found := _latest_date(body):
        return Dated(*found)
    raise ExtractionError("StartmeupHK page shows no date and its text names no full date")


def extract_feed_links(response) -> list[str]:
    """Article URLs of the items of the WordPress RSS feed, in feed order."""
    return feed_links(response, lambda url: page_id(url) is not None, "StartmeupHK feed")
