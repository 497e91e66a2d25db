"""The analysts' entry point: read-only SQL on the published warehouse, printed as a table."""
from __future__ import annotations

from pathlib import Path

from warehouse.db import reader


def run_query(published: Path, sql: str, max_rows: int = 200) -> tuple[list[str], list[tuple], bool]:
    """(column names, rows, truncated) of a query on the published copy, opened read-only."""
    with reader(published) as conn:
        result = conn.execute(sql)
        if result.description is None:
            return [], [], False
        columns = [d[0] for d in result.description]
        rows = result.fetchmany(max_rows + 1)
    return columns, rows[:max_rows], len(rows) > max_rows


def format_table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    """A plain-text table: one header line, a rule, one line per row; long cells are cut with an ellipsis."""
    def cell(value) -> str:
        text = "NULL" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(columns, widths)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(v.ljust(w) for v, w in zip(r, widths)) for r in cells]
    return "\n".join(lines)
