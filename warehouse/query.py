"""The analysts' entry point: read-only SQL on the published warehouse, printed as a table, CSV, JSON or Markdown."""
from __future__ import annotations

import csv
import io
import json
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


OUTPUT_FORMATS = ("table", "csv", "json", "markdown")


def format_rows(columns: list[str], rows: list[tuple], fmt: str = "table", full: bool = False) -> str:
    """Query results as a plain table (cells cut unless `full`), CSV, JSON lines or a Markdown table."""
    if fmt == "table":
        return format_table(columns, rows, max_width=10**9 if full else 60)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
        return out.getvalue().rstrip("\n")
    if fmt == "json":
        return "\n".join(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) for row in rows)
    if fmt == "markdown":
        def cell(value) -> str:
            text = "" if value is None else str(value).replace("\n", " ").replace("|", "\\|")
            return text if full or len(text) <= 60 else text[:59] + "…"
        lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
        return "\n".join(lines)
    raise ValueError(f"unknown format {fmt!r}; known: {', '.join(OUTPUT_FORMATS)}")
