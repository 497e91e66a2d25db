"""The ecosystem model on small hand-built tables: organizations, programmes, funding, mentions, marts, checks."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from warehouse import ecosystem_marts, model
from warehouse.checks import CHECKS, row_drop, run_check
from warehouse.db import run, writer
from warehouse.marts import write_table
from warehouse.mentions import find_mentions, mention_patterns
from warehouse.programmes import match_programmes
from warehouse.schema import ARTICLES, STG_DATASETS, STG_FUNDING_AWARDS, STG_ORGANIZATIONS

FETCHED = pd.Timestamp("2026-11-24", tz="UTC")


def org(record_id, name, **fields):
    source, source_id, lang = record_id.split(":")
    return {"record_id": record_id, "source": source, "source_id": source_id, "lang": lang, "url": f"https://x/{source_id}",
            "name": name, "kind": "startup", "fetched_at": FETCHED, "crawl_id": "c1", "archive_record_id": "<urn:1>",
            "sectors": [], "programmes": "[]", **fields}


ORGS = [
    org("cyberport_startups:alpha:en", "Alpha Vision Limited", hub="Cyberport", sectors=["AI/ BIG DATA"],
        description="Computer vision for retail.", website="https://alphavision.example.hk",
        programmes=json.dumps([{"programme": "Graduates of CCMF/ CIP", "status": "graduate", "year": "2019-01-01"}])),
    org("cityu_hktech300:alpha-vision:en", "ALPHA VISION LTD", hub="CityU HK Tech 300",
        website="https://www.alphavision.example.hk/en",
        programmes=json.dumps([{"programme": "HK Tech 300", "status": "seed fund", "year": None}])),
    org("hkstp_companies:robo:en", "Robo Hands Limited", hub="HKSTP", kind="corporate",
        description="Service robots for hospitals."),
    org("innohk_labs:cpii:en", "Centre for Perceptual and Interactive Intelligence", kind="research_unit",
        hub="InnoHK", affiliation="The Chinese University of Hong Kong", cluster="AIR@InnoHK",
        extra=json.dumps({"collaborating_institutions": ["Tsinghua University", "The University of Hong Kong",
                                                         "Imperial College London"]})),
]
AWARD = {"record_id": "itf_projects:ITS/001/24", "source": "itf_projects", "source_id": "ITS/001/24",
         "url": "https://www.itf.gov.hk/datagovhk/annuallist_2024_e.csv", "scheme": "ITSP",
         "title": "Artificial intelligence for robot grasping", "recipient": "The Chinese University of Hong Kong",
         "amount_hkd": 5_000_000.0, "amount_text": "5.0", "year": 2024, "extra": "{}", "crawl_id": "c1",
         "fetched_at": FETCHED, "archive_record_id": "<urn:2>", "extractor_version": "itf-1"}
ARTICLE = {"article_id": "govhk:P1:en", "source": "govhk", "source_id": "P1", "url": "https://www.info.gov.hk/p1",
           "lang": "en", "title": "CUHK and Alpha Vision Limited show AI", "published_date": "2024-10-07",
           "body": "The Chinese University of Hong Kong presented its work. HKUST was not there. 香港中文大學亦有出席。",
           "published_from": "footer", "flags": [], "photos": "[]", "word_count": 12, "crawl_id": "c1",
           "fetched_at": FETCHED, "ai_relevant": True, "pillars": ["research_academia"], "ai_subfields": [],
           "story_id": "govhk:P1:en"}


@pytest.fixture
def conn(tmp_path):
    with writer(tmp_path / "w.duckdb") as conn:
        write_table(conn, STG_ORGANIZATIONS, pd.DataFrame(ORGS).reindex(columns=STG_ORGANIZATIONS.column_names))
        write_table(conn, STG_FUNDING_AWARDS, pd.DataFrame([AWARD]).reindex(columns=STG_FUNDING_AWARDS.column_names))
        write_table(conn, ARTICLES, pd.DataFrame([ARTICLE]).reindex(columns=ARTICLES.column_names))
        model.build_organization_tables(conn)
        model.build_programme_tables(conn)
        model.build_research_unit_table(conn)
        model.build_funding_award_table(conn)
        model.build_mention_table(conn)
        yield conn


def rows(conn, sql):
    return conn.execute(sql).fetchall()


def test_the_same_start_up_in_two_directories_is_one_organization(conn):
    orgs = rows(conn, "select org_id, name, hubs, sources, ai_related, ai_rule from organizations "
                      "where name ilike 'alpha vision%'")
    assert len(orgs) == 1
    org_id, name, hubs, sources, ai_related, ai_rule = orgs[0]
    assert hubs == ["CityU HK Tech 300", "Cyberport"] and sources == ["cityu_hktech300", "cyberport_startups"]
    assert ai_related and ai_rule == "sector:ai"
    merged = rows(conn, f"select rule from organization_sources where org_id = '{org_id}' order by rule")
    assert [r for (r,) in merged] == ["domain", "seed"]  # one record is the seed the other was matched to


def test_a_robotics_company_is_not_ai_related_unless_autonomy_is_named(conn):
    # "Service robots for hospitals" names no autonomy or intelligence: robotics, not AI (issue 15).
    assert rows(conn, "select ai_related, ai_rule, kind, kind_rule from organizations "
                      "where name = 'Robo Hands Limited'") == [(False, None, "corporate", "directory:corporate")]


def test_funding_recipient_is_the_anchor_university(conn):
    assert rows(conn, "select recipient_org_id, ai_related, ai_rule from funding_awards") == [
        ("org_cuhk", True, "title:ai_terms_en")]


def test_research_unit_belongs_to_its_university_and_cluster_with_its_partners(conn):
    got = rows(conn, "select name, parent_org_id, cluster, partners, mainland_institutions, partner_org_ids "
                     "from research_units where cluster is not null")
    assert got == [("Centre for Perceptual and Interactive Intelligence", "org_cuhk", "AIR@InnoHK",
                    ["Tsinghua University", "The University of Hong Kong", "Imperial College London"],
                    ["Tsinghua University"], ["org_hku"])]


def test_memberships_read_programme_labels_and_years(conn):
    got = rows(conn, "select programme_id, status, year from memberships order by programme_id")
    assert got == [("cityu_hktech300", "seed fund", None), ("cyberport_ccmf_cip", "graduate", 2019),
                   ("innohk_air", "member", None)]


def test_the_directorys_ccmf_cip_status_is_one_certain_membership(conn):
    # "Graduates of CCMF/ CIP" is the directory's own status: a certain graduate of CCMF/CIP, not two guesses.
    got = rows(conn, "select programme_id, label, certain from memberships order by programme_id")
    assert [(p, c) for p, _, c in got] == [("cityu_hktech300", True), ("cyberport_ccmf_cip", True),
                                           ("innohk_air", True)]
    assert got[1][1] == "Graduates of CCMF/ CIP"


@pytest.mark.parametrize("label, programmes", [
    ("Current CCMF/ CIP", ["cyberport_ccmf_cip"]), ("CCMF/CIP", ["cyberport_ccmf_cip"]), ("CCMF", ["cyberport_ccmf"]),
    ("Cyberport Incubation Programme (CIP)", ["cyberport_cip"]), ("Smart Space Tenant", ["cyberport_smart_space"]),
    ("Incu-Tech", ["hkstp_incu_tech"]), ("NA", []), ("HK Tech 300 ideation", ["cityu_hktech300"]),
    ("HKSTP Ideation Programme", ["hkstp_ideation"]),
])
def test_programme_labels(label, programmes):
    assert sorted(match_programmes(label)) == sorted(programmes)


def test_mentions_respect_word_boundaries_and_keep_the_sentence(conn):
    found = dict(rows(conn, "select org_id, evidence from mentions"))
    assert found["org_cuhk"].startswith("CUHK and Alpha Vision")
    assert "org_hkust" in found and found["org_hkust"] == "HKUST was not there."
    assert any(name.startswith("org_") for name in found if name not in ("org_cuhk", "org_hkust"))


def test_short_chinese_and_lowercase_aliases_are_not_searched():
    aliases = pd.DataFrame({"org_id": ["a", "b", "c"], "alias": ["中大", "HKU", "Lab"], "lang": ["zh-HK", "en", "en"]})
    assert [alias for _, _, alias in mention_patterns(aliases)] == ["HKU"]
    text = pd.DataFrame([{"article_id": "x", "title": "HKUST news", "body": "中大學生"}])
    assert find_mentions(text, aliases).empty


def test_marts_and_checks_build_on_the_model(conn):
    ecosystem_marts.build_ai_activity_monthly(conn)
    ecosystem_marts.build_hub_ai_companies(conn)
    ecosystem_marts.build_university_ai_output(conn)
    ecosystem_marts.build_university_ai_output_yearly(conn)
    ecosystem_marts.build_funding_by_scheme_year(conn)
    ecosystem_marts.build_ecosystem_edges(conn)
    ecosystem_marts.build_mart_members(conn)
    assert rows(conn, "select projects, amount_hkd, ai_projects from funding_by_scheme_year") == [(1, 5e6, 1)]
    cuhk = rows(conn, "select ai_funding_awards, innohk_labs, articles_mentioning from university_ai_output "
                      "where org_id = 'org_cuhk'")
    assert cuhk == [(1, 1, 1)]
    yearly = rows(conn, "select row_key, ai_articles_published, ai_articles_mentioning, ai_funding_awards, ai_funding_hkd "
                        "from university_ai_output_yearly where org_id = 'org_cuhk' order by row_key")
    # The AI project (robot grasping) and the AI article naming CUHK (no sub-field) fall in one year, two topics.
    assert yearly == [("org_cuhk|2024|robotics", 0, 0, 1, 5e6), ("org_cuhk|2024|unspecified", 0, 1, 0, 0.0)]
    relations = {r for (r,) in rows(conn, "select distinct relation from ecosystem_edges")}
    assert relations == {"member_of", "part_of", "collaborates_with", "funded_by", "mentioned_with"}
    assert rows(conn, "select to_id from ecosystem_edges where relation = 'collaborates_with'") == [("org_hku",)]
    assert ("Cyberport", "computer_vision", 1) in rows(conn, "select hub, ai_subfield, companies from hub_ai_companies")
    dataset = {"record_id": "datagovhk:cp-programme:en", "source": "datagovhk", "source_id": "cp-programme", "lang": "en",
               "title": "Digital Transformation Support Pilot Programme", "provider": "Cyberport",
               "resources": json.dumps([{"name": "list", "url": "https://x/list.csv", "format": "CSV"}])}
    write_table(conn, STG_DATASETS, pd.DataFrame([dataset]).reindex(columns=STG_DATASETS.column_names))
    ecosystem_marts.build_datasets(conn)
    assert rows(conn, "select dataset_id, provider_org_id, resource_count from datasets") == [
        ("datagovhk:cp-programme:en", "org_cyberport", 1)]
    # sources and crawl_errors are not in this small build: only those checks may fail.
    run(conn, "create table sources as select 'govhk' as source, 1 as items")
    failed = {(c.table, c.name): detail for c in CHECKS for passed, detail in [run_check(conn, c)] if not passed}
    assert failed == {}
    # The members of CUHK's row: the article naming it, its InnoHK lab, the project it leads.
    members = rows(conn, "select measure, member_type, member_id from mart_members "
                         "where mart = 'university_ai_output' and row_key = 'org_cuhk' order by measure")
    lab = rows(conn, "select org_id from research_units where parent_org_id = 'org_cuhk'")[0][0]
    assert members == [("ai_articles_mentioning", "story", "govhk:P1:en"), ("ai_funding_awards", "funding_award", "ITS/001/24"),
                       ("air_innohk_labs", "organization", lab), ("articles_mentioning", "story", "govhk:P1:en"),
                       ("funding_awards", "funding_award", "ITS/001/24"), ("innohk_labs", "organization", lab),
                       ("research_units", "organization", lab)]
    # A count that its members do not add up to fails the check.
    run(conn, "update funding_by_scheme_year set projects = projects + 1")
    counts_match = next(c for c in CHECKS if c.name == "counts_match")
    assert run_check(conn, counts_match) == (False, "1 row(s) break it")


def test_hubs_are_ranked_within_each_subfield_and_subfields_within_each_hub(conn):
    counts = pd.DataFrame([("HKSTP", "robotics", 3), ("Cyberport", "robotics", 1), ("HKSTP", "computer_vision", 1),
                           ("Cyberport", "computer_vision", 1), ("HKSTP", "unspecified", 5)],
                          columns=["hub", "subfield", "n"])
    companies = [{"org_id": f"org_{hub}_{field}_{i}", "hubs": [hub], "ai_subfields": [] if field == "unspecified"
                  else [field], "ai_related": True, "kind": "startup"}
                 for hub, field, n in counts.itertuples(index=False) for i in range(n)]
    conn.register("companies_frame", pd.DataFrame(companies))
    run(conn, "create or replace table organizations as select * from companies_frame")
    ecosystem_marts.build_hub_ai_companies(conn)
    assert rows(conn, "select row_key, companies, hub_rank, subfield_rank from hub_ai_companies") == [
        ("Cyberport|computer_vision", 1, 1, 1), ("Cyberport|robotics", 1, 2, 1),
        ("HKSTP|robotics", 3, 1, 1), ("HKSTP|computer_vision", 1, 1, 2), ("HKSTP|unspecified", 5, None, None)]


def test_activity_is_split_by_source_keeps_articles_without_a_pillar_and_counts_twins_once(conn):
    unpillared = {**ARTICLE, "article_id": "hku_news:1:en", "source": "hku_news", "source_id": "1",
                  "url": "https://www.hku.hk/1", "publisher": "HKU", "story_id": "hku_news:1:en", "pillars": [],
                  "ai_relevant": True}
    chinese_twin = {**ARTICLE, "article_id": "govhk:P2:zh-HK", "lang": "zh-HK", "source_id": "P2",
                    "twin_article_id": "govhk:P1:en", "story_id": "govhk:P1:en"}
    conn.register("unpillared_frame", pd.DataFrame([unpillared, chinese_twin]).reindex(columns=ARTICLES.column_names))
    run(conn, "insert into articles select * from unpillared_frame")
    ecosystem_marts.build_ai_activity_monthly(conn)
    # The twin names the same two universities: one story naming both, not two.
    run(conn, "insert into mentions select 'govhk:P2:zh-HK', org_id, alias, evidence from mentions "
              "where article_id = 'govhk:P1:en'")
    ecosystem_marts.build_ecosystem_edges(conn)
    assert rows(conn, "select weight from ecosystem_edges where relation = 'mentioned_with' "
                      "and from_id = 'org_cuhk' and to_id = 'org_hkust'") == [(1.0,)]
    got = rows(conn, "select row_key, pillar, source, articles, ai_articles from ai_activity_monthly order by row_key")
    assert got == [("2024-10|no_pillar|hku_news", "no_pillar", "hku_news", 1, 1),
                   ("2024-10|research_academia|govhk", "research_academia", "govhk", 1, 1)]


@pytest.mark.parametrize("rows, before, passed", [(2, 257, False), (129, 257, True), (0, 9, True), (5, None, True)])
def test_a_large_row_drop_fails_its_check(rows, before, passed):
    assert row_drop(rows, before) == (passed, f"{rows} rows now, {before if before is not None else 'none'} before")
