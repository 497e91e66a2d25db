"""Building the analyst tables `articles`, `sources` and `crawl_errors` from the cleaned and raw layers."""
from __future__ import annotations

import duckdb
import pandas as pd

from spiders.source import Source
from warehouse.classify import classify_articles
from warehouse.db import run, scalar, table_exists
from warehouse.schema import (
    CRAWL_ERRORS,
    RAW_CRAWL_ERRORS,
    RAW_CRAWLS,
    SOURCES,
    Table,
)


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
    return conn.sql(f"""
        with versions as ({versions}),
        seen as (
            select s.source, s.record_key, s.record_hash, c.finished_at, c.crawl_id
            from raw_sightings s join raw_crawls c using (crawl_id)
        ),
        per_record as (
            select source, record_key, arg_max(record_hash, (finished_at, crawl_id)) as record_hash,
                   min(finished_at) as first_seen_at, max(finished_at) as last_seen_at
            from seen group by all
        ),
        last_crawl as (select source, max(finished_at) as finished_at from raw_crawls group by all)
        select v.* exclude (record_key, record_hash), p.first_seen_at, p.last_seen_at,
               p.last_seen_at = l.finished_at as listed
        from per_record p
        join versions v using (source, record_key, record_hash)
        join last_crawl l using (source)
    """).df()


def build_articles(stg: pd.DataFrame, publishers: dict[str, str]) -> pd.DataFrame:
    """Classified articles: publisher, EN/TC twin, AI relevance and pillars, each with its rule."""
    ids_by_url = dict(zip(stg["url"], stg["article_id"]))
    articles = stg.assign(
        publisher=stg["source"].map(publishers),
        twin_article_id=stg["twin_url"].map(ids_by_url),
    )
    return classify_articles(articles)


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
        run(conn, f"""
            create or replace table {SOURCES.name} as
            with last_crawl as (
                select * from {RAW_CRAWLS.name}
                qualify row_number() over (partition by source order by finished_at desc, crawl_id desc) = 1
            )
            select r.source, r.title, r.owner, cast(r.pillars as varchar[]) as pillars,
                   c.mode, c.pages_fetched, c.records as items, c.errors,
                   c.finished_at as last_crawl_at, c.crawl_id as last_crawl_id, c.finish_reason,
                   c.generic_share, c.title_differs
            from registry r left join last_crawl c using (source)
            order by r.source
        """)
    finally:
        conn.unregister("registry")
    return scalar(conn, f"select count(*) from {SOURCES.name}")


def build_crawl_errors(conn: duckdb.DuckDBPyConnection) -> int:
    """The `crawl_errors` table: the error rows of each source's last loaded crawl."""
    run(conn, f"""
        create or replace table {CRAWL_ERRORS.name} as
        select e.* from {RAW_CRAWL_ERRORS.name} e
        where e.crawl_id in (
            select crawl_id from {RAW_CRAWLS.name}
            qualify row_number() over (partition by source order by finished_at desc, crawl_id desc) = 1
        )
        order by e.source, e.stage, e.url
    """)
    return scalar(conn, f"select count(*) from {CRAWL_ERRORS.name}")

