"""Opening the working and published DuckDB files: short connections, always closed."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb


@contextmanager
def writer(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to the working database, closed on exit even after an error."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect(str(path))
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def reader(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection (the published copy): it cannot write, and other readers can share the file."""
    if not Path(path).exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `make run` (or `hkai run`) first")
    conn = duckdb.connect(str(path), read_only=True)
    try:
        yield conn
    finally:
        conn.close()


def table_exists(conn: duckdb.DuckDBPyConnection, name: str) -> bool:
    return scalar(conn,
        "select count(*) from information_schema.tables where table_schema = 'main' and table_name = ?", [name]
    ) > 0


def run(conn: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    """Execute a statement and fetch its whole result.

    DuckDB 2.0 results stream: a result not fetched to the end keeps the connection busy (even the
    row count of an INSERT), so every statement here is fetched completely.
    """
    return conn.execute(sql, params or []).fetchall()


def scalar(conn: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    """The single value a query returns (a count, a max)."""
    return run(conn, sql, params)[0][0]
