"""Navigation for the Digital Policy Office: the speeches listing, each speech it lists, and a fixed set
of "Our Work" programme pages (AI Subsidy Scheme, Ethical AI Framework).

Speeches older than `since` (by the date in their URL) are not followed. The listing URL is a
plausible guess, not verified against the live site. Also the Smart City portal: its home page, then
each portal page it links to.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spiders.base import SourceSpider
from spiders.sources.dpo import extract

BASE = "https://digitalpolicy.gov.hk/en"
LISTING = f"{BASE}/news/speeches/index.html"
PROGRAMMES = (
    f"{BASE}/our_work/digital_infrastructure/industry_development/ai_subsidy_scheme/",
    f"{BASE}/our_work/data_governance/policies_standards/ethical_ai_framework/",
)
URL_DATE = re.compile(r"sp_(\d{4})(\d{2})(\d{2})\.html$")


class DPOSpider(SourceSpider):
    """DPO speeches and programme pages in English.

    Arguments: `since` (ISO date; default: the last `days` days, 365 by default).
    """

    name = "dpo"
    source = "dpo"
    allowed_domains = ["digitalpolicy.gov.hk", "www.digitalpolicy.gov.hk"]

    def __init__(self, since: str | None = None, days: str = "365", **kwargs):
        super().__init__(**kwargs)
        self.since = since or (date.today() - timedelta(days=int(days))).isoformat()

    async def start(self):
        yield self.request(LISTING, self.parse_listing)
        for url in PROGRAMMES:
            yield self.request(url, self.parse_programme)

    def parse_listing(self, response):
        """Follow every speech on the speeches listing.

        @url https://digitalpolicy.gov.hk/en/news/speeches/index.html
        @returns requests 1
        """
        for url in extract.extract_listing_links(response):
            if (found := URL_DATE.search(url)) and "-".join(found.groups()) < self.since:
                continue
            yield self.follow(response, url, self.parse_speech)

    def parse_speech(self, response):
        """One speech.

        @url https://digitalpolicy.gov.hk/en/news/speeches/2024/11/sp_20241107.html
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield extract.extract_speech(response)

    def parse_programme(self, response):
        """One "Our Work" programme page.

        @url https://digitalpolicy.gov.hk/en/our_work/digital_infrastructure/industry_development/ai_subsidy_scheme/
        @returns items 1 1
        @scrapes source_id title body published_date
        """
        yield extract.extract_programme(response)
