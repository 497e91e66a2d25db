"""CityU HK Tech 300: the directory of start-up teams (seed fund, angel fund, ideation) and their detail pages."""
from spiders.source import Source

SOURCES = [
    Source(
        name="cityu_hktech300",
        title="CityU HK Tech 300 start-up directory",
        owner="City University of Hong Kong",
        pillars=("startups_hubs", "research_academia"),
        spider="spiders.sources.cityu_hktech300.spider:HKTech300Spider",
        record_type="organization",
        allowed_domains=("www.cityu.edu.hk",),
        start_urls=("https://www.cityu.edu.hk/hktech300/start-ups/all-start-ups?page=0",),
        cadence_cron="45 3 * * 2",  # weekly: teams are added after each funding round
        extractors=(
            (r"^https://www\.cityu\.edu\.hk/hktech300/start-ups/all-start-ups$",
             "spiders.sources.cityu_hktech300.extract:extract_listing_links"),
            (r"^https://www\.cityu\.edu\.hk/hktech300/start-ups/(seed-fund|angel-fund|ideation)-teams/[^/]+$",
             "spiders.sources.cityu_hktech300.extract:extract_team"),
        ),
        languages=("en",),
        # The sample web holds 5 listing pages (page=0..4, 50 teams); about 42 in July 2025.
        replay_args={"max_pages": "10"},
    ),
]
