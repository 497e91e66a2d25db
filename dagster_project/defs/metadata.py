"""Materialization metadata for a table: row count, preview and column schema with descriptions."""

import dagster as dg
import duckdb

from warehouse.db import scalar
from warehouse.fingerprints import mark_built, unchanged
from warehouse.schema import Table

POOL = "duckdb_warehouse"  # every asset that writes the working DuckDB: one at a time (limit 1)


def table_metadata(conn: duckdb.DuckDBPyConnection, table: Table, preview_columns: list[str] | None = None) -> dict:
    rows = scalar(conn, f"select count(*) from {table.name}")
    cols = ", ".join(preview_columns or table.column_names[:6])
    preview = conn.sql(f"select {cols} from {table.name} limit 5").df()
    return {
        "dagster/row_count": rows,
        "dagster/table_name": f"hkai.main.{table.name}",
        "dagster/column_schema": column_schema(table),
        "preview": dg.MetadataValue.md(preview.astype(str).to_markdown(index=False)),
    }


def column_schema(table: Table) -> dg.TableSchema:
    return dg.TableSchema(columns=[dg.TableColumn(c.name, c.type, description=c.description)
                                   for c in table.columns])


def build_unless_unchanged(conn: duckdb.DuckDBPyConnection, targets: list[Table], inputs: list[str], build) -> bool:
    """Run `build(conn)` only when the inputs or the warehouse code changed since `targets` were built.

    Returns whether it rebuilt; a run with nothing new rewrites no rows.
    """
    names = [t.name for t in targets]
    same, fingerprint = unchanged(conn, names, inputs)
    if same:
        return False
    build(conn)
    mark_built(conn, names, fingerprint)
    return True
