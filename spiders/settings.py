"""Scrapy settings: the polite live defaults of the Scrapy template; `spiders.modes` adjusts them per mode."""
from spiders.registry import PENDING_SOURCES, SOURCES

BOT_NAME = "hkai"
SPIDER_MODULES = sorted({s.spider.partition(":")[0] for s in (SOURCES | PENDING_SOURCES).values()})
NEWSPIDER_MODULE = "spiders"

# Polite by default: these are what a live crawl of public and government sites uses.
USER_AGENT = "hk-ai-atlas/0.1 (+https://github.com/hk-ai-atlas/hk-ai-atlas; open data research crawler)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_TIMES = 3  # live and record: at most 4 attempts per page (spiders.retry)
RETRY_HTTP_CODES = [500, 502, 503, 504, 429]
HKAI_RETRY_HTTP_CODES = RETRY_HTTP_CODES
HKAI_RETRY_BACKOFF_BASE = 2.0  # seconds before the first retry, doubling after each, ...
HKAI_RETRY_BACKOFF_MAX = 60.0  # ... up to this; a longer Retry-After is honoured ...
HKAI_RETRY_AFTER_MAX = 600.0  # ... up to this; beyond it the page is given up and the host rests this long
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024  # a larger response (even once decompressed) is cut off: a `safety` error row
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

SPIDER_MIDDLEWARES = {
    "spiders.middlewares.ProvenanceMiddleware": 900,
    "spiders.conditional.RecordPageMarker": 910,
}

# Scrapy starts this many workers for each page's callback output; our callbacks yield a handful of
# items and the pipelines are synchronous, so the default 100 only costs time (benchmarks: +40% pages/s).
CONCURRENT_ITEMS = 16

ITEM_PIPELINES = {
    # Normalised first, so that validation sees what lands: "tc" is zh-HK, a blank title is empty.
    "pipelines.normalise.NormaliseItemPipeline": 100,
    "pipelines.validate.ValidateItemPipeline": 200,
    "pipelines.dedupe.DropDuplicatesPipeline": 300,
    "pipelines.landing.LandingWriterPipeline": 900,
}

# Loopback test servers a live crawl may fetch despite the safety rules, as "host:port" (tests only).
HKAI_ALLOWED_HOSTS: list[str] = []

# Where the landing writer puts this crawl's files; set per crawl by spiders.run_crawl.
HKAI_LANDING_DIR = None
HKAI_CRAWL_ID = None
