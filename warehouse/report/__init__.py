"""The ecosystem report: a static HTML page of charts and tables over the published warehouse.

`build_report(published_db, out_dir)` writes `index.html`, with every chart in it as SVG, and one
CSV per figure beside it (`csv/`). Queries in `warehouse/sql/report_*.sql` (`queries`), charts with altair
rendered offline by vl-convert (`charts`), the page from a Jinja template (`page`).
"""
from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from warehouse.db import reader
from warehouse.report.queries import Figure, report_inputs, run_queries

__all__ = ["build_report", "report_inputs"]


def write_files(folder: Path, files: dict[str, str]) -> None:
    """Write `files` (name to text) in `folder`, and remove what an earlier build left there."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.iterdir():
        if stale.name not in files:
            stale.unlink()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def build_report(published_db: Path, out_dir: Path) -> Path:
    """Write the report of the warehouse `published_db` into `out_dir`; returns its `index.html`."""
    from warehouse.report import charts  # altair is imported only when a report is built
    from warehouse.report.page import render_page

    with reader(published_db) as conn:
        figures: dict[str, Figure] = run_queries(conn)
    svgs = {name: charts.to_svg(charts.CHARTS[name](f.frame), name) for name, f in figures.items()
            if name in charts.CHARTS and f.available and len(f.frame)}
    write_files(out_dir / "csv", {f"{name}.csv": f.frame.to_csv(index=False)
                                  for name, f in figures.items() if f.available})
    html = render_page(figures, svgs, datetime.now(UTC))
    index = out_dir / "index.html"
    partial = index.with_name(".index.html.partial")
    partial.write_text(html, encoding="utf-8")
    os.replace(partial, index)  # a reader never sees half a page
    return index
