"""Every mart row leads to its members on a real build: the number in the row is the number of members."""
from __future__ import annotations

import duckdb
import pytest

from warehouse.checks import MART_MEASURES

MEMBER_TABLES = {"story": ("articles", "story_id"), "organization": ("organizations", "org_id"),
                 "funding_award": ("funding_awards", "award_id")}


@pytest.mark.slow
@pytest.mark.parametrize("mart", list(MART_MEASURES))
def test_the_largest_row_of_each_mart_counts_exactly_its_members(built_warehouse, mart):
    measures = MART_MEASURES[mart]
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        row_key, *counts = conn.execute(f"select row_key, {', '.join(measures)} from {mart} "
                                        f"order by {' + '.join(measures)} desc, row_key limit 1").fetchone()
        assert sum(counts) > 0, f"{mart} has no row with a count"
        for measure, count in zip(measures, counts, strict=True):
            members = conn.execute("select member_type, member_id from mart_members "
                                   "where mart = ? and row_key = ? and measure = ?", [mart, row_key, measure]).fetchall()
            assert len(members) == count, (mart, row_key, measure)
            for member_type, member_id in members:  # each member is a row of its table
                table, key = MEMBER_TABLES[member_type]
                assert conn.execute(f"select count(*) from {table} where {key} = ?", [member_id]).fetchone()[0] >= 1


@pytest.mark.slow
def test_activity_members_are_the_stories_of_the_month_pillar_and_source(built_warehouse):
    """One activity row against the articles themselves, read with pandas."""
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        articles = conn.sql("select published_date, pillars, source, story_id, ai_relevant from articles").df()
        row_key, month, pillar, source, stories, ai_stories = conn.execute(
            "select row_key, month, pillar, source, articles, ai_articles from ai_activity_monthly "
            "where pillar = 'no_pillar' order by ai_articles desc, articles desc limit 1").fetchone()
        members = {m for (m,) in conn.execute("select member_id from mart_members where mart = 'ai_activity_monthly' "
                                              "and row_key = ? and measure = 'articles'", [row_key]).fetchall()}
    in_row = articles[(articles["published_date"].dt.strftime("%Y-%m") == month.strftime("%Y-%m"))
                      & (articles["source"] == source) & (articles["pillars"].map(len) == 0)]
    assert members == set(in_row["story_id"]) and len(members) == stories
    assert in_row[in_row["ai_relevant"]]["story_id"].nunique() == ai_stories


@pytest.mark.slow
@pytest.mark.parametrize("mart", list(MART_MEASURES))
def test_a_member_of_each_mart_leads_to_its_archived_page_through_hkai_show(built_warehouse, mart, monkeypatch, capsys):
    """From the mart's largest row, through mart_members, to the page in the WARC archive: the way an analyst
    checks a number by hand."""
    from dagster_project.cli import main

    measures = MART_MEASURES[mart]
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        (row_key,) = conn.execute(f"select row_key from {mart} order by {' + '.join(measures)} desc, row_key "
                                  "limit 1").fetchone()
        member_type, member_id = conn.execute("select member_type, member_id from mart_members where mart = ? "
                                              "and row_key = ? order by member_id limit 1", [mart, row_key]).fetchone()
        table, key = MEMBER_TABLES[member_type]
        record_ids = {r for (r,) in conn.execute(
            f"select archive_record_id from {table} where {key} = ?" if table != "organizations" else
            "select s.archive_record_id from organization_sources o join stg_organizations s using (record_id) "
            "where o.org_id = ?", [member_id]).fetchall() if r}
    assert record_ids, (mart, member_type, member_id)  # every member was read from an archived page
    monkeypatch.setenv("HKAI_DATA_DIR", str(built_warehouse.parent))
    assert main(["show", member_id]) == 0, (mart, member_id)
    out = capsys.readouterr().out
    assert any(f"WARC-Record-ID: {r}" in out for r in record_ids), (mart, member_id)


@pytest.mark.slow
def test_an_edge_of_the_graph_leads_from_its_ends_to_archived_pages_through_hkai_show(built_warehouse, monkeypatch,
                                                                                      capsys):
    """ecosystem_edges names its members itself: its start organization is shown from the archive, and the page
    or article of its evidence is one of the pages shown."""
    from dagster_project.cli import main

    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        from_id, evidence = conn.execute(
            "select from_id, evidence from ecosystem_edges where relation = 'member_of' and evidence like 'http%' "
            "order by weight desc, from_id, to_id limit 1").fetchone()
    monkeypatch.setenv("HKAI_DATA_DIR", str(built_warehouse.parent))
    assert main(["show", from_id]) == 0
    out = capsys.readouterr().out
    assert "WARC-Record-ID: <urn:uuid:" in out
    assert main(["show", evidence]) == 0  # the membership's page, by its URL
    assert f"WARC-Target-URI: {evidence}" in capsys.readouterr().out
