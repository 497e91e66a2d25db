"""Records the spiders produce. Field order is column order in the landing files and raw tables."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Provenance:
    """Where a record came from: stamped on every record by `ProvenanceMiddleware`, never by extractors."""

    crawl_id: str | None = None
    fetched_at: str | None = None
    archive_record_id: str | None = None
    extractor_version: str | None = None


@dataclass
class Article(Provenance):
    """One press release or news article, in one language, as published on one page."""

    source: str = ""
    source_id: str = ""
    url: str = ""
    lang: str = ""
    title: str = ""
    body: str = ""
    published_date: str = ""
    published_at: str | None = None
    published_from: str = ""
    flags: list[str] = field(default_factory=list)
    twin_url: str | None = None
    photos: list[dict] = field(default_factory=list)


@dataclass
class CrawlError:
    """A page or request the crawl could not turn into records, and why."""

    source: str = ""
    url: str = ""
    stage: str = ""
    reason: str = ""
    occurred_at: str = ""
    crawl_id: str | None = None
