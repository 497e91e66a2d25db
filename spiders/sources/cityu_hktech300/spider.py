"""Navigation for CityU HK Tech 300: the directory pages (`?page=0`, `?page=1`, ...), then each team."""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.cityu_hktech300 import extract

LISTING = "https://www.cityu.edu.hk/hktech300/start-ups/all-start-ups?page={page}"


class HKTech300Spider(SourceSpider):
    """HK Tech 300 teams. Argument `max_pages` (default 60) caps the directory pages read."""

    name = "cityu_hktech300"
    source = "cityu_hktech300"
    allowed_domains = ["www.cityu.edu.hk"]

    def __init__(self, max_pages: str = "60", **kwargs):
        super().__init__(**kwargs)
        self.max_pages = int(max_pages)

    async def start(self):
        yield self.request(LISTING.format(page=0), self.parse_listing, meta={"page": 0})

    def parse_listing(self, response):
        """Follow every team of a directory page, then the next page.

        @url https://www.cityu.edu.hk/hktech300/start-ups/all-start-ups?page=0
        @returns requests 1
        """
        for url in extract.extract_listing_links(response):
            yield self.follow(response, url, self.parse_team)
        page = response.meta.get("page", 0)
        next_url = extract.extract_next_page(response)
        if next_url and page + 1 < self.max_pages:
            yield self.follow(response, next_url, self.parse_listing, meta={"page": page + 1})

    def parse_team(self, response):
        """One team.

        @url https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/asa-robotics-limited
        @returns items 1 1
        @scrapes source_id name kind hub programmes
        """
        yield extract.extract_team(response)
