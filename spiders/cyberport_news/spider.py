"""Navigation for Cyberport press releases: the listing (following its "next" link up to `max_pages`),
then each release it lists."""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.cyberport_news import extract

LISTING = "https://www.cyberport.hk/en/news/press_releases/"


class CyberportNewsSpider(SourceSpider):
    """Cyberport press releases in English.

    Arguments: `max_pages` (listing pages to walk, default 2).
    """

    name = "cyberport_news"
    source = "cyberport_news"
    allowed_domains = ["www.cyberport.hk"]

    def __init__(self, max_pages: str = "2", **kwargs):
        super().__init__(**kwargs)
        self.max_pages = max(1, int(max_pages))

    async def start(self):
        yield self.request(LISTING, self.parse_listing, cb_kwargs={"page_no": 1})

    def parse_listing(self, response, page_no: int = 1):
        """Follow every release of a listing page, then the next listing page.

        @url https://www.cyberport.hk/en/news/press_releases/
        @returns requests 1
        """
        page = extract.read_listing(response)
        for url in page.releases:
            yield self.follow(response, url, self.parse_release)
        if page.next_page and page_no < self.max_pages:
            yield self.follow(response, page.next_page, self.parse_listing, cb_kwargs={"page_no": page_no + 1})

    def parse_release(self, response):
        """One press release.

        @url https://www.cyberport.hk/en/news/press_releases/cyberport-artificial-intelligence-supercomputing-centre-commences-operation-and-ai-lab-opens
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield extract.extract_release(response)
