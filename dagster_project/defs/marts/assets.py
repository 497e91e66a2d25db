"""Marts: the tables analysts query first (`articles`, `sources`, `crawl_errors`); their checks are in defs/quality."""
import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL, build_unless_unchanged, table_metadata
from spiders.registry import SOURCES as REGISTRY
from warehouse.fingerprints import code_version
from warehouse.marts import build_crawl_errors, build_sources
from warehouse.model import build_article_table
from warehouse.schema import ARTICLES, CRAWL_ERRORS, RAW_CRAWL_ERRORS, RAW_CRAWLS, SOURCES

ALL_RAW_TABLES = [s.raw_table for s in REGISTRY.values()]
CRAWL_LOG = [RAW_CRAWLS.name, RAW_CRAWL_ERRORS.name]


@dg.asset(deps=["stg_articles"], group_name="marts", kinds={"duckdb", "pandas"}, pool=POOL, code_version=code_version())
def articles(warehouse: DuckDBResource) -> dg.MaterializeResult:
    """Press releases and news of the ecosystem: one row per page and language, with pillars and AI relevance."""
    with warehouse.get_connection() as conn:
        rebuilt = build_unless_unchanged(conn, [ARTICLES], ["stg_articles"], build_article_table)
        metadata = table_metadata(conn, ARTICLES, ["article_id", "title", "ai_relevant", "pillars"])
    return dg.MaterializeResult(metadata={**metadata, "rebuilt": rebuilt})


@dg.asset(deps=ALL_RAW_TABLES, group_name="marts", kinds={"duckdb"}, pool=POOL)
def sources(warehouse: DuckDBResource) -> dg.MaterializeResult:
    """One row per source of the registry: what it feeds and how its last crawl went."""
    with warehouse.get_connection() as conn:
        rebuilt = build_unless_unchanged(conn, [SOURCES], CRAWL_LOG,
                                         lambda c: build_sources(c, list(REGISTRY.values())))
        metadata = table_metadata(conn, SOURCES, ["source", "mode", "pages_fetched", "items", "errors"])
    return dg.MaterializeResult(metadata={**metadata, "rebuilt": rebuilt})


@dg.asset(deps=ALL_RAW_TABLES, group_name="marts", kinds={"duckdb"}, pool=POOL)
def crawl_errors(warehouse: DuckDBResource) -> dg.MaterializeResult:
    """Errors of the last crawl of each source: the URL, the stage and the reason."""
    with warehouse.get_connection() as conn:
        rebuilt = build_unless_unchanged(conn, [CRAWL_ERRORS], CRAWL_LOG, build_crawl_errors)
        metadata = table_metadata(conn, CRAWL_ERRORS, ["source", "stage", "url", "reason"])
    return dg.MaterializeResult(metadata={**metadata, "rebuilt": rebuilt})
