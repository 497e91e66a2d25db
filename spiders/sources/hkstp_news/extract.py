"""Pure extraction for HKSTP news, event and programme pages: a response in, an Article or links out.

Known (SOURCES.md section 8, and a real 2026 event page: docs/sources/hkstp.md): news pages live at
`https://www.hkstp.org/en/park-life/news-and-events/news/<slug>`, events at `.../events/<slug>` (some, in
the real sitemap, at `.../events/event/<slug>`), both on the site's 2026 Sitecore detail template, which
has no `<article>`: `.detail-two-third` holds a `.title`
block (`.tags` label, `.date p` with "21 Jun 2026" or a range "17 Mar 2025 - 17 Jun 2025", the `h1`, and a
"Share this news" box) and a `.content` block (an image block, on events an `.info` table of Date / Time
/ Venue, then one or more rich-text blocks `.image-title-with-content .image-content`). The programme
pages moved in 2026 to `/en/programmes/incubation/incubation-programme`, `.../incubation/incu-bio` and
`/en/programmes/ideation`; the older `/en/how-we-serve/incubation-programmes/<slug>/` paths still route.

OUR DESIGN, not verified against the live site:
- the news listing `/en/park-life/news-and-events/news/` with `.news-card` items and an optional "next"
  link (the live listing and the events listing are built by JavaScript; the sitemap lists both);
- programme pages on the same detail template as news (no capture of one was found).
The older template (`article.news-detail`, `section.programme-detail`) is still read.

An event page's date is the first day of its `.date` line (`published_from` "event_date", flag
"event_page"): the day the event happens, not a publication day. A news page's date is its date line,
else the "(Hong Kong, 9 February 2024)" dateline of the text.
A programme page is an Article with flags ["programme_page"] and source_id "programme-<slug>"; its date
is the "Last updated"/"Last reviewed" date the page shows, else the day it was fetched (the response's
HTTP Date header), else the sample web's snapshot day; `published_from` says which ("page" or "snapshot").
"""
from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from spiders.article_page import ArticlePage, Dated, read_article
from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.listing_page import ListingPage, detail_links, feed_links, next_link
from spiders.text import DAY_MONTH_YEAR, clean, first_date, first_found, html_selector

NEWS_VERSION = "hkstp-news-2"
PROGRAMME_VERSION = "hkstp-programme-2"
SOURCE = "hkstp_news"
HOSTS = ("www.hkstp.org", "hkstp.org")
LISTING = "https://www.hkstp.org/en/park-life/news-and-events/news/"
SITEMAP = "https://www.hkstp.org/sitemap.xml"  # a 2026 third-party scraper reads the events from it
# The programme pages of the 2026 site menu (docs/sources/hkstp.md); LEAP has no page there.
PROGRAMME_URLS = ("https://www.hkstp.org/en/programmes/incubation/incubation-programme",
                  "https://www.hkstp.org/en/programmes/incubation/incu-bio",
                  "https://www.hkstp.org/en/programmes/ideation")
SNAPSHOT_DAY = "2026-11-24"  # the day the sample web was captured

NEWS_PATH = re.compile(r"^(?:/en)?/park-life/news-and-events/news/(?P<slug>[a-z0-9][a-z0-9-]*)/?$")
EVENT_PATH = re.compile(r"^(?:/en)?/park-life/news-and-events/events/(?:event/)?(?P<slug>[a-z0-9][a-z0-9-]*)/?$")
LISTING_PATH = re.compile(r"^/en/park-life/news-and-events/news/?$")
PROGRAMME_PATH = re.compile(r"^/en/(?:programmes/(?:incubation/)?|how-we-serve/incubation-programmes/)"
                            r"(?P<slug>[a-z0-9][a-z0-9-]*)/?$")

DETAIL_2026 = ".detail-two-third .content"  # the 2026 template's body: image, info table, rich-text blocks
NEWS_BODY = (DETAIL_2026, ".news-detail__content", "article .content")  # bare tags are the generic path's
NEWS_TITLE = (".detail-two-third .title h1 ::text", "h1.news-detail__title ::text", "article h1 ::text",
              "h1 ::text")
DATE_2026 = ".detail-two-third .title .date p ::text, .detail-two-third .title .date ::text"
NEWS_DATE = f"{DATE_2026}, .news-detail__date ::text, .news-detail__header time ::text, article time ::text"
PROGRAMME_BODY = (DETAIL_2026, "section.programme-detail", ".programme-detail")  # bare tags: generic path's
DROP = ("script, style, h1, nav, .breadcrumb, .share-bar, .about-hkstp, .btn-apply, .news-detail__header, "
        ".image-block, .info, .social-media-share")
DATES = (
    DAY_MONTH_YEAR,  # "26 Jun 2023", "9 February 2024"
    (re.compile(r"\b([A-Z][a-z]{2,8} \d{1,2}, \d{4})\b"), ("%b %d, %Y", "%B %d, %Y")),
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"), ("%Y-%m-%d",)),
)
DATELINE = re.compile(r"\(Hong Kong,\s*(\d{1,2} [A-Z][a-z]+,? \d{4})\)")
UPDATED = re.compile(r"Last (?:updated|reviewed|revision date)\s*(?:on)?\s*:?\s*(?P<date>[^\n|]{6,30}?\d{4})", re.I)
NOT_FOUND = re.compile(r"page not found|page you (?:are looking for|requested)|\b404\b", re.I)
NEWS = ArticlePage(source=SOURCE, version=NEWS_VERSION, kind="an HKSTP news page", body=NEWS_BODY, drop=DROP,
                   not_found=NOT_FOUND)
