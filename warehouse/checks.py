"""Data checks on every table: unique keys, names present, links that lead somewhere, no sudden drop in rows.

Each check is a query counting the rows that break it; Dagster runs them as asset checks beside
their tables, and `check_results` keeps each build's outcome for analysts.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
import pandas as pd

from warehouse.db import run, scalar, table_exists

DROP_LIMIT = 0.5  # a table that loses more than half its rows since the last build fails its check
COVERAGE_DROP = 0.3  # a field filled on 30 points fewer of a source's records than last crawl: a changed layout
GENERIC_JUMP = 0.2  # 20 points more of a source's articles read by the generic path than last crawl: a redesign


@dataclass(frozen=True)
class Check:
    table: str
    name: str
    bad_rows_sql: str
    blocking: bool
    description: str
    custom: Callable[[duckdb.DuckDBPyConnection], tuple[bool, str]] | None = None


def unique(table: str, key: str, blocking: bool = True) -> Check:
    return Check(table, f"unique_{key}", f"select count(*) - count(distinct {key}) from {table}", blocking,
                 f"Each {key} appears once.")


def refers(table: str, column: str, target: str, target_key: str, blocking: bool = True) -> Check:
    return Check(table, f"{column}_exists",
                 f"select count(*) from {table} where {column} is not null "
                 f"and {column} not in (select {target_key} from {target})", blocking,
                 f"Every {column} leads to a row of {target}.")


def crawl_health(conn: duckdb.DuckDBPyConnection) -> tuple[bool, str]:
    """Each source's last crawl against the one before: records kept, every field still filled, and no jump
    in the share of articles read by the generic path.

    A layout change on a site shows as far fewer records, a field that suddenly comes back empty, or
    articles its own selectors no longer read; the detail names the source and the fields.
    """
    if not table_exists(conn, "raw_crawls"):
        return True, "no crawl loaded yet"
    rows = run(conn, """
        select source, records, field_coverage, lag(records) over w, lag(field_coverage) over w,
               generic_share, lag(generic_share) over w
        from raw_crawls window w as (partition by source order by finished_at, crawl_id)
        qualify row_number() over (partition by source order by finished_at desc, crawl_id desc) = 1""")
    problems = []
    for source, records, coverage, previous_records, previous_coverage, generic, previous_generic in rows:
        if previous_records is None:
            continue
        if previous_records >= 10 and records < previous_records * DROP_LIMIT:
            problems.append(f"{source}: {previous_records} -> {records} records")
        before, now = json.loads(previous_coverage or "{}"), json.loads(coverage or "{}")
        fields = [f for f, share in before.items() if share >= 0.5 and now and now.get(f, 0) < share - COVERAGE_DROP]
        if fields:
            problems.append(f"{source}: fields emptied: " + ", ".join(
                f"{f} {before[f]:.0%} -> {now.get(f, 0):.0%}" for f in fields))
        if generic is not None and generic >= (previous_generic or 0) + GENERIC_JUMP:
            problems.append(f"{source}: articles read by the generic path {previous_generic or 0:.0%} -> {generic:.0%} "
                            "(the site's markup changed?)")
    return not problems, "; ".join(problems) or f"{len(rows)} sources as full as their previous crawl"


CHECKS = [
    unique("articles", "article_id"),
    Check("articles", "required_fields", "select count(*) from articles where coalesce(title, '') = '' "
          "or coalesce(body, '') = '' or published_date is null", True, "Every article has a title, body and date."),
    Check("sources", "all_crawled", "select count(*) from sources where coalesce(items, 0) = 0", False,
          "Every source of the registry has a loaded crawl with records."),
    Check("sources", "crawl_health", "", False, "Each source's last crawl has as many records and filled fields "
          "as the one before, and no jump in articles read by the generic path (a drop names the source and "
          "fields).", custom=crawl_health),
    unique("organizations", "org_id"),
    Check("organizations", "named", "select count(*) from organizations where coalesce(name, name_zh) is null",
          True, "Every organisation has an English or Chinese name."),
    refers("organization_sources", "org_id", "organizations", "org_id"),
    refers("organization_aliases", "org_id", "organizations", "org_id"),
    refers("memberships", "org_id", "organizations", "org_id"),
    refers("memberships", "programme_id", "programmes", "programme_id"),
    refers("research_units", "parent_org_id", "organizations", "org_id"),
    # award_id is unique by construction (one row per project reference), so the check is on content.
    Check("funding_awards", "described", "select count(*) from funding_awards where scheme is null or title is null",
          False, "Every funded project has its scheme and title."),
    refers("funding_awards", "recipient_org_id", "organizations", "org_id"),
    Check("funding_awards", "amount_not_negative", "select count(*) from funding_awards where amount_hkd < 0",
          True, "No negative amounts."),
    refers("mentions", "article_id", "articles", "article_id"),
    refers("mentions", "org_id", "organizations", "org_id"),
]


def run_check(conn: duckdb.DuckDBPyConnection, check: Check) -> tuple[bool, str]:
    """(passed, detail) of one check."""
    if not table_exists(conn, check.table):
        return False, f"table {check.table} does not exist"
    if check.custom is not None:
        return check.custom(conn)
    bad = scalar(conn, check.bad_rows_sql)
    return bad == 0, f"{bad} row(s) break it"


def row_drops(conn: duckdb.DuckDBPyConnection, tables: list[str]) -> list[tuple[str, bool, str]]:
    """(table, passed, detail): whether each table kept at least half the rows of the previous build."""
    history = "table_row_counts"
    run(conn, f"create table if not exists {history} (built_at timestamptz, table_name varchar, row_count bigint)")
    results = []
    for table in tables:
        rows = scalar(conn, f"select count(*) from {table}") if table_exists(conn, table) else 0
        previous = run(conn, f"select row_count from {history} where table_name = ? order by built_at desc limit 1",
                       [table])
        before = previous[0][0] if previous else None
        passed = before is None or before < 10 or rows >= before * DROP_LIMIT
        results.append((table, passed, f"{rows} rows now, {before if before is not None else 'none'} before"))
    return results


def record_build(conn: duckdb.DuckDBPyConnection, tables: list[str], checks: list[Check] = CHECKS) -> pd.DataFrame:
    """Run every check and the row-drop check, remember this build's row counts, and return the results."""
    now = datetime.now(UTC)
    rows = []
    for check in checks:
        passed, detail = run_check(conn, check)
        rows.append((now, check.table, check.name, passed, check.blocking, detail))
    for table, passed, detail in row_drops(conn, tables):
        rows.append((now, table, "no_large_row_drop", passed, True, detail))
    for table in tables:
        if table_exists(conn, table):
            run(conn, "insert into table_row_counts values (?, ?, (select count(*) from " + table + "))", [now, table])
    return pd.DataFrame(rows, columns=["checked_at", "table_name", "check_name", "passed", "blocking", "detail"])


def blocking_failures(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """The blocking checks of the last build that failed, as `table.check: detail` (none: it may be published)."""
    if not table_exists(conn, "check_results"):
        return []
    rows = run(conn, "select table_name, check_name, detail from check_results where blocking and not passed "
                     "order by table_name, check_name")
    return [f"{table}.{check}: {detail}" for table, check, detail in rows]
