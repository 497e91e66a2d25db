"""Navigation for Cyberport's open data: the two CSVs, one request each, no navigation."""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.cyberport_opendata import extract as opendata

OPEN_DATA = {"cc": "https://istartup.hk/opendata/cc/cc.csv", "ccmf": "https://istartup.hk/opendata/ccmf/ccmf.csv"}

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
