"""Pure extraction for the FSTB press-release index: a response in, one article per fintech entry out.

SOURCES.md section 5 rates FSTB low priority: its releases are mirrored on GIA. The index URL
`https://www.fstb.gov.hk/en/news/press/index.php` is seen in third-party crawler code [C x3]; its markup
is not verified. The extractor reads each entry of the list (`ul.press-list li`, `table tr`, or any list
item with a date and a headline): the date (`26.6.2025`, `26/06/2025`, `26 June 2025` or `2025-06-26`),
the headline, the link (FSTB's entries lead to the GIA release, `www.info.gov.hk/gia/general/...`), and
the one-line summary when the entry shows one (else the body is the headline). An entry without a link
gets the index URL with the entry id as fragment.

Entries are kept when they are fintech ones (`is_fintech`), unless `fintech_only=False`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.sources.govhk.extract import release_id, split_title_flags
from spiders.text import clean, first_date, html_selector, slug

EXTRACTOR_VERSION = "fstb-press-1"
SOURCE = "fstb"
INDEX_PATH = re.compile(r"/(en|tc)/news/press/index\.php$")
ENTRY_SELECTORS = ("ul.press-list > li", "table.press-list tr", "main li", "main tr")
DATES = (
    (re.compile(r"\b(\d{1,2}\.\d{1,2}\.\d{4})\b"), ("%d.%m.%Y",)),
    (re.compile(r"\b(\d{1,2}/\d{1,2}/\d{4})\b"), ("%d/%m/%Y",)),
    (re.compile(r"\b(\d{1,2} [A-Z][a-z]{2,8} \d{4})\b"), ("%d %B %Y", "%d %b %Y")),
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"), ("%Y-%m-%d",)),
)
FINTECH = re.compile(
    r"fintech|virtual asset|digital asset|stablecoin|tokeni[sz]|artificial intelligence|\bAI\b|web3|blockchain",
    re.I)


@dataclass
class IndexPage:
    """What a press index page holds: its entries (as articles) and the next index page, if any."""

    entries: list[Article] = field(default_factory=list)
    next_page: str | None = None


def is_fintech(article: Article) -> bool:
    """True when the headline or summary is about fintech, virtual/digital assets or AI."""
    return FINTECH.search(f"{article.title} {article.body}") is not None


def read_press_index(response, fintech_only: bool = True) -> IndexPage:
    """The dated entries of a press index page (page order) and the URL of the next index page."""
    if not INDEX_PATH.search(urlsplit(response.url).path):
        raise ExtractionError(f"not an FSTB press index URL: {response.url}")
    sel = html_selector(response, "the FSTB press index", complete=True)
    rows = next((found for css in ENTRY_SELECTORS if (found := sel.css(css))), None)
    if rows is None:
        raise ExtractionError("no press-release list on the page: not the FSTB press index")
    entries = [entry for row in rows if (entry := _entry(row, response)) is not None]
    if not entries:
        raise ExtractionError("press index lists no dated entries (layout changed?)")
    nxt = sel.css("a[rel=next]::attr(href), .pagination a.next::attr(href)").get()
    if fintech_only:
        entries = [entry for entry in entries if is_fintech(entry)]
    return IndexPage(entries=entries, next_page=response.urljoin(nxt) if nxt else None)


def extract_press_index(response) -> list[Article]:
    """The fintech entries of a press index page as articles (for `hkai parse`)."""
    return read_press_index(response).entries


def _entry(row, response) -> Article | None:
    date_text = clean(" ".join(row.css(".date ::text, td.date ::text, time ::text").getall()))
    published = first_date(date_text or clean(" ".join(row.css("::text").getall())), DATES)
    link = row.css("a[href]")
    raw_title = clean(" ".join((link[0] if link else row).css(".title ::text, a ::text").getall()))
    if published is None or not raw_title:
        return None  # a header row or a row without a release
    title, flags = split_title_flags(raw_title)
    href = link[0].attrib["href"] if link else None
    url = response.urljoin(href) if href else None
    source_id = (release_id(url) if url else None) or _slug_id(published, title)
    summary = clean(" ".join(row.css(".summary ::text").getall()))
    return Article(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=source_id,
        url=url or f"{response.url.split('#')[0]}#{source_id}",
        lang="en" if "/en/" in response.url else "zh-HK",
        title=title,
        body=summary or title,
        published_date=published,
        published_from="listing",
        flags=flags,
    )


def _slug_id(published: str, title: str) -> str:
    return f"{datetime.fromisoformat(published):%Y%m%d}-{slug(title)[:60].rstrip('-')}"
