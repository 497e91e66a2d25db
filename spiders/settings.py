"""Scrapy settings: the polite live defaults of the Scrapy template; `spiders.modes` adjusts them per mode."""
from spiders.registry import SOURCES

BOT_NAME = "hkai"
SPIDER_MODULES = sorted({s.spider.partition(":")[0] for s in SOURCES.values()})
NEWSPIDER_MODULE = "spiders"

# Polite by default: these are what a live crawl of public and government sites uses.
USER_AGENT = "hk-ai-atlas/0.1 (+https://github.com/hk-ai-atlas/hk-ai-atlas; open data research crawler)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_TIMES = 3
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

SPIDER_MIDDLEWARES = {
    "spiders.middlewares.ProvenanceMiddleware": 900,
}

ITEM_PIPELINES = {
    "pipelines.validate.ValidateItemPipeline": 100,
    "pipelines.normalise.NormaliseItemPipeline": 200,
    "pipelines.dedupe.DropDuplicatesPipeline": 300,
    "pipelines.landing.LandingWriterPipeline": 900,
}

# Where the landing writer puts this crawl's files; set per crawl by spiders.run_crawl.
HKAI_LANDING_DIR = None
HKAI_CRAWL_ID = None
