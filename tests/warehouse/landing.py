"""Builds landing folders the way a crawl writes them, for warehouse tests."""
from __future__ import annotations

import json
from dataclasses import asdict, replace
from pathlib import Path

from spiders.items import Article, CrawlError

ARTICLE = Article(crawl_id="", fetched_at="2026-11-24T00:00:00+00:00", archive_record_id="<urn:uuid:1>",
                  extractor_version="govhk-release-1", source="govhk", source_id="P2022052500609",
                  url="https://www.info.gov.hk/gia/general/202205/25/P2022052500609.htm", lang="en",
                  title="Speech by CE at InnoHK Launch Ceremony", body="InnoHK research clusters at Science Park.",
                  published_date="2022-05-25", published_at="2022-05-25T18:49:00+08:00", published_from="footer",
                  flags=["with_photo"], twin_url=None, photos=[{"url": "https://gia.info.gov.hk/x.jpg", "caption": "c"}])


def article(**changes) -> Article:
    return replace(ARTICLE, **changes)


def write_crawl(landing: Path, crawl_id: str, records: list[Article], errors: list[CrawlError] = (),
                finished_at: str = "2026-11-24T01:00:00+00:00", finished: bool = True) -> Path:
    folder = landing / crawl_id
    folder.mkdir(parents=True)
    with open(folder / "records.jsonl", "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(asdict(replace(record, crawl_id=crawl_id)), ensure_ascii=False) + "\n")
    with open(folder / "errors.jsonl", "w", encoding="utf-8") as fh:
        for error in errors:
            fh.write(json.dumps(asdict(replace(error, crawl_id=crawl_id))) + "\n")
    stats = {"x": 1}  # as spiders.middlewares counts them: articles by the path that read them
    for record in records:
        if isinstance(record, Article):
            key = f"article/extraction_method/{record.extraction_method}"
            stats[key] = stats.get(key, 0) + 1
    if finished:
        (folder / "crawl.json").write_text(json.dumps({
            "crawl_id": crawl_id, "source": "govhk", "mode": "replay", "started_at": "2026-11-24T00:59:00+00:00",
            "finished_at": finished_at, "finish_reason": "finished", "pages_fetched": len(records) + 2,
            "records": len(records), "errors": len(errors), "duplicates_dropped": 0, "stats": stats}))
    return folder
