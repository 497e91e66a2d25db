"""Staging: the raw records of every source, cleaned with pandas, one table per record type."""
import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL, build_unless_unchanged, table_metadata
from spiders.registry import SOURCES
from warehouse.fingerprints import code_version
from warehouse.marts import read_current, write_table
from warehouse.schema import PROVENANCE, RAW_CRAWLS, RAW_SIGHTINGS, RECORD_FIELDS, STAGING_TABLES
from warehouse.staging import clean_articles, clean_records

SEEN_IN = [RAW_SIGHTINGS.name, RAW_CRAWLS.name]  # which version is current, and when it was seen


def raw_tables_of(record_type: str) -> list[str]:
    return [s.raw_table for s in SOURCES.values() if s.record_type == record_type]


def staging_asset(record_type: str) -> dg.AssetsDefinition:
    table = STAGING_TABLES[record_type]
    raw_tables = raw_tables_of(record_type)
    clean = clean_articles if record_type == "article" else lambda raw: clean_records(raw, record_type)

    def build(conn) -> None:
        raw = read_current(conn, raw_tables, [c.name for c in PROVENANCE + RECORD_FIELDS[record_type]])
        write_table(conn, table, clean(raw))

    @dg.asset(name=table.name, deps=raw_tables, group_name="staging", kinds={"duckdb", "pandas"}, pool=POOL,
              code_version=code_version(), description=table.description)
    def _staging(warehouse: DuckDBResource) -> dg.MaterializeResult:
        with warehouse.get_connection() as conn:
            rebuilt = build_unless_unchanged(conn, [table], raw_tables + (SEEN_IN if raw_tables else []), build)
            metadata = table_metadata(conn, table, table.column_names[:5])
        return dg.MaterializeResult(metadata={**metadata, "rebuilt": rebuilt})

    return _staging


@dg.definitions
def staging() -> dg.Definitions:
    return dg.Definitions(assets=[staging_asset(record_type) for record_type in STAGING_TABLES])
