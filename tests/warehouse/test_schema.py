"""One declaration per record shape: the item dataclasses say which fields exist, schema.py types and
describes them, the loader refuses any landed key no column takes, and built tables match the schema."""
from __future__ import annotations

from dataclasses import asdict, make_dataclass

import duckdb
import pytest

from spiders.items import RECORD_TYPES, Article
from spiders.registry import SOURCES
from tests.warehouse.landing import ARTICLE, write_crawl
from warehouse.db import scalar, writer
from warehouse.load import load_new_crawls
from warehouse.schema import (
    ANALYST_TABLES,
    RECORD_FIELDS,
    RENAMED_TABLES,
    all_tables,
    raw_table,
    raw_table_for,
    record_columns,
)

RAW = raw_table("raw_govhk_press_releases", "GovHK press releases")


@pytest.mark.parametrize("record_type", sorted(RECORD_TYPES))
def test_each_record_types_columns_are_its_item_fields_in_order(record_type):
    provenance = ["crawl_id", "fetched_at", "archive_record_id", "extractor_version"]
    item_fields = [f for f in RECORD_TYPES[record_type].__dataclass_fields__ if f not in provenance]
    assert [c.name for c in RECORD_FIELDS[record_type]] == item_fields


def test_an_item_field_without_a_column_is_refused_with_its_name():
    grown = make_dataclass("Article", [("sentiment", str, "")], bases=(Article,))
    spec = "\n".join(f"{c.name} | {c.type} | {c.description}" for c in RECORD_FIELDS["article"])
    with pytest.raises(TypeError, match="sentiment"):
        record_columns(grown, spec)
    with pytest.raises(TypeError, match="mood"):
        record_columns(Article, spec + "\nmood | VARCHAR | Not a field of Article.")


def test_a_landed_record_with_only_known_keys_lands_every_field(tmp_path):
    landing = tmp_path / "landing"
    write_crawl(landing, "c1", [ARTICLE])
    with writer(tmp_path / "w.duckdb") as conn:
        load_new_crawls(conn, landing, RAW)
        row = conn.sql("select * from raw_govhk_press_releases").df().iloc[0]
    for name, value in asdict(ARTICLE).items():
        if name != "crawl_id" and isinstance(value, str) and value and name not in ("fetched_at", "published_at",
                                                                                   "published_date"):
            assert row[name] == value, name


def canonical(conn: duckdb.DuckDBPyConnection, sql_type: str) -> str:
    """DuckDB's own spelling of a type (TIMESTAMPTZ is TIMESTAMP WITH TIME ZONE)."""
    return scalar(conn, f"select typeof(null::{sql_type})")


@pytest.mark.slow
def test_every_built_table_matches_its_schema(built_warehouse):
    described = {t.name: t for t in ANALYST_TABLES}
    described.update(all_tables([raw_table_for(s) for s in SOURCES.values()]))
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        built = [r[0] for r in conn.execute("select table_name from duckdb_tables()").fetchall()]
        assert sorted(set(built) - set(described)) == []  # every published table is described
        for name in built:
            got = conn.execute(f"select column_name, column_type from (describe {name})").fetchall()
            want = [(c.name, canonical(conn, c.type)) for c in described[name].columns]
            assert got == want, name


def test_each_renamed_table_has_a_new_name_that_exists_and_an_old_one_that_does_not():
    current = set(all_tables([raw_table_for(s) for s in SOURCES.values()]))
    assert all(old != new and old not in current and new in current for old, new in RENAMED_TABLES.items())


@pytest.mark.slow
def test_old_names_are_published_as_deprecated_views(built_warehouse):
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        views = dict(conn.execute("select view_name, comment from duckdb_views() where not internal").fetchall())
    assert set(views) == set(RENAMED_TABLES)
    assert all(views[old].startswith(f"Deprecated: renamed {new};") for old, new in RENAMED_TABLES.items())
