"""Pure extraction for HKMA press releases: a response in, records or release stubs out.

Two page types (SOURCES.md section 2):

- the open API `https://api.hkma.gov.hk/public/press-releases?lang=en|tc` (paging with `pagesize` and
  `offset`), envelope `{"header": {"success", "err_code", "err_msg"}, "result": {"datasize", "records":
  [{"title", "link", "date"}]}}`; `header.success` false or an `err_code` other than `0000` is an error;
- the release page on www.hkma.gov.hk (`/eng/news-and-media/press-releases/YYYY/MM/YYYYMMDD-N/`), whose
  markup is not verified against the live site: headline, a date line such as `13 Aug 2024`, body.

Articles come only from release pages: an API record alone has no body. The API record the page was
reached from is passed in as `listed` and fills a missing headline or date.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qs, urlsplit

from parsel import Selector

from spiders.article_page import ArticlePage, Dated, read_article, route
from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.text import (
    body_paragraphs,
    clean,
    first_date,
    iso_day,
    lang_from_code,
    page_text,
    url_day,
)

EXTRACTOR_VERSION = "hkma-press-1"
SOURCE = "hkma"
API_LANGS = {"en": "en", "tc": "zh-HK"}  # `sc` (Simplified Chinese) exists too; not collected
RELEASE_PATH = re.compile(
    r"/(?P<lang>eng|chi)/news-and-media/press-releases/(?P<y>\d{4})/(?P<m>\d{2})/(?P<id>(?P<d>\d{8})-\d+)/?$")
TC_DATE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
TITLE_SUFFIX = re.compile(r"\s*[-|]\s*(Hong Kong Monetary Authority|香港金融管理局)\s*$")
SIGNATURE = re.compile(
    r"^(Hong Kong Monetary Authority|香港金融管理局)\s+(\d{1,2} \w+ \d{4}|\d{4}年\d{1,2}月\d{1,2}日)$")
BODY_SELECTORS = (".template-content-area .content", "#content .content")  # bare tags are the generic path's
BODY_DROP = "script, style, .share, .print"  # left out of the body text
PAGE = ArticlePage(source=SOURCE, version=EXTRACTOR_VERSION, kind="an HKMA press release", body=BODY_SELECTORS)


@dataclass
class ApiRecord:
    """One record of the press-release API: what the listing says about a release."""

    title: str
    link: str
    date: str | None
    lang: str


@dataclass
class ApiPage:
    """One page of the press-release API."""

    datasize: int | None
    records: list[ApiRecord] = field(default_factory=list)
    returned: int = 0  # records the API sent, usable or not: what paging compares with the page size


def read_api_page(response) -> ApiPage:
    """The records of one API page; ExtractionError for an error envelope or anything but the API's JSON."""
    text = page_text(response)
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        kind = "an HTML page" if text.lstrip().startswith("<") else "not valid JSON"
        raise ExtractionError(f"API answered {kind} instead of its JSON envelope ({exc.msg})") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("header"), dict):
        raise ExtractionError("JSON without the API's header: not an HKMA API response")
    header = payload["header"]
    err_code = str(header.get("err_code", ""))
    if header.get("success") is not True or err_code != "0000":
        raise ExtractionError(f"API error {err_code or '?'}: {header.get('err_msg') or 'no message'}")
    result = payload.get("result")
    if not isinstance(result, dict) or not isinstance(result.get("records"), list):
        raise ExtractionError("API response has no result.records list")
    lang = api_lang(response.url)
    records = []
    for raw in result["records"]:
        if not isinstance(raw, dict):
            continue
        title = clean(str(raw.get("title") or ""))
        link = str(raw.get("link") or "").strip()
        if not title or not link:
            continue  # a record without headline or link cannot lead to a release
        records.append(ApiRecord(title=title, link=response.urljoin(link), date=_iso_date(raw.get("date")),
                                 lang=lang))
    datasize = result.get("datasize")
    return ApiPage(datasize=datasize if isinstance(datasize, int) else None, records=records,
                   returned=len(result["records"]))


def extract_api_records(response) -> list[ApiRecord]:
    """The records of one API page, in the API's order (newest first)."""
    return read_api_page(response).records


def api_lang(url: str) -> str:
    """The language tag of an API URL's `lang` parameter (`en` when absent)."""
    lang = (parse_qs(urlsplit(url).query).get("lang") or ["en"])[0].lower()
    return API_LANGS.get(lang, lang)


def release_id(url: str) -> str | None:
    """The release id (`20240813-6`) of a release page URL, or None for other URLs."""
    match = RELEASE_PATH.search(urlsplit(url).path)
    return match["id"] if match else None


def extract_release(response, listed: ApiRecord | None = None) -> Article:
    """One press release from its page; `listed` (its API record) fills a missing headline or date."""
    match = route(response.url, RELEASE_PATH, "an HKMA press-release")
    return read_article(
        response, PAGE, source_id=match["id"], lang=lang_from_code(match["lang"], english="eng"),
        title=lambda sel: _title(sel) or (listed.title if listed else ""),
        body=lambda node: _body_text(node.get()),
        date=lambda sel, body: _published(sel, match, listed),
        extra=lambda sel, node: {"twin_url": _twin_url(sel, response, match["lang"])})


def _title(sel: Selector) -> str:
    return clean(" ".join(sel.css("h1 ::text").getall()) or sel.css("meta[property='og:title']::attr(content)").get()
                 or TITLE_SUFFIX.sub("", clean(sel.css("title::text").get() or "")))


def _published(sel: Selector, match: re.Match, listed: ApiRecord | None) -> Dated:
    line = clean(" ".join(sel.css(".date ::text, time ::text").getall()))
    if found := _page_date(line):
        return Dated(found, "page")
    if listed is not None and listed.date:
        return Dated(listed.date, "api")
    return Dated(url_day(match["d"]), "url")


def _page_date(line: str) -> str | None:
    if day := first_date(line):
        return day
    if match := TC_DATE.search(line):
        return iso_day(match["y"], match["m"], match["d"])
    return None


def _iso_date(value) -> str | None:
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        return None


def _twin_url(sel: Selector, response, lang: str) -> str | None:
    other = "/chi/" if lang == "eng" else "/eng/"
    for href in sel.css("a[hreflang]::attr(href), .lang-switch a::attr(href)").getall():
        url = response.urljoin(href)
        if other in url and release_id(url):
            return url
    return None


def _body_text(html: str) -> str:
    paragraphs = body_paragraphs(html, BODY_DROP, drop_zero_width=False)
    if paragraphs and SIGNATURE.match(paragraphs[-1]):
        paragraphs.pop()  # the closing "Hong Kong Monetary Authority <date>" line
    return "\n\n".join(paragraphs)
