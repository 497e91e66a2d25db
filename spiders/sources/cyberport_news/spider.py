"""Navigation for Cyberport press releases: the listing (following its "next" link up to `max_pages`),
then each release it lists; and Cyberport's AI thematic pages, from the AI Supercomputing Centre's home
page on aisc.cyberport.hk through the links between them."""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.cyberport_news import extract

LISTING = "https://www.cyberport.hk/en/news/press_releases/"
AI_HOME = "https://aisc.cyberport.hk/"


class CyberportNewsSpider(SourceSpider):
    """Cyberport press releases in English.

    Arguments: `max_pages` (listing pages to walk, default 2); `ai_pages` (`1` to also read the AI
    thematic pages on aisc.cyberport.hk, the default; `0` to skip them).
    """

    name = "cyberport_news"
    source = "cyberport_news"
    allowed_domains = ["www.cyberport.hk", "aisc.cyberport.hk"]

    def __init__(self, max_pages: str = "2", ai_pages: str = "1", **kwargs):
        super().__init__(**kwargs)
        self.max_pages = max(1, int(max_pages))
        self.ai_pages = ai_pages not in ("0", "false", "no")

    async def start(self):
        yield self.request(LISTING, self.parse_listing, cb_kwargs={"page_no": 1})
        if self.ai_pages:
            yield self.request(AI_HOME, self.parse_ai_page)

    def parse_listing(self, response, page_no: int = 1):
        """Follow every release of a listing page, then the next listing page.

        @url https://www.cyberport.hk/en/news/press_releases/
        @returns requests 1
        """
        page = extract.read_listing(response)
        for url in page.links:
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

    def parse_ai_page(self, response):
        """One AI thematic page, then the other AI pages it links to (each is read once).

        @url https://aisc.cyberport.hk/aiss
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield extract.extract_ai_page(response)
        for url in extract.ai_page_links(response):
            yield self.follow(response, url, self.parse_ai_page)
