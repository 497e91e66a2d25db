"""Per-university configuration of the research-unit listings: one `LabSite` per university.

Everything that differs between the five listing pages lives here: the listing URL, the element that
holds one unit, and where the unit's name, link, Chinese name and blurb are inside it. The listing URLs
and above all the markup are NOT verified against the live sites (see docs/sources/university_labs.md).
`affiliation` is the university's English name exactly as in warehouse/reference/organizations.yaml, so
the warehouse can attach each unit to its university.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabSite:
    """One university's listing of research institutes, centres and laboratories."""

    key: str  # hkust, cuhk, hku, polyu, cityu
    affiliation: str  # the university's English name as in organizations.yaml
    host: str
    listing_url: str
    item_selector: str  # one element per listed unit
    name_selector: str  # text of the unit's English name (may carry "(ACRONYM)")
    blurb_selector: str  # the short description
    link_selector: str | None = None  # the unit's own website (an href), if the listing links it
    name_zh_selector: str | None = None  # the Chinese name, where the listing prints it


LAB_SITES: dict[str, LabSite] = {
    "hkust": LabSite(
        key="hkust",
        affiliation="The Hong Kong University of Science and Technology",
        host="hkust.edu.hk",
        listing_url="https://hkust.edu.hk/research/institutes-and-centers",
        # Drupal views rows, as on hkust.edu.hk/news/listing
        item_selector=".view-research-units .views-row",
        name_selector=".field-title ::text",
        link_selector=".field-title a::attr(href)",
        name_zh_selector=".field-title-zh ::text",
        blurb_selector=".field-body ::text",
    ),
    "cuhk": LabSite(
        key="cuhk",
        affiliation="The Chinese University of Hong Kong",
        host="www.cuhk.edu.hk",
        listing_url="https://www.cuhk.edu.hk/english/research/index.html",
        item_selector="table.research-units tbody tr",
        name_selector="td.unit-name .en ::text",
        link_selector="td.unit-name a::attr(href)",
        name_zh_selector="td.unit-name .zh ::text",
        blurb_selector="td.unit-desc ::text",
    ),
    "hku": LabSite(
        key="hku",
        affiliation="The University of Hong Kong",
        host="www.hku.hk",
        listing_url="https://www.hku.hk/research/",
        item_selector="ul.centre-list > li",
        name_selector=".centre-name ::text",
        link_selector="a.centre-name::attr(href)",
        name_zh_selector=".centre-name-zh ::text",
        blurb_selector=".centre-desc ::text",
    ),
    "polyu": LabSite(
        key="polyu",
        affiliation="The Hong Kong Polytechnic University",
        host="www.polyu.edu.hk",
        listing_url="https://www.polyu.edu.hk/pair/research/research-highlights/",
        # Sitecore text blocks: the heading is plain text, the link is a separate "Learn more" anchor
        item_selector=".research-institute",
        name_selector="h3 ::text",
        link_selector="a.learn-more::attr(href)",
        blurb_selector=".rich-text ::text",
    ),
    "cityu": LabSite(
        key="cityu",
        affiliation="City University of Hong Kong",
        host="www.cityu.edu.hk",
        listing_url="https://www.cityu.edu.hk/research/index.htm",
        item_selector="#research-units .unit",
        name_selector="h4 ::text",
        link_selector="h4 a::attr(href)",
        blurb_selector="p.unit-desc ::text",
    ),
}


def site_for_host(host: str) -> LabSite | None:
    for site in LAB_SITES.values():
        if site.host == host:
            return site
    return None
