"""The source registry: one entry per source of the ecosystem, with what the pipeline needs to know of it.

Adding a source = its package under `spiders/`, one entry here, and its sample-web pages and fixtures.
"""
from __future__ import annotations

from dataclasses import dataclass, field

PILLARS = (
    "government_support",
    "research_academia",
    "startups_hubs",
    "finance_fintech",
    "smart_city",
    "cross_border",
)


@dataclass(frozen=True)
class Source:
    """One source: who publishes it, which pillars it feeds, how to crawl it and where its records land."""

    name: str
    title: str
    owner: str
    pillars: tuple[str, ...]
    spider: str  # "module:Class" of its Scrapy spider
    raw_table: str  # the raw_ table its records are loaded into
    record_type: str  # "article" (feeds stg_articles) or another entity type
    allowed_domains: tuple[str, ...]
    start_urls: tuple[str, ...]
    cadence_cron: str  # when the scheduled crawl runs, Asia/Hong_Kong
    extractors: tuple[tuple[str, str], ...]  # (URL regex, "module:function") for `hkai parse`
    replay_args: dict = field(default_factory=dict)  # spider arguments for the bundled sample web
    politeness: dict = field(default_factory=dict)  # extra Scrapy settings in live mode


SOURCES: dict[str, Source] = {
    s.name: s
    for s in [
        Source(
            name="govhk",
            title="GovHK press releases",
            owner="Information Services Department, HKSAR Government",
            pillars=("government_support",),
            spider="spiders.govhk.spider:GovHKPressReleaseSpider",
            raw_table="raw_govhk_press_releases",
            record_type="article",
            allowed_domains=("www.info.gov.hk",),
            start_urls=(
                "https://www.info.gov.hk/gia/rss/general_en.xml",
                "https://www.info.gov.hk/gia/rss/general_zh.xml",
            ),
            cadence_cron="15 8,13,20 * * *",
            extractors=(
                (r"/gia/general/\d{6}/\d{2}/P\d{12,13}\.htm$", "spiders.govhk.extract:extract_release"),
                (r"/gia/general/\d{6}/\d{2}c?\.htm$", "spiders.govhk.extract:extract_index_links"),
                (r"/gia/rss/general_(en|zh)\.xml$", "spiders.govhk.extract:extract_feed_links"),
            ),
            # The sample web holds releases from 2017 on; the daily indexes are walked from then.
            replay_args={"since": "2017-01-01", "until": "2026-11-24"},
        ),
    ]
}


def get_source(name: str) -> Source:
    try:
        return SOURCES[name]
    except KeyError:
        raise KeyError(f"unknown source {name!r}; known: {', '.join(sorted(SOURCES))}") from None


def load_object(path: str):
    """Import "module:attribute"."""
    module_name, _, attr = path.partition(":")
    module = __import__(module_name, fromlist=[attr])
    return getattr(module, attr)
