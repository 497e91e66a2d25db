"""Publishing the read-only copy analysts query: built aside, then swapped in atomically.

DuckDB lets one process write a file, and a reader of the working file would lock the pipeline
out. So analysts read `data/hkai.duckdb`, a copy built under a temporary name and moved over the
old one with `os.replace`: a reader with the old file open keeps seeing the old build, a reader
that opens it afterwards sees the new one, and nobody ever sees half a build.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from warehouse.builds import BuildInfo, record_build
from warehouse.changes import record_changes
from warehouse.db import run, scalar
from warehouse.schema import MARTS, PUBLISH_TABLES, RENAMED_TABLES, Table

# Prefixed to each mart's description in a build made from a sample: the mart says so itself, in DuckDB's
# table comment (`duckdb_tables()`), not only in the build table.
SAMPLE_NOTE = ("Built from a sample (build.sample; how each source was chosen: coverage): its counts and shares "
               "describe the sample, not the whole ecosystem. ")


def publish(working: Path, published: Path, described: dict[str, Table],
            build: BuildInfo | None = None) -> dict[str, int]:
    """Copy every table of the working database into a fresh file at `published`; returns row counts.

    With `build`, the new file also records the build (`build`, and `builds` after the history the
    previous published file kept) and what it changed since that file (`changes`).
    """
    published.parent.mkdir(parents=True, exist_ok=True)
    tmp = published.with_name(f".{published.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    counts: dict[str, int] = {}
    conn = duckdb.connect(str(tmp))
    try:
        run(conn, f"attach {_quote(str(working))} as work (read_only)")
        tables = [row[0] for row in run(conn,
            "select table_name from information_schema.tables where table_catalog = 'work' "
            "and table_schema = 'main' order by table_name")]
        # Only described tables: a table the schema does not know (bookkeeping an older version kept in the
        # working file) never reaches analysts.
        for name in (t for t in tables if t in described):
            run(conn, f"create table main.{name} as from work.main.{name}")
            counts[name] = scalar(conn, f"select count(*) from main.{name}")
            _describe(conn, described[name])
        if build is not None:
            previous = None
            if published.exists():  # the build analysts have now: its history goes on in the new file
                run(conn, f"attach {_quote(str(published))} as previous (read_only)")
                previous = "previous"
            record_build(conn, build, previous)
            record_changes(conn, build.build_id, previous)
            for table in PUBLISH_TABLES:
                counts[table.name] = scalar(conn, f"select count(*) from main.{table.name}")
                _describe(conn, table)
            if scalar(conn, "select sample from build"):
                for mart in (m for m in MARTS if m.name in counts):
                    run(conn, f"comment on table {mart.name} is {_quote(SAMPLE_NOTE + mart.description)}")
            if previous:
                run(conn, "detach previous")
        for old, new in RENAMED_TABLES.items():  # old names, for one release, as views
            if new in counts:
                run(conn, f"create view main.{old} as select * from main.{new}")
                run(conn, f"comment on view {old} is "
                          + _quote(f"Deprecated: renamed {new}; this view goes in the next release."))
        run(conn, "detach work")
        run(conn, "checkpoint")
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)  # a failed build leaves no half copy behind
        raise
    conn.close()
    os.replace(tmp, published)
    return counts


def _describe(conn: duckdb.DuckDBPyConnection, table: Table) -> None:
    """Attach the data dictionary to the table, so `duckdb_columns()` shows each column's meaning."""
    run(conn, f"comment on table {table.name} is {_quote(table.description)}")
    for column in table.columns:
        run(conn, f"comment on column {table.name}.{column.name} is {_quote(column.description)}")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
