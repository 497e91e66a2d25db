"""Pure extraction for the university news sites: a Scrapy response in, links or an Article out.

One set of functions serves all five sites; the site is chosen by the response's host and every
site-specific detail (selectors, URL pattern, where the date comes from) is read from `sites.SITES`.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time
from urllib.parse import urlsplit

from parsel import Selector

from spiders.article_page import ArticlePage, Dated, read_article
from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.listing_page import detail_links
from spiders.text import HTML_END, body_text, clean, content_type, lang_by_script, page_text, unique
from spiders.university_news.sites import SITES, Site

EXTRACTOR_VERSION = "universities-news-1"

MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
# "10 Sep, 2026", "30 Sep 2026", "5 August 2025"
DAY_MONTH_YEAR = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})\b")
# "Friday, September 18, 2026 - 08:30", "Sep 18, 2026"
MONTH_DAY_YEAR = re.compile(r"\b(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})\b")
CHINESE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
NUMERIC = re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b")
CLOCK = re.compile(r"(?:^|[\s\-–,])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\b")
# The closing tags that end a paragraph of an article (headings and quotations too).
BLOCK_TAGS = ("p", "div", "li", r"h[1-6]", "tr", "table", "blockquote")


# ----------------------------------------------------------------------------------------- dates
def parse_date_text(text: str | None) -> tuple[date, time | None] | None:
    """The date (and time of day, if given) in a date text as the university sites print it, or None.

    Handles "10 Sep, 2026" (PolyU listings), "30 Sep 2026", "Friday, September 18, 2026 - 08:30"
    (Drupal), "2026年9月10日" and numeric "2026/09/10" or "2026-09-10" (URL folders). Strict formats
    first; dateparser (pinned in constraints.txt) only as a last resort for other spellings, and only
    for absolute dates, never "2 days ago".
    """
    if not text or not text.strip():
        return None
    text = re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()
    day = _strict_date(text)
    if day is None:
        day = _dateparser_date(text)
    if day is None:
        return None
    clock = CLOCK.search(text)
    return day, (time(int(clock["h"]), int(clock["min"])) if clock else None)


def _strict_date(text: str) -> date | None:
    for pattern in (CHINESE, NUMERIC):
        if match := pattern.search(text):
            return _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        for match in pattern.finditer(text):
            month = MONTHS.get(match["mon"][:3].lower())
            if month and (found := _safe_date(int(match["y"]), month, int(match["d"]))):
                return found
    return None


def _dateparser_date(text: str) -> date | None:
    try:
        import dateparser
    except ImportError:  # strict formats only
        return None
    parsed = dateparser.parse(text, languages=["en", "zh"],
                              settings={"STRICT_PARSING": True, "PARSERS": ["absolute-time"]})
    return parsed.date() if parsed else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# ----------------------------------------------------------------------------------------- sites
def site_for_url(url: str) -> Site:
    """The site config whose hosts serve `url`; ExtractionError for any other host."""
    host = urlsplit(url).hostname or ""
    for site in SITES.values():
        if host in site.hosts:
            return site
    raise ExtractionError(f"no university news site is configured for host {host!r}")


def is_article_url(url: str, site: Site | None = None) -> bool:
    """True for an article page of a configured site (by host and the site's detail URL pattern)."""
    try:
        site = site or site_for_url(url)
    except ExtractionError:
        return False
    parts = urlsplit(url)
    return parts.hostname in site.hosts and site.detail_pattern.search(parts.path) is not None


def article_id(url: str, site: Site | None = None) -> str | None:
    """The article's id on its site: HKU's numeric id, else the date folders and slug of the URL."""
    site = site or site_for_url(url)
    match = site.detail_pattern.search(urlsplit(url).path)
    if not match:
        return None
    groups = match.groupdict()
    if groups.get("id"):
        return (groups.get("zh") or "") + groups["id"]  # HKU: 29241 (EN) and c_29241 (TC)
    if site.date_from == "slug":
        return f"{groups['y']}/{groups['m']}{groups['d']}_{groups['slug']}"
    if site.date_from == "path":
        return f"{groups['y']}/{groups['m']}/{groups['d']}/{groups['slug']}"
    return groups["slug"]


# -------------------------------------------------------------------------------------- listings
def extract_listing_links(response) -> list[str]:
    """Article URLs on a listing page of a university news site, in page order, without repeats."""
    site = site_for_url(response.url)
    sel = _html_selector(response, "listing page")
    hrefs = sel.css(site.item_selector).getall()
    links = [response.urljoin(h.strip()) for h in hrefs if h.strip()]
    # The site's cards first; after a redesign, every link of the page that is an article URL of the site.
    return unique(link for link in links if is_article_url(link, site)) or detail_links(
        response, sel, lambda url: is_article_url(url, site), what=f"{site.key} listing page")


def extract_next_page(response) -> str | None:
    """The URL of the listing's next page, or None on the last page or an unpaged listing."""
    site = site_for_url(response.url)
    if not site.next_selector:
        return None
    sel = _html_selector(response, "listing page")
    href = (sel.css(site.next_selector).get() or "").strip()
    return response.urljoin(href) if href else None


# -------------------------------------------------------------------------------------- articles
def extract_article(response) -> Article:
    """One news article or press release: title, body, language, date (with where it came from), twin."""
    site = site_for_url(response.url)
    if not is_article_url(response.url, site):
        raise ExtractionError(f"not an article URL of {site.key}: {response.url}")
    sel = _html_selector(response, "article page")
    if HTML_END.search(response.body[-4096:].decode("latin-1")) is None:
        raise ExtractionError(f"truncated page: no </html> after {len(response.body)} bytes")
    page_title = clean(" ".join(sel.css("title ::text").getall()))
    if any(marker.lower() in page_title.lower() for marker in site.not_found_markers):
        raise ExtractionError(f"'page not found' stub served with status 200 (title: {page_title!r})")
    page = ArticlePage(source=site.source, version=EXTRACTOR_VERSION, kind=f"a {site.key} article page",
                       body=(site.body_selector,), title=(site.title_selector,))
    return read_article(
        response, page, sel=sel, source_id=article_id(response.url, site),
        lang=lambda sel, text: _language(sel, site, response.url, text),
        body=lambda node: _body_text(node, site),
        date=lambda sel, body: _published(sel, site, response.url),
        extra=lambda sel, node: {"twin_url": _twin_url(sel, site, response),
                                 "photos": _photos(node, response) if node is not None else []})


def _published(sel: Selector, site: Site, url: str) -> Dated:
    """The date, where it came from, and the time when the page gives one (a differing page date is a flag)."""
    date_text = clean(" ".join(sel.css(site.date_selector).getall())) if site.date_selector else ""
    on_page = parse_date_text(date_text)
    flags: list[str] = []
    if site.date_from in ("path", "slug"):
        groups = site.detail_pattern.search(urlsplit(url).path).groupdict()
        from_url = _safe_date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        if from_url is not None:
            if on_page and on_page[0] != from_url:
                flags.append("page_date_differs")
            return Dated(from_url.isoformat(), site.date_from, flags=flags)
    if on_page is None:
        raise ExtractionError(f"no readable publication date on the page ({site.date_selector}: {date_text!r})")
    day, clock = on_page
    stamp = datetime.combine(day, clock).isoformat() + "+08:00" if clock else None
    return Dated(day.isoformat(), "page", stamp, flags)


def _language(sel: Selector, site: Site, url: str, text: str) -> str:
    declared = (sel.xpath("/html/@lang").get() or "").strip().lower()
    if declared.startswith("zh"):
        return "zh-HK"
    if declared.startswith("en"):
        return "en"
    if site.zh_pattern and site.zh_pattern.search(urlsplit(url).path):
        return "zh-HK"
    return lang_by_script(text)


def _twin_url(sel: Selector, site: Site, response) -> str | None:
    """The same article in the other language: by URL rule (HKU ids), else a rel=alternate hreflang link."""
    path = urlsplit(response.url).path
    if site.twin:
        pattern, replacement = site.twin
        if match := re.search(pattern, path):
            other = "" if match.group(1) else "c_"
            return response.urljoin(re.sub(pattern, replacement.format(other=other), path))
    for link in sel.css("link[rel=alternate][hreflang]"):
        href = response.urljoin(link.attrib.get("href", ""))
        if href != response.url and is_article_url(href, site):
            return href
    return None


def _body_text(node: Selector, site: Site) -> str:
    drop = ", ".join(("script", "style", "figure figcaption") + site.drop_selectors)
    return body_text(node.get(), drop, first_element=False, blocks=BLOCK_TAGS)


def _photos(node: Selector, response) -> list[dict]:
    photos = []
    for img in node.css("img[src]"):
        caption = clean(img.attrib.get("alt", "")) or None
        photos.append({"url": response.urljoin(img.attrib["src"]), "caption": caption})
    return photos


def _html_selector(response, kind: str) -> Selector:
    text = page_text(response)
    head = text.lstrip()[:1]
    if "json" in content_type(response).lower() or head in ("{", "["):
        raise ExtractionError(f"JSON where an HTML {kind} was expected")
    if "<" not in text[:2048]:
        raise ExtractionError(f"not an HTML {kind} (no markup at the start)")
    return Selector(text=text, type="html")

