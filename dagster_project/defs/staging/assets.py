"""Staging: the raw records of every source, cleaned with pandas, one table per record type."""
import dagster as dg

from dagster_project.defs.tables import code_version_of, table_assets
from spiders.registry import SOURCES
from warehouse import marts, staging
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

    # raw_crawls and raw_sightings are written by every raw table asset: the raw tables stand for them.
    return table_assets(table.name, [table], raw_tables, build, group="staging", kinds=("duckdb", "pandas"),
                        code_version=code_version_of(table, staging, marts, "current_records"),
                        preview=table.column_names[:5])


@dg.definitions
def staging_assets() -> dg.Definitions:
    return dg.Definitions(assets=[staging_asset(record_type) for record_type in STAGING_TABLES])
