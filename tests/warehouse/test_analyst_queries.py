"""Every question in docs/analyst-queries.sql runs on a real build and answers something; the questions about
the marts give the answer computed again from the base tables, and those on coverage, builds and history the
answer they must give."""
from __future__ import annotations

import json
import re
from datetime import date

import duckdb
import pandas as pd
import pytest

from tests.conftest import PROJECT_ROOT
from warehouse.ecosystem_marts import university_news_sources

QUERIES_FILE = PROJECT_ROOT / "docs" / "analyst-queries.sql"


def queries() -> list[tuple[str, str]]:
    """(question, sql) pairs: each query is preceded by its numbered question comment."""
    text = QUERIES_FILE.read_text(encoding="utf-8")
    found = re.findall(r"^-- (\d+\. .+?)\n(.+?;)\s*$", text, flags=re.M | re.S)
    return [(question, sql) for question, sql in found]


def test_there_are_at_least_ten_questions():
    assert len(queries()) >= 10


# Questions whose answer may be empty on the sample web, and why.
MAY_BE_EMPTY: dict[str, str] = {
    "26.": "one build has no previous build, so no changes: test_what_changed_since_a_date asks two builds",
}


@pytest.mark.slow
@pytest.mark.parametrize("question, sql", queries(), ids=[q.split(".")[0] for q, _ in queries()])
def test_query_answers(built_warehouse, question, sql):
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        rows = conn.execute(sql).fetchall()
    if not question.startswith(tuple(MAY_BE_EMPTY)):
        assert rows, question


# The answers of the questions about marts, computed here again with pandas from the base tables (articles,
# organizations, memberships' source profiles, ...), so a query that runs but answers wrongly fails.
def month_of(dates):
    return pd.to_datetime(dates).dt.to_period("M").dt.to_timestamp().dt.date


def pillar_rows(articles: pd.DataFrame) -> pd.DataFrame:
    rows = articles.assign(pillar=articles["pillars"].map(lambda p: list(p) if len(p) else ["no_pillar"]))
    return rows.explode("pillar").assign(month=lambda f: month_of(f["published_date"]))


def hubs_leading_each_subfield(conn) -> list[tuple]:
    orgs = conn.sql("select org_id, hubs, ai_subfields from organizations "
                    "where ai_related and kind in ('startup', 'corporate')").df()
    pairs = orgs.explode("hubs").explode("ai_subfields").dropna(subset=["hubs", "ai_subfields"])
    counts = pairs.groupby(["ai_subfields", "hubs"])["org_id"].nunique().reset_index()
    top = counts[counts["org_id"] == counts.groupby("ai_subfields")["org_id"].transform("max")]
    return sorted((f, h, n, 1) for f, h, n in top.itertuples(index=False))


def activity_2025(conn) -> list[tuple]:
    rows = pillar_rows(conn.sql("select * from articles").df())
    rows = rows[(rows["month"] >= date(2025, 1, 1)) & (rows["month"] < date(2026, 1, 1))]
    grouped = rows.groupby(["month", "pillar", "source"])
    stories = grouped["story_id"].nunique()
    ai = rows[rows["ai_relevant"]].groupby(["month", "pillar", "source"])["story_id"].nunique()
    return sorted((m, p, s, n, int(ai.get((m, p, s), 0))) for (m, p, s), n in stories.items())


def university_output_by_year(conn) -> list[tuple]:
    articles = conn.sql("select * from articles where ai_relevant").df()
    articles = articles.assign(year=pd.to_datetime(articles["published_date"]).dt.year,
                               topic=articles["ai_subfields"].map(lambda f: list(f) if len(f) else ["unspecified"]))
    articles = articles.explode("topic")
    unis = conn.sql("select org_id, name from organizations where kind = 'university'").df()
    published = university_news_sources().merge(articles, on="source").groupby(["org_id", "year", "topic"])
    mentions = conn.sql("select distinct article_id, org_id from mentions").df().merge(articles, on="article_id")
    mentioning = mentions.groupby(["org_id", "year", "topic"])
    counts = pd.DataFrame({"published": published["story_id"].nunique(),
                           "mentioning": mentioning["story_id"].nunique()}).fillna(0).reset_index()
    counts = counts.merge(unis, on="org_id")
    awards = conn.execute("select count(*) from funding_awards f join organizations o on o.org_id = f.recipient_org_id "
                          "where f.ai_related and o.kind = 'university'").fetchone()[0]
    assert awards == 0, "the sample web has no AI project led by a university: add them to this answer"
    return sorted((r.name, r.year, r.topic, int(r.published), int(r.mentioning), 0)
                  for r in counts.itertuples(index=False))


