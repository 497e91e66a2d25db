"""Navigation for Cyberport on istartup.hk: the start-up directory (listing pages, then each start-up's
profile) and the two open-data CSVs (one request each, no navigation).

The live listing pages by a URL fragment (`#sort=name&sortdir=asc&page=N`) that JavaScript reads, so
plain HTTP requests always get the first page. This spider models the listing as server-rendered pages
`?page=N` (our assumption, see docs/sources/cyberport.md); against the live site it needs a browser or
the directory's data endpoint.
"""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.cyberport import extract, opendata

LISTING = "https://istartup.hk/en/startups/profile?page={page}"
OPEN_DATA = {"cc": "https://istartup.hk/opendata/cc/cc.csv", "ccmf": "https://istartup.hk/opendata/ccmf/ccmf.csv"}


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


class CyberportOpenDataSpider(SourceSpider):
    """The Cyberport Community (cc.csv) and Creative Micro Fund (ccmf.csv) open-data files.

    Argument `files` (comma-separated, default `cc,ccmf`) chooses the files read.
    """

    name = "cyberport_opendata"
    source = "cyberport_opendata"
    allowed_domains = ["istartup.hk"]

    def __init__(self, files: str = "cc,ccmf", **kwargs):
        super().__init__(**kwargs)
        self.files = [f.strip() for f in files.split(",") if f.strip()]
        unknown = set(self.files) - set(OPEN_DATA)
        if unknown:
            raise ValueError(f"unknown open-data files {sorted(unknown)}; known: {sorted(OPEN_DATA)}")

    async def start(self):
        for key in self.files:
            yield self.request(OPEN_DATA[key], self.parse_csv)

    def parse_csv(self, response):
        """Every company of one open-data CSV; short and nameless rows are counted in the crawl stats.

        @url https://istartup.hk/opendata/cc/cc.csv
        @returns items 1
        @scrapes source_id name kind hub programmes
        """
        result = opendata.read_csv(response)
        stats = self.crawler.stats
        stats.inc_value("cyberport_opendata/short_rows", result.short_rows)
        stats.inc_value("cyberport_opendata/skipped_rows", result.skipped_rows)
        yield from result.records
