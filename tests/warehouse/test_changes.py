"""`changes`: what each published build made new, gone or changed since the build before it."""
from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from warehouse.builds import new_build
from warehouse.db import reader, run, writer
from warehouse.publish import publish
from warehouse.schema import ARTICLES, FUNDING_AWARDS, MEMBERSHIPS, ORGANIZATIONS, all_tables


def rows(conn, table, values):
    run(conn, f"delete from {table}")
    for row in values:
        columns = ", ".join(row)
        run(conn, f"insert into {table} ({columns}) values ({', '.join('?' for _ in row)})", list(row.values()))


def working_file(path, orgs, awards, articles, memberships):
    with writer(path) as conn:
        for table in (ORGANIZATIONS, FUNDING_AWARDS, ARTICLES, MEMBERSHIPS):
            run(conn, table.ddl())
        rows(conn, "organizations", orgs)
        rows(conn, "funding_awards", awards)
        rows(conn, "articles", articles)
        rows(conn, "memberships", memberships)


def changes(published):
    with reader(published) as conn:
        return run(conn, "select build_id, entity, key, change, changed_columns, before, after from changes "
                         "order by build_id, entity, key")


def test_two_builds_list_what_is_new_gone_or_changed(tmp_path):
    working, published = tmp_path / "work.duckdb", tmp_path / "hkai.duckdb"
    first = new_build("aaaaaaaa", "replay", datetime(2026, 12, 1, tzinfo=UTC))
    second = new_build("bbbbbbbb", "replay", datetime(2026, 12, 2, tzinfo=UTC))
    org = {"org_id": "org_a", "name": "Alpha", "listed": True, "first_seen": "2026-11-01 00:00+00"}
    award = {"award_id": "ITS/001/22", "amount_hkd": 1000.0, "amount_text": "HK$1,000"}
    article = {"article_id": "govhk:P1:en", "title": "AI news", "body": "Some text."}
    membership = {"org_id": "org_a", "programme_id": "hkstp_incubation", "status": "graduate", "year": 2020,
                  "record_id": "hkstp:a:en"}
    working_file(working, [org, {"org_id": "org_b", "name": "Beta", "listed": True}], [award], [article], [membership])
    publish(working, published, all_tables([]), first)
    assert changes(published) == []  # the first build has nothing to compare with

    working_file(working,
                 [{**org, "listed": False, "first_seen": "2026-12-02 00:00+00"}],  # seen times are not compared
                 [{**award, "amount_hkd": 2000.0, "amount_text": "HK$2,000"}],
                 [article, {"article_id": "govhk:P2:en", "title": "New", "body": "More."}],
                 [{**membership, "year": 2021}])
    publish(working, published, all_tables([]), second)
    b = second.build_id
    assert [(r[1], r[2], r[3], r[4]) for r in changes(published)] == [
        ("article", "govhk:P2:en", "new", []),
        ("funding_award", "ITS/001/22", "changed", ["amount_hkd", "amount_text"]),
        ("membership", "org_a | hkstp_incubation | graduate | hkstp:a:en", "changed", ["year"]),
        ("organization", "org_a", "changed", ["listed"]),
        ("organization", "org_b", "gone", []),
    ]
    award_row = next(r for r in changes(published) if r[1] == "funding_award")
    assert award_row[0] == b
    assert json.loads(award_row[5]) == {"amount_hkd": "1000.0", "amount_text": "HK$1,000"}
    assert json.loads(award_row[6]) == {"amount_hkd": "2000.0", "amount_text": "HK$2,000"}

    # a third build keeps the second's rows, and adds only its own (here: none)
    publish(working, published, all_tables([]), new_build("cccccccc", "replay", datetime(2026, 12, 3, tzinfo=UTC)))
    assert {r[0] for r in changes(published)} == {b}
    with reader(published) as conn:
        assert run(conn, "select count(*) from builds")[0][0] == 3



def test_a_previous_file_of_an_older_schema_is_compared_only_where_it_has_the_table_and_its_key(tmp_path):
    """Yesterday's file from an older release: articles without article_id, no organizations table."""
    from warehouse.schema import Column, Table

    working, published = tmp_path / "work.duckdb", tmp_path / "hkai.duckdb"
    with writer(working) as conn:
        run(conn, "create table articles as select range as id, 'old' as title from range(3)")
        run(conn, "create table funding_awards as select 'ITS/001/22' as award_id, 1000.0 as amount_hkd")
    old = {"articles": Table("articles", "Old.", (Column("id", "BIGINT", "Id."), Column("title", "VARCHAR", "T."))),
           "funding_awards": Table("funding_awards", "Old.", (Column("award_id", "VARCHAR", "Id."),
                                                              Column("amount_hkd", "DOUBLE", "HKD.")))}
    publish(working, published, old)
    working.unlink()
    working_file(working, [{"org_id": "org_a", "name": "Alpha"}], [{"award_id": "ITS/001/22", "amount_hkd": 2000.0}],
                 [{"article_id": "govhk:P1:en", "title": "AI news", "body": "Text."}], [])
    publish(working, published, all_tables([]), new_build("bbbbbbbb", "replay", datetime(2026, 12, 2, tzinfo=UTC)))
    assert [(r[1], r[2], r[3], r[4]) for r in changes(published)] == [
        ("funding_award", "ITS/001/22", "changed", ["amount_hkd"])]



@pytest.mark.slow
def test_two_runs_over_an_edited_sample_web_list_its_edits_as_changes(edited_builds):
    """A page removed, an amount changed and a release added between two `hkai run`s: exactly those changes."""
    with reader(edited_builds.published) as conn:
        ((second, previous),) = run(conn, "select build_id, previous_build_id from build")
        found = run(conn, "select build_id, entity, key, change, changed_columns, before, after from changes "
                          "order by entity, key")
    assert previous == edited_builds.first and second == edited_builds.second != edited_builds.first
    assert f"build {second}: mode replay, pages from sample web" in edited_builds.second_summary
    assert [r[1:5] for r in found] == [
        ("article", "govhk:P2024100700999:en", "new", []),
        ("funding_award", "ITP/025/17TP", "changed", ["amount_hkd", "amount_text"]),
        ("organization", edited_builds.biomap, "changed", ["listed"]),
    ]
    assert {r[0] for r in found} == {second}
    award = next(r for r in found if r[1] == "funding_award")
    assert (json.loads(award[5])["amount_hkd"], json.loads(award[6])["amount_hkd"]) == ("15034000.0", "16034000.0")
