"""University news (HKUST, CUHK, HKU, PolyU, CityU): one configurable spider for the five news sites.

Each university is a source of its own, declared by its package `spiders/sources/<key>_news/` with
`university_source(key)`.
The per-site configuration (listings, link selector, detail URL pattern, date source, selectors) is
in `sites.py`; extraction in `extract.py`; navigation in `spider.py`.
"""
import re

from spiders.source import Source
from spiders.university_news.sites import SITES

SPIDERS = {"hkust": "HKUSTNewsSpider", "cuhk": "CUHKNewsSpider", "hku": "HKUNewsSpider",
           "polyu": "PolyUNewsSpider", "cityu": "CityUNewsSpider"}
# News is published in office hours; crawl each site several times a day, staggered by a few minutes.
CADENCE = {"hkust": "5 9,13,18 * * *", "cuhk": "10 9,13,18 * * *", "hku": "15 9,13,18 * * *",
           "polyu": "20 9,13,18 * * *", "cityu": "25 9,13,18 * * *"}
EXTRACT = "spiders.university_news.extract"


def university_source(key: str) -> Source:
    """The registry entry of one university's news site (its `Site` in `sites.py`)."""
    site = SITES[key]
    hosts = "|".join(re.escape(h) for h in site.hosts)
    detail = site.detail_pattern.pattern.lstrip("^")
    listings = "|".join(re.escape(u.split("://", 1)[1]) for u in site.listing_urls)
    return Source(
        name=site.source,
        docs_page="universities",
        title=site.title,
        owner=site.owner,
        pillars=("research_academia",),
        spider=f"spiders.university_news.spider:{SPIDERS[key]}",
        record_type="article",
        allowed_domains=site.hosts,
        start_urls=site.listing_urls,
        cadence_cron=CADENCE[key],
        extractors=(
            (rf"^https?://(?:{hosts}){detail}", f"{EXTRACT}:extract_article"),
            (rf"^https?://(?:{listings})$", f"{EXTRACT}:extract_listing_links"),
        ),
        languages=site.languages,
        # The sample web holds one to two listing pages per site.
        replay_args={"pages": "3"},
    )

