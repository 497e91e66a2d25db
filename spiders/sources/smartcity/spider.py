"""Navigation for the Smart City portal: its home page, then the pages it links."""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.smartcity import extract as smartcity

SMARTCITY_HOME = "https://www.smartcity.gov.hk/"


class SmartCitySpider(SourceSpider):
    """Smart City portal pages about the Smart City Blueprint, in English, reached from the home page."""

    name = "smartcity"
    source = "smartcity"
    allowed_domains = ["www.smartcity.gov.hk", "smartcity.gov.hk"]

    async def start(self):
        yield self.request(SMARTCITY_HOME, self.parse_home)

    def parse_home(self, response):
        """Follow every portal page the home page links to.

        @url https://www.smartcity.gov.hk/
        @returns requests 1
        """
        for url in smartcity.extract_home_links(response):
            yield self.follow(response, url, self.parse_page)

    def parse_page(self, response):
        """One portal page.

        @url https://www.smartcity.gov.hk/vision-and-mission.html
        @returns items 1 1
        @scrapes source_id title body published_date
        """
        yield smartcity.extract_page(response)
