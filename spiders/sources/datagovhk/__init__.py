"""DATA.GOV.HK: innovation and technology datasets, read through the portal's CKAN API."""
from spiders.source import Source

SOURCES = [
    Source(
        name="datagovhk",
        title="DATA.GOV.HK open datasets on innovation and technology",
        owner="Digital Policy Office, HKSAR Government (DATA.GOV.HK)",
        pillars=("government_support", "smart_city"),
        spider="spiders.sources.datagovhk.spider:DataGovHKSpider",
        record_type="dataset",
        allowed_domains=("data.gov.hk",),
        start_urls=("https://data.gov.hk/en-data/api/3/action/package_search?q=innovation&rows=2&start=0",),
        # Catalogue metadata changes slowly: a weekly look is enough.
        cadence_cron="0 7 * * 1",
        extractors=(
            (r"/(en|tc|sc)-data/api/3/action/package_search$", "spiders.sources.datagovhk.extract:extract_search"),
            (r"/(en|tc|sc)-data/api/3/action/package_show$", "spiders.sources.datagovhk.extract:extract_package"),
        ),
        languages=("en",),
        # The sample web holds two pages of one search (rows=2) and one package_show answer.
        replay_args={"q": "innovation", "rows": "2",
                     "ids": "hk-itc-team1-annual-itf-approved-projects-list"},
    ),
]
