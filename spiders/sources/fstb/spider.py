"""Navigation for FSTB press releases: the press index (following its "next" link up to `max_pages`);
every fintech entry of it becomes an article. The releases themselves are GIA pages, collected by the
`govhk` source, so they are not followed here."""
from __future__ import annotations

from spiders.base import SourceSpider
from spiders.sources.fstb import extract

INDEX = "https://www.fstb.gov.hk/en/news/press/index.php"


class FSTBPressSpider(SourceSpider):
    """FSTB press releases on fintech, in English.

    Arguments: `max_pages` (index pages to walk, default 2); `fintech_only` ("1" by default; "0" keeps
    every entry).
    """

    name = "fstb"
    source = "fstb"
    allowed_domains = ["www.fstb.gov.hk"]

    def __init__(self, max_pages: str = "2", fintech_only: str = "1", **kwargs):
        super().__init__(**kwargs)
        self.max_pages = max(1, int(max_pages))
        self.fintech_only = fintech_only not in ("0", "false", "no")

    async def start(self):
        yield self.request(INDEX, self.parse_index, cb_kwargs={"page_no": 1})

    def parse_index(self, response, page_no: int = 1):
        """Every fintech entry of the press index as an article, then the next index page.

        @url https://www.fstb.gov.hk/en/news/press/index.php
        @returns items 1
        @scrapes source_id title body url published_date
        """
        page = extract.read_press_index(response, fintech_only=self.fintech_only)
        yield from page.entries
        if page.next_page and page_no < self.max_pages:
            yield self.follow(response, page.next_page, self.parse_index, cb_kwargs={"page_no": page_no + 1})