def stories_by_source(conn) -> list[tuple]:
    articles = conn.sql("select source, article_id, twin_article_id, twin_rule, lang from articles").df()
    twins = articles.dropna(subset=["twin_article_id"])
    by_id = articles.set_index("article_id")
    # Every pair goes both ways, in two languages, within one source.
    assert all(by_id.loc[t, "twin_article_id"] == a and by_id.loc[t, "lang"] != by_id.loc[a, "lang"]
               and by_id.loc[t, "source"] == by_id.loc[a, "source"] for a, t in zip(twins["article_id"],
                                                                                   twins["twin_article_id"]))
    answer = []
    for source, group in articles.groupby("source"):
        paired = int(group["twin_article_id"].notna().sum())
        rules = sorted(set(group["twin_rule"].dropna()))
        answer.append((source, len(group), len(group) - paired // 2, paired, rules))
    return answer


def members_of_busiest_activity_row(conn) -> list[tuple]:
    mart = conn.sql("select * from ai_activity_monthly").df()
    row = mart.sort_values(["ai_articles", "articles", "row_key"], ascending=[False, False, True]).iloc[0]
    articles = conn.sql("select * from articles").df()
    rows = pillar_rows(articles)
    in_row = rows[(rows["month"] == row["month"].date()) & (rows["pillar"] == row["pillar"])
                  & (rows["source"] == row["source"])]
    assert in_row["story_id"].nunique() == row["articles"]
    members = articles[articles["story_id"].isin(set(in_row["story_id"]))].sort_values("article_id")
    return [(a.article_id, a.lang, a.published_date.date(), a.title, a.url, a.archive_record_id)
            for a in members.itertuples(index=False)]


def ccmf_cip_graduates(conn) -> set[str]:
    """The org_ids of every profile whose directory status lists it among the graduates of CCMF/CIP."""
    profiles = conn.sql("select s.programmes, o.org_id from stg_organizations s "
                        "join organization_sources o using (record_id)").df()
    graduates = {org for programmes, org in zip(profiles["programmes"], profiles["org_id"])
                 if any(p.get("programme") == "CCMF/CIP" and p.get("status") == "graduate"
                        for p in json.loads(programmes or "[]"))}
    assert graduates, "the sample web's Cyberport directory lists graduates of CCMF/ CIP"
    return graduates


def gba_by_year(conn) -> list[tuple]:
    articles = conn.sql("select * from articles").df()
    named = articles[articles["places"].map(lambda p: "Greater Bay Area" in list(p))]
    # Each of them names the region in its own words.
    words = re.compile(r"Greater Bay Area|\bGBA\b|大灣區")
    assert all(words.search(f"{t}\n{b}") for t, b in zip(named["title"], named["body"]))
    named = named.assign(year=pd.to_datetime(named["published_date"]).dt.year)
    return [(y, g["story_id"].nunique(), g[g["ai_relevant"]]["story_id"].nunique())
            for y, g in named.groupby("year")]


def dataset_titles(conn) -> set[str]:
    return set(conn.sql("select title from stg_datasets").df()["title"])


def rows_as(rows, columns: int) -> list[tuple]:
    return [tuple(r[:columns]) for r in rows]


# Question number -> how to compare the query's rows with the answer computed above.
CHECKED = {
    "18": lambda rows, conn: sorted(rows) == hubs_leading_each_subfield(conn),
    "19": lambda rows, conn: sorted(rows) == activity_2025(conn),
    "20": lambda rows, conn: sorted(rows) == university_output_by_year(conn),
    "21": lambda rows, conn: [(s, a, n, t, sorted(r)) for s, a, n, t, r in rows] == stories_by_source(conn),
    "22": lambda rows, conn: rows == members_of_busiest_activity_row(conn),
    "23": lambda rows, conn: {r[0] for r in rows} == ccmf_cip_graduates(conn),
    "24": lambda rows, conn: rows == gba_by_year(conn),
    "25": lambda rows, conn: {r[0] for r in rows} == dataset_titles(conn),
}


@pytest.mark.slow
@pytest.mark.parametrize("number", list(CHECKED))
def test_query_gives_the_answer_computed_from_the_base_tables(built_warehouse, number):
    sql = next(sql for question, sql in queries() if question.split(".")[0] == number)
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        rows = conn.execute(sql).fetchall()
        assert rows, number
        assert CHECKED[number](rows, conn), number


def query(number: int) -> str:
    (sql,) = [sql for question, sql in queries() if question.startswith(f"{number}. ")]
    return sql


def answer(published, sql: str) -> list[tuple]:
    with duckdb.connect(str(published), read_only=True) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.slow
def test_what_changed_since_a_date(edited_builds):
    rows = answer(edited_builds.published, query(26))
    assert [r[1:6] for r in rows] == [
        (edited_builds.second, "article", "govhk:P2024100700999:en", "new", []),
        (edited_builds.second, "funding_award", "ITP/025/17TP", "changed", ["amount_hkd", "amount_text"]),
        (edited_builds.second, "organization", edited_builds.biomap, "changed", ["listed"]),
    ]
    later = query(26).replace("timestamptz '2026-01-01 00:00:00+08:00'", "timestamptz '2999-01-01 00:00:00+08:00'")
    assert answer(edited_builds.published, later) == []  # nothing was built after that date


@pytest.mark.slow
def test_the_ecosystem_on_a_date(built_warehouse):
    # The build's only snapshot is today's: the ecosystem on D is the tables as they are.
    ((organizations, ai, memberships, members, awards, amount, ai_awards),) = answer(built_warehouse, """
        select (select count(*) filter (listed) from organizations),
               (select count(*) filter (listed and ai_related) from organizations),
               (select count(*) from memberships), (select count(distinct org_id) from memberships),
               (select count(*) from funding_awards), (select sum(amount_hkd) from funding_awards),
               (select count(*) filter (ai_related) from funding_awards)""")
    assert awards == 8 and organizations > 200  # the 8 ITF profiles; the sample web's organizations
    assert answer(built_warehouse, query(27)) == [(organizations, ai, memberships, members, awards, amount, ai_awards)]
    before = query(27).replace("date '2026-12-31'", "date '2000-01-01'")
    assert answer(built_warehouse, before) == [(0, 0, 0, 0, 0, None, 0)]  # no snapshot that early


@pytest.mark.slow
def test_how_each_source_was_selected(built_warehouse):
    rows = answer(built_warehouse, query(28))
    assert len(rows) == 23 and {(r[1], r[2]) for r in rows} == {("sample web", "sample")}
    govhk = next(r for r in rows if r[0] == "govhk")
    assert govhk[4:] == (date(2017, 1, 3), date(2026, 6, 3), govhk[6], 126, "sample_web/_provenance/govhk.md")
    assert "chosen for innovation, technology and AI topics" in govhk[3]
    cyberport = next(r for r in rows if r[0] == "cyberport_startups")
    assert "35 AI/Big Data and 16 Robotics/IoT" in " ".join(cyberport[3].split())


@pytest.mark.slow
def test_which_build_and_whether_it_is_a_sample(built_warehouse):
    ((build_id, _, mode, origin, sample, code_version, previous),) = answer(built_warehouse, query(29))
    assert (mode, origin, sample, previous) == ("replay", "sample web", True, None)
    assert build_id and code_version
