"""Staging: raw records of every source, cleaned with pandas."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL, table_metadata
from spiders.registry import SOURCES
from warehouse.marts import read_raw_articles, write_table
from warehouse.schema import STG_ARTICLES
from warehouse.staging import clean_articles

ARTICLE_RAW_TABLES = [s.raw_table for s in SOURCES.values() if s.record_type == "article"]


@dg.asset(
    deps=ARTICLE_RAW_TABLES,
    group_name="staging",
    kinds={"duckdb", "pandas"},
    pool=POOL,
    code_version="1",
)
def stg_articles(warehouse: DuckDBResource) -> dg.MaterializeResult:
    """Articles from every source, cleaned: the latest capture of each page, one row per page and language."""
    with warehouse.get_connection() as conn:
        raw = read_raw_articles(conn, ARTICLE_RAW_TABLES)
    cleaned = clean_articles(raw)
    with warehouse.get_connection() as conn:
        write_table(conn, STG_ARTICLES, cleaned)
        metadata = table_metadata(conn, STG_ARTICLES, ["article_id", "lang", "title", "published_date"])
    return dg.MaterializeResult(metadata=metadata)
