"""Navigation for the universities' research-unit listings: one listing page per university.

Each listing holds the whole list, so the spider requests the five pages and hands each to the pure
extractor. One callback per university only so that every listing carries its own Scrapy contract
(a real page of the live site) for `scrapy check university_labs`.
"""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.university_labs import extract
from spiders.sources.university_labs.sites import LAB_SITES


class UniversityLabsSpider(SourceSpider):
    """AI, robotics and data-science institutes, centres and labs listed by HKUST, CUHK, HKU, PolyU and CityU.

    Argument `universities` = comma-separated keys to crawl (default: all five).
    """

    name = "university_labs"
    source = "university_labs"
    allowed_domains = sorted({site.host for site in LAB_SITES.values()})

    def __init__(self, universities: str = "", **kwargs):
        super().__init__(**kwargs)
        wanted = [key.strip() for key in universities.split(",") if key.strip()]
        unknown = set(wanted) - set(LAB_SITES)
        if unknown:
            raise ValueError(f"unknown universities {sorted(unknown)}; known: {sorted(LAB_SITES)}")
        self.keys = wanted or list(LAB_SITES)

    async def start(self):
        for key in self.keys:
            yield self.request(LAB_SITES[key].listing_url, getattr(self, f"parse_{key}"))

    def parse_hkust(self, response):
        """HKUST institutes and centers.

        @url https://hkust.edu.hk/research/institutes-and-centers
        @returns items 1
        @scrapes source_id name kind affiliation
        """
        yield from extract.extract_units(response)

    def parse_cuhk(self, response):
        """CUHK research institutes and centres.

        @url https://www.cuhk.edu.hk/english/research/index.html
        @returns items 1
        @scrapes source_id name kind affiliation
        """
        yield from extract.extract_units(response)

    def parse_hku(self, response):
        """HKU research institutes and centres.

        @url https://www.hku.hk/research/
        @returns items 1
        @scrapes source_id name kind affiliation
        """
        yield from extract.extract_units(response)

    def parse_polyu(self, response):
        """PolyU Academy for Interdisciplinary Research: its research institutes.

        @url https://www.polyu.edu.hk/pair/research/research-highlights/?sc_lang=en
        @returns items 1
        @scrapes source_id name kind affiliation
        """
        yield from extract.extract_units(response)

    def parse_cityu(self, response):
        """CityUHK research institutes and centres.

        @url https://www.cityu.edu.hk/research/index.htm
        @returns items 1
        @scrapes source_id name kind affiliation
        """
        yield from extract.extract_units(response)
