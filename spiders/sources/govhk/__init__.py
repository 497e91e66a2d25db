"""GovHK press releases (www.info.gov.hk/gia): RSS feeds, daily index pages and release pages."""
from spiders.source import Source

SOURCES = [
    Source(
        name="govhk",
        title="GovHK press releases",
        owner="Information Services Department, HKSAR Government",
        pillars=("government_support",),
        spider="spiders.sources.govhk.spider:GovHKPressReleaseSpider",
        record_type="article",
        allowed_domains=("www.info.gov.hk",),
        start_urls=(
            "https://www.info.gov.hk/gia/rss/general_en.xml",
            "https://www.info.gov.hk/gia/rss/general_zh.xml",
        ),
        cadence_cron="15 8,13,20 * * *",  # after the morning, midday and evening batches of releases
        extractors=(
            (r"/gia/general/\d{6}/\d{2}/P\d{12,13}\.htm$", "spiders.sources.govhk.extract:extract_release"),
            (r"/gia/general/(\d{6}/\d{2}c?|c?today)\.htm$", "spiders.sources.govhk.extract:extract_index_links"),
            (r"/gia/rss/general_(en|zh)\.xml$", "spiders.sources.govhk.extract:extract_feed_links"),
        ),
        languages=("en", "zh-HK"),
        # The sample web holds releases from 2017 on; the daily indexes are walked from then.
        replay_args={"since": "2017-01-01", "until": "2026-11-24"},
    ),
]
