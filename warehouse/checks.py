"""Data checks on every table: unique keys, names present, links that lead somewhere, no sudden drop in rows.

Each check is a query counting the rows that break it; Dagster runs them as asset checks beside
their tables, and `check_results` keeps each build's outcome for analysts.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

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


# The count columns of each mart that mart_members lists the members of.
MART_MEASURES = {
    "ai_activity_monthly": ["articles", "ai_articles", "organizations_mentioned"],
    "hub_ai_companies": ["companies"],
    "university_ai_output": ["articles_published", "ai_articles_published", "articles_mentioning",
                             "ai_articles_mentioning", "research_units", "innohk_labs", "air_innohk_labs",
                             "funding_awards", "ai_funding_awards"],
    "university_ai_output_yearly": ["ai_articles_published", "ai_articles_mentioning", "ai_funding_awards"],
    "funding_by_scheme_year": ["projects", "ai_projects"],
}


def members_disagree_sql(mart: str, measure: str) -> str:
    """Rows of `mart` whose `measure` differs from the number of members mart_members lists for it."""
    return (f"select r.row_key, r.{measure} as counted, coalesce(m.members, 0) as members from {mart} r "
            f"left join (select row_key, count(*) as members from mart_members where mart = '{mart}' "
            f"and measure = '{measure}' group by row_key) m using (row_key) "
            f"where r.{measure} <> coalesce(m.members, 0)")


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
          True, "Every organization has an English or Chinese name."),
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
    unique("datasets", "dataset_id"),
    Check("mart_members", "counts_match", "select count(*) from (" + " union all ".join(
        members_disagree_sql(mart, measure) for mart, measures in MART_MEASURES.items() for measure in measures) + ")",
          False, "Every count of every mart row equals the number of members mart_members lists for it."),
]


def run_check(conn: duckdb.DuckDBPyConnection, check: Check) -> tuple[bool, str]:
    """(passed, detail) of one check."""
    if not table_exists(conn, check.table):
        return False, f"table {check.table} does not exist"
    if check.custom is not None:
        return check.custom(conn)
    bad = scalar(conn, check.bad_rows_sql)
    return bad == 0, f"{bad} row(s) break it"


ROW_DROP = "no_large_row_drop"


def row_drop(rows: int, rows_before: int | None) -> tuple[bool, str]:
    """(passed, detail): whether a table kept at least half the rows of its previous build (Dagster's count)."""
    passed = rows_before is None or rows_before < 10 or rows >= rows_before * DROP_LIMIT
    return passed, f"{rows} rows now, {rows_before if rows_before is not None else 'none'} before"


def blocking_failures(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """The blocking checks of the last build that failed, as `table.check: detail` (none: it may be published)."""
    if not table_exists(conn, "check_results"):
        return []
    rows = run(conn, "select table_name, check_name, detail from check_results where blocking and not passed "
                     "order by table_name, check_name")
    return [f"{table}.{check}: {detail}" for table, check, detail in rows]
