"""Cyberport on istartup.hk: the start-up directory (listing pages and one profile page per start-up) and the
open-data CSVs of the Cyberport Community and the Cyberport Creative Micro Fund."""
from spiders.source import Source

SOURCES = [
    Source(
        name="cyberport_startups",
        title="Cyberport start-up directory (istartup.hk)",
        owner="Hong Kong Cyberport Management Company Limited",
        pillars=("startups_hubs",),
        spider="spiders.cyberport.spider:CyberportStartupSpider",
        raw_table="raw_cyberport_startups",
        record_type="organisation",
        allowed_domains=("istartup.hk",),
        start_urls=("https://istartup.hk/en/startups/profile?page=1",),
        cadence_cron="30 3 * * 1",  # a directory that changes with each intake: weekly, Monday night
        extractors=(
            (r"^https://istartup\.hk/en/startups/profile$", "spiders.cyberport.extract:extract_listing_links"),
            (r"^https://istartup\.hk/en/startups/profile/[^/]+$", "spiders.cyberport.extract:extract_profile"),
        ),
        languages=("en",),
        # The sample web holds 12 listing pages (70 profiles); the live directory had 236 in July 2024.
        replay_args={"max_pages": "20"},
        politeness={"DOWNLOAD_DELAY": 2},
    ),
    Source(
        name="cyberport_opendata",
        title="Cyberport open data: Cyberport Community and Creative Micro Fund CSVs (istartup.hk)",
        owner="Hong Kong Cyberport Management Company Limited",
        pillars=("startups_hubs",),
        spider="spiders.cyberport.spider:CyberportOpenDataSpider",
        raw_table="raw_cyberport_opendata",
        record_type="organisation",
        allowed_domains=("istartup.hk",),
        start_urls=("https://istartup.hk/opendata/cc/cc.csv", "https://istartup.hk/opendata/ccmf/ccmf.csv"),
        cadence_cron="15 4 3 * *",  # open-data files refreshed at most monthly: the 3rd of each month
        extractors=(
            (r"^https://istartup\.hk/opendata/(cc/cc|ccmf/ccmf)\.csv$", "spiders.cyberport.opendata:extract_csv"),
        ),
        languages=("en",),
        # The sample web holds both files (74 community rows, 8 CCMF rows); nothing to page through.
        replay_args={},
        politeness={"DOWNLOAD_DELAY": 2},
    ),
]
