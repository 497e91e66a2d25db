"""Pure extraction for the universities' research-unit listings: a Scrapy response in, Organizations out.

One function serves all five listings; the university is chosen by the response's URL and every
site-specific detail (which element is one unit, where its name, link, Chinese name and blurb are) is
read from `sites.LAB_SITES`. Each listed unit becomes one `Organization` of kind `research_unit`,
affiliated to its university; an InnoHK cluster named in the blurb is kept in `cluster`.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from spiders.errors import ExtractionError
from spiders.items import Organization
from spiders.sources.university_labs.sites import LAB_SITES, LabSite
from spiders.text import clean, html_selector, slug

EXTRACTOR_VERSION = "university-labs-1"
SOURCE = "university_labs"
# "Centre for Perceptual and Interactive Intelligence (CPII)", "... (HKU-IDS)", "... (RI-IWEAR)"
ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[A-Za-z][A-Za-z0-9&\-]{1,15})\)$")
CLUSTERS = (("air@innohk", "AIR@InnoHK"), ("health@innohk", "Health@InnoHK"))
NOT_FOUND = ("page not found", "404", "找不到")


def site_for_url(url: str) -> LabSite:
    """The listing config for `url` (host and path, query ignored); ExtractionError for any other page."""
    parts = urlsplit(url)
    for site in LAB_SITES.values():
        listing = urlsplit(site.listing_url)
        if parts.hostname == listing.hostname and parts.path == listing.path:
            return site
    raise ExtractionError(f"not a configured research-unit listing: {url}")


def extract_units(response) -> list[Organization]:
    """Every research institute, centre or laboratory on a university's listing page, in page order."""
    site = site_for_url(response.url)
    sel = html_selector(response, "an HTML listing of research units", complete=True)
    page_title = clean(" ".join(sel.css("title ::text").getall()))
    heading = clean(" ".join(sel.css("h1 ::text").getall()))
    rows = sel.css(site.item_selector)
    if not rows:
        if any(marker in page_title.lower() for marker in NOT_FOUND):
            raise ExtractionError(f"'page not found' stub served with status 200 (title: {page_title!r})")
        raise ExtractionError(f"no research units ({site.item_selector}) on the page titled {page_title!r}: "
                              "not the listing page")
    units, seen = [], set()
    for row in rows:
        unit = _unit(response, site, row)
        if unit is None or unit.source_id in seen:
            continue  # a row without a name (a heading or spacer), or the same unit listed twice
        seen.add(unit.source_id)
        units.append(unit)
    if not units:
        raise ExtractionError(f"{len(rows)} listing rows but none names a unit ({site.name_selector}); "
                              f"page: {heading or page_title!r}")
    return units


def _unit(response, site: LabSite, row) -> Organization | None:
    label = clean(" ".join(row.css(site.name_selector).getall()))
    if not label:
        return None
    match = ACRONYM.match(label)
    name, acronym = (clean(match["name"]), match["acronym"]) if match else (label, None)
    blurb = clean(" ".join(row.css(site.blurb_selector).getall())) or None
    href = (row.css(site.link_selector).get() or "").strip() if site.link_selector else ""
    website = response.urljoin(href) if href and not href.startswith(("#", "mailto:", "javascript:")) else None
    name_zh = clean(" ".join(row.css(site.name_zh_selector).getall())) if site.name_zh_selector else ""
    extra = {"university": site.key}
    if acronym:
        extra["acronym"] = acronym
    return Organization(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=f"{site.key}:{slug(acronym or name)}",
        url=response.url,
        lang="en",
        name=name,
        name_zh=name_zh or None,
        kind="research_unit",
        website=website,
        description=blurb,
        affiliation=site.affiliation,
        cluster=_cluster(blurb),
        extra=extra,
    )


def _cluster(text: str | None) -> str | None:
    low = (text or "").lower()
    for marker, cluster in CLUSTERS:
        if marker in low:
            return cluster
    return None

