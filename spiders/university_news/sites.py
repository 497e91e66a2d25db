"""Per-site configuration of the university news spider: one `Site` per university.

Everything that differs between the five news sites lives here, not in code: where the listings are,
which links on them are articles, where the publication date comes from and which selectors hold the
title, the date and the body. The detail URL patterns are from SOURCES.md section 10; the listing and
detail markup is NOT verified against the live sites (see docs/sources/universities.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Site:
    """One university news site."""

    key: str  # short name: hkust, cuhk, hku, polyu, cityu
    source: str  # the registry source name, e.g. "hkust_news"
    title: str
    owner: str
    hosts: tuple[str, ...]  # hosts whose pages this site config reads
    listing_urls: tuple[str, ...]  # listing pages the crawl starts from
    item_selector: str  # CSS selector of the article links on a listing page (an <a> or its href)
    detail_pattern: re.Pattern  # an article URL (path); named groups y/m/d when the date is in the path
    date_from: str  # "path" (YYYY/MM/DD/ folders), "slug" (YYYY/MMDD_<slug>) or "page" (the date text)
    title_selector: str
    body_selector: str
    date_selector: str | None = None  # the element holding the date text on the article page
    next_selector: str | None = None  # the "next page" link of a listing, if it is paged
    zh_pattern: re.Pattern | None = None  # URLs of Traditional Chinese pages
    twin: tuple[str, str] | None = None  # (EN path regex, ZH replacement) pairing EN/TC pages by URL
    drop_selectors: tuple[str, ...] = ()  # elements inside the body that are not article text
    languages: tuple[str, ...] = ("en",)
    not_found_markers: tuple[str, ...] = ("Page Not Found", "page you requested", "找不到")
    extra: dict = field(default_factory=dict)


SITES: dict[str, Site] = {
    "hkust": Site(
        key="hkust",
        source="hkust_news",
        title="HKUST News & Stories",
        owner="The Hong Kong University of Science and Technology",
        hosts=("hkust.edu.hk",),
        listing_urls=("https://hkust.edu.hk/news/listing",),
        item_selector=".news-listing .views-row h3 a::attr(href)",
        # /news/<slug> and /news/research-and-innovation/<slug>; never the listing itself
        detail_pattern=re.compile(r"^/news/(?:research-and-innovation/)?(?!listing$)(?P<slug>[a-z0-9-]+)$"),
        date_from="page",  # slug-only URLs: the date is on the page
        date_selector=".news-detail .news-date::text",
        title_selector=".news-detail h1.news-title ::text",
        body_selector=".news-detail .news-body",
        next_selector=".pager .pager__item--next a::attr(href)",
    ),
    "cuhk": Site(
        key="cuhk",
        source="cuhk_news",
        title="CUHK Communications and Public Relations Office press releases",
        owner="The Chinese University of Hong Kong",
        hosts=("www.cpr.cuhk.edu.hk",),
        listing_urls=("https://www.cpr.cuhk.edu.hk/en/press/",),
        item_selector="#press-list article h2.entry-title a::attr(href)",
        # WordPress-like slugs with a trailing slash, sometimes -2/-3 suffixes
        detail_pattern=re.compile(r"^/(?:en|tc)/press/(?P<slug>[a-z0-9-]+)/$"),
        date_from="page",
        date_selector="article .press-date::text",
        title_selector="article h1.entry-title ::text",
        body_selector="article .entry-content",
        next_selector=".pagination a.next::attr(href)",
        zh_pattern=re.compile(r"^/tc/"),
        languages=("en", "zh-HK"),
    ),
    "hku": Site(
        key="hku",
        source="hku_news",
        title="HKU press releases",
        owner="The University of Hong Kong",
        hosts=("www.hku.hk",),
        listing_urls=(
            "https://www.hku.hk/press/press-releases.html",
            "https://www.hku.hk/press/c_press-releases.html",
        ),
        item_selector="#press-release-list li a::attr(href)",
        detail_pattern=re.compile(r"^/press/press-releases/detail/(?P<zh>c_)?(?P<id>\d+)\.html$"),
        date_from="page",
        date_selector="#press-release .date::text",
        title_selector="#press-release h1 ::text",
        body_selector="#press-release .content",
        zh_pattern=re.compile(r"/detail/c_\d+\.html$"),
        # the same numeric id pairs the English and Chinese release: 29241 <-> c_29241
        twin=(r"/detail/(c_)?(\d+)\.html$", r"/detail/{other}\2.html"),
        drop_selectors=(".photo-caption", ".media-enquiries"),
        languages=("en", "zh-HK"),
    ),
    "polyu": Site(
        key="polyu",
        source="polyu_news",
        title="PolyU media releases",
        owner="The Hong Kong Polytechnic University",
        hosts=("www.polyu.edu.hk",),
        listing_urls=("https://www.polyu.edu.hk/en/media/media-releases/",),
        # listing cards seen in third-party code: a.border-hover-shadow-list__itm with .p-date "10 Sep, 2026"
        item_selector="a.border-hover-shadow-list__itm::attr(href)",
        detail_pattern=re.compile(
            r"^/(?:en/|tc/)?media/media-releases/(?P<y>\d{4})/(?P<m>\d{2})(?P<d>\d{2})_(?P<slug>[^/]+)/?$"),
        date_from="slug",  # YYYY/MMDD_<slug>: the date is in the slug; the page text "10 Sep, 2026" is the fallback
        date_selector=".media-release .p-date::text",
        title_selector=".media-release h1 ::text",
        body_selector=".media-release .rich-text",
        zh_pattern=re.compile(r"^/tc/"),
        languages=("en", "zh-HK"),
    ),
    "cityu": Site(
        key="cityu",
        source="cityu_news",
        title="CityUHK press releases and news",
        owner="City University of Hong Kong",
        hosts=("www.cityu.edu.hk",),
        listing_urls=("https://www.cityu.edu.hk/media/press-release/", "https://www.cityu.edu.hk/media/news/"),
        item_selector=".view-content .views-row .views-field-title a::attr(href)",
        detail_pattern=re.compile(
            r"^/media/(?:press-release|news)/(?P<y>\d{4})/(?P<m>\d{2})/(?P<d>\d{2})/(?P<slug>[a-z0-9-]+)$"),
        date_from="path",
        date_selector=".node-article .submitted::text",
        title_selector=".node-article h1 ::text",
        body_selector=".node-article .field-name-body",
        next_selector=".pager .pager-next a::attr(href)",
    ),
}


def site_for_source(source: str) -> Site:
    for site in SITES.values():
        if site.source == source:
            return site
    raise KeyError(f"no university site for source {source!r}")
