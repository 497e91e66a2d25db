"""Pure extraction for the Cyberport start-up directory on istartup.hk (SOURCES.md section 9).

Listing pages are Magento-like: each card has its name in `.product-item-link` and its profile link in
`.product-item-actions a`. A profile page repeats `div.row.field-entry` blocks, each a
`div.field-label.col-md-4` and a `div.field-value.col-md-8`; the description is in
`div.akmarkdown-content`. Fields are read by label, never by position: profiles leave fields out or
order them differently.

The values are dirty as published: `NA` placeholders, intake years as `2018` or `2018-01-01`, typos
such as `2106` or `20113` (kept in `extra`, year None), statuses joined with commas, several websites
in one field or none (`under construction`).
"""
from __future__ import annotations

import re
from datetime import date

from parsel import Selector
from w3lib.html import remove_tags

from spiders.errors import ExtractionError
from spiders.items import Organization
from spiders.listing_page import detail_links, next_link
from spiders.text import CJK, clean_keep_zero_width, html_selector

EXTRACTOR_VERSION = "cyberport-istartup-1"
SOURCE = "cyberport_startups"
HUB = "Cyberport"
PROFILE_PATH = re.compile(r"^https?://istartup\.hk/en/startups/profile/(?P<slug>[^/?#]+)/?$")
PLACEHOLDERS = {"", "na", "n/a", "nil", "-", "none", "tbc", "under construction", "coming soon"}
FIRST_YEAR = 1998  # Cyberport was announced in 1999; no intake before that is plausible
WEB_TOKEN = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/[^\s;,]*)?", re.I)

# Community-status parts and the programme membership each one means.
STATUS_PROGRAMMES = {
    "graduates of ccmf/ cip": {"programme": "CCMF/CIP", "status": "graduate"},
    "current ccmf/ cip": {"programme": "CCMF/CIP", "status": "current"},
    "smart space tenant": {"programme": "Smart Space", "status": "tenant"},
    "office tenant": {"programme": "Cyberport office", "status": "tenant"},
}



def profile_id(url: str) -> str | None:
    """The slug of a profile URL, or None for any other URL."""
    match = PROFILE_PATH.match(url.split("#")[0])
    return match["slug"] if match else None


def extract_listing_links(response) -> list[str]:
    """Profile URLs of the cards on one listing page (else of any profile link on it), in page order."""
    return detail_links(response, html_selector(response), lambda url: profile_id(url) is not None,
                        cards=".product-item", what="start-up listing page", empty="ol.products")


def extract_listing_names(response) -> list[str]:
    """The start-up names shown on the cards of a listing page (`.product-item-link`)."""
    cards = html_selector(response).css("a.product-item-link")
    return [clean_keep_zero_width(" ".join(a.css("::text").getall())) for a in cards]


def extract_next_page(response) -> str | None:
    """The URL of the next listing page, or None on the last page."""
    return next_link(response, html_selector(response), ".pages-item-next a::attr(href), a.action.next::attr(href)")


def extract_profile(response) -> Organization:
    """One start-up from its profile page."""
    sel = html_selector(response, "a start-up profile", complete=True)
    slug = profile_id(response.url)
    if slug is None:
        raise ExtractionError(f"not a start-up profile URL: {response.url}")
    fields = label_values(sel)
    name = clean_keep_zero_width(" ".join(sel.css("h1.page-title ::text").getall()))
    if not fields:
        raise ExtractionError("no div.row.field-entry blocks: not a start-up profile page")
    if not name:
        raise ExtractionError("start-up profile has no name (h1.page-title)")
    extra: dict = {}
    year = parse_intake_year(fields.get("intake year"), extra)
    month = parse_intake_month(fields.get("intake month"), extra)
    programmes = parse_status(fields.get("cyberport community status"), year, extra)
    website = parse_website(fields.get("website"), extra)
    sector = fields.get("technology sector")
    sectors = [sector] if sector and not _placeholder(sector) else []
    if month is not None:
        extra["intake_month"] = month
    for label, value in fields.items():
        if label not in {"intake year", "intake month", "cyberport community status", "website", "technology sector"}:
            extra[label] = value  # contest-year, Award and labels not known yet
    description = clean_keep_zero_width(" ".join(sel.css("div.akmarkdown-content ::text").getall())) or None
    return Organization(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=slug,
        url=response.url,
        lang="en",
        name=name,
        name_zh=name if CJK.search(name) else None,
        kind="startup",
        website=website,
        description=description,
        sectors=sectors,
        hub=HUB,
        programmes=programmes,
        extra=extra,
    )


def label_values(sel: Selector) -> dict[str, str]:
    """Each field entry as lower-cased label -> cleaned value text (first occurrence wins)."""
    fields: dict[str, str] = {}
    for entry in sel.css("div.row.field-entry"):
        label = clean_keep_zero_width(" ".join(entry.css("div.field-label ::text").getall())).rstrip(":").lower()
        value_node = entry.css("div.field-value")
        value = clean_keep_zero_width(remove_tags(value_node.get() or ""))
        href = value_node.css("a::attr(href)").get()
        if label and label not in fields:
            fields[label] = value or (href or "")
    return fields


def parse_intake_year(raw: str | None, extra: dict) -> int | None:
    """`2018` or `2018-01-01` -> 2018; `NA` -> None; impossible years are kept raw in `extra`."""
    if raw is None or _placeholder(raw):
        return None
    match = re.fullmatch(r"(\d{4,5})(?:-\d{1,2}-\d{1,2})?", raw.strip())
    year = int(match[1]) if match else None
    if year is None or not FIRST_YEAR <= year <= date.today().year + 1:
        extra["intake_year_raw"] = raw
        extra["intake_year_problem"] = "not a plausible intake year"
        return None
    if match[0] != match[1]:
        extra["intake_year_raw"] = raw  # a date where a year was meant
    return year


def parse_intake_month(raw: str | None, extra: dict) -> int | None:
    if raw is None or _placeholder(raw):
        return None
    if raw.strip().isdecimal() and 1 <= int(raw) <= 12:
        return int(raw)
    extra["intake_month_raw"] = raw
    return None


def parse_status(raw: str | None, year: int | None, extra: dict) -> list[dict]:
    """Comma-joined community statuses -> programme memberships; unknown parts stay in `extra`."""
    if raw is None or _placeholder(raw):
        return []
    programmes, unknown = [], []
    for part in (p.strip() for p in raw.split(",")):
        known = STATUS_PROGRAMMES.get(re.sub(r"\s+", " ", part.lower()))
        if known:
            entry = {**known, "year": year if known["programme"] == "CCMF/CIP" else None}
            if entry not in programmes:
                programmes.append(entry)
        elif part:
            unknown.append(part)
    if unknown or "," in raw:
        extra["community_status"] = raw
    return programmes


def parse_website(raw: str | None, extra: dict) -> str | None:
    """The first web address of the field (a scheme added when missing); others go to `extra`."""
    if raw is None or _placeholder(raw):
        if raw and raw.strip().upper() != "NA":
            extra["website_raw"] = raw
        return None
    urls = [u if u.lower().startswith(("http://", "https://")) else "http://" + u for u in WEB_TOKEN.findall(raw)]
    if not urls:
        extra["website_raw"] = raw
        return None
    if len(urls) > 1:
        extra["other_websites"] = urls[1:]
    if len(urls) > 1 or raw.strip() != urls[0]:
        extra["website_raw"] = raw
    return urls[0]


def _placeholder(value: str) -> bool:
    return value.strip().lower() in PLACEHOLDERS
