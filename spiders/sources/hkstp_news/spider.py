"""Navigation for HKSTP news and incubation programme pages."""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.hkstp_news import extract as news_extract


class HKSTPNewsSpider(SourceSpider):
    """HKSTP news (the site's sitemap, and the listing, following its "next" link up to `max_pages`, then
    each news page) and the incubation programme pages (Incu-Tech, Incu-Bio, Ideation, LEAP).

    The sitemap lists every news page whatever the listing's markup or its "Load more" script; a news
    page both lead to is fetched once (Scrapy's duplicate filter).

    Arguments: `max_pages` (listing pages to walk, default 3). The live listing may page with JavaScript
    ("Load more"); only server-rendered links are followed (docs/sources/hkstp.md).
    """

    name = "hkstp_news"
    source = "hkstp_news"
    allowed_domains = ["www.hkstp.org"]

    def __init__(self, max_pages: str = "3", **kwargs):
        super().__init__(**kwargs)
        self.max_pages = max(1, int(max_pages))

    async def start(self):
        yield self.request(news_extract.SITEMAP, self.parse_sitemap, optional=True)
        yield self.request(news_extract.LISTING, self.parse_listing, cb_kwargs={"page_no": 1})
        for url in news_extract.programme_urls():
            yield self.request(url, self.parse_programme)

    def parse_sitemap(self, response):
        """Follow every news page the sitemap lists.

        @url https://www.hkstp.org/sitemap.xml
        @returns requests 1
        """
        for url in news_extract.extract_sitemap_links(response):
            yield self.follow(response, url, self.parse_news)

    def parse_listing(self, response, page_no: int = 1):
        """Follow every news page of a listing page, then the next listing page.

        @url https://www.hkstp.org/en/park-life/news-and-events/news/
        @returns requests 1
        """
        page = news_extract.read_listing(response)
        for url in page.links:
            yield self.follow(response, url, self.parse_news)
        if page.next_page and page_no < self.max_pages:
            yield self.follow(response, page.next_page, self.parse_listing, cb_kwargs={"page_no": page_no + 1})

    def parse_news(self, response):
        """One news page.

        @url https://www.hkstp.org/en/park-life/news-and-events/news/robocon-2025
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield news_extract.extract_news(response)

    def parse_programme(self, response):
        """One incubation programme page, as an Article flagged "programme_page".

        @url https://www.hkstp.org/en/how-we-serve/incubation-programmes/incu-tech/
        @returns items 1 1
        @scrapes source_id title body published_date flags
        """
        yield news_extract.extract_programme(response)
