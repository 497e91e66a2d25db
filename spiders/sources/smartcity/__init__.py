"""The Smart City portal (smartcity.gov.hk): its home page and the pages it links."""
from spiders.source import Source

SOURCES = [
    Source(
        name="smartcity",
        docs_page="dpo",
        title="Smart City portal: Smart City Blueprint pages",
        owner="Digital Policy Office, HKSAR Government",
        pillars=("smart_city", "government_support"),
        spider="spiders.sources.smartcity.spider:SmartCitySpider",
        record_type="article",
        allowed_domains=("www.smartcity.gov.hk", "smartcity.gov.hk"),
        start_urls=("https://www.smartcity.gov.hk/",),
        cadence_cron="30 6 * * 1",  # portal pages change rarely: weekly
        extractors=(
            (r"smartcity\.gov\.hk/(tc/)?[a-z0-9][a-z0-9-]*\.html$", "spiders.sources.smartcity.extract:extract_page"),
            (r"smartcity\.gov\.hk/(index\.php)?$", "spiders.sources.smartcity.extract:extract_home_links"),
        ),
        languages=("en",),
    ),
]
