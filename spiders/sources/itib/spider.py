"""Navigation for ITIB: the speeches and LegCo-reply listing pages, then each page they list.

The listing URLs are a plausible guess (not verified against the live site); each page is reached
from a listing, never guessed from a date. Pages older than `since` (by the date in their URL) are
not followed.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spiders.base import SourceSpider
from spiders.sources.itib import extract

LISTINGS = (
    "https://www.itib.gov.hk/en/speeches/index.html",
    "https://www.itib.gov.hk/en/legislative_council_business/questions/index.html",
)
URL_DATE = re.compile(r"pr_(\d{4})(\d{2})(\d{2})\.html$")


class ITIBSpider(SourceSpider):
    """ITIB speeches and LegCo replies in English.

    Arguments: `since` (ISO date; default: the last `days` days, 365 by default).
    """

    name = "itib"
    source = "itib"
    allowed_domains = ["www.itib.gov.hk"]

    def __init__(self, since: str | None = None, days: str = "365", **kwargs):
        super().__init__(**kwargs)
        self.since = since or (date.today() - timedelta(days=int(days))).isoformat()

    async def start(self):
        for url in LISTINGS:
            yield self.request(url, self.parse_listing)

    def parse_listing(self, response):
        """Follow every speech or reply on a listing page.

        @url https://www.itib.gov.hk/en/speeches/index.html
        @returns requests 1
        """
        for url in extract.extract_listing_links(response):
            if (found := URL_DATE.search(url)) and "-".join(found.groups()) < self.since:
                continue
            yield self.follow(response, url, self.parse_page)

    def parse_page(self, response):
        """One speech or LegCo reply.

        @url https://www.itib.gov.hk/en/speeches/2023/pr_20231129.html
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield extract.extract_page(response)
