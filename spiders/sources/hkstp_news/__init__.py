"""HKSTP news and incubation programme pages."""
from spiders.source import Source

SOURCES = [
    Source(
        name="hkstp_news",
        docs_page="hkstp",
        title="HKSTP news, events and incubation programme pages",
        owner="Hong Kong Science and Technology Parks Corporation",
        pillars=("startups_hubs",),
        spider="spiders.sources.hkstp_news.spider:HKSTPNewsSpider",
        record_type="article",
        allowed_domains=("www.hkstp.org",),
        start_urls=(
            "https://www.hkstp.org/en/park-life/news-and-events/news/",
            "https://www.hkstp.org/sitemap.xml",
            "https://www.hkstp.org/en/programmes/incubation/incubation-programme",
            "https://www.hkstp.org/en/programmes/incubation/incu-bio",
            "https://www.hkstp.org/en/programmes/ideation",
        ),
        cadence_cron="40 9,17 * * *",  # news: twice a working day (programme pages come along, cheap)
        extractors=(
            (r"^https://www\.hkstp\.org/sitemap\.xml$", "spiders.sources.hkstp_news.extract:extract_sitemap_links"),
            (r"^https://www\.hkstp\.org/en/park-life/news-and-events/news/?(\?.*)?$",
             "spiders.sources.hkstp_news.extract:extract_listing"),
            (r"^https://(www\.)?hkstp\.org/(en/)?park-life/news-and-events/news/[a-z0-9][a-z0-9-]*/?$",
             "spiders.sources.hkstp_news.extract:extract_news"),
            (r"^https://(www\.)?hkstp\.org/(en/)?park-life/news-and-events/events/(event/)?[a-z0-9][a-z0-9-]*/?$",
             "spiders.sources.hkstp_news.extract:extract_event"),
            (r"^https://www\.hkstp\.org/en/(programmes/(incubation/)?|how-we-serve/incubation-programmes/)[a-z0-9-]+/?$",
             "spiders.sources.hkstp_news.extract:extract_programme"),
        ),
        languages=("en",),
        replay_args={},
    ),
]
