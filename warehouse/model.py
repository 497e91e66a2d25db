"""Building the ecosystem model's tables in the working database, one function per table or group.

Each function reads the tables it needs, calls the pure pandas functions of the modelling modules,
and replaces its own tables; Dagster wraps each one as an asset.
"""
from __future__ import annotations

import duckdb
import pandas as pd

from spiders.registry import SOURCES
from warehouse.classify import load_taxonomy
from warehouse.funding import build_funding_awards
from warehouse.marts import build_articles, write_table
from warehouse.mentions import find_mentions
from warehouse.organizations import (
    build_aliases,
    build_organization_sources,
    build_organizations,
    build_research_units,
    directory_records,
    recipient_records,
    resolve_organizations,
)
from warehouse.programmes import build_memberships, programmes_table
from warehouse.schema import (
    ARTICLES,
    FUNDING_AWARDS,
    MEMBERSHIPS,
    MENTIONS,
    ORGANIZATION_ALIASES,
    ORGANIZATION_SOURCES,
    ORGANIZATIONS,
    PROGRAMMES,
    RESEARCH_UNITS,
)


def frame(conn: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    return conn.sql(f"select * from {table}").df()


def build_organization_tables(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """`organizations`, `organization_aliases` and `organization_sources`, from one entity resolution."""
    records = directory_records(frame(conn, "stg_organizations")) + recipient_records(frame(conn, "stg_funding_awards"))
    everything, resolution = resolve_organizations(records)
    organizations = build_organizations(everything, resolution, load_taxonomy())
    return {
        ORGANIZATIONS.name: write_table(conn, ORGANIZATIONS, organizations),
        ORGANIZATION_ALIASES.name: write_table(conn, ORGANIZATION_ALIASES, build_aliases(everything, resolution)),
        ORGANIZATION_SOURCES.name: write_table(conn, ORGANIZATION_SOURCES,
                                               build_organization_sources(everything, resolution)),
    }


def build_article_table(conn: duckdb.DuckDBPyConnection) -> int:
    """`articles`: the cleaned articles with publisher, EN/TC twin, pillars and AI relevance."""
    publishers = {s.name: s.owner for s in SOURCES.values()}
    return write_table(conn, ARTICLES, build_articles(frame(conn, "stg_articles"), publishers))


def org_of_record(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(conn.execute("select record_id, org_id from organization_sources").fetchall())


def build_programme_tables(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """`programmes` (the reference list) and `memberships` (from every directory profile)."""
    memberships = build_memberships(frame(conn, "stg_organizations"), org_of_record(conn))
    return {PROGRAMMES.name: write_table(conn, PROGRAMMES, programmes_table()),
            MEMBERSHIPS.name: write_table(conn, MEMBERSHIPS, memberships)}


def build_research_unit_table(conn: duckdb.DuckDBPyConnection) -> int:
    units = build_research_units(frame(conn, "organizations"), directory_records(frame(conn, "stg_organizations")),
                                 org_of_record(conn), frame(conn, "organization_aliases"), load_taxonomy())
    return write_table(conn, RESEARCH_UNITS, units)


def build_funding_award_table(conn: duckdb.DuckDBPyConnection) -> int:
    awards = build_funding_awards(frame(conn, "stg_funding_awards"), org_of_record(conn), load_taxonomy())
    return write_table(conn, FUNDING_AWARDS, awards)


def build_mention_table(conn: duckdb.DuckDBPyConnection) -> int:
    mentions = find_mentions(frame(conn, "articles"), frame(conn, "organization_aliases"))
    return write_table(conn, MENTIONS, mentions)
