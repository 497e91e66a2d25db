"""The code location loads, and the asset graph has the lineage analysts read in the UI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from dagster_project.definitions import defs
from dagster_project.defs.tables import table_metadata
from spiders.registry import SOURCES
from tests.conftest import PROJECT_ROOT
from warehouse.schema import ARTICLES

LINEAGE = [("crawl_govhk", "raw_govhk"), ("raw_govhk", "stg_articles"),
           ("stg_articles", "articles"), ("articles", "check_results"), ("check_results", "published_warehouse"),
           ("raw_govhk", "sources"), ("raw_govhk", "crawl_errors"),
           ("sources", "check_results"), ("crawl_errors", "check_results"),
           ("stg_organizations", "organizations"), ("organization_sources", "memberships"),
           ("articles", "mentions"), ("organization_aliases", "mentions"), ("mentions", "ai_activity_monthly"),
           ("funding_awards", "funding_by_scheme_year"), ("organizations", "check_results"),
           ("published_warehouse", "ecosystem_report")]


def graph():
    return defs().resolve_asset_graph()


def test_every_source_has_a_crawl_and_a_raw_asset():
    keys = {key.to_user_string() for key in graph().get_all_asset_keys()}
    for source in SOURCES.values():
        assert {f"crawl_{source.name}", source.raw_table} <= keys
    assert {"stg_articles", "articles", "sources", "crawl_errors", "published_warehouse"} <= keys


@pytest.mark.parametrize("upstream, downstream", LINEAGE)
def test_lineage_edge(upstream, downstream):
    parents = graph().get(dg.AssetKey(downstream)).parent_keys
    assert dg.AssetKey(upstream) in parents


def test_warehouse_writers_share_one_pool_and_crawls_hold_none():
    asset_graph = graph()
    crawls = {f"crawl_{name}" for name in SOURCES}
    for key in asset_graph.get_all_asset_keys():
        name = key.to_user_string()
        expected = set() if name in crawls else {"duckdb_warehouse"}
        assert set(asset_graph.get(key).pools or ()) == expected, name


def test_jobs_and_schedules_resolve():
    definitions = defs()
    assert definitions.resolve_job_def("full_rebuild")
    schedule = definitions.resolve_schedule_def("refresh_govhk_schedule")
    assert schedule.execution_timezone == "Asia/Hong_Kong"
    assert schedule.cron_schedule == SOURCES["govhk"].cadence_cron


def test_table_assets_describe_their_columns():
    node = graph().get(dg.AssetKey("articles"))
    assert node.description == ARTICLES.description
    # What each materialisation attaches: the UI's column schema, every column with its meaning.
    with duckdb.connect() as conn:
        conn.execute(ARTICLES.ddl())
        schema = table_metadata(conn, ARTICLES)["dagster/column_schema"]
    assert [(c.name, c.type) for c in schema.columns] == [(c.name, c.type) for c in ARTICLES.columns]
    assert all(c.description for c in schema.columns)


@pytest.mark.slow
@pytest.mark.parametrize("command", [["dagster", "definitions", "validate"], ["dg", "check", "defs"]])
def test_dagster_cli_validates_the_project(command, tmp_path):
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path)}
    tool = Path(sys.executable).with_name(command[0])
    result = subprocess.run([str(tool), *command[1:]], cwd=PROJECT_ROOT, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
