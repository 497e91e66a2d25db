"""The analysts' marts over the ecosystem model: activity by pillar and month, hubs, universities, funding, edges.

Each function replaces one table from tables already in the working database.
"""
from __future__ import annotations

import duckdb
import pandas as pd
import yaml

from warehouse.db import run, scalar
from warehouse.entities import REFERENCE


def university_news_sources() -> pd.DataFrame:
    """(org_id, source) of each university's own news source, from the anchor list."""
    data = yaml.safe_load((REFERENCE / "organisations.yaml").read_text(encoding="utf-8"))
    return pd.DataFrame([(o["id"], s) for o in data["organisations"] for s in o.get("news_sources", [])],
                        columns=["org_id", "source"])


def build_ai_activity_monthly(conn: duckdb.DuckDBPyConnection) -> int:
    run(conn, """
        create or replace table ai_activity_monthly as
        with by_pillar as (
            select date_trunc('month', published_date)::date as month, unnest(pillars) as pillar,
                   article_id, ai_relevant
            from articles
        )
        select p.month, p.pillar, count(distinct p.article_id) as articles,
               count(distinct p.article_id) filter (p.ai_relevant) as ai_articles,
               count(distinct m.org_id) as organisations_mentioned
        from by_pillar p left join mentions m using (article_id)
        group by all order by month, pillar
    """)
    return scalar(conn, "select count(*) from ai_activity_monthly")


def build_hub_ai_companies(conn: duckdb.DuckDBPyConnection) -> int:
    run(conn, """
        create or replace table hub_ai_companies as
        with ai_companies as (
            select org_id, hubs, case when len(ai_subfields) = 0 then ['unspecified'] else ai_subfields end as fields
            from organizations where ai_related and kind in ('startup', 'corporate')
        ),
        by_hub as (select org_id, unnest(hubs) as hub, fields from ai_companies),
        companies as (select org_id, hub, unnest(fields) as ai_subfield from by_hub)
        select hub, ai_subfield, count(distinct org_id) as companies
        from companies group by all order by hub, companies desc, ai_subfield
    """)
    return scalar(conn, "select count(*) from hub_ai_companies")


def build_university_ai_output(conn: duckdb.DuckDBPyConnection) -> int:
    news = university_news_sources()
    conn.register("university_news", news)
    try:
        run(conn, """
            create or replace table university_ai_output as
            with unis as (select org_id, name, name_zh from organizations where kind = 'university'),
            published as (
                select n.org_id, count(*) as articles_published,
                       count(*) filter (a.ai_relevant) as ai_articles_published
                from university_news n join articles a using (source) group by all),
            mentioned as (
                select m.org_id, count(distinct m.article_id) as articles_mentioning,
                       count(distinct m.article_id) filter (a.ai_relevant) as ai_articles_mentioning
                from mentions m join articles a using (article_id) group by all),
            units as (
                select parent_org_id as org_id, count(*) as research_units,
                       count(*) filter (cluster is not null) as innohk_labs,
                       count(*) filter (cluster = 'AIR@InnoHK') as air_innohk_labs
                from research_units group by all),
            funding as (
                select recipient_org_id as org_id, count(*) as funding_awards, sum(amount_hkd) as funding_hkd,
                       count(*) filter (ai_related) as ai_funding_awards,
                       sum(amount_hkd) filter (ai_related) as ai_funding_hkd
                from funding_awards group by all)
            select u.org_id, u.name, u.name_zh,
                   coalesce(p.articles_published, 0) as articles_published,
                   coalesce(p.ai_articles_published, 0) as ai_articles_published,
                   coalesce(m.articles_mentioning, 0) as articles_mentioning,
                   coalesce(m.ai_articles_mentioning, 0) as ai_articles_mentioning,
                   coalesce(r.research_units, 0) as research_units, coalesce(r.innohk_labs, 0) as innohk_labs,
                   coalesce(r.air_innohk_labs, 0) as air_innohk_labs,
                   coalesce(f.funding_awards, 0) as funding_awards, coalesce(f.funding_hkd, 0) as funding_hkd,
                   coalesce(f.ai_funding_awards, 0) as ai_funding_awards,
                   coalesce(f.ai_funding_hkd, 0) as ai_funding_hkd
            from unis u left join published p using (org_id) left join mentioned m using (org_id)
                 left join units r using (org_id) left join funding f using (org_id)
            order by ai_articles_published + ai_articles_mentioning desc, u.name
        """)
    finally:
        conn.unregister("university_news")
    return scalar(conn, "select count(*) from university_ai_output")


def build_funding_by_scheme_year(conn: duckdb.DuckDBPyConnection) -> int:
    run(conn, """
        create or replace table funding_by_scheme_year as
        select scheme, year, count(*) as projects, sum(amount_hkd) as amount_hkd,
               count(*) filter (ai_related) as ai_projects,
               coalesce(sum(amount_hkd) filter (ai_related), 0) as ai_amount_hkd
        from funding_awards group by all order by year, scheme
    """)
    return scalar(conn, "select count(*) from funding_by_scheme_year")


def build_ecosystem_edges(conn: duckdb.DuckDBPyConnection) -> int:
    run(conn, """
        create or replace table ecosystem_edges as
        select org_id as from_id, 'organisation' as from_type, programme_id as to_id, 'programme' as to_type,
               'member_of' as relation, count(*)::double as weight, any_value(url) as evidence
        from memberships where org_id is not null group by all
        union all
        select org_id, 'organisation', parent_org_id, 'organisation', 'part_of', 1, website
        from research_units where parent_org_id is not null
        union all
        select org_id, 'organisation', unnest(partner_org_ids), 'organisation', 'collaborates_with', 1, website
        from research_units
        union all
        select recipient_org_id, 'organisation', 'scheme:' || scheme, 'funding_scheme', 'funded_by',
               coalesce(sum(amount_hkd), 0), any_value(url)
        from funding_awards where recipient_org_id is not null group by all
        union all
        select a.org_id, 'organisation', b.org_id, 'organisation', 'mentioned_with', count(*), any_value(a.article_id)
        from mentions a join mentions b on a.article_id = b.article_id and a.org_id < b.org_id group by all
        order by relation, from_id, to_id
    """)
    return scalar(conn, "select count(*) from ecosystem_edges")


def snapshot_ecosystem(conn: duckdb.DuckDBPyConnection, snapshot_date) -> dict[str, int]:
    """Keep today's state of organisations and memberships, so analysts can ask how the ecosystem stood on a date.

    At most one snapshot per day (a second build the same day replaces it; the asset takes none when
    organisations and memberships are unchanged); older snapshots are never changed.
    """
    counts = {}
    for history, select in (
        ("organization_snapshots", "select ?::date as snapshot_date, org_id, name, name_zh, kind, hubs, "
                                   "ai_related, ai_subfields, listed from organizations"),
        ("membership_snapshots", "select ?::date as snapshot_date, org_id, programme_id, status, year "
                                 "from memberships"),
    ):
        run(conn, f"create table if not exists {history} as {select} limit 0", [snapshot_date])
        run(conn, f"delete from {history} where snapshot_date = ?", [snapshot_date])
        run(conn, f"insert into {history} {select}", [snapshot_date])
        counts[history] = scalar(conn, f"select count(*) from {history} where snapshot_date = ?", [snapshot_date])
    return counts
