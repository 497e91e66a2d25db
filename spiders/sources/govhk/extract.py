"""Pure extraction for GovHK press releases: a response in, records or links out.

Page structure (SOURCES.md section 1, and the 2017-2022 template seen in saved pages): headline in
`#PRHeadlineSpan`, body in `#pressrelease` (a span; a div on older pages), footer `Ends/<weekday>,
<Month D, YYYY>` + `Issued at HKT HH:MM` (Chinese: `完` + `YYYY年M月D日（星期X）` + `香港時間HH時MM分`).
"""
from __future__ import annotations

import calendar
import re
from urllib.parse import urljoin, urlsplit

from lxml import etree
from parsel import Selector

from spiders.article_page import TITLE_TEXT, ArticlePage, Dated, generic_title, read_article
from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.listing_page import detail_links, feed_links
from spiders.text import (
    clean,
    ends_html,
    html_selector,
    html_to_text,
    iso_day,
    lang_by_script,
    matching_elements,
    page_base,
    page_text,
    paragraphs,
    url_day,
)

EXTRACTOR_VERSION = "govhk-release-1"
SOURCE = "govhk"

RELEASE_PATH = re.compile(r"/gia/general/(?P<ym>\d{6})/(?P<d>\d{2})/(?P<id>P\d{12,13})\.htm$")
INDEX_PATH = re.compile(r"/gia/general/\d{6}/\d{2}(?P<c>c?)\.htm$")

# The closing tags that end a paragraph of a release (headings do not).
BLOCK_TAGS = ("p", "div", "tr", "li", "table")

# Title suffixes that describe the release rather than name it, and the flag each one sets.
TITLE_SUFFIXES = [
    (re.compile(r"\s*\(English only\)", re.I), ["english_only"]),
    (re.compile(r"\s*\(Chinese only\)", re.I), ["chinese_only"]),
    (re.compile(r"\s*\(with photos?/videos?\)", re.I), ["with_photo", "with_video"]),
    (re.compile(r"\s*\(with photos?\)", re.I), ["with_photo"]),
    (re.compile(r"\s*\(with videos?\)", re.I), ["with_video"]),
    (re.compile(r"\s*（只有中文）"), ["chinese_only"]),
    (re.compile(r"\s*（只有英文）"), ["english_only"]),
    (re.compile(r"\s*（附圖／短片）"), ["with_photo", "with_video"]),
    (re.compile(r"\s*（附圖）"), ["with_photo"]),
    (re.compile(r"\s*（附短片）"), ["with_video"]),
]

EN_FOOTER_DATE = re.compile(r"Ends/\s*\w+,\s*(?P<month>[A-Z][a-z]+) (?P<d>\d{1,2}), (?P<y>\d{4})")
MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
EN_FOOTER_TIME = re.compile(r"Issued at HKT (?P<h>\d{1,2}):(?P<m>\d{2})")
TC_FOOTER_DATE = re.compile(r"(?P<y>\d{4})年(?P<mo>\d{1,2})月(?P<d>\d{1,2})日")
TC_FOOTER_TIME = re.compile(r"香港時間(?P<h>\d{1,2})時(?P<m>\d{2})分")
BODY_END = re.compile(r"\n\s*(Ends/|完\s*$)", re.M)
TRAILING_NNNN = re.compile(r"\n\s*NNNN\s*$")
TEXT_NODES = etree.XPath("descendant-or-self::text()")
# The page's selectors, compiled once: each release evaluates all of them (`sel.css` translates them per call).
# An id is looked up in the parser's id table (`id()`), not by walking the page as `#PRHeadlineSpan` does.
HEADLINE_TEXT = etree.XPath("id('PRHeadlineSpan')/descendant-or-self::text()", smart_strings=False)
BACK_LINK = etree.XPath("//a[contains(., 'Back to Index Page') or contains(., '返回')]/@href", smart_strings=False)
# `a:has(> img#hdrTCLnk)::attr(href), a:has(> img#hdrENLnk)::attr(href)`: the same links, in page order
TWIN_LINKS = etree.XPath("id('hdrTCLnk hdrENLnk')/parent::a/@href", smart_strings=False)
# `#rightContent a.fancybox[href]`
PHOTO_LINKS = etree.XPath("id('rightContent')/descendant::a[contains(concat(' ', normalize-space(@class), ' '), "
                          "' fancybox ') and @href]")
PAGE = ArticlePage(source=SOURCE, version=EXTRACTOR_VERSION, kind="a GovHK press release", body=("#pressrelease",))


def release_id(url: str) -> str | None:
    """The press-release id (`P2022052500609`) of a release URL, or None for other URLs."""
    match = RELEASE_PATH.search(url.split("?")[0])
    return match["id"] if match else None


def is_release_url(url: str) -> bool:
    """True for a release page on www.info.gov.hk; print versions (`...p.htm`) and photo pages are not."""
    return urlsplit(url).hostname == "www.info.gov.hk" and release_id(url) is not None


