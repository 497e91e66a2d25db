"""Financial Services and the Treasury Bureau (FSTB): the bureau's press-release index on www.fstb.gov.hk,
read for its fintech entries (virtual and digital assets, AI in the financial market, FinTech Week)."""
from spiders.source import Source

SOURCES = [
    Source(
        name="fstb",
        title="FSTB fintech press releases",
        owner="Financial Services and the Treasury Bureau, HKSAR Government",
        pillars=("finance_fintech", "government_support"),
        spider="spiders.sources.fstb.spider:FSTBPressSpider",
        record_type="article",
        allowed_domains=("www.fstb.gov.hk",),
        start_urls=("https://www.fstb.gov.hk/en/news/press/index.php",),
        cadence_cron="40 9,18 * * *",  # a few releases a week, fintech ones a few a month
        extractors=(
            (r"/en/news/press/index\.php", "spiders.sources.fstb.extract:extract_press_index"),
        ),
        languages=("en",),
        replay_args={"max_pages": "3", "fintech_only": "1"},
    ),
]
