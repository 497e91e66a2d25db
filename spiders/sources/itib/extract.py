"""Pure extraction for ITIB speeches and LegCo replies: a response in, an article or links out.

Page structure (SOURCES.md section 4, and stored copies of `/en/speeches/2022/pr_20221215.html` and
`/en/speeches/2023/pr_20231129.html`): a "Skip to content" link, the section label ("Major Speeches
and Press Releases"), the headline, a date line such as `29 Nov 2023`, then the body. Class names and
the listing pages are not verified against the live site. Headlines carry the GIA suffixes
"(English only)", "(with photo)", which become flags.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsel import Selector

from spiders.article_page import ArticlePage, Dated, read_article, route
from spiders.items import Article
from spiders.listing_page import detail_links
from spiders.sources.govhk.extract import split_title_flags
from spiders.text import (
    clean,
    element_html,
    first_date,
    html_to_text,
    iso_day,
    lang_from_code,
    page_selector,
    paragraphs,
    url_day,
)

EXTRACTOR_VERSION = "itib-page-1"
SOURCE = "itib"
PAGE_PATH = re.compile(
    r"/(?P<lang>en|tc)/(?P<kind>speeches|legislative_council_business/questions)/(?P<y>\d{4})/pr_(?P<d>\d{8})\.html$")
KINDS = {"speeches": "speech", "legislative_council_business/questions": "legco"}
TC_DATE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
BODY_SELECTORS = (".pr-content", "#content .content")  # bare tags are the generic path's
BODY_END = re.compile(r"\n\s*(Ends(/.*)?|完)\s*$")
PAGE = ArticlePage(source=SOURCE, version=EXTRACTOR_VERSION, kind="an ITIB page", body=BODY_SELECTORS)


def is_page_url(url: str) -> bool:
    """True for a speech or LegCo reply page on www.itib.gov.hk."""
    parts = urlsplit(url)
    return parts.hostname == "www.itib.gov.hk" and PAGE_PATH.search(parts.path) is not None


def extract_page(response) -> Article:
    """One speech or LegCo reply: headline (flags split off), date line, body, language."""
    match = route(response.url, PAGE_PATH, "an ITIB speech or LegCo reply")
    return read_article(
        response, PAGE, source_id=f"{KINDS[match['kind']]}-{match['d']}", lang=lang_from_code(match["lang"]),
        title=lambda sel: clean(" ".join(sel.css("h1 ::text").getall()) or sel.css("title::text").get() or ""),
        body=lambda node: _body_text(node.get()), split_flags=split_title_flags,
        date=lambda sel, body: _published(sel, match))


def extract_listing_links(response) -> list[str]:
    """Speech or reply page URLs on a listing page (in #content, else anywhere on it), in page order."""
    return detail_links(response, page_selector(response), is_page_url, cards="#content", what="ITIB listing page")


def _published(sel: Selector, match: re.Match) -> Dated:
    line = clean(" ".join(sel.css(".pr-date ::text").getall()))
    if day := first_date(line):
        return Dated(day, "page")
    if (found := TC_DATE.search(line)) and (day := iso_day(found["y"], found["m"], found["d"])):
        return Dated(day, "page")
    return Dated(url_day(match["d"]), "url")


def _body_text(html: str) -> str:
    text = html_to_text(element_html(html), drop_zero_width=False).strip()
    return "\n\n".join(paragraphs(BODY_END.sub("", text)))
