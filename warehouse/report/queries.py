"""The figures behind the report: one query per chart or table, in `warehouse/sql/report_<name>.sql`.

Each file starts with two comment lines: what it counts, and `-- reads: <table>, ...`, the tables it
reads. A figure whose tables are not in the warehouse (a table another build adds later) is kept as
"not available in this build" instead of failing the report.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import duckdb
import pandas as pd

from warehouse.db import run
from warehouse.sql_files import SQL_DIR, sql_text

PREFIX = "report_"
TIMEZONE = "Asia/Hong_Kong"  # "this year" and the times shown are Hong Kong's


@dataclass(frozen=True)
class Query:
    """One figure's query: its name, what it counts, and the tables it reads."""

    name: str
    counts: str
    reads: tuple[str, ...]

    @property
    def sql(self) -> str:
        return sql_text(PREFIX + self.name)


@dataclass(frozen=True)
class Figure:
    """A query's result, or the tables it needs that this build does not have."""

    query: Query
    frame: pd.DataFrame | None
    missing: tuple[str, ...] = ()

    @property
    def available(self) -> bool:
        return self.frame is not None


def parse_header(name: str, text: str) -> Query:
    """The query's description and tables from its leading comment lines (`-- reads: a, b`)."""
    comments = []
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        comments.append(line.removeprefix("--").strip())
    reads = [c.removeprefix("reads:") for c in comments if c.startswith("reads:")]
    if not reads:
        raise ValueError(f"{PREFIX}{name}.sql names no tables: its header needs a line `-- reads: <table>, ...`")
    counts = " ".join(c for c in comments if not c.startswith("reads:"))
    return Query(name, counts, tuple(t.strip() for t in reads[0].split(",") if t.strip()))


@cache
def report_queries() -> dict[str, Query]:
    """Every report query by name (`report_glance.sql` is `glance`)."""
    names = sorted(p.stem.removeprefix(PREFIX) for p in SQL_DIR.glob(f"{PREFIX}*.sql"))
    return {name: parse_header(name, sql_text(PREFIX + name)) for name in names}


def report_inputs() -> list[str]:
    """Every table the report reads: when none of them changed, the report need not be rebuilt."""
    return sorted({table for q in report_queries().values() for table in q.reads})


def run_queries(conn: duckdb.DuckDBPyConnection) -> dict[str, Figure]:
    """Every report query's result on the warehouse `conn` (read-only is enough)."""
    run(conn, f"set TimeZone = '{TIMEZONE}'")
    present = {name for (name,) in run(conn, "select table_name from information_schema.tables "
                                             "where table_schema = 'main'")}
    figures = {}
    for name, query in report_queries().items():
        missing = tuple(t for t in query.reads if t not in present)
        frame = None if missing else conn.execute(query.sql).df()
        figures[name] = Figure(query, frame, missing)
    return figures
