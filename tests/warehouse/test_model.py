"""Cleaning, classification and the analyst tables, on small hand-built records."""
from __future__ import annotations

import pandas as pd
import pytest

from spiders.items import CrawlError
from spiders.registry import SOURCES
from tests.warehouse.landing import article, write_crawl
from warehouse.classify import ai_relevance, load_taxonomy, mainland_institutions_of, pillars_of, places_of
from warehouse.db import run, writer
from warehouse.load import load_new_crawls
from warehouse.marts import build_articles, build_crawl_errors, build_sources, read_current, write_table
from warehouse.schema import ARTICLES, RAW_ARTICLES_COLUMNS, raw_table
from warehouse.staging import clean_articles, word_count

RAW = raw_table("raw_govhk_press_releases", "GovHK press releases")
TAXONOMY = load_taxonomy()


@pytest.mark.parametrize("title, body, expected", [
    ("LCQ20: Development of artificial intelligence", "", (True, "title:ai_terms_en")),
    ("Speech by SITI", "He opened the forum.\n\nAI is changing work.\n\nThe AI Subsidy Scheme helps.",
     (True, "body:ai_acronym")),
    ("Speech by SITI", "AI is changing work, he said.", (True, "lead:ai_acronym")),  # the first paragraph's subject
    ("Speech by SITI", "He opened the forum.\n\nOne mention of AI only.", (False, None)),
    # A list of AI terms is one passing mention, not two.
    ("LCQ6: Talent", "He asked about talent.\n\nHe named artificial intelligence, machine learning and robotics.",
     (False, None)),
    ("Red flag hoisted at beach", "Swimmers are advised...", (False, None)),
    ("立法會二十題：人工智能的發展", "", (True, "title:ai_terms_tc")),
    ("Repairs to the main road", "The contractor said the rain was heavy.", (False, None)),  # 'ai' inside words
    ("AFJ – TutorGPT", "", (True, "title:ai_product")),
    ("A.I. Ambassador kiosk", "", (True, "title:ai_acronym")),
    ("HKU Joins Tech Giants to Advance Embodied Intelligence", "", (True, "title:ai_terms_en")),
    ("Robotics open day", "Visitors saw thirty robots at the park.", (False, None)),  # robots alone are not AI
    ("Surgery news", "The surgical robot carried out the tasks on its own.", (True, "lead:robotics_autonomy")),
])
def test_ai_relevance_names_its_rule(title, body, expected):
    assert ai_relevance(title, body, TAXONOMY) == expected


def test_pillars_name_their_rules():
    pillars, rules = pillars_of("Cyberport start-ups join GBA fintech programme",
                                "The start-ups will work with partners on fintech and virtual assets for banks.",
                                TAXONOMY)
    assert pillars == ["startups_hubs", "finance_fintech", "cross_border"]
    assert rules == ["startups_hubs:hubs_en", "finance_fintech:fintech_en", "cross_border:title:cross_border_en"]


def test_one_stray_word_sets_no_pillar():
    # One "university" and one "bank" in a text about innovation are not research or finance news.
    pillars, _ = pillars_of("Innovation fair opens", "A university team and a bank showed digital products.", TAXONOMY)
    assert pillars == []


def test_government_business_outside_innovation_has_no_pillar():
    assert pillars_of("LCQ3: Taxi drivers", "The Legislative Council asked the Government about taxis.",
                      TAXONOMY) == ([], [])


@pytest.mark.parametrize("body, crosses", [
    # A bureau's name and a passing mention are not collaboration with the Mainland.
    ("The Secretary for Constitutional and Mainland Affairs replied. Rules on the Mainland were cited.", False),
    ("Shenzhen and Hong Kong officials met. The two sides signed an agreement on the Shenzhen zone.", True),
])
def test_cross_border_means_collaboration(body, crosses):
    pillars, _ = pillars_of("LCQ10: Innovation and technology", body, TAXONOMY)
    assert ("cross_border" in pillars) is crosses


@pytest.mark.parametrize("text, places", [
    ("A Shenzhen-Hong Kong lab in the Hetao zone, with partners in Macau and Beijing",
     ["Shenzhen", "Macao", "Hetao", "Beijing"]),
    ("落馬洲河套區與前海合作，並到訪上海", ["Hetao", "Qianhai", "Shanghai"]),
    ("中山大學的研究團隊", []),  # Sun Yat-sen University, not the city of Zhongshan
    ("中山市和廣州的工廠", ["Guangzhou", "Zhongshan"]),
    ("Shenzhenese is not a place; nor is Macaroni", []),
    # The region as a whole is a place of its own; "Macao" in its full name is not the city.
    ("Building the Guangdong-Hong Kong-Macao Greater Bay Area", ["Greater Bay Area"]),
    ("粵港澳大灣區的發展，並到訪澳門", ["Greater Bay Area", "Macao"]),
])
def test_places_are_named_in_english_whichever_language_names_them(text, places):
    assert places_of(text, TAXONOMY) == places


