"""HKSTP company directory: the park companies' cards and their profile pages."""
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
    ),
]
