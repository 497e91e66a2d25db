"""Navigation for InvestHK news: the news listing (following its "next" link up to `max_pages`), then
each news page it lists; and for StartmeupHK: its WordPress feed, then each article it lists."""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.investhk import extract

LISTING = "https://www.investhk.gov.hk/en/news/?newsType=News"


class InvestHKNewsSpider(SourceSpider):
    """InvestHK news in English.

    Arguments: `max_pages` (listing pages to walk, default 3).
    """

    name = "investhk"
    source = "investhk"
    allowed_domains = ["www.investhk.gov.hk"]

    def __init__(self, max_pages: str = "3", **kwargs):
        super().__init__(**kwargs)
        self.max_pages = max(1, int(max_pages))

    async def start(self):
        yield self.request(LISTING, self.parse_listing, cb_kwargs={"page_no": 1})

    def parse_listing(self, response, page_no: int = 1):
        """Follow every news item of a listing page, then the next listing page.

        @url https://www.investhk.gov.hk/en/news/?newsType=News
        @returns requests 1
        """
        page = extract.read_listing(response)
        for url in page.links:
            yield self.follow(response, url, self.parse_news)
        if page.next_page and page_no < self.max_pages:
            yield self.follow(response, page.next_page, self.parse_listing, cb_kwargs={"page_no": page_no + 1})

    def parse_news(self, response):
        """One news page.

        @url https://www.investhk.gov.hk/en/news/ai-driverless-technology-company-uisee-to-set-up-international-headquarters-rd-centre-and-corporate-treasury-centre-in-hong-kong/
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield extract.extract_news(response)
