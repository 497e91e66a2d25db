"""Pure extraction for ITIB speeches and LegCo replies: a response in, an article or links out.

Page structure (SOURCES.md section 4, and stored copies of `/en/speeches/2022/pr_20221215.html` and
`/en/speeches/2023/pr_20231129.html`): a "Skip to content" link, the section label ("Major Speeches
and Press Releases"), the headline, a date line such as `29 Nov 2023`, then the body. Class names and
the listing pages are not verified against the live site. Headlines carry the GIA suffixes
"(English only)", "(with photo)", which become flags.
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from parsel import Selector
from w3lib.html import remove_tags, replace_entities

from spiders.charset import decode_page
from spiders.errors import ExtractionError
from spiders.govhk.extract import split_title_flags
from spiders.items import Article

EXTRACTOR_VERSION = "itib-page-1"
SOURCE = "itib"
PAGE_PATH = re.compile(
    r"/(?P<lang>en|tc)/(?P<kind>speeches|legislative_council_business/questions)/(?P<y>\d{4})/pr_(?P<d>\d{8})\.html$")
KINDS = {"speeches": "speech", "legislative_council_business/questions": "legco"}
DATE_LINE = re.compile(r"\b(?P<d>\d{1,2}) (?P<m>[A-Z][a-z]{2,8}) (?P<y>\d{4})\b")
TC_DATE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
BODY_SELECTORS = (".pr-content", "#content .content", "article")
BODY_END = re.compile(r"\n\s*(Ends(/.*)?|完)\s*$")


def is_page_url(url: str) -> bool:
    """True for a speech or LegCo reply page on www.itib.gov.hk."""
    parts = urlsplit(url)
    return parts.hostname == "www.itib.gov.hk" and PAGE_PATH.search(parts.path) is not None


def extract_page(response) -> Article:
    """One speech or LegCo reply: headline (flags split off), date line, body, language."""
    match = PAGE_PATH.search(urlsplit(response.url).path)
    if match is None:
        raise ExtractionError(f"not an ITIB speech or LegCo reply URL: {response.url}")
    text, _ = decode_page(response.body, _content_type(response))
    if text.lstrip().startswith(("{", "[")):
        raise ExtractionError("JSON where an ITIB page was expected")
    sel = Selector(text=text, type="html")
    if not re.search(r"</html\s*>", text, re.I):
        raise ExtractionError("truncated page: it ends before </html>")
    body_node = next((node for css in BODY_SELECTORS if (node := sel.css(css))), None)
    if body_node is None:
        raise ExtractionError("no speech or reply body on the page: not an ITIB page (an error page?)")
    body = _body_text(body_node[0].get())
    if not body:
        raise ExtractionError("ITIB page with an empty body")
    raw_title = _clean(" ".join(sel.css("h1 ::text").getall()) or sel.css("title::text").get() or "")
    title, flags = split_title_flags(raw_title)
    if not title:
        raise ExtractionError("ITIB page has no headline")
    published_date, published_from = _published(sel, match)
    return Article(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=f"{KINDS[match['kind']]}-{match['d']}",
        url=response.url,
        lang="en" if match["lang"] == "en" else "zh-HK",
        title=title,
        body=body,
        published_date=published_date,
        published_from=published_from,
        flags=flags,
    )


def extract_listing_links(response) -> list[str]:
    """Speech or reply page URLs on a listing page, in page order."""
    text, _ = decode_page(response.body, _content_type(response))
    sel = Selector(text=text, type="html")
    scope = sel.css("#content") or sel
    links = [response.urljoin(href) for href in scope.css("a::attr(href)").getall()]
    found = list(dict.fromkeys(url for url in links if is_page_url(url)))
    if not found and not sel.css("#content"):
        raise ExtractionError("no #content and no speech or reply links: not an ITIB listing page")
    return found


def _published(sel: Selector, match: re.Match) -> tuple[str, str]:
    line = _clean(" ".join(sel.css(".pr-date ::text").getall()))
    if found := DATE_LINE.search(line):
        for fmt in ("%d %b %Y", "%d %B %Y"):
            try:
                day = datetime.strptime(f"{found['d']} {found['m']} {found['y']}", fmt).date()
                return day.isoformat(), "page"
            except ValueError:
                continue
    if found := TC_DATE.search(line):
        return f"{int(found['y']):04d}-{int(found['m']):02d}-{int(found['d']):02d}", "page"
    return datetime.strptime(match["d"], "%Y%m%d").date().isoformat(), "url"


def _body_text(html: str) -> str:
    sel = Selector(text=html, type="html")
    for node in sel.css("script, style"):
        node.drop()
    html = sel.css("body > *").get() or html
    html = re.sub(r"(?i)<br\s*/?>", "\n", html)
    html = re.sub(r"(?i)</(p|div|li|tr|table|h\d)>", "\n\n", html)
    text = replace_entities(remove_tags(html)).strip()
    text = BODY_END.sub("", text)
    paragraphs = [_clean(p) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u200b", "")).strip()


def _content_type(response) -> str:
    return (response.headers.get("Content-Type") or b"").decode("latin-1")
