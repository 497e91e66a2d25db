"""Skipping work whose inputs did not change: a fingerprint of each table's inputs and of the code.

A derived table is rebuilt only when the fingerprint of its input tables (row count and a hash of
every row) or of the warehouse code and rules differs from the one it was last built from. A run with
nothing new then rewrites no rows. `build_state` remembers, per table, what it was built from.
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import duckdb

from warehouse.db import run, table_exists

STATE = "build_state"
WAREHOUSE_DIR = Path(__file__).parent


@cache
def code_version() -> str:
    """A hash of the warehouse code, its rules, queries and templates, and the source registry: changing any
    rebuilds everything."""
    from spiders.registry import SOURCES

    digest = hashlib.sha256(repr(sorted(SOURCES.items())).encode())
    for path in sorted(WAREHOUSE_DIR.rglob("*")):
        if path.suffix in {".py", ".yaml", ".sql", ".j2"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(WAREHOUSE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def table_fingerprint(conn: duckdb.DuckDBPyConnection, table: str) -> str:
    """Row count and the sum of every row's hash: changes when any row is added, removed or altered."""
    if not table_exists(conn, table):
        return f"{table}:missing"
    count, total = run(conn, f"select count(*), coalesce(sum(hash(t)), 0) from {table} t")[0]
    return f"{table}:{count}:{total}"


def inputs_fingerprint(conn: duckdb.DuckDBPyConnection, inputs: list[str]) -> str:
    parts = [code_version(), *(table_fingerprint(conn, t) for t in sorted(inputs))]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def ensure_state(conn: duckdb.DuckDBPyConnection) -> None:
    run(conn, f"create table if not exists {STATE} (table_name varchar primary key, inputs_fingerprint varchar, "
              "built_at timestamptz)")


def unchanged(conn: duckdb.DuckDBPyConnection, targets: list[str], inputs: list[str]) -> tuple[bool, str]:
    """(True, fingerprint) when every target exists and was last built from exactly these inputs and code."""
    ensure_state(conn)
    fingerprint = inputs_fingerprint(conn, inputs)
    for target in targets:
        stored = run(conn, f"select inputs_fingerprint from {STATE} where table_name = ?", [target])
        if not table_exists(conn, target) or not stored or stored[0][0] != fingerprint:
            return False, fingerprint
    return True, fingerprint


def mark_built(conn: duckdb.DuckDBPyConnection, targets: list[str], fingerprint: str) -> None:
    ensure_state(conn)
    for target in targets:
        run(conn, f"insert or replace into {STATE} values (?, ?, now())", [target, fingerprint])


def stored_fingerprint(conn: duckdb.DuckDBPyConnection, name: str) -> str | None:
    if not table_exists(conn, STATE):
        return None
    found = run(conn, f"select inputs_fingerprint from {STATE} where table_name = ?", [name])
    return found[0][0] if found else None


def database_fingerprint(conn: duckdb.DuckDBPyConnection) -> str:
    """The fingerprint of every table of the database but the build bookkeeping itself."""
    tables = [name for (name,) in run(conn, "select table_name from information_schema.tables "
                                            "where table_schema = 'main' and table_type = 'BASE TABLE'")]
    return inputs_fingerprint(conn, [t for t in tables if t != STATE])
