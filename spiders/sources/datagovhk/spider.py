"""Navigation for DATA.GOV.HK: CKAN `package_search` pages (paged with `start`), plus `package_show`
for named packages. No HTML is parsed: the portal's listing pages are a JavaScript shell.
"""
from __future__ import annotations

from urllib.parse import urlencode

from spiders.base import SourceSpider
from spiders.sources.datagovhk import extract

API = "https://data.gov.hk/{lang}-data/api/3/action/"
DEFAULT_QUERIES = ("innovation",)


def search_url(query: str, rows: int, start: int = 0, lang: str = "en") -> str:
    return API.format(lang=lang) + "package_search?" + urlencode({"q": query, "rows": rows, "start": start})


def show_url(package_id: str, lang: str = "en") -> str:
    return API.format(lang=lang) + "package_show?" + urlencode({"id": package_id})


class DataGovHKSpider(SourceSpider):
    """Datasets of DATA.GOV.HK found by keyword and by name.

    Arguments: `q` (comma-separated search terms, default "innovation"), `rows` (page size, default
    50), `ids` (comma-separated package names read with package_show, e.g. the ITF list's package).
    """

    name = "datagovhk"
    source = "datagovhk"
    allowed_domains = ["data.gov.hk"]

    def __init__(self, q: str | None = None, rows: str = "50", ids: str = "", **kwargs):
        super().__init__(**kwargs)
        self.queries = [t.strip() for t in q.split(",") if t.strip()] if q else list(DEFAULT_QUERIES)
        self.rows = int(rows)
        self.ids = [i.strip() for i in ids.split(",") if i.strip()]

    async def start(self):
        for query in self.queries:
            yield self.request(search_url(query, self.rows), self.parse_search)
        for package_id in self.ids:
            yield self.request(show_url(package_id), self.parse_package)

    def parse_search(self, response):
        """One page of a package search: its datasets, then the next page.

        @url https://data.gov.hk/en-data/api/3/action/package_search?q=innovation&rows=2&start=0
        @returns items 1
        @scrapes source_id title url
        """
        yield from extract.extract_search(response)
        next_url = extract.next_search_url(response)
        if next_url:
            yield self.request(next_url, self.parse_search)

    def parse_package(self, response):
        """One dataset read by name.

        @url https://data.gov.hk/en-data/api/3/action/package_show?id=hk-itc-team1-annual-itf-approved-projects-list
        @returns items 1 1
        @scrapes source_id title provider resources
        """
        yield extract.extract_package(response)
