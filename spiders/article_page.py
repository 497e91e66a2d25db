"""Article pages read one way on every site: the site's own markup first, a generic path when it misses.

The **site path** reads the headline and the body by the site's own selectors and the date by the site's
own rule. When the selectors find no headline or no body (a redesign renamed the classes, a new
template), the **generic path** reads what every article page says whatever its markup:

- the title from `og:title`, a JSON-LD `headline`, the `<h1>`, or the `<title>`;
- the body from trafilatura's main text, without the header lines (section, date, headline) before it;
- the date by the site's own rule where it needs no markup (a date in the URL or the text), else
  htmldate (`<time>`, meta tags, JSON-LD, the URL, then the text; a bare year is refused as a guess).

A generic record must pass a gate: a title, a body of real length that is not made of link texts, and a
date. Otherwise the page is an ExtractionError naming what was missing. Every record says which path
read it (`extraction_method`: "site" or "generic"); a site-path record whose headline the generic path
would have read otherwise is marked (`title_differs`) for the crawl's figures.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

from lxml import html as lxml_html
from parsel import Selector

from spiders.errors import ExtractionError
from spiders.items import Article
from spiders.text import (
    CJK,
    body_text,
    clean,
    css_query,
    first_element,
    first_found,
    html_selector,
    iso_day,
    page_text,
    paragraphs,
)

SITE, GENERIC = "site", "generic"
# An error page's headline ("404" only at its start: a real headline may count 404 of something).
NOT_FOUND = re.compile(r"page not found|page you (?:are looking for|requested)|^\s*404\b|找不到", re.I)
MIN_BODY = 80  # characters of a generic body, ...
MIN_BODY_CJK = 30  # ... or of one mostly in Chinese characters (a character carries a word)
MAX_LINK_SHARE = 0.2  # a generic body with more of its text in link texts is navigation, not an article
DATE_LINE = re.compile(r"^\W*(\d{1,2}(st|nd|rd|th)? [A-Za-z]{3,9}\.?,? \d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}"
                       r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\b.{0,20}$")
SITE_NAME_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
CHINESE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
HEADER_LINES = 5  # lines before the headline in a generic body that may be page header (section, date)
HEADER_EXTRA = 60  # characters a header line holds besides the headline


@dataclass(frozen=True)
class Dated:
    """A publication date, where it came from (`published_from`), and the time when the page gives one."""

    day: str
    source: str
    at: str | None = None
    flags: list[str] = field(default_factory=list)  # what the date rule noticed ("page_date_differs")


@dataclass(frozen=True)
class ArticlePage:
    """One kind of article page on one site: the site's own selectors, and what its records are stamped with."""

    source: str
    version: str  # extractor_version of its records
    kind: str  # what the page is, for error messages: "an HKMA press release"
    body: tuple[str, ...]  # CSS selectors of the body element; the first that matches is read
    title: tuple[str, ...] = ("h1 ::text",)  # CSS selectors of the headline's text; the first that matches
    drop: str = "script, style"  # elements of the body left out of its text
    not_found: re.Pattern = NOT_FOUND  # a headline saying the page is an error page


def route(url: str, pattern: re.Pattern, kind: str, hosts: tuple[str, ...] = ()) -> re.Match:
    """The match of an article URL's path (and host, when `hosts` are given); ExtractionError otherwise."""
    parts = urlsplit(url)
    match = pattern.search(parts.path)
    if match is None or (hosts and parts.hostname not in hosts):
        raise ExtractionError(f"not {kind} URL: {url}")
    return match


