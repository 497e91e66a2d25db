"""Innovation and Technology Fund (ITF): project profiles from the project search."""
from spiders.source import Source

SOURCES = [
    Source(
        name="itf_profiles",
        docs_page="itf",
        title="Innovation and Technology Fund: project profiles (project search)",
        owner="Innovation and Technology Commission, HKSAR Government",
        pillars=("government_support", "research_academia"),
        spider="spiders.sources.itf_profiles.spider:ITFProjectProfileSpider",
        record_type="funding_award",
        allowed_domains=("www.itf.gov.hk",),
        start_urls=("https://www.itf.gov.hk/en/project-search/search-result/index.html?Keywords=artificial+intelligence&Page=1",),
        # Profiles change rarely (a new approval adds a profile); a weekly look is enough.
        cadence_cron="45 5 * * 2",
        extractors=(
            (r"/en/project-search/project-profile/index\.html$",
             "spiders.sources.itf_profiles.extract:extract_profile"),
            (r"/en/project-search/search-result/index\.html$",
             "spiders.sources.itf_profiles.extract:extract_result_links"),
        ),
        languages=("en",),
        # The sample web holds the result pages of these keywords; together they list every profile in it.
        replay_args={"keywords": "intelligence,robotic,smart,recycle,polymer"},
    ),
]
