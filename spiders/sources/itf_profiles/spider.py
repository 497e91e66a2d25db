"""Navigation for the ITF project search: keyword result pages, then project profiles."""
from __future__ import annotations

from urllib.parse import quote_plus

from spiders.base import SourceSpider
from spiders.sources.itf_profiles import extract as profiles

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
