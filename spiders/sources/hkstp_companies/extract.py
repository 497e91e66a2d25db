"""Pure extraction for the HKSTP company directory, as a 2021 scraper saw it (SOURCES.md section 8).

Listing cards are `div.col.col-12.col-md-6.col-lg-3`, each with a relative profile link and the name in
`.txt-card-title`. A profile shows icon-labelled lines: `.txt-with-ico.ico-place` (address), `.ico-tel`
(phone), `.ico-email` (email), `.ico-chat` (contact person), `.ico-star a[href]` (website). Any of them
may be missing. Paging is JavaScript (`toPage(i)` links): `extract_page_count` reads how many pages the
pager offers, and the spider asks the browser to call `toPage(i)` for each (a rendered crawl).

The programme a company is or was in (Incu-Tech, Incu-Bio, Ideation, LEAP, ...) is read from a
`ul.list-programme` of `li.programme-item` entries (name, status, optional `data-year`). That markup is
modelled, not seen on the live site (docs/sources/hkstp.md); a profile without it has no programmes.
"""
from __future__ import annotations

import re

from spiders.errors import ExtractionError
from spiders.items import Organization
from spiders.listing_page import detail_links
from spiders.text import clean_keep_zero_width, html_selector

EXTRACTOR_VERSION = "hkstp-directory-2"
SOURCE = "hkstp_companies"
HUB = "HKSTP"
DIRECTORY = "https://www.hkstp.org/en/our-partner-companies/company-directory/"
PROFILE_PATH = re.compile(r"^https?://www\.hkstp\.org/en/our-partner-companies/company-directory/(?P<slug>[^/?#]+)/?$")
CARD = "div.col.col-12.col-md-6.col-lg-3"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
YEAR = re.compile(r"\b(19|20)\d{2}\b")
STATUSES = {"graduate": "graduate", "graduates": "graduate", "graduated": "graduate", "alumni": "graduate",
            "incubatee": "incubatee", "incubatees": "incubatee", "current": "incubatee", "admitted": "incubatee"}



def company_id(url: str) -> str | None:
    match = PROFILE_PATH.match(url.split("#")[0])
    return match["slug"] if match else None


def extract_listing_links(response) -> list[str]:
    """Profile URLs of the company cards of a directory page (else of any profile link on it), in page order."""
    return detail_links(response, html_selector(response), lambda url: company_id(url) is not None,
                        cards=CARD, what="HKSTP company directory page")


TO_PAGE = re.compile(r"toPage\((\d+)\)")


def extract_page_count(response) -> int:
    """How many directory pages the pager offers (its highest `toPage(i)`); 1 without a pager."""
    sel = html_selector(response)
    calls = sel.css(".pagination a::attr(href), .pagination [onclick]::attr(onclick)").getall()
    return max((int(n) for call in calls for n in TO_PAGE.findall(call)), default=1)


def extract_listing_names(response) -> list[str]:
    cards = html_selector(response).css(CARD)
    return [clean_keep_zero_width(" ".join(c.css(".txt-card-title ::text").getall())) for c in cards]


def extract_company(response) -> Organization:
    """One park company from its profile page."""
    slug = company_id(response.url)
    if slug is None:
        raise ExtractionError(f"not an HKSTP company profile URL: {response.url}")
    sel = html_selector(response, "a company profile", complete=True)
    scope = sel.css(".company-profile") or sel.css("main") or sel
    name = clean_keep_zero_width(" ".join(scope.css("h1 ::text").getall()))
    icons = scope.css(".txt-with-ico")
    if not name:
        raise ExtractionError("no company name (h1): not an HKSTP company profile")
    if not icons and not scope.css(".txt-desc"):
        raise ExtractionError("no icon-labelled fields and no description: not an HKSTP company profile")
    website = _href(scope, ".ico-star a::attr(href)")
    email = _email(scope)
    extra = {}
    if contact := _text(scope, ".ico-chat"):
        extra["contact_person"] = contact
    description = clean_keep_zero_width(" ".join(scope.css(".txt-desc ::text").getall())) or None
    return Organization(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=slug,
        url=response.url,
        lang="en",
        name=name,
        kind="corporate",
        website=website,
        description=description,
        hub=HUB,
        address=_text(scope, ".ico-place"),
        email=email,
        phone=_text(scope, ".ico-tel"),
        programmes=_programmes(scope),
        extra=extra,
    )


def _programmes(scope) -> list[dict]:
    """[{programme, status, year}] from the profile's programme list; status is graduate/incubatee or None."""
    found = []
    for item in scope.css("ul.list-programme li"):
        name = clean_keep_zero_width(" ".join(item.css(".programme-name ::text").getall()))
        if not name:
            continue
        status_text = clean_keep_zero_width(" ".join(item.css(".programme-status ::text").getall())).lower()
        year_text = item.attrib.get("data-year") or clean_keep_zero_width(" ".join(item.css("::text").getall()))
        year = YEAR.search(year_text or "")
        found.append({"programme": name, "status": STATUSES.get(status_text), "year": int(year[0]) if year else None})
    return found


def _email(scope) -> str | None:
    href = _href(scope, ".ico-email a[href^='mailto:']::attr(href)")
    if href:
        return href.split(":", 1)[1].split("?")[0].strip() or None
    match = EMAIL.search(_text(scope, ".ico-email") or "")
    return match[0] if match else None


def _href(scope, query: str) -> str | None:
    value = (scope.css(query).get() or "").strip()
    return value or None


def _text(scope, query: str) -> str | None:
    return clean_keep_zero_width(" ".join(scope.css(f"{query} ::text").getall())) or None
