"""Cyberport's open data on istartup.hk: the CSVs of the Cyberport Community and the Cyberport Creative Micro Fund."""
from spiders.source import Source

SOURCES = [
    Source(
        name="cyberport_opendata",
        title="Cyberport open data: Cyberport Community and Creative Micro Fund CSVs (istartup.hk)",
        owner="Hong Kong Cyberport Management Company Limited",
        pillars=("startups_hubs",),
        spider="spiders.sources.cyberport_opendata.spider:CyberportOpenDataSpider",
        record_type="organization",
        allowed_domains=("istartup.hk",),
        start_urls=("https://istartup.hk/opendata/cc/cc.csv", "https://istartup.hk/opendata/ccmf/ccmf.csv"),
        cadence_cron="15 4 3 * *",  # open-data files refreshed at most monthly: the 3rd of each month
        extractors=(
            (r"^https://istartup\.hk/opendata/(cc/cc|ccmf/ccmf)\.csv$",
             "spiders.sources.cyberport_opendata.extract:extract_csv"),
        ),
        languages=("en",),
        # The sample web holds both files (74 community rows, 8 CCMF rows); nothing to page through.
        replay_args={},
        politeness={"DOWNLOAD_DELAY": 2},
    ),
]
