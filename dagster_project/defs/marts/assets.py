"""Marts: the tables analysts query first (`articles`, `sources`, `crawl_errors`); their checks are in defs/quality."""
import dagster as dg

from dagster_project.defs.tables import code_version_of, table_assets
from dagster_project.paths import sample_web_dir
from spiders.registry import SOURCES as REGISTRY
from warehouse import classify, coverage, marts, model, twins
from warehouse.schema import ARTICLES, COVERAGE, CRAWL_ERRORS, SOURCE_TABLE, STAGING_TABLES

ALL_RAW_TABLES = [s.raw_table for s in REGISTRY.values()]


@dg.definitions
def mart_assets() -> dg.Definitions:
    return dg.Definitions(assets=[
        table_assets("articles", [ARTICLES], ["stg_articles"], model.build_article_table, group="marts",
                     kinds=("duckdb", "pandas"), preview=["article_id", "title", "ai_relevant", "pillars"],
                     code_version=code_version_of(ARTICLES, model.build_article_table, marts.build_articles, twins,
                                                  classify, classify.TAXONOMY_PATH)),
        # The registry is an input too: its entries are part of the code version.
        table_assets("sources", [SOURCE_TABLE], ALL_RAW_TABLES,
                     lambda c: marts.build_sources(c, list(REGISTRY.values())),
                     group="marts", preview=["source", "mode", "pages_fetched", "items", "errors"],
                     code_version=code_version_of(SOURCE_TABLE, marts.build_sources, "sources",
                                                  repr(sorted(REGISTRY.items())).encode())),
        table_assets("crawl_errors", [CRAWL_ERRORS], ALL_RAW_TABLES, marts.build_crawl_errors, group="marts",
                     preview=["source", "stage", "url", "reason"],
                     code_version=code_version_of(CRAWL_ERRORS, marts.build_crawl_errors, "crawl_errors")),
        # The sample web's coverage file is an input: a changed selection rule rebuilds the table.
        table_assets("coverage", [COVERAGE], [*ALL_RAW_TABLES, *(t.name for t in STAGING_TABLES.values())],
                     lambda c: coverage.build_coverage(c, list(REGISTRY.values()), sample_web_dir()),
                     group="marts", preview=["source", "origin", "selection", "records", "content_from"],
                     code_version=code_version_of(COVERAGE, coverage, "coverage",
                                                  coverage.coverage_file_bytes(sample_web_dir()),
                                                  repr(sorted(REGISTRY.items())).encode())),
    ])