EVENT = ArticlePage(source=SOURCE, version=NEWS_VERSION, kind="an HKSTP event page", body=NEWS_BODY, drop=DROP,
                    not_found=NOT_FOUND)
PROGRAMME = ArticlePage(source=SOURCE, version=PROGRAMME_VERSION, kind="an HKSTP programme page",
                        body=PROGRAMME_BODY, drop=DROP, not_found=NOT_FOUND)


def news_slug(url: str) -> str | None:
    parts = urlsplit(url)
    match = NEWS_PATH.match(parts.path) if parts.hostname in HOSTS else None
    return match["slug"] if match else None


def event_slug(url: str) -> str | None:
    parts = urlsplit(url)
    match = EVENT_PATH.match(parts.path) if parts.hostname in HOSTS else None
    return match["slug"] if match else None


def programme_slug(url: str) -> str | None:
    parts = urlsplit(url)
    match = PROGRAMME_PATH.match(parts.path) if parts.hostname in HOSTS else None
    return match["slug"] if match else None


def programme_urls() -> list[str]:
    return list(PROGRAMME_URLS)


# ------------------------------------------------------------------------------------------ listing
def read_listing(response) -> ListingPage:
    """News URLs of a listing page (its cards', else every news link; no repeats) and the next page."""
    sel = html_selector(response, "the HKSTP news listing")
    news = detail_links(response, sel, lambda url: news_slug(url) is not None, cards=".news-card",
                        what="HKSTP news listing", canonical=lambda url: LISTING + news_slug(url))
    return ListingPage(news, next_link(response, sel, "a[rel=next]::attr(href), .pagination__next a::attr(href)"))


def extract_sitemap_links(response) -> list[str]:
    """News and event URLs of the site's XML sitemap (`/sitemap.xml`: every page of the site), in its order."""
    return feed_links(response, lambda url: news_slug(url) is not None or event_slug(url) is not None,
                      "HKSTP sitemap")


def extract_listing(response) -> list[str]:
    """News URLs of a listing page, then the next listing page (for `hkai parse`)."""
    return read_listing(response).urls()


# --------------------------------------------------------------------------------------------- news
def extract_news(response) -> Article:
    """One news page: headline, date line, lead, Key Takeaways and text (no share bar, no "About HKSTP")."""
    slug = news_slug(response.url)
    if slug is None:
        raise ExtractionError(f"not an HKSTP news URL: {response.url}")
    return read_article(response, NEWS, source_id=slug, lang="en", title=_news_title, date=_news_date)


def _news_title(sel) -> str:
    heading = first_found(sel, NEWS_TITLE)
    return clean(" ".join(heading.getall()) if heading else sel.css("meta[property='og:title']::attr(content)").get()
                 or "")


# -------------------------------------------------------------------------------------------- events
def extract_event(response) -> Article:
    """One event page (2026 template) as an Article flagged "event_page", dated by the event's first day."""
    slug = event_slug(response.url)
    if slug is None:
        raise ExtractionError(f"not an HKSTP event URL: {response.url}")
    return read_article(response, EVENT, source_id=f"event-{slug}", lang="en", title=_news_title,
                        date=_event_date, extra=lambda sel, node: {"flags": ["event_page"]})


def _event_date(sel, body: str) -> Dated | None:
    published = first_date(clean(" ".join(sel.css(DATE_2026).getall())), DATES)
    return Dated(published, "event_date") if published else None


def _news_date(sel, body: str) -> Dated | None:
    if published := first_date(clean(" ".join(sel.css(NEWS_DATE).getall())), DATES):
        return Dated(published, "page")
    if (match := DATELINE.search(body)) and (published := first_date(match[1].replace(",", ""), DATES)):
        return Dated(published, "dateline")
    return None


# ---------------------------------------------------------------------------------------- programmes
def extract_programme(response) -> Article:
    """One programme page (Incu-Tech, Incu-Bio, Ideation, LEAP) as an Article flagged "programme_page"."""
    slug = programme_slug(response.url)
    if slug is None:
        raise ExtractionError(f"not an HKSTP programme page URL: {response.url}")
    return read_article(response, PROGRAMME, source_id=f"programme-{slug}", lang="en",
                        date=lambda sel, body: Dated(*_programme_date(body, response)),
                        extra=lambda sel, node: {"flags": ["programme_page"]})


def _programme_date(body: str, response) -> tuple[str, str]:
    """The page's "Last updated" date, else the fetch day (HTTP Date header), else the snapshot day."""
    if (match := UPDATED.search(body)) and (day := first_date(match["date"], DATES)):
        return day, "page"
    header = (response.headers.get("Date") or b"").decode("latin-1")
    if header:
        try:
            return parsedate_to_datetime(header).date().isoformat(), "snapshot"
        except (TypeError, ValueError):
            pass
    return SNAPSHOT_DAY, "snapshot"


def _raise_not_found(sel, reason: str):
    heading = clean(" ".join(sel.css("h1 ::text, title ::text").getall()))
    if NOT_FOUND.search(heading):
        raise ExtractionError("a 'page not found' page served with status 200")
    raise ExtractionError(reason)