def read_article(response, page: ArticlePage, *, source_id: str, lang: str | Callable[[Selector, str], str],
                 date: Callable[[Selector, str], Dated | None],
                 title: Callable[[Selector], str] | None = None,
                 body: Callable[[Selector], str] | None = None,
                 split_flags: Callable[[str], tuple[str, list[str]]] | None = None,
                 extra: Callable[[Selector, Selector | None], dict] | None = None,
                 sel: Selector | None = None) -> Article:
    """One article: by the site's own selectors, or by the generic path when they find no headline or body.

    `date(sel, body)` is the site's date rule (None when it finds none); `lang` a tag or a rule
    `(sel, title + body)`; `title`/`body` replace the selector defaults of `page`; `split_flags` turns
    title suffixes into flags; `extra(sel, body element or None)` gives further fields (twin_url, photos,
    flags). `sel` is the page's selector when the caller made one already.
    """
    sel = sel if sel is not None else html_selector(response, page.kind, complete=True)
    node = first_element(sel, page.body)
    body_found = (body(node) if body else body_text(node.get(), page.drop)) if node is not None else ""
    raw_title = title(sel) if title else _first_text(sel, page.title)
    headline, flags = split_flags(raw_title) if split_flags else (raw_title, [])
    if page.not_found.search(headline):
        raise ExtractionError(f"a 'page not found' page served with status 200 (headline: {headline!r})")
    if headline and body_found:
        dated = date(sel, body_found)
        if dated is None:
            raise ExtractionError(f"{page.kind} shows no date")
        article = _article(response, page, source_id, lang, sel, headline, body_found, flags, dated, SITE,
                           extra(sel, node) if extra else {})
        article.title_differs = not titles_agree(headline, generic_title(sel), split_flags)
        return article
    missed = ", ".join(what for what, found in (("headline", headline), ("body", body_found)) if not found)
    return _generic(response, page, sel, missed, source_id, lang, date, split_flags, extra)


def _generic(response, page: ArticlePage, sel: Selector, missed: str, source_id: str, lang, date,
             split_flags, extra) -> Article:
    """The generic path, with its quality gate; the error names what the site path and the gate missed."""
    raw_title = generic_title(sel)
    if page.not_found.search(raw_title):
        raise ExtractionError(f"a 'page not found' page served with status 200 (title: {raw_title!r})")
    headline, flags = split_flags(raw_title) if split_flags else (raw_title, [])
    text = page_text(response)
    found = generic_body(text, headline)
    dated = (_site_date(date, sel, found) if found else None) or generic_date(text, response.url)
    problems = gate(headline, found, dated, link_texts(sel))
    if problems:
        raise ExtractionError(f"{page.kind}: the site's selectors found no {missed} "
                              f"({', '.join(page.body)}), and the generic path {'; '.join(problems)}")
    return _article(response, page, source_id, lang, sel, headline, found, flags, dated, GENERIC,
                    extra(sel, None) if extra else {})


def _site_date(date, sel: Selector, body: str) -> Dated | None:
    """The site's date rule on a generic body: it may need markup the page no longer has."""
    try:
        return date(sel, body)
    except ExtractionError:
        return None


def _article(response, page: ArticlePage, source_id: str, lang, sel: Selector, title: str, body: str,
             flags: list[str], dated: Dated, method: str, extra: dict) -> Article:
    fields = {"twin_url": None, "photos": [], **extra}
    flags = flags + [flag for flag in (*dated.flags, *fields.pop("flags", [])) if flag not in flags]
    return Article(
        extractor_version=page.version,
        source=page.source,
        source_id=source_id,
        url=response.url,
        lang=lang if isinstance(lang, str) else lang(sel, title + body),
        title=title,
        body=body,
        published_date=dated.day,
        published_at=dated.at,
        published_from=dated.source,
        flags=flags,
        extraction_method=method,
        **fields,
    )


# ------------------------------------------------------------------------------------ generic path
OG_TITLE = css_query("meta[property='og:title']::attr(content)")
JSON_LD = css_query("script[type='application/ld+json']::text")
H1_TEXT = css_query("h1 ::text")
TITLE_TEXT = css_query("title::text")


def generic_title(sel: Selector) -> str:
    """The page's headline by markup every site shares: og:title, JSON-LD headline, `<h1>`, `<title>`."""
    # Read on every site-path page too (`title_differs`): compiled queries, not `sel.css`.
    for candidate in (next(iter(OG_TITLE(sel.root)), None), _json_ld_headline(sel), " ".join(H1_TEXT(sel.root))):
        if title := clean(candidate):
            return title
    return without_site_name(clean(next(iter(TITLE_TEXT(sel.root)), None)))


def without_site_name(title: str) -> str:
    """A `<title>` without the site's name after its last separator ("Headline | Cyberport")."""
    parts = SITE_NAME_SEPARATOR.split(title)
    if len(parts) > 1 and len(parts[-1].split()) <= 5:
        return " | ".join(parts[:-1]) if len(parts) > 2 else parts[0]
    return title


