"""Pure extraction for the Smart City portal (www.smartcity.gov.hk): a response in, an article or links out.

SOURCES.md section 6: Drupal-style asset paths (the Blueprint 2.0 PDF at
`/modules/custom/custom_global_js_css/assets/files/HKSmartCityBlueprint(ENG)v2.pdf`, published
10 Dec 2020) [C x3]; a stored copy of `/vision-and-mission.html` shows the Blueprint text and the
vision and mission, with no date line. Portal pages are flat `/<slug>.html` files.

Date: a full date the page shows (`published_from` = "page"); otherwise the publication date of the
Blueprint edition the page describes ("described_document": Blueprint 2.0 of 10 December 2020, or the
first Blueprint of 15 December 2017); with neither, an ExtractionError. Markup (`.page-content`,
`#block-...`) is not verified; when it misses, the generic path reads the page.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from spiders.article_page import ArticlePage, Dated, read_article
from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.listing_page import detail_links
from spiders.sources.dpo.extract import _latest_date
from spiders.text import clean, html_selector

EXTRACTOR_VERSION = "smartcity-page-1"
SOURCE = "smartcity"
HOSTS = ("www.smartcity.gov.hk", "smartcity.gov.hk")
PAGE_PATH = re.compile(r"^/(?:(?P<lang>tc)/)?(?P<slug>[a-z0-9][a-z0-9-]*)\.html$")
BODY_SELECTORS = (".page-content", ".field--name-body")  # bare tags are the generic path's
BODY_DROP = "script, style, h1, .breadcrumb, nav, form"
PAGE = ArticlePage(source=SOURCE, version=EXTRACTOR_VERSION, kind="a Smart City portal page", body=BODY_SELECTORS,
                   drop=BODY_DROP)
# The Blueprint editions a portal page may describe, most recent first, with their publication dates.
DESCRIBED = (
    (re.compile(r"Blueprint(?: for Hong Kong)? 2\.0|second edition of (?:the )?Smart City Blueprint", re.I),
     "2020-12-10"),
    (re.compile(r"Smart City Blueprint for Hong Kong", re.I), "2017-12-15"),
)


def page_id(url: str) -> str | None:
    """The slug of a portal page URL (`vision-and-mission`), or None for other URLs (PDFs, assets, home)."""
    parts = urlsplit(url)
    if parts.hostname not in HOSTS or parts.query:
        return None
    match = PAGE_PATH.match(parts.path)
    return match["slug"] if match and match["slug"] != "index" else None


def extract_page(response) -> Article:
    """One portal page about the Smart City Blueprint: headline, text, date."""
    slug = page_id(response.url)
    if slug is None:
        raise ExtractionError(f"not a Smart City portal page URL: {response.url}")
    lang = "en" if PAGE_PATH.match(urlsplit(response.url).path)["lang"] is None else "zh-HK"
    return read_article(response, PAGE, source_id=slug, lang=lang, title=_title, date=_published)


def _title(sel) -> str:
    return clean(" ".join(sel.css("h1 ::text").getall())) or re.sub(
        r"\s*\|\s*Smart City.*$", "", clean(sel.css("title::text").get() or ""), flags=re.I)


def _published(sel, body: str) -> Dated:
    if found := _latest_date(body):
        return Dated(found[0], "page")
    if described := next((day for pattern, day in DESCRIBED if pattern.search(body)), None):
        return Dated(described, "described_document")
    raise ExtractionError("portal page shows no date and describes no dated Blueprint edition")


def extract_home_links(response) -> list[str]:
    """Portal page URLs linked from the home page (menus included), in page order."""
    return detail_links(response, html_selector(response, "the Smart City portal home page"),
                        lambda url: page_id(url) is not None, what="Smart City portal home page")
