"""HKMA press releases: the open press-release API (title, link, date) and the release pages on www.hkma.gov.hk."""
from spiders.source import Source

SOURCES = [
    Source(
        name="hkma",
        title="HKMA press releases",
        owner="Hong Kong Monetary Authority",
        pillars=("finance_fintech",),
        spider="spiders.sources.hkma.spider:HKMAPressReleaseSpider",
        record_type="article",
        allowed_domains=("api.hkma.gov.hk", "www.hkma.gov.hk"),
        start_urls=(
            "https://api.hkma.gov.hk/public/press-releases?lang=en",
            "https://api.hkma.gov.hk/public/press-releases?lang=tc",
        ),
        cadence_cron="40 10,15,20 * * *",  # releases come out through the working day
        extractors=(
            (r"^https://api\.hkma\.gov\.hk/public/press-releases$", "spiders.sources.hkma.extract:extract_api_records"),
            (r"/(eng|chi)/news-and-media/press-releases/\d{4}/\d{2}/\d{8}-\d+/?$",
             "spiders.sources.hkma.extract:extract_release"),
        ),
        languages=("en", "zh-HK"),
        # The sample web holds three English releases (2024-2025) behind API pages of two records, so
        # the crawl pages twice; Chinese records are not in the sample (no verified Chinese titles).
        replay_args={"langs": "en", "pagesize": "2", "since": "2024-01-01"},
    ),
]
