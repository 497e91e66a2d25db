"""Every question in docs/analyst-queries.sql runs on a real build and answers something."""
from __future__ import annotations

import re

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


# Questions whose answer may be empty on the sample web, and why (none at present).
MAY_BE_EMPTY: dict[str, str] = {}


@pytest.mark.slow
@pytest.mark.parametrize("question, sql", queries(), ids=[q.split(".")[0] for q, _ in queries()])
def test_query_answers(built_warehouse, question, sql):
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        rows = conn.execute(sql).fetchall()
    if not question.startswith(tuple(MAY_BE_EMPTY)):
        assert rows, question
