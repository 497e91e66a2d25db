"""Cyberport press releases (the press-release listing and release pages on www.cyberport.hk) and Cyberport's AI
thematic pages on aisc.cyberport.hk (AI Supercomputing Centre, AI Subsidy Scheme)."""
from spiders.source import Source

SOURCES = [
    Source(
        name="cyberport_news",
        title="Cyberport press releases",
        owner="Hong Kong Cyberport Management Company Limited",
        pillars=("startups_hubs", "government_support"),
        spider="spiders.sources.cyberport_news.spider:CyberportNewsSpider",
        record_type="article",
        allowed_domains=("www.cyberport.hk", "aisc.cyberport.hk"),
        start_urls=("https://www.cyberport.hk/en/news/press_releases/", "https://aisc.cyberport.hk/"),
        cadence_cron="25 9,13,18 * * *",  # several releases a week, often on event days
        extractors=(
            (r"/en/news/press_releases/[a-z0-9][a-z0-9-]*/?$",
             "spiders.sources.cyberport_news.extract:extract_release"),
            (r"/en/news/press_releases/(\?.*)?$", "spiders.sources.cyberport_news.extract:extract_listing"),
            (r"^https://aisc\.cyberport\.hk/([a-z0-9][a-z0-9_-]*)?/?$",
             "spiders.sources.cyberport_news.extract:extract_ai_page"),
        ),
        languages=("en",),
        replay_args={"max_pages": "3"},
    ),
]
