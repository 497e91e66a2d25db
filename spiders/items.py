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
    # Which path read it (spiders.article_page): "site", the site's own markup, or "generic", the
    # markup every article page shares, when the site's selectors found no headline or no body.
    extraction_method: str = "site"


@dataclass
class CrawlError:
    """A page or request the crawl could not turn into records, and why."""

    source: str = ""
    url: str = ""
    stage: str = ""
    reason: str = ""
    occurred_at: str = ""
    crawl_id: str | None = None


@dataclass
class Organization(Provenance):
    """One organization as a directory or list shows it: a start-up, a company, a lab, a university unit."""

    source: str = ""
    source_id: str = ""
    url: str = ""
    lang: str = "en"
    name: str = ""
    name_zh: str | None = None
    kind: str = ""  # startup, corporate, university, research_unit, government_body, incubator, investor
    website: str | None = None
    description: str | None = None
    sectors: list[str] = field(default_factory=list)
    hub: str | None = None  # HKSTP, Cyberport, CityU HK Tech 300, ... where the directory places it
    programmes: list[dict] = field(default_factory=list)  # [{programme, status, year}]
    affiliation: str | None = None  # the university or body a research unit belongs to
    cluster: str | None = None  # InnoHK cluster: Health@InnoHK or AIR@InnoHK
    address: str | None = None
    email: str | None = None
    phone: str | None = None
    extra: dict = field(default_factory=dict)  # other labelled fields as the page shows them


@dataclass
class FundingAward(Provenance):
    """One funded project: a reference number, a scheme, a recipient and an amount."""

    source: str = ""
    source_id: str = ""  # the reference number, e.g. ITS/123/22
    url: str = ""
    scheme: str = ""  # programme code or name, e.g. ITSP
    title: str = ""
    recipient: str = ""
    amount_hkd: float | None = None  # normalised to Hong Kong dollars
    amount_text: str | None = None  # the amount as published, with its unit
    year: int | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Dataset(Provenance):
    """One open dataset in a catalogue (DATA.GOV.HK, Cyberport open data)."""

    source: str = ""
    source_id: str = ""  # the catalogue's id, e.g. the CKAN package name
    url: str = ""
    lang: str = "en"
    title: str = ""
    provider: str | None = None
    description: str | None = None
    formats: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    resources: list[dict] = field(default_factory=list)  # [{name, url, format}]
    updated_at: str | None = None


RECORD_TYPES = {"article": Article, "organization": Organization, "funding_award": FundingAward,
                "dataset": Dataset}
