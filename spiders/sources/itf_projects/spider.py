"""Navigation for the ITF annual lists: one request per year, newest first.

Annual lists: which years exist is not announced anywhere: the CKAN package on DATA.GOV.HK lists only the latest
file, and a year without a list answers either a 404 or, on the live site, an HTML "page not
found" stub with status 200. Every year is therefore probed as optional: a missing year is counted
(`optional/not_found` for a 404, `optional/not_published` for the HTML stub), never an error row.
What the user expects from `-a from=2015 -a to=2026` is "every list that exists in that range";
an HTML stub for a year that should exist (a year asked for with `-a year=...`) is an error row.
"""
from __future__ import annotations

from datetime import date

from spiders.base import SourceSpider
from spiders.sources.itf_projects import extract

LIST_URL = "https://www.itf.gov.hk/datagovhk/annuallist_{year}_e.csv"
FIRST_PUBLISHED = 2019  # the earliest list known to be online (SOURCES.md section 3)


class ITFAnnualListSpider(SourceSpider):
    """The ITF annual lists of approved projects (English CSVs).

    Arguments: `from`/`to` (years, inclusive; default: 2019 to this year, all optional) or `year`
    (one year that must exist: a missing list is then an error row).
    """

    name = "itf_projects"
    source = "itf_projects"
    allowed_domains = ["www.itf.gov.hk"]

    def __init__(self, year: str | None = None, **kwargs):
        first = kwargs.pop("from", None)
        last = kwargs.pop("to", None)
        super().__init__(**kwargs)
        if year:
            self.years, self.required = [int(year)], True
        else:
            start = int(first) if first else FIRST_PUBLISHED
            end = int(last) if last else date.today().year
            self.years, self.required = list(range(end, start - 1, -1)), False

    async def start(self):
        for year in self.years:
            yield self.request(LIST_URL.format(year=year), self.parse_list, optional=not self.required)

    def parse_list(self, response):
        """All approved projects of one year's list.

        @url https://www.itf.gov.hk/datagovhk/annuallist_2024_e.csv
        @returns items 1
        @scrapes source_id scheme title recipient amount_hkd year
        """
        if extract.is_not_published(response) and response.meta.get("optional"):
            self.crawler.stats.inc_value("optional/not_published")
            self.logger.info("no list published at %s (HTML stub)", response.url)
            return
        yield from extract.extract_annual_list(response)
