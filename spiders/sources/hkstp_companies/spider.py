"""Navigation for HKSTP: the company directory (the directory page, then each company's profile), and the
news listing, news pages and incubation programme pages.

The live directory pages with JavaScript (`toPage(i)`) and chooses the population with `select#select-type`
(SOURCES.md section 8). The source is rendered in live and record mode (`render_js`), so page i is asked
for as `?page=i` (its own URL, so each page has its own archive record) with the script `toPage(i)` for
the browser to run; in replay the archive holds each rendered page under that URL. The population filter
is left at its default ("Companies in Science Park").
"""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.hkstp_companies import extract


class HKSTPCompanySpider(SourceSpider):
    """Park companies listed in the HKSTP company directory."""

    name = "hkstp_companies"
    source = "hkstp_companies"
    allowed_domains = ["www.hkstp.org"]

    def __init__(self, max_pages: str = "60", **kwargs):
        super().__init__(**kwargs)
        self.max_pages = int(max_pages)

    async def start(self):
        yield self.request(extract.DIRECTORY, self.parse_directory)

    def parse_directory(self, response, page_no: int = 1):
        """Follow every company card of a directory page; from the first, ask for the other pages.

        @url https://www.hkstp.org/en/our-partner-companies/company-directory/
        @returns requests 1
        """
        for url in extract.extract_listing_links(response):
            yield self.follow(response, url, self.parse_company)
        if page_no == 1:
            last = min(extract.extract_page_count(response), self.max_pages)
            for number in range(2, last + 1):
                yield self.request(f"{extract.DIRECTORY}?page={number}", self.parse_directory,
                                   cb_kwargs={"page_no": number}, meta={"render_script": f"toPage({number})"})

    def parse_company(self, response):
        """One company profile.

        @url https://www.hkstp.org/en/our-partner-companies/company-directory/sensetime/
        @returns items 1 1
        @scrapes source_id name kind hub
        """
        yield extract.extract_company(response)
