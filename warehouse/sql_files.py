"""The SQL of the warehouse's tables, one `select` per table in `warehouse/sql/<table>.sql`."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import duckdb

from warehouse.db import run, scalar

SQL_DIR = Path(__file__).parent / "sql"


@cache
def sql_text(name: str) -> str:
    """The query of `warehouse/sql/<name>.sql`: the `select` whose result is the table `name`."""
    path = SQL_DIR / f"{name}.sql"
    if not path.is_file():
        raise FileNotFoundError(f"no SQL file for table {name!r}: expected {path}")
    return path.read_text(encoding="utf-8")


def build_sql_table(conn: duckdb.DuckDBPyConnection, name: str, params: list | None = None) -> int:
    """Replace the table `name` with the result of its SQL file; returns its row count."""
    run(conn, f"create or replace table {name} as {sql_text(name)}", params)
    return scalar(conn, f"select count(*) from {name}")
