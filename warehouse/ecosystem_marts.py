"""The analysts' marts over the ecosystem model: activity, hubs, universities, funding, edges, members, datasets.

Each function replaces one table from tables already in the working database; the SQL of each is
`warehouse/sql/<table>.sql`.
"""
from __future__ import annotations

import duckdb
import pandas as pd
import yaml

from warehouse.db import run, scalar
from warehouse.entities import REFERENCE
from warehouse.sql_files import build_sql_table, sql_text


def university_news_sources() -> pd.DataFrame:
    """(org_id, source) of each university's own news source, from the anchor list."""
    data = yaml.safe_load((REFERENCE / "organizations.yaml").read_text(encoding="utf-8"))
    return pd.DataFrame([(o["id"], s) for o in data["organizations"] for s in o.get("news_sources", [])],
                        columns=["org_id", "source"])


def build_ai_activity_monthly(conn: duckdb.DuckDBPyConnection) -> int:
    return build_sql_table(conn, "ai_activity_monthly")


def build_hub_ai_companies(conn: duckdb.DuckDBPyConnection) -> int:
    return build_sql_table(conn, "hub_ai_companies")


def build_university_ai_output(conn: duckdb.DuckDBPyConnection) -> int:
    return _with_university_news(conn, "university_ai_output")


def build_university_ai_output_yearly(conn: duckdb.DuckDBPyConnection) -> int:
    return _with_university_news(conn, "university_ai_output_yearly")


def build_mart_members(conn: duckdb.DuckDBPyConnection) -> int:
    return _with_university_news(conn, "mart_members")


def _with_university_news(conn: duckdb.DuckDBPyConnection, table: str) -> int:
    """Build a table whose SQL reads `university_news` (each university's own news sources)."""
    conn.register("university_news", university_news_sources())
    try:
        return build_sql_table(conn, table)
    finally:
        conn.unregister("university_news")


def build_funding_by_scheme_year(conn: duckdb.DuckDBPyConnection) -> int:
    return build_sql_table(conn, "funding_by_scheme_year")


def build_datasets(conn: duckdb.DuckDBPyConnection) -> int:
    return build_sql_table(conn, "datasets")


def build_ecosystem_edges(conn: duckdb.DuckDBPyConnection) -> int:
    return build_sql_table(conn, "ecosystem_edges")


def snapshot_ecosystem(conn: duckdb.DuckDBPyConnection, snapshot_date) -> dict[str, int]:
    """Keep today's state of organizations, memberships and funded projects, so analysts can ask how the
    ecosystem stood on a date.

    At most one snapshot per day (a second build the same day replaces it; the asset takes none when
    organizations, memberships and awards are unchanged); older snapshots are never changed.
    """
    counts = {}
    for history in ("organization_snapshots", "membership_snapshots", "funding_award_snapshots"):
        select = sql_text(history)
        run(conn, f"create table if not exists {history} as {select} limit 0", [snapshot_date])
        run(conn, f"delete from {history} where snapshot_date = ?", [snapshot_date])
        run(conn, f"insert into {history} {select}", [snapshot_date])
        counts[history] = scalar(conn, f"select count(*) from {history} where snapshot_date = ?", [snapshot_date])
    return counts
