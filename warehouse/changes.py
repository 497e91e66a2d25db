"""What changed between two published builds: organizations, memberships, funding awards and articles.

Each build compares its tables with those of the build analysts had before it (the previous published
file) and adds one `changes` row per key that is new, gone or changed, after the rows the earlier builds
added. The SQL is the template `warehouse/sql/changes.sql`, filled in per entity.
"""
from __future__ import annotations

from dataclasses import dataclass
from string import Template

import duckdb

from warehouse.db import run
from warehouse.schema import CHANGES
from warehouse.sql_files import sql_text


@dataclass(frozen=True)
class Entity:
    """One kind of thing whose changes are listed: its table, key and the columns compared."""

    name: str
    table: str
    key: str  # an expression of the table's columns
    columns: tuple[str, ...]
    key_columns: tuple[str, ...] = ()  # the columns `key` reads, when it is an expression

    @property
    def keyed_by(self) -> tuple[str, ...]:
        return self.key_columns or (self.key,)


# Seen and crawl bookkeeping (first_seen, last_seen, fetched_at, ...) is not compared: it moves with every
# crawl. An article's body is compared by its MD5, so `before` and `after` stay short.
ENTITIES = (
    Entity("organization", "organizations", "org_id",
           ("name", "name_zh", "kind", "website", "hubs", "sources", "ai_related", "ai_subfields", "listed")),
    # an organization can hold one programme under several statuses at once (`Graduates of CCMF/CIP`)
    Entity("membership", "memberships", "concat_ws(' | ', org_id, programme_id, status, record_id)",
           ("year", "certain", "label", "url"), ("org_id", "programme_id", "status", "record_id")),
    Entity("funding_award", "funding_awards", "award_id",
           ("scheme", "title", "recipient", "recipient_org_id", "amount_hkd", "amount_text", "year", "ai_related")),
    Entity("article", "articles", "article_id",
           ("url", "title", "published_date", "body", "ai_relevant", "pillars", "ai_subfields")),
)
EXPRESSIONS = {"body": "md5(body)"}


def record_changes(conn: duckdb.DuckDBPyConnection, build_id: str, previous: str | None) -> int:
    """Write `changes` into `conn`'s file: the previous file's rows, then this build's; returns this build's rows.

    The first build (no previous file) lists none. A column one of the two builds lacks is not compared,
    and an entity whose table or key one of them lacks is skipped: a change of the schema is not a change of data.
    """
    if previous and _columns(conn, previous, CHANGES.name):
        run(conn, f"create table {CHANGES.name} as select {', '.join(CHANGES.column_names)} "
                  f"from {previous}.{CHANGES.name}")
    else:
        run(conn, CHANGES.ddl())
    if not previous:
        return 0
    added = 0
    for entity in ENTITIES:
        before, now = _columns(conn, previous, entity.table), _columns(conn, None, entity.table)
        columns = [c for c in entity.columns if c in before and c in now]
        keyed = all(k in before and k in now for k in entity.keyed_by)
        if not keyed or not columns:  # an older file without the table or its key: nothing to compare with
            continue
        select = Template(sql_text(CHANGES.name)).substitute(
            entity=entity.name, table=entity.table, key=entity.key,
            columns=", ".join(f"{EXPRESSIONS.get(c, c)} as {c}" for c in columns),
            compared="[" + ", ".join(f"struct_pack(col := '{c}', before := p.{c}::varchar, after := n.{c}::varchar)"
                                     for c in columns) + "]")
        added += run(conn, f"insert into {CHANGES.name} {select}", [build_id])[0][0]
    return added


def _columns(conn: duckdb.DuckDBPyConnection, catalog: str | None, table: str) -> set[str]:
    """The columns of `catalog`.main.`table` (None: the file being written), empty when it has no such table."""
    return {name for (name,) in run(conn, "select column_name from information_schema.columns "
                                          "where table_catalog = coalesce(?, current_database()) "
                                          "and table_schema = 'main' and table_name = ?", [catalog, table])}
