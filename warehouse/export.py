"""The analyst tables as files to take away: Parquet or CSV, one file per table, and a Frictionless
data package (`datapackage.json`) whose Table Schemas carry the data dictionary's descriptions."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from warehouse.db import reader, table_exists
from warehouse.schema import ANALYST_TABLES, Table

FORMATS = ("parquet", "csv")
# DuckDB types as Frictionless Table Schema field types; lists, structs and JSON are kept as text.
FIELD_TYPES = {"VARCHAR": "string", "BIGINT": "integer", "INTEGER": "integer", "HUGEINT": "integer",
               "DOUBLE": "number", "FLOAT": "number", "DECIMAL": "number", "BOOLEAN": "boolean", "DATE": "date",
               "TIMESTAMPTZ": "datetime", "TIMESTAMP": "datetime", "JSON": "string"}


def exported_tables() -> list[Table]:
    """The tables analysts use: the model, marts, sources, errors and checks, not the stg_ tracing layer."""
    return [t for t in ANALYST_TABLES if not t.name.startswith("stg_")]


def field_type(duckdb_type: str) -> str:
    base = duckdb_type.split("(")[0].upper()
    if base.endswith("[]") or base.startswith(("STRUCT", "MAP")):
        return "string"
    return FIELD_TYPES.get(base, "string")


def export_tables(published: Path, out_dir: Path, fmt: str = "parquet") -> dict[str, int]:
    """Write every analyst table of the published warehouse to `out_dir` as `<table>.<fmt>`, with
    `datapackage.json`; returns the rows written per table. The folder is replaced as a whole, so it
    never mixes two builds."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    work = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    rows: dict[str, int] = {}
    resources = []
    with reader(published) as conn:
        for table in exported_tables():
            if not table_exists(conn, table.name):
                continue
            path = work / f"{table.name}.{fmt}"
            options = "format parquet" if fmt == "parquet" else "format csv, header true"
            columns = ", ".join(table.column_names)  # the schema's order, which the Table Schema lists
            conn.execute(f"copy (select {columns} from {table.name}) to '{path}' ({options})")
            rows[table.name] = conn.execute(f"select count(*) from {table.name}").fetchone()[0]
            resources.append(resource(table, path.name, fmt, rows[table.name]))
    package = {"name": "hk-ai-atlas", "title": "HK AI Atlas: Hong Kong's AI ecosystem",
               "description": "The analyst tables of the HK AI Atlas warehouse (docs/data-dictionary.md). Whether "
                              "a build comes from the bundled sample web or the live sites is in `sources.mode`.",
               "resources": resources}
    (work / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    work.rename(out_dir)
    return rows


def resource(table: Table, path: str, fmt: str, rows: int) -> dict:
    """One data-package resource: the file, its format and a Table Schema with each column's meaning."""
    fields = [{"name": c.name, "type": field_type(c.type), "description": c.description} for c in table.columns]
    for f in fields:
        if f["type"] == "datetime":
            f["format"] = "any"  # DuckDB writes "2026-11-24 08:00:00+08", not only the strict ISO form
    entry = {"name": table.name, "path": path, "format": fmt, "description": table.description,
             "schema": {"fields": fields}, "stats": {"rows": rows}}
    if fmt == "csv":
        entry["mediatype"] = "text/csv"
        entry["encoding"] = "utf-8"
    else:
        entry["mediatype"] = "application/vnd.apache.parquet"
    return entry
