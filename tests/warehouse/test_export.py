"""`hkai export` and the `analyst_export` asset: every analyst table as Parquet or CSV that DuckDB reads
back with the warehouse's row counts, and a data package that Frictionless validates."""
from __future__ import annotations

import json

import duckdb
import frictionless
import pytest

from dagster_project.cli import main
from warehouse.export import exported_tables, field_type
from warehouse.query import format_rows


def warehouse_counts(published) -> dict[str, int]:
    with duckdb.connect(str(published), read_only=True) as conn:
        present = {r[0] for r in conn.execute("select table_name from information_schema.tables").fetchall()}
        return {t.name: conn.execute(f"select count(*) from {t.name}").fetchone()[0]
                for t in exported_tables() if t.name in present}


def read_back(folder, fmt: str) -> dict[str, int]:
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    with duckdb.connect() as conn:
        return {r["name"]: conn.execute(f"select count(*) from {reader}('{folder / r['path']}')").fetchone()[0]
                for r in package["resources"]}


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_reads_back_with_the_same_row_counts(built_warehouse, tmp_path, monkeypatch, fmt):
    monkeypatch.setenv("HKAI_DATA_DIR", str(built_warehouse.parent))
    assert main(["export", "--format", fmt, str(tmp_path / "out")]) == 0
    counts = warehouse_counts(built_warehouse)
    assert {"articles", "organizations", "funding_awards", "sources"} <= set(counts)
    assert read_back(tmp_path / "out", fmt) == counts
    assert not any(name.startswith(("stg_", "raw_")) for name in counts)


@pytest.mark.slow
def test_the_csv_package_validates_and_carries_the_dictionary(built_warehouse, tmp_path, monkeypatch):
    monkeypatch.setenv("HKAI_DATA_DIR", str(built_warehouse.parent))
    assert main(["export", "--format", "csv", str(tmp_path / "out")]) == 0
    report = frictionless.validate(str(tmp_path / "out" / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:10]
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    articles = next(r for r in package["resources"] if r["name"] == "articles")
    title = next(f for f in articles["schema"]["fields"] if f["name"] == "title")
    assert title["type"] == "string" and title["description"]


@pytest.mark.slow
def test_every_build_writes_the_parquet_package(built_warehouse):
    folder = built_warehouse.parent / "export"
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert list(frictionless.Package.metadata_validate(descriptor)) == []
    assert read_back(folder, "parquet") == warehouse_counts(built_warehouse)


def test_field_types_of_duckdb_types():
    assert [field_type(t) for t in ("VARCHAR", "BIGINT", "DOUBLE", "DATE", "TIMESTAMPTZ", "VARCHAR[]", "JSON",
                                    "BOOLEAN", "DECIMAL(18,2)")] == \
        ["string", "integer", "number", "date", "datetime", "string", "string", "boolean", "number"]


def test_sql_output_formats():
    columns, rows = ["name", "note"], [("Alpha Robotics", "a | b"), ("Beta", None)]
    assert format_rows(columns, rows, "csv") == "name,note\nAlpha Robotics,a | b\nBeta,"
    assert [json.loads(line) for line in format_rows(columns, rows, "json").splitlines()] == \
        [{"name": "Alpha Robotics", "note": "a | b"}, {"name": "Beta", "note": None}]
    assert format_rows(columns, rows, "markdown").splitlines()[2] == "| Alpha Robotics | a \\| b |"
    long = [("x" * 100, None)]
    assert "…" in format_rows(columns, long, "table") and "…" not in format_rows(columns, long, "table", full=True)
