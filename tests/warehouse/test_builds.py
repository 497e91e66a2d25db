"""Each published build keeps its id, names the one before it, and says where its pages came from."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import PROJECT_ROOT
from warehouse.builds import code_version, new_build
from warehouse.db import reader, run, writer
from warehouse.publish import publish
from warehouse.schema import COVERAGE, SOURCE_TABLE, all_tables


def working_file(path, origins):
    with writer(path) as conn:
        run(conn, SOURCE_TABLE.ddl())
        run(conn, COVERAGE.ddl())
        run(conn, "delete from coverage")
        for number, (origin, selection) in enumerate(origins):
            run(conn, "insert into coverage (source, origin, selection) values (?, ?, ?)",
                [f"s{number}", origin, selection])


def builds(published):
    with reader(published) as conn:
        return (run(conn, "select build_id, mode, origin, sample, previous_build_id from builds order by built_at"),
                run(conn, "select build_id, previous_build_id from build"))


def test_each_published_build_keeps_its_id_and_names_the_previous_one(tmp_path):
    working, published = tmp_path / "work.duckdb", tmp_path / "hkai.duckdb"
    first = new_build("run-aaaa1111", "replay", datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    second = new_build("run-bbbb2222", "live", datetime(2026, 12, 2, 8, 0, tzinfo=UTC))
    assert first.build_id == "20261201T080000Z-run-aaaa"

    working_file(working, [("sample web", "sample"), ("sample web", "sample")])
    counts = publish(working, published, all_tables([]), first)
    assert counts["build"] == 1 and counts["builds"] == 1
    assert builds(published) == ([(first.build_id, "replay", "sample web", True, None)], [(first.build_id, None)])

    working_file(working, [("live", "complete"), ("recorded archive", "complete"), (None, None)])
    publish(working, published, all_tables([]), second)
    history, (current,) = builds(published)
    assert history == [(first.build_id, "replay", "sample web", True, None),
                       (second.build_id, "live", "live, recorded archive", False, first.build_id)]
    assert current == (second.build_id, first.build_id)


def test_a_publish_without_a_build_records_none(tmp_path):
    working, published = tmp_path / "work.duckdb", tmp_path / "hkai.duckdb"
    working_file(working, [])
    assert "build" not in publish(working, published, all_tables([]))


def test_the_code_version_is_the_git_commit_or_the_package_and_a_hash(monkeypatch):
    import subprocess

    if (PROJECT_ROOT / ".git").exists():  # a clone: the commit
        version = code_version()
        assert version.startswith("git:") and len(version.split("-")[0]) == len("git:") + 40

    def no_git(*args, **kwargs):
        raise FileNotFoundError("git")

    monkeypatch.setattr(subprocess, "run", no_git)
    without = code_version()
    assert without.startswith("hk-ai-atlas 0.1.0+") and len(without.rsplit("+", 1)[1]) == 12


@pytest.mark.slow
def test_hkai_run_says_sample_web_and_the_build_id(built_warehouse):
    with reader(built_warehouse) as conn:
        ((build_id, mode, origin, sample, previous),) = run(
            conn, "select build_id, mode, origin, sample, previous_build_id from build")
    assert (mode, origin, sample, previous) == ("replay", "sample web", True, None)
    assert build_id.startswith(datetime.now(UTC).strftime("%Y"))
    from dagster_project.runner import summary

    assert f"build {build_id}: mode replay, pages from sample web (a sample: see the coverage table)" \
        in summary(built_warehouse)


def test_the_marts_of_a_sample_build_say_so_and_those_of_a_complete_one_do_not(tmp_path):
    from warehouse.publish import SAMPLE_NOTE
    from warehouse.schema import AI_ACTIVITY_MONTHLY, HUB_AI_COMPANIES

    working, published = tmp_path / "work.duckdb", tmp_path / "hkai.duckdb"

    def comments():
        with reader(published) as conn:
            return dict(run(conn, "select table_name, comment from duckdb_tables() where table_name in "
                                  "('ai_activity_monthly', 'hub_ai_companies', 'sources')"))

    working_file(working, [("sample web", "sample"), ("live", "complete")])
    with writer(working) as conn:
        run(conn, AI_ACTIVITY_MONTHLY.ddl())
        run(conn, HUB_AI_COMPANIES.ddl())
    publish(working, published, all_tables([]), new_build("run-aaaa1111", "replay"))
    sampled = comments()
    assert sampled["ai_activity_monthly"] == SAMPLE_NOTE + AI_ACTIVITY_MONTHLY.description
    assert sampled["hub_ai_companies"] == SAMPLE_NOTE + HUB_AI_COMPANIES.description
    assert sampled["sources"] == SOURCE_TABLE.description  # not a mart

    working_file(working, [("live", "complete")])
    publish(working, published, all_tables([]), new_build("run-bbbb2222", "live"))
    assert comments()["ai_activity_monthly"] == AI_ACTIVITY_MONTHLY.description
