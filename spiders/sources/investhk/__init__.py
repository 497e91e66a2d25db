"""InvestHK news."""
from spiders.source import Source

SOURCES = [
    Source(
        name="investhk",
        title="InvestHK news",
        owner="Invest Hong Kong, HKSAR Government",
        pillars=("startups_hubs", "cross_border"),
        spider="spiders.sources.investhk.spider:InvestHKNewsSpider",
        record_type="article",
        allowed_domains=("www.investhk.gov.hk",),
        start_urls=("https://www.investhk.gov.hk/en/news/?newsType=News",),
        cadence_cron="10 10,17 * * *",  # a few news items a week
        extractors=(
            (r"/(en|tc)/news/[a-z0-9][a-z0-9-]*/$", "spiders.sources.investhk.extract:extract_news"),
            (r"/(en|tc)/news/$", "spiders.sources.investhk.extract:extract_listing"),
        ),
        languages=("en",),
        replay_args={"max_pages": "5"},
    ),
]
