"""Navigation for Cyberport on istartup.hk: the start-up directory (listing pages, then each start-up's
profile) and the two open-data CSVs (one request each, no navigation).

The live listing pages by a URL fragment (`#sort=name&sortdir=asc&page=N`) that JavaScript reads, so
plain HTTP requests always get the first page. This spider models the listing as server-rendered pages
`?page=N` (our assumption, see docs/sources/cyberport.md); against the live site it needs a browser or
the directory's data endpoint.
"""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.cyberport_startups import extract

LISTING = "https://istartup.hk/en/startups/profile?page={page}"


class CyberportStartupSpider(SourceSpider):
    """Start-ups of the Cyberport community. Argument `max_pages` (default 240) caps the listing pages read."""

    name = "cyberport_startups"
    source = "cyberport_startups"
    allowed_domains = ["istartup.hk"]

    def __init__(self, max_pages: str = "240", **kwargs):
        super().__init__(**kwargs)
        self.max_pages = int(max_pages)

    async def start(self):
        yield self.request(LISTING.format(page=1), self.parse_listing, meta={"page": 1})

    def parse_listing(self, response):
        """Follow every profile card of a listing page, then the next page.

        @url https://istartup.hk/en/startups/profile?page=1
        @returns requests 1
        """
        for url in extract.extract_listing_links(response):
            yield self.follow(response, url, self.parse_profile)
        page = response.meta.get("page", 1)
        next_url = extract.extract_next_page(response)
        if next_url and page < self.max_pages:
            yield self.follow(response, next_url, self.parse_listing, meta={"page": page + 1})

    def parse_profile(self, response):
        """One start-up profile.

        @url https://istartup.hk/en/startups/profile/rocketbots-limited
        @returns items 1 1
        @scrapes source_id name kind hub
        """
        yield extract.extract_profile(response)
