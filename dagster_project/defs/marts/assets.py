"""Marts: the tables analysts query first (`articles`, `sources`, `crawl_errors`); their checks are in defs/quality."""
import dagster as dg

from dagster_project.defs.tables import code_version_of, table_assets
from spiders.registry import SOURCES as REGISTRY
from warehouse import classify, marts, model, twins
from warehouse.schema import ARTICLES, CRAWL_ERRORS, SOURCE_TABLE

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
    ])

