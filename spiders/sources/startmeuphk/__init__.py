"""StartmeupHK (InvestHK's start-up site): articles reached from its WordPress feed."""
from spiders.source import Source

SOURCES = [
    Source(
        name="startmeuphk",
        docs_page="investhk",
        title="StartmeupHK articles",
        owner="StartmeupHK, Invest Hong Kong, HKSAR Government",
        pillars=("startups_hubs", "government_support"),
        spider="spiders.sources.startmeuphk.spider:StartmeupHKSpider",
        record_type="article",
        allowed_domains=("www.startmeup.hk", "startmeup.hk"),
        start_urls=("https://www.startmeup.hk/feed/",),  # WordPress default feed: not verified
        cadence_cron="20 11 * * *",  # a few articles and events a month
        extractors=(
            (r"startmeup\.hk/feed/$", "spiders.sources.startmeuphk.extract:extract_feed_links"),
            (r"startmeup\.hk/.+", "spiders.sources.startmeuphk.extract:extract_page"),
        ),
        languages=("en",),
    ),
]
