"""ITIB (Innovation, Technology and Industry Bureau): speeches and Legislative Council replies on www.itib.gov.hk."""
from spiders.source import Source

SOURCES = [
    Source(
        name="itib",
        title="ITIB speeches and LegCo replies",
        owner="Innovation, Technology and Industry Bureau, HKSAR Government",
        pillars=("government_support",),
        spider="spiders.sources.itib.spider:ITIBSpider",
        record_type="article",
        allowed_domains=("www.itib.gov.hk",),
        # Listing URLs are not verified against the live site (docs/sources/itib.md).
        start_urls=(
            "https://www.itib.gov.hk/en/speeches/index.html",
            "https://www.itib.gov.hk/en/legislative_council_business/questions/index.html",
        ),
        cadence_cron="20 11,19 * * *",  # speeches and replies are also on GIA; twice a day is enough
        extractors=(
            (r"/(en|tc)/(speeches|legislative_council_business/questions)/\d{4}/pr_\d{8}\.html$",
             "spiders.sources.itib.extract:extract_page"),
            (r"/(en|tc)/(speeches|legislative_council_business/questions)/(index\.html)?$",
             "spiders.sources.itib.extract:extract_listing_links"),
        ),
        languages=("en",),
        replay_args={"since": "2022-01-01"},
    ),
]
