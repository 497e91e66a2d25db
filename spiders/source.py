"""What the pipeline knows of one source: the `Source` entry each source package declares."""
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
RECORD_TYPES = ("article", "organization", "funding_award", "dataset")


@dataclass(frozen=True)
class Source:
    """One source: who publishes it, which pillars it feeds, how to crawl it and where its records land."""

    name: str
    title: str
    owner: str
    pillars: tuple[str, ...]
    spider: str  # "module:Class" of its Scrapy spider
    record_type: str  # article, organization, funding_award or dataset: which stg_ table it feeds
    allowed_domains: tuple[str, ...]
    start_urls: tuple[str, ...]
    cadence_cron: str  # when the scheduled crawl runs, Asia/Hong_Kong
    extractors: tuple[tuple[str, str], ...]  # (URL regex, "module:function") for `hkai parse`
    languages: tuple[str, ...] = ("en",)
    replay_args: dict = field(default_factory=dict)  # spider arguments for the bundled sample web
    politeness: dict = field(default_factory=dict)  # extra Scrapy settings in live mode
    # The live pages are built by JavaScript and no data endpoint is known: live and record crawls
    # render them in headless Chromium (spiders.rendering); replay reads the rendered pages.
    render_js: bool = False
    # Its page under docs/sources/ (without .md) when several sources share one: by default its name.
    docs_page: str = ""

    @property
    def raw_table(self) -> str:
        """The raw table its records are loaded into: `raw_<source>`."""
        return f"raw_{self.name}"

    @property
    def docs(self) -> str:
        """The name of the source's page in docs/sources/."""
        return self.docs_page or self.name

    def __post_init__(self):
        unknown = set(self.pillars) - set(PILLARS)
        if unknown:
            raise ValueError(f"{self.name}: unknown pillars {sorted(unknown)}; known: {PILLARS}")
        if self.record_type not in RECORD_TYPES:
            raise ValueError(f"{self.name}: record_type must be one of {RECORD_TYPES}")