def extract_release(response) -> Article:
    """One press release from its page: headline, body without the footer, time, language, flags."""
    pr_id = release_id(response.url)
    if pr_id is None:
        raise ExtractionError(f"not a press-release URL: {response.url}")
    text = page_text(response)
    if not ends_html(text):  # even past the footer: a cut inside its last tags leaves debris in the body
        raise ExtractionError("truncated page: it ends before </html>")
    sel = Selector(text=text, type="html")
    base = page_base(sel, response.url)
    back_link = next(iter(BACK_LINK(sel.root)), None)
    footer = []  # the footer's text, cut out of the body by `body` (the generic path has none: its body holds it)
    headline = []  # the headline as `title` read it, for the date rule's language

    def title(sel: Selector) -> str:
        headline.append(_title(sel))
        return headline[-1]

    def body(node: Selector) -> str:
        text, footer_text = _body_and_footer(node)
        footer.append(footer_text)
        return text

    def language(sel: Selector, text: str) -> str:
        return _language(back_link, text)

    def published(sel: Selector, body_text: str) -> Dated:
        lang = _language(back_link, split_title_flags(headline[0] or generic_title(sel))[0] + body_text)
        return Dated(*_published(footer[0] if footer else body_text, lang, response.url))

    return read_article(
        response, PAGE, sel=sel, source_id=pr_id, lang=language, title=title, body=body,
        split_flags=split_title_flags, date=published,
        extra=lambda sel, node: {"twin_url": _twin_url(sel, base), "photos": [
            {"url": urljoin(base, a.get("href")), "caption": clean(a.get("title", ""))}
            for a in PHOTO_LINKS(sel.root)]})


def _title(sel: Selector) -> str:
    """The whole headline: real pages split it into nested spans ("<span>Speech by CE at </span>Asian ...
    <span>(English only) (with video)</span>"), so every text node of #PRHeadlineSpan is joined; pages older
    than the span carry the headline only in <title>."""
    return clean("".join(HEADLINE_TEXT(sel.root)) or next(iter(TITLE_TEXT(sel.root)), None) or "")


def extract_index_links(response) -> list[str]:
    """Release URLs listed on a daily index page (`YYYYMM/DD.htm` or `DDc.htm`), in page order.

    An index whose list (`div.leftBody`) holds no release is a day without releases (today's, early);
    a page without the list and without release links is not the index: an ExtractionError.
    """
    return detail_links(response, html_selector(response, "a GovHK daily index"), is_release_url,
                        cards="div.leftBody", what="GovHK daily index", empty="div.leftBody")


def extract_feed_links(response) -> list[str]:
    """Release URLs of the items in a GovHK RSS 2.0 feed (`general_en.xml`, `general_zh.xml`)."""
    return feed_links(response, is_release_url, "GovHK press-release feed")


def split_title_flags(title: str) -> tuple[str, list[str]]:
    """Strip descriptive suffixes such as "(with photos/video)" and return them as flags."""
    flags: list[str] = []
    changed = title.endswith((")", "）"))  # every suffix ends with a bracket
    while changed:
        changed = False
        for pattern, suffix_flags in TITLE_SUFFIXES:
            match = pattern.search(title)
            if match and match.end() == len(title):
                title = title[: match.start()].rstrip()
                flags.extend(f for f in suffix_flags if f not in flags)
                changed = True
    return title, sorted(flags)


def _published(footer: str, lang: str, url: str) -> tuple[str, str, str | None]:
    """(date, where it came from, timestamp or None): the footer first, else the folder in the URL."""
    day: str | None = None  # a footer date that is no real day (a typo) counts as none
    hour_min: tuple[int, int] | None = None
    if (match := EN_FOOTER_DATE.search(footer)) and match["month"] in MONTHS:
        day = iso_day(match["y"], MONTHS[match["month"]], match["d"])
    elif lang != "en" and (match := TC_FOOTER_DATE.search(footer)):
        day = iso_day(match["y"], match["mo"], match["d"])
    if (match := (EN_FOOTER_TIME.search(footer) or TC_FOOTER_TIME.search(footer))) \
            and int(match["h"]) < 24 and int(match["m"]) < 60:
        hour_min = (int(match["h"]), int(match["m"]))
    if day is None:
        folder = RELEASE_PATH.search(url.split("?")[0])
        return url_day(folder["ym"] + folder["d"]), "folder", None
    if hour_min is None:
        return day, "footer_date", None
    return day, "footer", f"{day}T{hour_min[0]:02d}:{hour_min[1]:02d}:00+08:00"


def _language(back_link: str | None, text: str) -> str:
    """The release's language: from its "Back to Index Page" link (`DD.htm` or `DDc.htm`), else its script."""
    if match := INDEX_PATH.search(back_link or ""):
        return "zh-HK" if match["c"] else "en"
    return lang_by_script(text)


def _twin_url(sel: Selector, base: str) -> str | None:
    for href in TWIN_LINKS(sel.root):
        url = urljoin(base, href)
        if is_release_url(url):
            return url
    return None


def _body_and_footer(body_node: Selector) -> tuple[str, str]:
    """The release's paragraphs, and the text of its footer (`div.mB15`: "Ends/...", the time issued).

    Cuts the footer, controls and scripts out of the parsed tree itself: copying the tree, or parsing
    the body's HTML again, would cost more than the rest of the page.
    """
    # One walk finds what is dropped and, among it, the footer (`mB15` is dropped too).
    doomed = matching_elements(body_node, tags={"script", "style"}, classes={"mB15", "controlDisplay2"})
    footers = [el for el in doomed if "mB15" in (el.get("class") or "").split()]
    # Without a footer element, the footer line is looked for in the whole body.
    footer = (" ".join(text for el in footers for text in TEXT_NODES(el))
              or html_to_text(body_node.get(), blocks=BLOCK_TAGS))
    for el in doomed:
        el.drop_tree()
    text = html_to_text(body_node.get(), blocks=BLOCK_TAGS)
    text = BODY_END.split(text, maxsplit=1)[0]
    text = TRAILING_NNNN.sub("", text)
    return "\n\n".join(paragraphs(text)), footer
