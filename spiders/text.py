"""Text helpers the extractors share: page text and selectors, HTML fragments to paragraphs, white space,
link lists, language tags and date lines. Pure functions: a response or a string in, a value out.

Where the sources differ (which elements a body drops, which closing tags end a paragraph, whether
zero-width spaces go), the difference is a parameter, so that each extractor keeps its own output.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import date, datetime
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector, SelectorList
from parsel.csstranslator import HTMLTranslator
from w3lib.html import remove_tags, replace_entities

from spiders.charset import decode_page
from spiders.errors import ExtractionError

ZERO_WIDTH_SPACE = "\u200b"
# Closing tags that end a paragraph, as regular-expression alternatives (`h\d`: any heading).
BLOCK_TAGS = ("p", "div", "li", "tr", "table", r"h\d")
HTML_END = re.compile(r"</html\s*>", re.I)
# Chinese characters: the unified ideographs and Extension A (Cantonese characters such as 㗎 live there).
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# A date line such as "29 Nov 2023" or "5 August 2025", with the formats that read it.
DAY_MONTH_YEAR = (re.compile(r"\b(\d{1,2} [A-Z][a-z]{2,8} \d{4})\b"), ("%d %b %Y", "%d %B %Y"))


# ------------------------------------------------------------------------------------ white space
def clean(text: str | None, *, drop_zero_width: bool = True) -> str:
    """The text with every run of white space folded to one space and the ends stripped ("" for None).

    Zero-width spaces (not white space to Python) are removed first unless `drop_zero_width` is False.
    """
    text = text or ""
    if drop_zero_width:
        text = text.replace(ZERO_WIDTH_SPACE, "")
    # str.split() splits at exactly what `\s` matches in a str pattern, several times faster.
    return " ".join(text.split())


def clean_keep_zero_width(text: str | None) -> str:
    """`clean`, but zero-width spaces kept: what the directory extractors (HK Tech 300, HKSTP and Cyberport
    companies, InnoHK, ITF lists) have always given, so that their records stay as they were."""
    return clean(text, drop_zero_width=False)


def slug(text: str) -> str:
    """A URL-style id of a name: lower case, runs of anything but a-z and 0-9 as one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def unique(items: Iterable) -> list:
    """The items in their first-seen order, without repeats."""
    return list(dict.fromkeys(items))


# ---------------------------------------------------------------------------------- responses
def ends_html(text: str, window: int = 4096) -> bool:
    """True when the last `window` characters of a page hold its closing `</html>` (it was not cut off)."""
    tail = text[-window:]
    # Where the page ends as pages do, the last "</html" is the tag: no scan of the whole tail.
    last = max(tail.rfind("</html"), tail.rfind("</HTML"))
    return bool(last >= 0 and HTML_END.match(tail, last)) or HTML_END.search(tail) is not None


def content_type(response) -> str:
    """The response's Content-Type header as text ("" when it has none)."""
    return (response.headers.get("Content-Type") or b"").decode("latin-1")


def page_text(response) -> str:
    """The decoded text of a response body (see `spiders.charset.decode_page`)."""
    text, _ = decode_page(response.body, content_type(response))
    return text


def page_base(sel: Selector, url: str) -> str:
    """The URL a page's relative links resolve against: its `<base href>` when it has one, else its own URL.

    Used instead of `response.urljoin`, which decodes the body a second time to look for the same tag.
    """
    base = sel.root.find(".//base[@href]")
    return urljoin(url, base.get("href").strip()) if base is not None else url


def page_selector(response, kind: str = "html") -> Selector:
    """A selector over the decoded text of a response, read as `kind` ("html" or "xml")."""
    return Selector(text=page_text(response), type=kind)


def html_selector(response, what: str = "an HTML page", *, complete: bool = False) -> Selector:
    """A selector over an HTML response; ExtractionError for JSON (naming `what` was expected).

    With `complete`, also an ExtractionError for a page cut off before its `</html>`.
    """
    text = page_text(response)
    if text.lstrip().startswith(("{", "[")):
        raise ExtractionError(f"JSON where {what} was expected")
    if complete and not HTML_END.search(text):
        raise ExtractionError("truncated page: it ends before </html>")
    return Selector(text=text, type="html")


def css_query(css: str) -> etree.XPath:
    """A CSS selector compiled once into the XPath parsel evaluates for it, to run on a parsed page's
    `sel.root`: a list of elements or strings, as `sel.css(css)` would match them.

    For hot paths: `sel.css()` translates the query and wraps every match in a new Selector on each call.
    """
    return etree.XPath(HTMLTranslator().css_to_xpath(css), smart_strings=False)


ID_SELECTOR = re.compile(r"#([A-Za-z][\w-]*)")
BY_ID = etree.XPath("id($name)")


def first_element(sel: Selector, selectors: Iterable[str]) -> Selector | None:
    """The first element matched by the first CSS selector that matches anything, or None when none does.

    A bare `#id` is looked up in the id table the HTML parser keeps (HTML ids are unique; the first
    element with it), not by walking the page as `sel.css` does; the walk remains for anything else, and
    for a page whose parser kept no id table.
    """
    for css in selectors:
        if (named := ID_SELECTOR.fullmatch(css)) and (found := BY_ID(sel.root, name=named[1])):
            return Selector(root=found[0], type="html")
        if found := sel.css(css):
            return found[0]
    return None


def first_found(sel: Selector, selectors: Iterable[str]) -> SelectorList | None:
    """The matches of the first CSS selector that matches anything, or None when none does."""
    return next((found for css in selectors if (found := sel.css(css))), None)


