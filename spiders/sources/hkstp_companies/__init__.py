"""HKSTP's company directory: park companies' cards and profile pages."""
from spiders.source import Source

SOURCES = [
    Source(
        name="hkstp_companies",
        docs_page="hkstp",
        title="HKSTP company directory",
        owner="Hong Kong Science and Technology Parks Corporation",
        pillars=("startups_hubs",),
        spider="spiders.sources.hkstp_companies.spider:HKSTPCompanySpider",
        record_type="organization",
        allowed_domains=("www.hkstp.org",),
        start_urls=("https://www.hkstp.org/en/our-partner-companies/company-directory/",),
        cadence_cron="15 4 * * 3",  # weekly
        extractors=(
            (r"^https://www\.hkstp\.org/en/our-partner-companies/company-directory/$",
             "spiders.sources.hkstp_companies.extract:extract_listing_links"),
            (r"^https://www\.hkstp\.org/en/our-partner-companies/company-directory/[^/]+/?$",
             "spiders.sources.hkstp_companies.extract:extract_company"),
        ),
        languages=("en",),
        replay_args={},
        # The live directory builds its cards and pages with JavaScript, and no data endpoint behind it
        # is known: live and record crawls render it in headless Chromium (docs/sources/hkstp.md).
        render_js=True,
    ),
]
