"""What each source's rows cover: where the pages came from, how they were chosen, which dates they span.

The selection of each source comes from `sample_web/_provenance/coverage.yaml` (one entry per source,
summarising its provenance note); where the pages came from comes from the crawl itself (its mode and the
origin its replay archive declares). The SQL is `warehouse/sql/coverage.sql`.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import yaml

from spiders.source import Source
from warehouse.sql_files import build_sql_table

COVERAGE_FILE = Path("_provenance") / "coverage.yaml"
SELECTIONS = ("complete", "sample")


class CoverageError(ValueError):
    """The provenance's coverage file misses a source, names an unknown one, or has a bad selection."""


def read_selection(sample_web: Path, sources: list[Source]) -> pd.DataFrame:
    """(source, selection, selection_rule, provenance_note) of every source, from the sample web's coverage file.

    A source without an entry, an entry for no source, or a selection other than complete or sample is
    refused with its name: a coverage statement with a hole would read as complete.
    """
    path = Path(sample_web) / COVERAGE_FILE
    if not path.is_file():
        raise CoverageError(f"{path} is missing: the sample web needs one entry per source saying how its pages "
                            "were chosen (see the bundled sample_web/_provenance/coverage.yaml)")
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    names = [s.name for s in sources]
    problems = [f"{n}: no entry" for n in names if n not in entries]
    problems += [f"{n}: not a source of the registry" for n in entries if n not in names]
    problems += [f"{n}: selection {e.get('selection')!r} is not one of {', '.join(SELECTIONS)}"
                 for n, e in entries.items() if n in names and e.get("selection") not in SELECTIONS]
    problems += [f"{n}: no rule" for n, e in entries.items() if n in names and not str(e.get("rule") or "").strip()]
    problems += [f"{n}: note {e.get('note')!r} is not in {path.parent}" for n, e in entries.items()
                 if n in names and not (path.parent / str(e.get("note"))).is_file()]
    if problems:
        raise CoverageError(f"{path}: " + "; ".join(problems))
    return pd.DataFrame([(n, entries[n]["selection"], " ".join(str(entries[n]["rule"]).split()),
                          f"sample_web/_provenance/{entries[n]['note']}") for n in names],
                        columns=["source", "selection", "selection_rule", "provenance_note"])


def coverage_file_bytes(sample_web: Path) -> bytes:
    """The coverage file's content (empty when missing: the build then stops with CoverageError)."""
    path = Path(sample_web) / COVERAGE_FILE
    return path.read_bytes() if path.is_file() else b""


def build_coverage(conn: duckdb.DuckDBPyConnection, sources: list[Source], sample_web: Path) -> int:
    """The `coverage` table: one row per source of the registry."""
    registry = pd.DataFrame({"source": [s.name for s in sources], "record_type": [s.record_type for s in sources]})
    conn.register("registry", registry)
    conn.register("sample_selection", read_selection(sample_web, sources))
    try:
        return build_sql_table(conn, "coverage")
    finally:
        conn.unregister("registry")
        conn.unregister("sample_selection")