def generic_body(text: str, title: str) -> str:
    """The main text of a page by trafilatura, as paragraphs, without the header lines before the headline."""
    import trafilatura  # imported here: only pages the site path cannot read pay for it

    tree = lxml_html.document_fromstring(text or "<html></html>")
    for span in tree.iter("span"):  # a span used as a block (GovHK's body): trafilatura loses its first line
        if span.find(".//br") is not None or span.find(".//p") is not None or span.find(".//div") is not None:
            span.tag = "div"
    extracted = trafilatura.extract(tree, include_comments=False, include_tables=True, deduplicate=False,
                                    config=_trafilatura_config()) or ""
    lines = [line for line in (clean(raw) for raw in extracted.split("\n")) if re.search(r"\w", line)]
    return "\n\n".join(_without_header(lines, clean(title)))


@cache
def _trafilatura_config():
    """trafilatura's settings, but for its size floor: a short release is still an article (the gate judges)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_BODY_CJK))
    return config


def generic_date(text: str, url: str) -> Dated | None:
    """The date of a page by htmldate: markup and URL first, then the text (a bare year, which it gives as
    1 January, is refused as a guess); then a Chinese full date in the page's body."""
    from htmldate import find_date  # imported here: only pages the site path cannot read pay for it

    for extensive in (False, True):
        day = find_date(text, url=url, original_date=True, extensive_search=extensive)
        if day and not (extensive and day.endswith("-01-01")):
            return Dated(day, "generic")
    # htmldate reads no Chinese dates: the first full one of the page's body ("2025年7月21日").
    if (match := CHINESE_DATE.search(text, max(text.find("<body"), 0))) and (day := iso_day(*match.groups())):
        return Dated(day, "generic")
    return None


def gate(title: str, body: str, dated: Dated | None, links: set[str]) -> list[str]:
    """What a generic record lacks: a title, a body of real length not made of link texts, a date."""
    problems = []
    if not title:
        problems.append("found no title (og:title, JSON-LD, h1, title)")
    size = len(body)
    least = MIN_BODY_CJK if len(CJK.findall(body)) > size * 0.2 else MIN_BODY
    if size < least:
        problems.append(f"found a body of {size} characters (at least {least} needed)")
    elif (linked := sum(len(p) for p in paragraphs(body) if p in links)) > size * MAX_LINK_SHARE:
        problems.append(f"found a body {linked / size:.0%} of which is link texts (navigation debris)")
    if dated is None:
        problems.append("found no date (time, meta tags, JSON-LD, URL or text)")
    return problems


def link_texts(sel: Selector) -> set[str]:
    """The texts of the page's links: a body paragraph that is one of them is navigation."""
    return {text for a in sel.css("a") if (text := clean(" ".join(a.css("::text").getall())))}


def titles_agree(site: str, generic: str, split_flags=None) -> bool:
    """True when the generic headline names the same article as the site's (one holds the other: a
    `<title>` adds the site's name, a headline drops a suffix such as "(with photo)")."""
    if not generic:
        return True  # nothing to disagree with
    a, b = site.casefold(), (split_flags(generic)[0] if split_flags else generic).casefold()
    return a in b or b in a


def title_differs(item) -> bool:
    """Whether an article read by its site's markup has a headline the generic path reads otherwise."""
    return bool(getattr(item, "title_differs", False))


def _without_header(lines: list[str], title: str) -> list[str]:
    """The lines from the first after the headline (when it stands near the top), then without date lines."""
    folded = title.casefold()
    for index, line in enumerate(lines[:HEADER_LINES]):
        # The headline, alone or in a short header line ("Corporate News 25 Feb 2023 <headline>"); a
        # paragraph that names it in passing is text.
        if folded and folded in line.casefold() and len(line) <= len(title) + HEADER_EXTRA:
            lines = lines[index + 1:]
            break
    while lines and folded and lines[0].casefold() == folded:  # the headline twice (a hidden copy)
        lines = lines[1:]
    while lines and DATE_LINE.match(lines[0]):
        lines = lines[1:]
    return lines


def _first_text(sel: Selector, selectors: tuple[str, ...]) -> str:
    found = first_found(sel, selectors)
    return clean(" ".join(found.getall())) if found else ""


def _json_ld_headline(sel: Selector) -> str | None:
    for script in JSON_LD(sel.root):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for entry in data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []:
            if isinstance(entry, dict) and isinstance(entry.get("headline"), str):
                return entry["headline"]
    return None
