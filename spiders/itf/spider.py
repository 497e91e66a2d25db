"""Navigation for the ITF sources: the annual lists (one request per year, newest first) and the
project search (keyword result pages -> project profiles).

Annual lists: which years exist is not announced anywhere: the CKAN package on DATA.GOV.HK lists only the latest
file, and a year without a list answers either a 404 or, on the live site, an HTML "page not
found" stub with status 200. Every year is therefore probed as optional: a missing year is counted
(`optional/not_found` for a 404, `optional/not_published` for the HTML stub), never an error row.
What the user expects from `-a from=2015 -a to=2026` is "every list that exists in that range";
an HTML stub for a year that should exist (a year asked for with `-a year=...`) is an error row.
"""
from __future__ import annotations

from datetime import date
from urllib.parse import quote_plus

from spiders.base import SourceSpider
from spiders.itf import extract, profiles

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


# AI, robotics, data and smart-city words first; each is one keyword search on the live site.
DEFAULT_KEYWORDS = ("artificial intelligence", "intelligence", "robotic", "data", "smart")


class ITFProjectProfileSpider(SourceSpider):
    """ITF project profiles reached from keyword searches of the ITF project search.

    Arguments: `keywords` (comma-separated; default: DEFAULT_KEYWORDS). Each keyword's first result
    page is read, the other pages of its pager are requested from page 1, and every result row's
    profile is followed (Scrapy's duplicate filter drops a profile listed under two keywords).
    """

    name = "itf_profiles"
    source = "itf_profiles"
    allowed_domains = ["www.itf.gov.hk"]

    def __init__(self, keywords: str | None = None, **kwargs):
        super().__init__(**kwargs)
        chosen = [k.strip() for k in keywords.split(",")] if keywords else list(DEFAULT_KEYWORDS)
        self.keywords = [k for k in chosen if k]

    async def start(self):
        for keyword in self.keywords:
            yield self.request(results_url(keyword, 1), self.parse_results)

    def parse_results(self, response):
        """Follow every project of a result page, and (from page 1) the other pages of its pager.

        @url https://www.itf.gov.hk/en/project-search/search-result/index.html?Keywords=artificial+intelligence&Page=1
        @returns requests 1
        """
        page = profiles.extract_results(response)
        for url in page["profile_urls"]:
            yield self.follow(response, url, self.parse_profile)
        if page["page"] == 1 and page["keywords"]:
            for number in range(2, page["last_page"] + 1):
                yield self.request(results_url(page["keywords"], number), self.parse_results)
        if not page["rows"]:
            self.crawler.stats.inc_value("itf/keyword_without_results")

    def parse_profile(self, response):
        """One funded project.

        @url https://www.itf.gov.hk/en/project-search/project-profile/index.html?ReferenceNo=TSSSU/HKUST/22/03
        @returns items 1 1
        @scrapes source_id scheme title recipient
        """
        yield profiles.extract_profile(response)


def results_url(keyword: str, page: int) -> str:
    """The result page `page` of a keyword search (`+` for spaces, as the site's search form sends it)."""
    return profiles.RESULTS_URL.format(kw=quote_plus(keyword), page=page)
