"""Navigation for GovHK press releases: RSS feeds for recent releases, daily index pages for backfill.

Never guesses P-numbers (they are not sequential per day and the date in them is not always the
publication day); every release is reached from a feed or an index page that lists it.
"""
from __future__ import annotations

from datetime import date, timedelta

from spiders.base import SourceSpider
from spiders.sources.govhk import extract

BASE = "https://www.info.gov.hk/gia"
FEEDS = (f"{BASE}/rss/general_en.xml", f"{BASE}/rss/general_zh.xml")
TODAY_INDEXES = (f"{BASE}/general/today.htm", f"{BASE}/general/ctoday.htm")


def daily_index_urls(day: date) -> list[str]:
    """The English and Chinese index pages of one day (`YYYYMM/DD.htm`, `YYYYMM/DDc.htm`)."""
    folder = f"{BASE}/general/{day:%Y%m}/{day:%d}"
    return [f"{folder}.htm", f"{folder}c.htm"]


class GovHKPressReleaseSpider(SourceSpider):
    """GovHK press releases in English and Traditional Chinese.

    Arguments: `since`/`until` (ISO dates) walk the daily indexes of those days; without them only
    the feeds, today's indexes and the last `days` days (default 7) are read.
    """

    name = "govhk"
    source = "govhk"
    allowed_domains = ["www.info.gov.hk"]

    def __init__(self, since: str | None = None, until: str | None = None, days: str = "7", **kwargs):
        super().__init__(**kwargs)
        self.until = date.fromisoformat(until) if until else date.today()
        self.since = date.fromisoformat(since) if since else self.until - timedelta(days=int(days))

    async def start(self):
        for url in FEEDS:
            yield self.request(url, self.parse_feed)
        for url in TODAY_INDEXES:
            yield self.request(url, self.parse_index, optional=True)
        day = self.until
        while day >= self.since:
            for url in daily_index_urls(day):
                yield self.request(url, self.parse_index, optional=True)
            day -= timedelta(days=1)

    def parse_feed(self, response):
        """Follow every release of an RSS feed.

        @url https://www.info.gov.hk/gia/rss/general_en.xml
        @returns requests 1
        """
        for url in extract.extract_feed_links(response):
            yield self.follow(response, url, self.parse_release)

    def parse_index(self, response):
        """Follow every release listed on a daily index page.

        @url https://www.info.gov.hk/gia/general/202205/25.htm
        @returns requests 1
        """
        for url in extract.extract_index_links(response):
            yield self.follow(response, url, self.parse_release)

    def parse_release(self, response):
        """One press release.

        @url https://www.info.gov.hk/gia/general/202205/25/P2022052500609.htm
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield extract.extract_release(response)
