"""Navigation for the university news sites: listing pages (and their next pages) -> article pages.

One spider class does the walking for every site; each university has a thin subclass that names its
site config and carries the Scrapy contracts (real pages of its live site) for `scrapy check`.
"""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.university_news import extract
from spiders.university_news.sites import SITES


class UniversityNewsSpider(SourceSpider):
    """A university's news listings and the articles they list; the other-language twin is followed too.

    Arguments: `pages` = how many pages of each listing to walk (default 1: the newest articles).
    """

    site_key = ""

    def __init__(self, pages: str = "1", **kwargs):
        super().__init__(**kwargs)
        self.site = SITES[self.site_key]
        self.source = self.site.source
        self.allowed_domains = list(self.site.hosts)
        self.max_pages = max(1, int(pages))

    async def start(self):
        for url in self.site.listing_urls:
            yield self.request(url, self.parse_listing, meta={"page": 1})

    def parse_listing(self, response):
        for url in extract.extract_listing_links(response):
            yield self.follow(response, url, self.parse_article)
        page = response.meta.get("page", 1)
        next_url = extract.extract_next_page(response)
        if next_url and page < self.max_pages:
            yield self.follow(response, next_url, self.parse_listing, meta={"page": page + 1})

    def parse_article(self, response):
        item = extract.extract_article(response)
        yield item
        if item.twin_url and extract.is_article_url(item.twin_url, self.site):
            # A release may exist in one language only: a missing twin is not an error.
            yield self.follow(response, item.twin_url, self.parse_article, optional=True)


class HKUSTNewsSpider(UniversityNewsSpider):
    name = "hkust_news"
    site_key = "hkust"

    def parse_listing(self, response):
        """HKUST News & Stories listing.

        @url https://hkust.edu.hk/news/listing
        @returns requests 1
        """
        yield from super().parse_listing(response)

    def parse_article(self, response):
        """One HKUST news story (slug-only URL: the date comes from the page).

        @url https://hkust.edu.hk/news/hkust-hosts-opening-ceremony-jockey-club-i-village
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield from super().parse_article(response)


class CUHKNewsSpider(UniversityNewsSpider):
    name = "cuhk_news"
    site_key = "cuhk"

    def parse_listing(self, response):
        """CUHK press-release listing.

        @url https://www.cpr.cuhk.edu.hk/en/press/
        @returns requests 1
        """
        yield from super().parse_listing(response)

    def parse_article(self, response):
        """One CUHK press release.

        @url https://www.cpr.cuhk.edu.hk/en/press/cuhk-ranks-18th-in-qs-world-university-rankings-2027-advancement-in-international-reputation-employer-reputation-and-global-engagement/
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield from super().parse_article(response)


class HKUNewsSpider(UniversityNewsSpider):
    name = "hku_news"
    site_key = "hku"

    def parse_listing(self, response):
        """HKU press-release listing.

        @url https://www.hku.hk/press/press-releases.html
        @returns requests 1
        """
        yield from super().parse_listing(response)

    def parse_article(self, response):
        """One HKU press release; its Chinese twin (same id, c_ prefix) is requested too.

        @url https://www.hku.hk/press/press-releases/detail/29241.html
        @returns items 1 1
        @returns requests 0 1
        @scrapes source_id title body lang published_date twin_url
        """
        yield from super().parse_article(response)


class PolyUNewsSpider(UniversityNewsSpider):
    name = "polyu_news"
    site_key = "polyu"

    def parse_listing(self, response):
        """PolyU media-release listing ("10 Sep, 2026" dates and a category on each card).

        @url https://www.polyu.edu.hk/en/media/media-releases/
        @returns requests 1
        """
        yield from super().parse_listing(response)

    def parse_article(self, response):
        """One PolyU media release (date from the YYYY/MMDD_ slug).

        @url https://www.polyu.edu.hk/media/media-releases/2026/0618_polyu-rises-steadily-in-the-latest-qs-world-university-rankings-global-top-50/
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield from super().parse_article(response)


class CityUNewsSpider(UniversityNewsSpider):
    name = "cityu_news"
    site_key = "cityu"

    def parse_listing(self, response):
        """CityUHK press-release or news listing.

        @url https://www.cityu.edu.hk/media/press-release/
        @returns requests 1
        """
        yield from super().parse_listing(response)

    def parse_article(self, response):
        """One CityUHK press release or news story (date from the YYYY/MM/DD/ folders).

        @url https://www.cityu.edu.hk/media/press-release/2026/06/18/cityuhk-leaps-to-52nd-globally-in-qs-world-university-rankings-2027
        @returns items 1 1
        @scrapes source_id title body lang published_date
        """
        yield from super().parse_article(response)
