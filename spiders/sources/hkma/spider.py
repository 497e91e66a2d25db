"""Navigation for HKMA press releases: page through the open API, follow each record to its release page.

The API is paged with `pagesize` and `offset`, newest first; the spider asks for the next page until a
page returns fewer records than `pagesize`, or until a page holds a release older than `since` (the
older records are not followed). Articles come only from release pages (an API record has no body);
the record travels with the request and fills a headline or date the page lacks. A release page
that is missing answers 404 and becomes an error row: the API said it exists.
"""
from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlencode

from spiders.base import SourceSpider
from spiders.sources.hkma import extract

API = "https://api.hkma.gov.hk/public/press-releases"


def api_url(lang: str, pagesize: int, offset: int) -> str:
    """One page of the press-release API."""
    return f"{API}?{urlencode({'lang': lang, 'pagesize': pagesize, 'offset': offset})}"


class HKMAPressReleaseSpider(SourceSpider):
    """HKMA press releases in English and Traditional Chinese.

    Arguments: `langs` (comma-separated API languages, default `en,tc`), `pagesize` (default 10),
    `since` (ISO date; default: the last `days` days, 30 by default).
    """

    name = "hkma"
    source = "hkma"
    allowed_domains = ["api.hkma.gov.hk", "www.hkma.gov.hk"]

    def __init__(self, langs: str = "en,tc", pagesize: str = "10", since: str | None = None, days: str = "30",
                 **kwargs):
        super().__init__(**kwargs)
        self.langs = [lang.strip() for lang in langs.split(",") if lang.strip()]
        self.pagesize = max(1, int(pagesize))
        self.since = since or (date.today() - timedelta(days=int(days))).isoformat()

    async def start(self):
        for lang in self.langs:
            yield self.request(api_url(lang, self.pagesize, 0), self.parse_api, cb_kwargs={"offset": 0})

    def parse_api(self, response, offset: int = 0):
        """Follow each release of one API page, then ask for the next page.

        @url https://api.hkma.gov.hk/public/press-releases?lang=en&pagesize=10&offset=0
        @returns requests 1
        """
        page = extract.read_api_page(response)
        reached_since = False
        for record in page.records:
            if record.date and record.date < self.since:
                reached_since = True
                continue
            yield self.follow(response, record.link, self.parse_release, cb_kwargs={"listed": record})
        if page.returned >= self.pagesize and not reached_since:  # a full page: there may be more
            lang = next((k for k, v in extract.API_LANGS.items() if v == extract.api_lang(response.url)), "en")
            next_offset = offset + self.pagesize
            yield self.request(api_url(lang, self.pagesize, next_offset), self.parse_api,
                               cb_kwargs={"offset": next_offset})

    def parse_release(self, response, listed: extract.ApiRecord | None = None):
        """One press release page.

        @url https://www.hkma.gov.hk/eng/news-and-media/press-releases/2024/08/20240813-6/
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield extract.extract_release(response, listed)
