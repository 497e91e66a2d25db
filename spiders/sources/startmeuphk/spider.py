"""Navigation for StartmeupHK: its WordPress feed, then each article it lists."""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.startmeuphk import extract as startmeup

FEED = "https://www.startmeup.hk/feed/"


class StartmeupHKSpider(SourceSpider):
    """StartmeupHK articles, resource and event pages in English, reached from the WordPress feed."""

    name = "startmeuphk"
    source = "startmeuphk"
    allowed_domains = ["www.startmeup.hk", "startmeup.hk"]

    async def start(self):
        yield self.request(FEED, self.parse_feed)

    def parse_feed(self, response):
        """Follow every article of the feed.

        @url https://www.startmeup.hk/feed/
        @returns requests 1
        """
        for url in startmeup.extract_feed_links(response):
            yield self.follow(response, url, self.parse_page)

    def parse_page(self, response):
        """One article, resource or event page.

        @url https://www.startmeup.hk/innohk-clusters-being-developed-by-the-government/
        @returns items 1 1
        @scrapes source_id title body published_date
        """
        yield startmeup.extract_page(response)
