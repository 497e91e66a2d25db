"""Every table of the warehouse and every column, described once.

The same descriptions feed the DDL, the Dagster UI's column schema and `docs/data-dictionary.md`,
so they cannot disagree.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]

    def ddl(self) -> str:
        cols = ",\n  ".join(f"{c.name} {c.type}" for c in self.columns)
        return f"create table if not exists {self.name} (\n  {cols}\n)"

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


PROVENANCE = (
    Column("crawl_id", "VARCHAR", "The crawl run that fetched the page (folder name under data/landing/<source>/)."),
    Column("fetched_at", "TIMESTAMPTZ", "When the page was fetched (in replay: when it was archived)."),
    Column("archive_record_id", "VARCHAR", "WARC-Record-ID of the archived response (replay and record modes)."),
    Column("extractor_version", "VARCHAR", "Version of the extractor that read the page."),
)

ARTICLE_FIELDS = (
    Column("source", "VARCHAR", "Source name in the registry, e.g. govhk."),
    Column("source_id", "VARCHAR", "The source's own id of the page, e.g. the press-release number P2022052500609."),
    Column("url", "VARCHAR", "Address of the page."),
    Column("lang", "VARCHAR", "Language tag: en or zh-HK (Traditional Chinese)."),
    Column("title", "VARCHAR", "Headline, without descriptive suffixes such as (with photos/video)."),
    Column("body", "VARCHAR", "Body text; paragraphs separated by blank lines; footer removed."),
    Column("published_date", "DATE", "Publication day (Hong Kong)."),
    Column("published_at", "TIMESTAMPTZ", "Publication time, when the page states it."),
    Column("published_from", "VARCHAR", "Where the date came from: footer, footer_date (no time) or folder (URL)."),
    Column("flags", "VARCHAR[]", "Flags from title suffixes: english_only, chinese_only, with_photo, with_video."),
    Column("twin_url", "VARCHAR", "The same release in the other language, when the page links it."),
    Column("photos", "JSON", "Photos attached to the page: list of {url, caption}."),
)

ORGANISATION_FIELDS = (
    Column("source", "VARCHAR", "Source name in the registry, e.g. cyberport_startups."),
    Column("source_id", "VARCHAR", "The source's own id of the profile (a slug or number)."),
    Column("url", "VARCHAR", "Address of the profile or list page."),
    Column("lang", "VARCHAR", "Language of the page: en or zh-HK."),
    Column("name", "VARCHAR", "Name as the page shows it (English where the page has both)."),
    Column("name_zh", "VARCHAR", "Chinese name, when the page shows one."),
    Column("kind", "VARCHAR", "startup, corporate, university, research_unit, government_body, incubator or investor."),
    Column("website", "VARCHAR", "The organisation's own website."),
    Column("description", "VARCHAR", "What the organisation does, as described on the page."),
    Column("sectors", "VARCHAR[]", "Sectors or technology areas as the source labels them."),
    Column("hub", "VARCHAR", "The hub or directory that lists it: HKSTP, Cyberport, CityU HK Tech 300, InnoHK."),
    Column("programmes", "JSON", "Programmes it is or was in: list of {programme, status, year}."),
    Column("affiliation", "VARCHAR", "For research units: the university or body it belongs to."),
    Column("cluster", "VARCHAR", "For InnoHK labs: Health@InnoHK or AIR@InnoHK."),
    Column("address", "VARCHAR", "Address as shown."),
    Column("email", "VARCHAR", "Contact email as shown (generic programme mailboxes removed)."),
    Column("phone", "VARCHAR", "Phone as shown."),
    Column("extra", "JSON", "Other labelled fields of the page, label to value."),
)

FUNDING_AWARD_FIELDS = (
    Column("source", "VARCHAR", "Source name in the registry, e.g. itf_projects."),
    Column("source_id", "VARCHAR", "The project reference number, e.g. ITS/123/22."),
    Column("url", "VARCHAR", "Address of the file or page it was read from."),
    Column("scheme", "VARCHAR", "Funding programme or scheme code, e.g. ITSP."),
    Column("title", "VARCHAR", "Project title."),
    Column("recipient", "VARCHAR", "Lead applicant or recipient organisation, as published."),
    Column("amount_hkd", "DOUBLE", "Amount approved, in Hong Kong dollars (normalised across units)."),
    Column("amount_text", "VARCHAR", "Amount as published, with its unit."),
    Column("year", "INTEGER", "Year of approval (or of the list it appears in)."),
    Column("extra", "JSON", "Other columns of the source, name to value."),
)

DATASET_FIELDS = (
    Column("source", "VARCHAR", "Source name in the registry, e.g. datagovhk."),
    Column("source_id", "VARCHAR", "The catalogue's id of the dataset."),
    Column("url", "VARCHAR", "Address of the dataset's page."),
    Column("lang", "VARCHAR", "Language of the catalogue entry: en or zh-HK."),
    Column("title", "VARCHAR", "Dataset title."),
    Column("provider", "VARCHAR", "Organisation that provides the data."),
    Column("description", "VARCHAR", "What the dataset holds."),
    Column("formats", "VARCHAR[]", "File formats of its resources."),
    Column("tags", "VARCHAR[]", "Catalogue tags or categories."),
    Column("resources", "JSON", "Files or endpoints: list of {name, url, format}."),
    Column("updated_at", "VARCHAR", "When the catalogue says it was last updated."),
)

RECORD_FIELDS = {"article": ARTICLE_FIELDS, "organisation": ORGANISATION_FIELDS,
                 "funding_award": FUNDING_AWARD_FIELDS, "dataset": DATASET_FIELDS}
RECORD_NOUNS = {"article": "article", "organisation": "organisation profile", "funding_award": "funding award",
                "dataset": "dataset entry"}

RAW_ARTICLES_COLUMNS = PROVENANCE + ARTICLE_FIELDS

RAW_CRAWLS = Table("raw_crawls", "One row per finished crawl run that was loaded: its figures and outcome.", (
    Column("crawl_id", "VARCHAR", "Crawl run id: <source>-<UTC time>-<run id>."),
    Column("source", "VARCHAR", "Source name in the registry."),
    Column("mode", "VARCHAR", "replay, live or record."),
    Column("started_at", "TIMESTAMPTZ", "When the crawl started."),
    Column("finished_at", "TIMESTAMPTZ", "When the crawl finished."),
    Column("finish_reason", "VARCHAR", "Scrapy's finish reason; finished for a clean end."),
    Column("pages_fetched", "BIGINT", "Responses received (including robots.txt and pages that failed)."),
    Column("records", "BIGINT", "Records written to the landing file."),
    Column("errors", "BIGINT", "Error rows written for this crawl."),
    Column("duplicates_dropped", "BIGINT", "Records dropped as duplicates within the crawl."),
    Column("landing_dir", "VARCHAR", "Folder of the crawl's landing files."),
    Column("loaded_at", "TIMESTAMPTZ", "When the crawl was loaded into the warehouse."),
    Column("stats", "JSON", "All Scrapy stats of the crawl."),
))

RAW_CRAWL_ERRORS = Table("raw_crawl_errors", "Every error row of every loaded crawl run.", (
    Column("source", "VARCHAR", "Source name in the registry."),
    Column("url", "VARCHAR", "The page or request that failed."),
    Column("stage", "VARCHAR", "Where it failed: download, http, robots, extract or validate."),
    Column("reason", "VARCHAR", "Why, in one line."),
    Column("occurred_at", "TIMESTAMPTZ", "When it happened."),
    Column("crawl_id", "VARCHAR", "The crawl run."),
))


def raw_table(name: str, title: str, record_type: str = "article") -> Table:
    """The raw table of one source: every record of every loaded crawl, as extracted."""
    return Table(name, f"Every {RECORD_NOUNS[record_type]} record of every loaded {title} crawl, as extracted.",
                 PROVENANCE + RECORD_FIELDS[record_type])


STG_ARTICLES = Table(
    "stg_articles",
    "Articles from every source, cleaned: the latest capture of each page, one row per page and language.",
    (Column("article_id", "VARCHAR", "Key: <source>:<source_id>:<lang>."),) + ARTICLE_FIELDS
    + (Column("word_count", "BIGINT", "Words in the body (CJK characters count one each)."),) + PROVENANCE,
)

ARTICLES = Table(
    "articles",
    "Press releases and news of the ecosystem: one row per page and language, with pillars and AI relevance.",
    STG_ARTICLES.columns + (
        Column("publisher", "VARCHAR", "Who publishes the source (from the source registry)."),
        Column("twin_article_id", "VARCHAR", "article_id of the same release in the other language, if collected."),
        Column("ai_relevant", "BOOLEAN", "True when the AI rules match the title, or the body at least twice."),
        Column("ai_rule", "VARCHAR", "The AI rule that matched and where (title:<rule> or body:<rule>)."),
        Column("pillars", "VARCHAR[]", "Ecosystem pillars whose rules match the title or body."),
        Column("pillar_rules", "VARCHAR[]", "The rules that set each pillar (<pillar>:<rule>)."),
        Column("taxonomy_version", "VARCHAR", "Version of warehouse/taxonomy.yaml used to classify."),
    ),
)

SOURCES = Table("sources", "One row per source of the registry: what it feeds and how its last crawl went.", (
    Column("source", "VARCHAR", "Source name in the registry."),
    Column("title", "VARCHAR", "What the source is."),
    Column("owner", "VARCHAR", "Who publishes it."),
    Column("pillars", "VARCHAR[]", "Ecosystem pillars the source feeds."),
    Column("mode", "VARCHAR", "Mode of the last crawl: replay, live or record."),
    Column("pages_fetched", "BIGINT", "Responses received in the last crawl."),
    Column("items", "BIGINT", "Records the last crawl produced."),
    Column("errors", "BIGINT", "Error rows of the last crawl (see crawl_errors)."),
    Column("last_crawl_at", "TIMESTAMPTZ", "When the last crawl finished."),
    Column("last_crawl_id", "VARCHAR", "Id of the last crawl."),
    Column("finish_reason", "VARCHAR", "How the last crawl ended."),
))

CRAWL_ERRORS = Table("crawl_errors", "Errors of the last crawl of each source: the URL, the stage and the reason.",
                     RAW_CRAWL_ERRORS.columns)

STG_ORGANISATIONS = Table(
    "stg_organisations",
    "Organisation profiles from every directory, cleaned: the latest capture of each profile.",
    (Column("record_id", "VARCHAR", "Key: <source>:<source_id>:<lang>."),) + ORGANISATION_FIELDS + PROVENANCE,
)

STG_FUNDING_AWARDS = Table(
    "stg_funding_awards",
    "Funded projects from every source, cleaned: the latest capture of each reference number.",
    (Column("record_id", "VARCHAR", "Key: <source>:<source_id>."),) + FUNDING_AWARD_FIELDS + PROVENANCE,
)

STG_DATASETS = Table(
    "stg_datasets",
    "Open datasets from every catalogue, cleaned: the latest capture of each entry.",
    (Column("record_id", "VARCHAR", "Key: <source>:<source_id>:<lang>."),) + DATASET_FIELDS + PROVENANCE,
)

STAGING_TABLES = {"article": STG_ARTICLES, "organisation": STG_ORGANISATIONS,
                  "funding_award": STG_FUNDING_AWARDS, "dataset": STG_DATASETS}

ANALYST_TABLES = (ARTICLES, SOURCES, CRAWL_ERRORS, STG_ARTICLES, STG_ORGANISATIONS, STG_FUNDING_AWARDS, STG_DATASETS)


def all_tables(raw_tables: list[Table]) -> dict[str, Table]:
    """Every described table by name."""
    return {t.name: t for t in (*ANALYST_TABLES, RAW_CRAWLS, RAW_CRAWL_ERRORS, *raw_tables)}


def raw_table_for(source) -> Table:
    """The raw table of a registry source (`spiders.registry.Source`)."""
    return raw_table(source.raw_table, source.title, source.record_type)
