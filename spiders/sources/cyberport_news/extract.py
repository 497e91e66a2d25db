"""Pure extraction for Cyberport press releases: a response in, an Article or listing links out.

SOURCES.md section 9 confirms only the news area `https://www.cyberport.hk/en/news` (and pages under it
such as `/en/news/cyberport-ai-pioneers/`). The press-release listing `/en/news/press_releases/` (paged
with `?page=N`), the release URLs `/en/news/press_releases/<slug>` and all markup below are OUR DESIGN,
not verified against the live site (see docs/sources/cyberport_news.md):

- listing: `ul.press-release-list li` items, each `span.date` ("9 Dec 2024") + `a.press-title`;
  "next" link `a[rel=next]` / `.pager .next a`;
- release: `.press-release-detail` with `h1.title`, `.date`, `.content` (boilerplate "About Cyberport"
  `.about-cyberport` and `.media-enquiries` dropped).

Cyberport's AI thematic pages live on their own host, `aisc.cyberport.hk`: the AI Supercomputing Centre
(`/`) and the Artificial Intelligence Subsidy Scheme (`/aiss`, the address the Government's release of
7 Oct 2024 gives). The URLs are evidenced; their markup is OUR DESIGN: `main h1` headline, text in
`.page-content` (else `main`), links between the pages in `nav.aisc-nav`. These pages carry no date line
that we know of: their date is a "Last updated" line when one is shown, else the latest full date the
text mentions (`published_from` says which), and a page with no date at all is an error.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from spiders.article_page import ArticlePage, Dated, read_article, route
from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.listing_page import ListingPage, detail_links, next_link
from spiders.text import (
    DAY_MONTH_YEAR,
    clean,
    first_date,
    first_found,
    html_selector,
    unique,
)

EXTRACTOR_VERSION = "cyberport-press-1"
AI_EXTRACTOR_VERSION = "cyberport-ai-page-1"
SOURCE = "cyberport_news"
HOST = "www.cyberport.hk"
RELEASE_PATH = re.compile(r"^/en/news/press_releases/(?P<slug>[a-z0-9][a-z0-9-]*)/?$")
LISTING_PATH = re.compile(r"^/en/news/press_releases/?$")
BODY_SELECTORS = (".press-release-detail .content", "article .content")  # bare tags are the generic path's
BODY_DROP = "script, style, .about-cyberport, .media-enquiries, .share"
TITLE_SELECTORS = (".press-release-detail h1 ::text", "h1 ::text")
DATE_SELECTORS = ".press-release-detail .date ::text, time ::text"
DATES = (
    DAY_MONTH_YEAR,  # "9 Dec 2024", "9 December 2024"
    (re.compile(r"\b([A-Z][a-z]{2,8} \d{1,2}, \d{4})\b"), ("%b %d, %Y", "%B %d, %Y")),
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"), ("%Y-%m-%d",)),
    (re.compile(r"\b(\d{1,2}/\d{1,2}/\d{4})\b"), ("%d/%m/%Y",)),
)
NOT_FOUND = re.compile(r"page not found|page you requested|404", re.I)
RELEASE = ArticlePage(source=SOURCE, version=EXTRACTOR_VERSION, kind="a Cyberport press release",
                      body=BODY_SELECTORS, drop=BODY_DROP, not_found=NOT_FOUND)
AI_HOST = "aisc.cyberport.hk"
AI_PATH = re.compile(r"^/(?P<slug>[a-z0-9][a-z0-9_-]*)?/?$")
AI_BODY_SELECTORS = (".page-content",)  # bare tags are the generic path's
AI_BODY_DROP = "script, style, h1, nav, .breadcrumb, .related, footer"
AI_PAGE = ArticlePage(source=SOURCE, version=AI_EXTRACTOR_VERSION, kind="a Cyberport AI page",
                      body=AI_BODY_SELECTORS, drop=AI_BODY_DROP, not_found=NOT_FOUND)
UPDATED = re.compile(r"Last (?:updated|revised|revision date)\s*:?\s*(?P<date>[^<\n]{6,40})", re.I)
TEXT_DATES = (
    (re.compile(r"\b(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December) \d{4})\b"), ("%d %B %Y",)),
    (re.compile(r"\b((?:January|February|March|April|May|June|July|August|September|October|November|"
                r"December) \d{1,2}, \d{4})\b"), ("%B %d, %Y",)),
)


def is_release_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.hostname == HOST and RELEASE_PATH.search(parts.path) is not None


def extract_release(response) -> Article:
    """One press release: headline, date line, body (without the "About Cyberport" boilerplate)."""
    match = route(response.url, RELEASE_PATH, "a Cyberport press-release", hosts=(HOST,))
    return read_article(response, RELEASE, source_id=match["slug"], lang="en", title=_release_title,
                        date=_release_date)


def _release_title(sel) -> str:
    heading = first_found(sel, TITLE_SELECTORS)
    return clean(" ".join(heading.getall()) if heading else sel.css("meta[property='og:title']::attr(content)").get()
                 or "")


def _release_date(sel, body: str) -> Dated | None:
    day = first_date(clean(" ".join(sel.css(DATE_SELECTORS).getall())), DATES)
    return Dated(day, "page") if day else None


def read_listing(response) -> ListingPage:
    """Release URLs of a listing page (its list's, else every release link) and the next listing page, if any."""
    sel = html_selector(response, "a press-release listing")
    releases = detail_links(response, sel, is_release_url, cards="ul.press-release-list li",
                            what="Cyberport press-release listing")
    return ListingPage(releases, next_link(response, sel, "a[rel=next]::attr(href), .pager .next a::attr(href)"))


def extract_listing(response) -> list[str]:
    """Release URLs of a listing page, then the next listing page (for `hkai parse`)."""
    return read_listing(response).urls()


def is_ai_page_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.hostname == AI_HOST and AI_PATH.match(parts.path or "/") is not None and not parts.query


def extract_ai_page(response) -> Article:
    """One Cyberport AI thematic page (AI Supercomputing Centre, AI Subsidy Scheme) as an article."""
    if not is_ai_page_url(response.url):
        raise ExtractionError(f"not a Cyberport AI page URL: {response.url}")
    slug = AI_PATH.match(urlsplit(response.url).path or "/")["slug"]
    return read_article(response, AI_PAGE, source_id="aisc" + (f"/{slug}" if slug else ""), lang="en",
                        title=_ai_title, date=_ai_page_date)


def _ai_title(sel) -> str:
    return clean(" ".join(sel.css("main h1 ::text").getall()) or " ".join(sel.css("h1 ::text").getall())
                 or sel.css("meta[property='og:title']::attr(content)").get() or "")


def ai_page_links(response) -> list[str]:
    """Other AI thematic pages the page links to (its navigation), in page order."""
    sel = html_selector(response, "a Cyberport AI page")
    hrefs = sel.css("nav a::attr(href), main a::attr(href)").getall()
    own = response.url.rstrip("/")
    return unique(url for href in hrefs if href.strip()
                  and is_ai_page_url(url := response.urljoin(href.strip())) and url.rstrip("/") != own)


def _ai_page_date(sel, body: str) -> Dated | None:
    line = UPDATED.search(clean(" ".join(sel.css("body ::text").getall())))
    if line:
        found = first_date(line["date"], DATES + TEXT_DATES)
        if found:
            return Dated(found, "page")
    dates = []
    for pattern, formats in TEXT_DATES + (DAY_MONTH_YEAR,):
        for match in pattern.finditer(body):
            found = first_date(match[1], ((pattern, formats),))
            if found:
                dates.append(found)
    if not dates:
        raise ExtractionError("Cyberport AI page shows no date (no 'Last updated' line, no full date in the text)")
    return Dated(max(dates), "text")
