"""InvestHK (Invest Hong Kong): its news listing and news pages on www.investhk.gov.hk, and the articles of its
start-up programme StartmeupHK on www.startmeup.hk."""
from spiders.source import Source

SOURCES = [
    Source(
        name="investhk",
        title="InvestHK news",
        owner="Invest Hong Kong, HKSAR Government",
        pillars=("startups_hubs", "cross_border"),
        spider="spiders.investhk.spider:InvestHKNewsSpider",
        raw_table="raw_investhk_news",
        record_type="article",
        allowed_domains=("www.investhk.gov.hk",),
        start_urls=("https://www.investhk.gov.hk/en/news/?newsType=News",),
        cadence_cron="10 10,17 * * *",  # a few news items a week
        extractors=(
            (r"/(en|tc)/news/[a-z0-9][a-z0-9-]*/$", "spiders.investhk.extract:extract_news"),
            (r"/(en|tc)/news/$", "spiders.investhk.extract:extract_listing"),
        ),
        languages=("en",),
        replay_args={"max_pages": "5"},
    ),
    Source(
        name="startmeuphk",
        title="StartmeupHK articles",
        owner="StartmeupHK, Invest Hong Kong, HKSAR Government",
        pillars=("startups_hubs", "government_support"),
        spider="spiders.investhk.spider:StartmeupHKSpider",
        raw_table="raw_startmeuphk_articles",
        record_type="article",
        allowed_domains=("www.startmeup.hk", "startmeup.hk"),
        start_urls=("https://www.startmeup.hk/feed/",),  # WordPress default feed: not verified
        cadence_cron="20 11 * * *",  # a few articles and events a month
        extractors=(
            (r"startmeup\.hk/feed/$", "spiders.investhk.startmeup:extract_feed_links"),
            (r"startmeup\.hk/.+", "spiders.investhk.startmeup:extract_page"),
        ),
        languages=("en",),
    ),
]