def test_mainland_institutions_among_partners():
    partners = ["Peking University", "Imperial College London", "中國科學院", "Chinese University of Hong Kong",
                "Hong Kong Institute of Science & Innovation, Chinese Academy of Sciences", "Tsinghua University"]
    assert mainland_institutions_of(partners, TAXONOMY) == [
        "Peking University", "中國科學院", "Hong Kong Institute of Science & Innovation, Chinese Academy of Sciences",
        "Tsinghua University"]


def test_word_count_counts_each_chinese_character():
    assert word_count("InnoHK has 28 labs") == 4
    assert word_count("人工智能 AI") == 5


def test_clean_articles_keeps_the_latest_capture_of_each_page():
    raw = pd.DataFrame([
        {**article().__dict__, "crawl_id": "c1", "fetched_at": pd.Timestamp("2026-11-01", tz="UTC"), "title": "Old  title"},
        {**article().__dict__, "crawl_id": "c2", "fetched_at": pd.Timestamp("2026-11-20", tz="UTC"), "title": " New\ntitle "},
        {**article(source_id="P2", lang="zh-HK").__dict__, "crawl_id": "c1",
         "fetched_at": pd.Timestamp("2026-11-01", tz="UTC"), "body": "人工智能"},
    ])
    stg = clean_articles(raw)
    assert sorted(stg["article_id"]) == ["govhk:P2022052500609:en", "govhk:P2:zh-HK"]
    assert stg.set_index("article_id").loc["govhk:P2022052500609:en", "title"] == "New title"
    assert stg.set_index("article_id").loc["govhk:P2:zh-HK", "word_count"] == 4


def build_all(tmp_path, crawls):
    landing = tmp_path / "landing"
    for crawl_id, records, errors, finished_at in crawls:
        write_crawl(landing, crawl_id, records, errors, finished_at)
    with writer(tmp_path / "w.duckdb") as conn:
        load_new_crawls(conn, landing, RAW)
        stg = clean_articles(read_current(conn, [RAW.name], [c.name for c in RAW_ARTICLES_COLUMNS]))
        write_table(conn, ARTICLES, build_articles(stg, {"govhk": "ISD"}))
        build_sources(conn, list(SOURCES.values()))
        build_crawl_errors(conn)
        return {t: conn.sql(f"select * from {t}").df() for t in ("articles", "sources", "crawl_errors")}


def test_articles_sources_and_errors_tables(tmp_path):
    en = article(twin_url="https://www.info.gov.hk/gia/general/202205/25/P2022052500607.htm")
    tc = article(source_id="P2022052500607", lang="zh-HK", url=en.twin_url, title="行政長官出席創新香港研發平台啟動典禮致辭",
                 body="人工智能及機械人科技。人工智能研發。")
    old_error = CrawlError(source="govhk", url="https://old", stage="http", reason="HTTP 503", occurred_at="2026-11-01T00:00:00+00:00")
    new_error = CrawlError(source="govhk", url="https://new", stage="extract", reason="ExtractionError: empty",
                           occurred_at="2026-11-24T00:00:00+00:00")
    tables = build_all(tmp_path, [("c1", [en], [old_error], "2026-11-01T00:00:00+00:00"),
                                  ("c2", [en, tc], [new_error], "2026-11-24T01:00:00+00:00")])
    articles = tables["articles"].set_index("article_id")
    assert articles.loc["govhk:P2022052500609:en", "twin_article_id"] == "govhk:P2022052500607:zh-HK"
    assert articles.loc["govhk:P2022052500607:zh-HK", "ai_rule"] == "lead:ai_terms_tc"  # AI in its first paragraph
    assert articles.loc["govhk:P2022052500609:en", "publisher"] == "ISD"
    # A speech by the CE is government support; one "Science Park" (where the clusters are) is no hub news.
    assert list(articles.loc["govhk:P2022052500609:en", "pillars"]) == ["government_support", "research_academia"]
    assert set(articles["taxonomy_version"]) == {TAXONOMY.version}
    sources = tables["sources"].set_index("source")
    assert (sources.loc["govhk", "last_crawl_id"], sources.loc["govhk", "items"], sources.loc["govhk", "errors"]) == (
        "c2", 2, 1)
    assert list(tables["crawl_errors"]["url"]) == ["https://new"]  # only the last crawl's errors


def test_empty_warehouse_builds_empty_tables(tmp_path):
    with writer(tmp_path / "w.duckdb") as conn:
        stg = clean_articles(read_current(conn, [RAW.name], [c.name for c in RAW_ARTICLES_COLUMNS]))
        assert write_table(conn, ARTICLES, build_articles(stg, {})) == 0
        assert run(conn, "select count(*) from articles") == [(0,)]