def csv_rows(text: str) -> list[list[str]]:
    """The rows of a CSV file's text; ExtractionError for a file cut off (inside a quoted field, or
    mid-row: the text does not end with a line break, so its last row may have lost cells or letters)."""
    if not text.endswith(("\n", "\r")):
        raise ExtractionError("truncated CSV: its last row ends without a line break")
    try:
        return list(csv.reader(io.StringIO(text), strict=True))
    except csv.Error as exc:  # strict: a quote left open to the end of the file is an error, not one cell
        raise ExtractionError(f"unreadable CSV: {exc}") from None


# ---------------------------------------------------------------------------- HTML to paragraphs
def html_to_text(html: str, *, blocks: Iterable[str] = BLOCK_TAGS, drop_zero_width: bool = True) -> str:
    """The text of an HTML fragment: `<br>` as a newline, each closing tag of `blocks` as a blank line,
    tags removed and entities decoded (zero-width spaces removed unless `drop_zero_width` is False)."""
    html = re.sub(r"(?i)<br\s*/?>", "\n", html)
    html = re.sub(rf"(?i)</({'|'.join(blocks)})>", "\n\n", html)
    text = replace_entities(remove_tags(html))
    return text.replace(ZERO_WIDTH_SPACE, "") if drop_zero_width else text


def pruned(html: str, drop: str) -> Selector:
    """A selector over an HTML fragment from which the elements matching the CSS `drop` are removed."""
    sel = Selector(text=html, type="html")
    for node in sel.css(drop):
        node.drop()
    return sel


def matching_elements(node: Selector, *, tags: set[str] = frozenset(), classes: set[str] = frozenset()) -> list:
    """The lxml elements of a parsed HTML element (itself included), in document order, with one of the tag
    names `tags` or one of the CSS classes `classes`: what `node.css("script, .cls")` matches, several times
    faster on a hot path."""
    return [el for el in node.root.iter()
            if el.tag in tags or ((names := el.get("class")) and not classes.isdisjoint(names.split()))]


def drop_elements(node: Selector, *, tags: set[str] = frozenset(), classes: set[str] = frozenset()) -> None:
    """Remove from a parsed HTML element, in place, the elements of `matching_elements`; the text after each
    removed element stays. What `for n in node.css("script, .cls"): n.drop()` does."""
    for el in matching_elements(node, tags=tags, classes=classes):
        el.drop_tree()


def element_html(html: str, drop: str = "script, style", *, first_element: bool = True) -> str:
    """The HTML of a fragment without the elements matching `drop`.

    With `first_element` (the default) only the first element of the fragment, or the fragment as given
    when it has none; otherwise the whole parsed document.
    """
    sel = pruned(html, drop)
    if first_element:
        return sel.css("body > *").get() or html
    return sel.get()


def paragraphs(text: str) -> list[str]:
    """The non-empty paragraphs of a text (split at blank lines), each cleaned with `clean`."""
    cleaned = (clean(p) for p in re.split(r"\n\s*\n", text))
    return [p for p in cleaned if p]


def body_paragraphs(html: str, drop: str = "script, style", *, first_element: bool = True,
                    blocks: Iterable[str] = BLOCK_TAGS, drop_zero_width: bool = True) -> list[str]:
    """The paragraphs of an HTML body fragment: `element_html`, then `html_to_text`, then `paragraphs`.

    `drop_zero_width` applies to the whole text before it is split (the paragraphs always drop them).
    """
    html = element_html(html, drop, first_element=first_element)
    return paragraphs(html_to_text(html, blocks=blocks, drop_zero_width=drop_zero_width))


def body_text(html: str, drop: str = "script, style", *, first_element: bool = True,
              blocks: Iterable[str] = BLOCK_TAGS, drop_zero_width: bool = True) -> str:
    """The paragraphs of an HTML body fragment joined by blank lines (see `body_paragraphs`)."""
    return "\n\n".join(body_paragraphs(html, drop, first_element=first_element, blocks=blocks,
                                       drop_zero_width=drop_zero_width))


# ------------------------------------------------------------------------------ languages, dates
def lang_from_code(code: str, english: str = "en") -> str:
    """The language tag for a site's language code: "en" when it is the site's `english` code, else "zh-HK"."""
    return "en" if code == english else "zh-HK"


def lang_by_script(text: str) -> str:
    """The language tag by script: zh-HK when over a fifth of the characters are CJK ideographs, else en."""
    return "zh-HK" if len(CJK.findall(text)) > len(text) * 0.2 else "en"


def iso_day(year: int | str, month: int | str, day: int | str) -> str | None:
    """`YYYY-MM-DD` of a day given as numbers, or None when there is no such day (a 13th month, 30 February)."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def url_day(yyyymmdd: str) -> str:
    """`YYYY-MM-DD` of the date a URL carries as `YYYYMMDD`; ExtractionError when it is no real day."""
    if day := iso_day(yyyymmdd[:4], yyyymmdd[4:6], yyyymmdd[6:8]):
        return day
    raise ExtractionError(f"the date in the URL, {yyyymmdd}, is not a real day")


def first_date(text: str, patterns: Iterable[tuple[re.Pattern, tuple[str, ...]]] = (DAY_MONTH_YEAR,)) -> str | None:
    """The ISO date of the first (pattern, formats) whose first match reads with one of its formats, or None.

    Group 1 of each pattern is the date text; a pattern whose match reads with no format passes to the next.
    """
    for pattern, formats in patterns:
        if match := pattern.search(text):
            for fmt in formats:
                try:
                    return datetime.strptime(match[1], fmt).date().isoformat()
                except ValueError:
                    continue
    return None
