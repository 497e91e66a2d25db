"""HKSTP: the company directory (park companies' cards and profile pages); news and incubation programme pages."""
from spiders.source import Source

SOURCES = [
    Source(
        name="hkstp_companies",
        title="HKSTP company directory",
        owner="Hong Kong Science and Technology Parks Corporation",
        pillars=("startups_hubs",),
        spider="spiders.hkstp.spider:HKSTPCompanySpider",
        raw_table="raw_hkstp_companies",
        record_type="organisation",
        allowed_domains=("www.hkstp.org",),
        start_urls=("https://www.hkstp.org/en/our-partner-companies/company-directory/",),
        cadence_cron="15 4 * * 3",  # weekly
        extractors=(
            (r"^https://www\.hkstp\.org/en/our-partner-companies/company-directory/$",
             "spiders.hkstp.extract:extract_listing_links"),
            (r"^https://www\.hkstp\.org/en/our-partner-companies/company-directory/[^/]+/?$",
             "spiders.hkstp.extract:extract_company"),
        ),
        languages=("en",),
        replay_args={},
        # The live directory builds its cards and pages with JavaScript, and no data endpoint behind it
        # is known: live and record crawls render it in headless Chromium (docs/sources/hkstp.md).
        render_js=True,
    ),
    Source(
        name="hkstp_news",
        title="HKSTP news and incubation programme pages",
        owner="Hong Kong Science and Technology Parks Corporation",
        pillars=("startups_hubs",),
        spider="spiders.hkstp.spider:HKSTPNewsSpider",
        raw_table="raw_hkstp_news",
        record_type="article",
        allowed_domains=("www.hkstp.org",),
        start_urls=(
            "https://www.hkstp.org/en/park-life/news-and-events/news/",
            "https://www.hkstp.org/en/how-we-serve/incubation-programmes/incu-tech/",
            "https://www.hkstp.org/en/how-we-serve/incubation-programmes/incu-bio/",
            "https://www.hkstp.org/en/how-we-serve/incubation-programmes/ideation/",
            "https://www.hkstp.org/en/how-we-serve/incubation-programmes/leap/",
        ),
        cadence_cron="40 9,17 * * *",  # news: twice a working day (programme pages come along, cheap)
        extractors=(
            (r"^https://www\.hkstp\.org/en/park-life/news-and-events/news/?(\?.*)?$",
             "spiders.hkstp.news_extract:extract_listing"),
            (r"^https://(www\.)?hkstp\.org/(en/)?park-life/news-and-events/news/[a-z0-9][a-z0-9-]*/?$",
             "spiders.hkstp.news_extract:extract_news"),
            (r"^https://www\.hkstp\.org/en/how-we-serve/incubation-programmes/[a-z0-9-]+/?$",
             "spiders.hkstp.news_extract:extract_programme"),
        ),
        languages=("en",),
        replay_args={},
    ),
]
