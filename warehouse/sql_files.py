"""The SQL of the warehouse's tables, one `select` per table in `warehouse/sql/<table>.sql`."""
from __future__ import annotations

from functools import cache
from pathlib import Path

SQL_DIR = Path(__file__).parent / "sql"


@cache
def sql_text(name: str) -> str:
    """The query of `warehouse/sql/<name>.sql`: the `select` whose result is the table `name`."""
    path = SQL_DIR / f"{name}.sql"
    if not path.is_file():
        raise FileNotFoundError(f"no SQL file for table {name!r}: expected {path}")
    return path.read_text(encoding="utf-8")
