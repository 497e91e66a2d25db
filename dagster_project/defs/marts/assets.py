"""Marts: the tables analysts query (`articles`, `sources`, `crawl_errors`), with their checks beside them."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL, table_metadata
from spiders.registry import SOURCES as REGISTRY
from warehouse.db import run, scalar
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


@dg.asset_check(asset=articles, blocking=True, description="Each article_id appears once.")
def articles_unique_id(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse.get_connection() as conn:
        dupes = scalar(conn, f"select count(*) - count(distinct article_id) from {ARTICLES.name}")
    return dg.AssetCheckResult(passed=dupes == 0, metadata={"duplicate_ids": dupes})


@dg.asset_check(asset=articles, blocking=True, description="Every article has a title, a body and a date.")
def articles_required_fields(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse.get_connection() as conn:
        missing = scalar(conn,
            f"select count(*) from {ARTICLES.name} where title is null or title = '' "
            "or body is null or body = '' or published_date is null")
    return dg.AssetCheckResult(passed=missing == 0, metadata={"rows_missing_fields": missing})


@dg.asset_check(asset=sources, description="Every source of the registry has a loaded crawl with records.")
def sources_all_crawled(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse.get_connection() as conn:
        empty = [row[0] for row in run(conn,
            f"select source from {SOURCES.name} where coalesce(items, 0) = 0")]
    return dg.AssetCheckResult(passed=not empty, metadata={"sources_without_items": ", ".join(empty) or "none"})
