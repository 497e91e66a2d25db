"""InnoHK research laboratories as the Innovation and Technology Commission lists them."""
from spiders.source import Source

SOURCES = [
    Source(
        name="innohk_labs",
        docs_page="innohk",
        title="InnoHK research laboratories (ITC)",
        owner="Innovation and Technology Commission, HKSAR Government",
        pillars=("research_academia", "government_support"),
        spider="spiders.sources.innohk_labs.spider:InnoHKLabSpider",
        record_type="organization",
        allowed_domains=("www.itc.gov.hk",),
        start_urls=("https://www.itc.gov.hk/en/technological_infrastructure/innohk_clusters.html",),
        cadence_cron="0 5 1 * *",  # the list changes rarely: monthly
        extractors=(
            (r"^https://www\.itc\.gov\.hk/en/(technological_infrastructure|major_initiatives)/innohk_clusters\.html$",
             "spiders.sources.innohk_labs.extract:extract_labs"),
        ),
        languages=("en",),
        replay_args={},
    ),
]
