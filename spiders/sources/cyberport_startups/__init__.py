"""Cyberport's start-up directory on istartup.hk: listing pages and one profile page per start-up."""
from spiders.source import Source

SOURCES = [
    Source(
        name="cyberport_startups",
        docs_page="cyberport",
        title="Cyberport start-up directory (istartup.hk)",
        owner="Hong Kong Cyberport Management Company Limited",
        pillars=("startups_hubs",),
        spider="spiders.sources.cyberport_startups.spider:CyberportStartupSpider",
        record_type="organization",
        allowed_domains=("istartup.hk",),
        start_urls=("https://istartup.hk/en/startups/profile?page=1",),
        cadence_cron="30 3 * * 1",  # a directory that changes with each intake: weekly, Monday night
        extractors=(
            (r"^https://istartup\.hk/en/startups/profile$",
             "spiders.sources.cyberport_startups.extract:extract_listing_links"),
            (r"^https://istartup\.hk/en/startups/profile/[^/]+$",
             "spiders.sources.cyberport_startups.extract:extract_profile"),
        ),
        languages=("en",),
        # The sample web holds 12 listing pages (70 profiles); the live directory had 236 in July 2024.
        replay_args={"max_pages": "20"},
        politeness={"DOWNLOAD_DELAY": 2},
    ),
]
