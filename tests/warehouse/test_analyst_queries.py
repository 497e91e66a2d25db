"""Every question in docs/analyst-queries.sql runs on a real build and answers something; the questions on
coverage, builds and history are checked against the answer they must give."""
from __future__ import annotations

import re
from datetime import date

import duckdb
import pytest

from tests.conftest import PROJECT_ROOT

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
    "18.": "one build has no previous build, so no changes: test_what_changed_since_a_date asks two builds",
}


@pytest.mark.slow
@pytest.mark.parametrize("question, sql", queries(), ids=[q.split(".")[0] for q, _ in queries()])
def test_query_answers(built_warehouse, question, sql):
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        rows = conn.execute(sql).fetchall()
    if not question.startswith(tuple(MAY_BE_EMPTY)):
        assert rows, question


def query(number: int) -> str:
    (sql,) = [sql for question, sql in queries() if question.startswith(f"{number}. ")]
    return sql


def answer(published, sql: str) -> list[tuple]:
    with duckdb.connect(str(published), read_only=True) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.slow
def test_what_changed_since_a_date(edited_builds):
    rows = answer(edited_builds.published, query(18))
    assert [r[1:6] for r in rows] == [
        (edited_builds.second, "article", "govhk:P2024100700999:en", "new", []),
        (edited_builds.second, "funding_award", "ITP/025/17TP", "changed", ["amount_hkd", "amount_text"]),
        (edited_builds.second, "organization", edited_builds.biomap, "changed", ["listed"]),
    ]
    later = query(18).replace("timestamptz '2026-01-01 00:00:00+08:00'", "timestamptz '2999-01-01 00:00:00+08:00'")
    assert answer(edited_builds.published, later) == []  # nothing was built after that date


@pytest.mark.slow
def test_the_ecosystem_on_a_date(built_warehouse):
    # The build's only snapshot is today's: the ecosystem on D is the tables as they are.
    ((organisations, ai, memberships, members, awards, amount, ai_awards),) = answer(built_warehouse, """
        select (select count(*) filter (listed) from organizations),
               (select count(*) filter (listed and ai_related) from organizations),
               (select count(*) from memberships), (select count(distinct org_id) from memberships),
               (select count(*) from funding_awards), (select sum(amount_hkd) from funding_awards),
               (select count(*) filter (ai_related) from funding_awards)""")
    assert awards == 8 and organisations > 200  # the 8 ITF profiles; the sample web's organisations
    assert answer(built_warehouse, query(19)) == [(organisations, ai, memberships, members, awards, amount, ai_awards)]
    before = query(19).replace("date '2026-12-31'", "date '2000-01-01'")
    assert answer(built_warehouse, before) == [(0, 0, 0, 0, 0, None, 0)]  # no snapshot that early


@pytest.mark.slow
def test_how_each_source_was_selected(built_warehouse):
    rows = answer(built_warehouse, query(20))
    assert len(rows) == 23 and {(r[1], r[2]) for r in rows} == {("sample web", "sample")}
    govhk = next(r for r in rows if r[0] == "govhk")
    assert govhk[4:] == (date(2017, 1, 3), date(2026, 6, 3), govhk[6], 126, "sample_web/_provenance/govhk.md")
    assert "chosen for innovation, technology and AI topics" in govhk[3]
    cyberport = next(r for r in rows if r[0] == "cyberport_startups")
    assert "35 AI/Big Data and 16 Robotics/IoT" in " ".join(cyberport[3].split())


@pytest.mark.slow
def test_which_build_and_whether_it_is_a_sample(built_warehouse):
    ((build_id, _, mode, origin, sample, code_version, previous),) = answer(built_warehouse, query(21))
    assert (mode, origin, sample, previous) == ("replay", "sample web", True, None)
    assert build_id and code_version
