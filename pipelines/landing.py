"""Writes one crawl's landing files: `records.jsonl`, `errors.jsonl`, then `crawl.json` last.

`crawl.json` (the crawl's summary and stats) is written atomically when the spider closes, so a
landing folder without it is an interrupted crawl, and the loader leaves it alone. It also lists every
key written to each file (`keys`), so the loader can refuse a key no column takes without reading every
line twice.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from scrapy import signals

from pipelines.drops import InvalidItem
from spiders.items import CrawlError

RECORDS_FILE = "records.jsonl"
ERRORS_FILE = "errors.jsonl"
SUMMARY_FILE = "crawl.json"


class LandingWriterPipeline:
    """Streams records and errors to JSON lines in `HKAI_LANDING_DIR`, one folder per crawl run."""

    def __init__(self, crawler, folder: Path, crawl_id: str):
        self.crawler = crawler
        self.folder = folder
        self.crawl_id = crawl_id
        self.counts = {"records": 0, "errors": 0}
        self.keys = {RECORDS_FILE: {}, ERRORS_FILE: {}}  # every key written to each file, first-written order

    @classmethod
    def from_crawler(cls, crawler):
        folder = crawler.settings.get("HKAI_LANDING_DIR")
        if not folder:
            raise ValueError("HKAI_LANDING_DIR is not set: spiders.run_crawl sets it for each crawl")
        pipeline = cls(crawler, Path(folder), crawler.settings.get("HKAI_CRAWL_ID") or "adhoc")
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / SUMMARY_FILE).unlink(missing_ok=True)
        self.records = open(self.folder / RECORDS_FILE, "w", encoding="utf-8")
        self.errors = open(self.folder / ERRORS_FILE, "w", encoding="utf-8")
        self.started_at = _now()

    def process_item(self, item, spider=None):
        if isinstance(item, CrawlError):
            self._write_error(item)
        else:
            record = asdict(item)
            self.keys[RECORDS_FILE].update(dict.fromkeys(record))
            self.records.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.counts["records"] += 1
        return item

    def item_dropped(self, item, response, exception, spider=None):
        if isinstance(exception, InvalidItem):
            url = getattr(item, "url", "") or (response.url if response is not None else "")
            self._write_error(CrawlError(source=getattr(item, "source", ""), url=url, stage="validate",
                                         reason=str(exception), occurred_at=_now(), crawl_id=self.crawl_id))

    def close_spider(self, spider=None):
        self.records.close()
        self.errors.close()

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats.get_stats()
        summary = {
            "crawl_id": self.crawl_id,
            "source": getattr(spider, "source", spider.name),
            "mode": self.crawler.settings.get("HKAI_MODE", "live"),
            "started_at": self.started_at,
            "finished_at": _now(),
            "finish_reason": reason,
            "pages_fetched": stats.get("downloader/response_count", 0),
            "records": self.counts["records"],
            "errors": self.counts["errors"],
            "duplicates_dropped": stats.get("item_dropped_reasons_count/DuplicateItem", 0),
            "stats": {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in stats.items()},
            "keys": {name: list(keys) for name, keys in self.keys.items()},
        }
        tmp = self.folder / (SUMMARY_FILE + ".tmp")
        tmp.write_text(json.dumps(summary, indent=1, default=str), encoding="utf-8")
        os.replace(tmp, self.folder / SUMMARY_FILE)

    def _write_error(self, error: CrawlError) -> None:
        error.crawl_id = error.crawl_id or self.crawl_id
        row = asdict(error)
        self.keys[ERRORS_FILE].update(dict.fromkeys(row))
        self.errors.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.counts["errors"] += 1


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
