"""Digital Policy Office: speeches and its AI and digital-policy programme pages."""
from spiders.source import Source

SOURCES = [
    Source(
        name="dpo",
        title="Digital Policy Office speeches and programme pages",
        owner="Digital Policy Office, HKSAR Government",
        pillars=("smart_city", "government_support"),
        spider="spiders.sources.dpo.spider:DPOSpider",
        record_type="article",
        allowed_domains=("digitalpolicy.gov.hk", "www.digitalpolicy.gov.hk"),
        start_urls=(
            "https://digitalpolicy.gov.hk/en/news/speeches/index.html",  # listing URL not verified
            "https://digitalpolicy.gov.hk/en/our_work/digital_infrastructure/industry_development/ai_subsidy_scheme/",
            "https://digitalpolicy.gov.hk/en/our_work/data_governance/policies_standards/ethical_ai_framework/",
        ),
        cadence_cron="50 11,19 * * *",  # speeches a few times a week; programme pages change rarely
        extractors=(
            (r"/(en|tc)/news/speeches/\d{4}/\d{2}/sp_\d{8}\.html$", "spiders.sources.dpo.extract:extract_speech"),
            (r"/(en|tc)/our_work/.+", "spiders.sources.dpo.extract:extract_programme"),
            (r"/(en|tc)/news/speeches/(index\.html)?$", "spiders.sources.dpo.extract:extract_listing_links"),
        ),
        languages=("en",),
        replay_args={"since": "2024-01-01"},
    ),
]
