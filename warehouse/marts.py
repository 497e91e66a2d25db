"""Building the analyst tables `articles`, `sources` and `crawl_errors` from the cleaned and raw layers."""
from __future__ import annotations

import duckdb
import pandas as pd

from spiders.source import Source
from warehouse.classify import classify_articles
from warehouse.db import run, scalar, table_exists
from warehouse.schema import (
    CRAWL_ERRORS,
    SOURCE_TABLE,
    Table,
)
from warehouse.sql_files import build_sql_table, sql_text
from warehouse.twins import link_twins


def write_table(conn: duckdb.DuckDBPyConnection, table: Table, frame: pd.DataFrame) -> int:
    """Replace `table` with the frame's rows, cast to the declared column types; returns the row count."""
    select = ", ".join(f'cast("{c.name}" as {c.type}) as "{c.name}"' for c in table.columns)
    conn.register("frame_to_write", frame)
    try:
        run(conn, f"create or replace table {table.name} as select {select} from frame_to_write")
    finally:
        conn.unregister("frame_to_write")
    return scalar(conn, f"select count(*) from {table.name}")


def read_current(conn: duckdb.DuckDBPyConnection, raw_tables: list[str], columns: list[str]) -> pd.DataFrame:
    """The current version of every record of the given raw tables, with when it was first and last seen.

    Current = the version its most recent sighting saw; `listed` = its source's latest crawl saw it.
    Only `columns` (and nothing) when no raw table exists yet.
    """
    present = [t for t in raw_tables if table_exists(conn, t)]
    if not present:
        return pd.DataFrame(columns=columns + ["first_seen_at", "last_seen_at", "listed"])
    versions = " union all by name ".join(f"select * from {t}" for t in present)
    run(conn, f"create or replace temp view versions as {versions}")
    try:
        return conn.sql(sql_text("current_records")).df()
    finally:
        run(conn, "drop view if exists versions")


def build_articles(stg: pd.DataFrame, publishers: dict[str, str]) -> pd.DataFrame:
    """Classified articles: publisher, EN/TC twin and story, AI relevance and pillars, each with its rule."""
    return classify_articles(link_twins(stg.assign(publisher=stg["source"].map(publishers))))


def build_sources(conn: duckdb.DuckDBPyConnection, sources: list[Source]) -> int:
    """The `sources` table: every registry entry with the figures of its last loaded crawl."""
    registry = pd.DataFrame({
        "source": [s.name for s in sources],
        "title": [s.title for s in sources],
        "owner": [s.owner for s in sources],
        "pillars": [list(s.pillars) for s in sources],
    })
    conn.register("registry", registry)
    try:
        return build_sql_table(conn, SOURCE_TABLE.name)
    finally:
        conn.unregister("registry")


def build_crawl_errors(conn: duckdb.DuckDBPyConnection) -> int:
    """The `crawl_errors` table: the error rows of each source's last loaded crawl."""
    return build_sql_table(conn, CRAWL_ERRORS.name)
