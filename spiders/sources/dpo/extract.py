"""Pure extraction for the Digital Policy Office: speeches and "Our Work" programme pages.

- Speech pages `/en/news/speeches/YYYY/MM/sp_YYYYMMDD.html` (SOURCES.md section 6; stored copies of
  sp_20241107, sp_20241108 and sp_20241129 show a "跳至主要內容" skip link, the label "What's New",
  the headline, then the speech, with no date line): the date comes from the URL.
- Programme pages under `/en/our_work/...` (AI Subsidy Scheme, Ethical AI Framework): headline and
  text; their date is the "Last revision date" when the page shows one, otherwise the latest full
  date the text mentions (`published_from` says which). A programme page with no date at all is
  an error: an article needs a date.

Class names are not verified against the live site; when they miss, the generic path reads the page
(`spiders.article_page`).
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from parsel import Selector

from spiders.article_page import ArticlePage, Dated, read_article, route
from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.listing_page import detail_links
from spiders.sources.govhk.extract import split_title_flags
from spiders.text import clean, lang_from_code, page_selector, url_day

EXTRACTOR_VERSION = "dpo-page-1"
SOURCE = "dpo"
HOSTS = ("digitalpolicy.gov.hk", "www.digitalpolicy.gov.hk")
SPEECH_PATH = re.compile(r"/(?P<lang>en|tc)/news/speeches/\d{4}/\d{2}/sp_(?P<d>\d{8})\.html$")
PROGRAMME_PATH = re.compile(r"/(?P<lang>en|tc)/(?P<id>our_work/[a-z0-9_/]+?)/?(index\.html)?$")
BODY_SELECTORS = (".speech-content", ".page-content", "main .content")  # bare tags are the generic path's
BODY_DROP = "script, style, h1, .breadcrumb, .section-name"  # left out of the body text
SPEECH = ArticlePage(source=SOURCE, version=EXTRACTOR_VERSION, kind="a DPO speech page", body=BODY_SELECTORS,
                     drop=BODY_DROP)
PROGRAMME = ArticlePage(source=SOURCE, version=EXTRACTOR_VERSION, kind="a DPO programme page",
                        body=BODY_SELECTORS, drop=BODY_DROP)
REVISION = re.compile(r"Last revision date\s*:?\s*(?P<date>[\w ,/-]+\d{4}|\d{4}-\d{2}-\d{2})", re.I)
FULL_DATES = (
    (re.compile(r"\b(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December) \d{4})\b"), "%d %B %Y"),
    (re.compile(r"\b((?:January|February|March|April|May|June|July|August|September|October|November|"
                r"December) \d{1,2}, \d{4})\b"), "%B %d, %Y"),
    (re.compile(r"\b(\d{1,2}-\d{1,2}-\d{4})\b"), "%d-%m-%Y"),
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"), "%Y-%m-%d"),
)


def is_speech_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.hostname in HOSTS and SPEECH_PATH.search(parts.path) is not None


def extract_speech(response) -> Article:
    """One speech; its date is the one in the URL (`sp_YYYYMMDD`)."""
    match = route(response.url, SPEECH_PATH, "a DPO speech")
    return read_article(response, SPEECH, source_id=f"speech-{match['d']}", lang=lang_from_code(match["lang"]),
                        title=_title, split_flags=split_title_flags,
                        date=lambda sel, body: Dated(url_day(match["d"]), "url"))


def extract_programme(response) -> Article:
    """One "Our Work" programme page, dated by its revision date or else the latest date in its text."""
    match = route(response.url, PROGRAMME_PATH, "a DPO programme page")
    return read_article(response, PROGRAMME, source_id=match["id"].rstrip("/"), lang=lang_from_code(match["lang"]),
                        title=_title, date=_programme_date)


def extract_listing_links(response) -> list[str]:
    """Speech URLs on a speeches listing page (in main, else anywhere on it), in page order."""
    return detail_links(response, page_selector(response), is_speech_url, cards="main", what="DPO speeches listing")


def _programme_date(sel: Selector, body: str) -> Dated | None:
    footer = clean(" ".join(sel.css("footer ::text, #footer ::text, .last-revision ::text").getall()))
    found = _revision_date(footer) or _latest_date(body)
    if found is None:
        raise ExtractionError("programme page shows no revision date and its text names no date")
    return Dated(*found)


def _title(sel: Selector) -> str:
    title = clean(" ".join(sel.css("h1 ::text").getall()))
    if not title:
        title = re.sub(r"\s*\|\s*Digital Policy Office\s*$", "", clean(sel.css("title::text").get() or ""))
    return title


def _revision_date(footer: str) -> tuple[str, str] | None:
    if match := REVISION.search(footer):
        if found := _latest_date(match["date"]):
            return found[0], "revision_date"
    return None


def _latest_date(text: str) -> tuple[str, str] | None:
    dates = []
    for pattern, fmt in FULL_DATES:
        for found in pattern.findall(text):
            try:
                dates.append(datetime.strptime(found, fmt).date())
            except ValueError:
                continue
    return (max(dates).isoformat(), "body_date") if dates else None
