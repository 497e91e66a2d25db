"""Navigation for the InnoHK laboratories: one ITC page holds the whole list."""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.innohk_labs import extract

PAGE = "https://www.itc.gov.hk/en/technological_infrastructure/innohk_clusters.html"


class InnoHKLabSpider(SourceSpider):
    """The research laboratories admitted to Health@InnoHK and AIR@InnoHK."""

    name = "innohk_labs"
    source = "innohk_labs"
    allowed_domains = ["www.itc.gov.hk"]

    async def start(self):
        yield self.request(PAGE, self.parse_page)

    def parse_page(self, response):
        """Every laboratory listed on the ITC InnoHK page.

        @url https://www.itc.gov.hk/en/technological_infrastructure/innohk_clusters.html
        @returns items 1
        @scrapes source_id name kind affiliation cluster
        """
        yield from extract.extract_labs(response)
