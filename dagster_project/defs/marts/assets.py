"""Marts: the tables analysts query (`articles`, `sources`, `crawl_errors`), with their checks beside them."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL, table_metadata
from spiders.registry import SOURCES as REGISTRY
from warehouse.db import scalar
from warehouse.marts import build_articles, build_crawl_errors, build_sources, write_articles
from warehouse.schema import ARTICLES, CRAWL_ERRORS, SOURCES, STG_ARTICLES

ALL_RAW_TABLES = [s.raw_table for s in REGISTRY.values()]


@dg.asset(deps=["stg_articles"], group_name="marts", kinds={"duckdb", "pandas"}, pool=POOL, code_version="1")
def articles(warehouse: DuckDBResource) -> dg.MaterializeResult:
    """Press releases and news of the ecosystem: one row per page and language, with pillars and AI relevance."""
    with warehouse.get_connection() as conn:
        stg = conn.sql(f"select * from {STG_ARTICLES.name}").df()
    classified = build_articles(stg, {s.name: s.owner for s in REGISTRY.values()})
    with warehouse.get_connection() as conn:
        write_articles(conn, classified)
        metadata = table_metadata(conn, ARTICLES, ["article_id", "title", "ai_relevant", "pillars"])
        ai = scalar(conn, f"select count(*) from {ARTICLES.name} where ai_relevant")
    return dg.MaterializeResult(metadata={**metadata, "ai_relevant_articles": ai})


@dg.asset(deps=ALL_RAW_TABLES, group_name="marts", kinds={"duckdb"}, pool=POOL)
def sources(warehouse: DuckDBResource) -> dg.MaterializeResult:
    """One row per source of the registry: what it feeds and how its last crawl went."""
    with warehouse.get_connection() as conn:
        build_sources(conn, list(REGISTRY.values()))
        metadata = table_metadata(conn, SOURCES, ["source", "mode", "pages_fetched", "items", "errors"])
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(deps=ALL_RAW_TABLES, group_name="marts", kinds={"duckdb"}, pool=POOL)
def crawl_errors(warehouse: DuckDBResource) -> dg.MaterializeResult:
    """Errors of the last crawl of each source: the URL, the stage and the reason."""
    with warehouse.get_connection() as conn:
        build_crawl_errors(conn)
        metadata = table_metadata(conn, CRAWL_ERRORS, ["source", "stage", "url", "reason"])
    return dg.MaterializeResult(metadata=metadata)
