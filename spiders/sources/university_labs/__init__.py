"""Research institutes, centres and laboratories (AI, robotics, data science) of five universities.

One listing page per university (HKUST, CUHK, HKU, PolyU, CityU); per-site configuration in `sites.py`,
extraction in `extract.py`, navigation in `spider.py`.
"""
import re

from spiders.source import Source
from spiders.sources.university_labs.sites import LAB_SITES

_LISTINGS = "|".join(re.escape(site.listing_url.split("://", 1)[1]) for site in LAB_SITES.values())

SOURCES = [
    Source(
        name="university_labs",
        title="University research institutes, centres and labs (AI, robotics, data science)",
        owner="HKUST, CUHK, HKU, PolyU and CityU",
        pillars=("research_academia",),
        spider="spiders.sources.university_labs.spider:UniversityLabsSpider",
        record_type="organization",
        allowed_domains=tuple(sorted({site.host for site in LAB_SITES.values()})),
        start_urls=tuple(site.listing_url for site in LAB_SITES.values()),
        cadence_cron="30 6 * * 1",  # a directory that changes a few times a year: weekly, Monday morning
        extractors=(
            (rf"^https?://(?:{_LISTINGS})(?:\?.*)?$", "spiders.sources.university_labs.extract:extract_units"),
        ),
        languages=("en",),
        replay_args={},
    ),
]
