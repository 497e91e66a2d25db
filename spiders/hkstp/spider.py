"""Navigation for the HKSTP company directory: the directory page, then each company's profile.

The live directory pages with JavaScript (`toPage(i)`) and chooses the population with `select#select-type`;
only the server-rendered first page is read here. A full live crawl needs a browser (SOURCES.md section 8).
"""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.hkstp import extract


class HKSTPCompanySpider(SourceSpider):
    """Park companies listed in the HKSTP company directory."""

    name = "hkstp_companies"
    source = "hkstp_companies"
    allowed_domains = ["www.hkstp.org"]

    async def start(self):
        yield self.request(extract.DIRECTORY, self.parse_directory)

    def parse_directory(self, response):
        """Follow every company card of the directory page.

        @url https://www.hkstp.org/en/our-partner-companies/company-directory/
        @returns requests 1
        """
        for url in extract.extract_listing_links(response):
            yield self.follow(response, url, self.parse_company)

    def parse_company(self, response):
        """One company profile.

        @url https://www.hkstp.org/en/our-partner-companies/company-directory/sensetime/
        @returns items 1 1
        @scrapes source_id name kind hub
        """
        yield extract.extract_company(response)
