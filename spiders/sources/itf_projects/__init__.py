"""Innovation and Technology Fund (ITF): the annual lists of approved projects (open-data CSVs)."""
from spiders.source import Source

# Pending: the spider and extractor are built and tested (on clearly fictional rows), but no real
# project with an evidenced APPROVAL year 2019-2024 could be confirmed offline (the real projects in
# sample_web/_records/itf_projects.jsonl give project periods, not approval years), so the sample web
# holds only the "not found" pages and runs do not crawl it. Move this to SOURCES once true CSV rows are in
# sample_web/www.itf.gov.hk/datagovhk/ (see docs/sources/itf.md).
PENDING_SOURCES = [
    Source(
        name="itf_projects",
        docs_page="itf",
        title="Innovation and Technology Fund: annual lists of approved projects",
        owner="Innovation and Technology Commission, HKSAR Government",
        pillars=("government_support", "research_academia"),
        spider="spiders.sources.itf_projects.spider:ITFAnnualListSpider",
        record_type="funding_award",
        allowed_domains=("www.itf.gov.hk",),
        start_urls=("https://www.itf.gov.hk/datagovhk/annuallist_2024_e.csv",),
        # The lists are yearly files; a monthly look catches a new year's file and late revisions.
        cadence_cron="30 6 3 * *",
        extractors=(
            (r"/datagovhk/annuallist_\d{4}_e\.csv$", "spiders.sources.itf_projects.extract:extract_annual_list"),
        ),
        languages=("en",),
        # The sample web holds only the HTML "not found" stubs of 2018 and 2025 (no true 2019-2024 rows were
        # found: docs/sources/itf.md); the other years answer a plain 404. All of them are walked.
        replay_args={"from": "2017", "to": "2025"},
    ),
]
