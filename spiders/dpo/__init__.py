"""Digital Policy Office (DPO, formerly OGCIO): speeches and "Our Work" programme pages on digitalpolicy.gov.hk;
and the Smart City portal www.smartcity.gov.hk (the Smart City Blueprint for Hong Kong and Blueprint 2.0)."""
from spiders.source import Source

SOURCES = [
    Source(
        name="dpo",
        title="Digital Policy Office speeches and programme pages",
        owner="Digital Policy Office, HKSAR Government",
        pillars=("smart_city", "government_support"),
        spider="spiders.dpo.spider:DPOSpider",
        raw_table="raw_dpo_articles",
        record_type="article",
        allowed_domains=("digitalpolicy.gov.hk", "www.digitalpolicy.gov.hk"),
        start_urls=(
            "https://digitalpolicy.gov.hk/en/news/speeches/index.html",  # listing URL not verified
            "https://digitalpolicy.gov.hk/en/our_work/digital_infrastructure/industry_development/ai_subsidy_scheme/",
            "https://digitalpolicy.gov.hk/en/our_work/data_governance/policies_standards/ethical_ai_framework/",
        ),
        cadence_cron="50 11,19 * * *",  # speeches a few times a week; programme pages change rarely
        extractors=(
            (r"/(en|tc)/news/speeches/\d{4}/\d{2}/sp_\d{8}\.html$", "spiders.dpo.extract:extract_speech"),
            (r"/(en|tc)/our_work/.+", "spiders.dpo.extract:extract_programme"),
            (r"/(en|tc)/news/speeches/(index\.html)?$", "spiders.dpo.extract:extract_listing_links"),
        ),
        languages=("en",),
        replay_args={"since": "2024-01-01"},
    ),
    Source(
        name="smartcity",
        title="Smart City portal: Smart City Blueprint pages",
        owner="Digital Policy Office, HKSAR Government",
        pillars=("smart_city", "government_support"),
        spider="spiders.dpo.spider:SmartCitySpider",
        raw_table="raw_smartcity_pages",
        record_type="article",
        allowed_domains=("www.smartcity.gov.hk", "smartcity.gov.hk"),
        start_urls=("https://www.smartcity.gov.hk/",),
        cadence_cron="30 6 * * 1",  # portal pages change rarely: weekly
        extractors=(
            (r"smartcity\.gov\.hk/(tc/)?[a-z0-9][a-z0-9-]*\.html$", "spiders.dpo.smartcity:extract_page"),
            (r"smartcity\.gov\.hk/(index\.php)?$", "spiders.dpo.smartcity:extract_home_links"),
        ),
        languages=("en",),
    ),
]
