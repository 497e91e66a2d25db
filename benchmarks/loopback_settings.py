"""Scrapy settings of the loopback benchmark (`SCRAPY_SETTINGS_MODULE=benchmarks.loopback_settings`).

The project's settings, with https sent to the loopback server (see `benchmarks.loopback`) and the
politeness of a live crawl lifted: the server is ours, and the benchmark measures this code's speed,
not a delay. Live and record runs use these same settings; record adds only the WARC recorder.
"""
from spiders.settings import *  # noqa: F403

DOWNLOAD_HANDLERS = {"https": "benchmarks.loopback.LoopbackDownloadHandler"}
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = False
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 16
RETRY_ENABLED = False
# The live-mode safety rules (`spiders.safety`) resolve every host and refuse non-public addresses.
# The requests keep their real host, www.info.gov.hk, which has no DNS here and is carried to
# 127.0.0.1 by the download handler: name it as allowed, the hook the safety rules give tests.
HKAI_ALLOWED_HOSTS = ["www.info.gov.hk:443"]
