"""University news (HKUST, CUHK, HKU, PolyU, CityU): one configurable spider, one source per university.

The per-site configuration (listings, link selector, detail URL pattern, date source, selectors) is
in `sites.py`; extraction in `extract.py`; navigation in `spider.py`.
"""
import re

from spiders.source import Source
from spiders.universities.sites import SITES

SPIDERS = {"hkust": "HKUSTNewsSpider", "cuhk": "CUHKNewsSpider", "hku": "HKUNewsSpider",
           "polyu": "PolyUNewsSpider", "cityu": "CityUNewsSpider"}
# News is published in office hours; crawl each site several times a day, staggered by a few minutes.
CADENCE = {"hkust": "5 9,13,18 * * *", "cuhk": "10 9,13,18 * * *", "hku": "15 9,13,18 * * *",
           "polyu": "20 9,13,18 * * *", "cityu": "25 9,13,18 * * *"}
EXTRACT = "spiders.universities.extract"


def _source(key: str) -> Source:
    site = SITES[key]
    hosts = "|".join(re.escape(h) for h in site.hosts)
    detail = site.detail_pattern.pattern.lstrip("^")
    listings = "|".join(re.escape(u.split("://", 1)[1]) for u in site.listing_urls)
    return Source(
        name=site.source,
        title=site.title,
        owner=site.owner,
        pillars=("research_academia",),
        spider=f"spiders.universities.spider:{SPIDERS[key]}",
        raw_table=f"raw_{site.source}",
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


SOURCES = [_source(key) for key in ("hkust", "cuhk", "hku", "polyu", "cityu")]
