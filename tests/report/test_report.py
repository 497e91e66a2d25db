"""The report on a small warehouse made here: its queries, a table the build lacks, and when it is rebuilt.

The warehouse has every described table (empty unless a test adds rows), in a working copy and a
published copy as a run leaves them. The real build and the browser are in test_report_browser.py.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from dagster_project.defs.report.assets import ecosystem_report
from dagster_project.defs.resources import AtlasSettings
from warehouse.report import build_report
from warehouse.report.queries import parse_header, report_inputs, report_queries
from warehouse.schema import ANALYST_TABLES

# Tables other builds add (the report shows "not available in this build" until they exist).
NOT_YET_DESCRIBED: set[str] = set()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A data folder with a working and a published warehouse of every described table, no rows but one source."""
    data = tmp_path / "data"
    data.mkdir()
    with duckdb.connect(str(data / "work.duckdb")) as conn:
        for table in ANALYST_TABLES:
            conn.execute(table.ddl())
        conn.execute("insert into sources (source, title, mode, items, errors) values ('govhk', 'GovHK', 'replay', 3, 0)")
        conn.execute("insert into coverage (source, origin, mode, selection, records) "
                     "values ('govhk', 'sample web', 'replay', 'sample', 3)")
    publish(data)
    return data


def publish(data: Path) -> None:
    """The published copy, as `published_warehouse` leaves it: the working file's tables."""
    shutil.copyfile(data / "work.duckdb", data / "hkai.duckdb")


def materialise(data: Path) -> bool:
    """Run the `ecosystem_report` asset on `data`; whether it rebuilt the page."""
    result = dg.materialize([ecosystem_report], resources={
        "atlas": AtlasSettings(data_dir=str(data)),
        "warehouse": DuckDBResource(database=str(data / "work.duckdb"))})
    assert result.success
    (materialisation,) = result.asset_materializations_for_node("ecosystem_report")
    return materialisation.metadata["rebuilt"].value


def test_every_report_query_says_what_it_counts_and_which_tables_it_reads():
    described = {t.name for t in ANALYST_TABLES}
    assert len(report_queries()) >= 15
    for name, query in report_queries().items():
        assert query.counts, name
        assert query.reads and set(query.reads) <= described | NOT_YET_DESCRIBED, (name, query.reads)
    assert {"articles", "organizations", "check_results", "sources"} <= set(report_inputs())


def test_a_query_without_its_tables_line_is_refused():
    with pytest.raises(ValueError, match="reads:"):
        parse_header("x", "-- counts something\nselect 1")


def test_a_table_the_build_lacks_is_a_note_not_a_crash(data_dir, tmp_path):
    with duckdb.connect(str(data_dir / "hkai.duckdb")) as conn:
        for table in ("funding_by_scheme_year", "build"):
            conn.execute(f"drop table {table}")
    index = build_report(data_dir / "hkai.duckdb", tmp_path / "report")
    html = index.read_text(encoding="utf-8")
    for name, table in (("funding", "funding_by_scheme_year"), ("build", "build")):
        assert f'data-missing="{name}"' in html
        assert f"<code>{table}</code> is not in this warehouse yet" in html
    assert "No rows in this build." in html  # the empty tables, which draw no chart
    assert '<div class="value" data-figure="ai_share_pct">–</div>' in html  # a share of no organizations
    assert "Built from the bundled sample web." in html  # its one source was replayed
    assert not (tmp_path / "report" / "csv" / "funding.csv").exists()


def published_version(version: str) -> dg.AssetsDefinition:
    """`published_warehouse` as Dagster sees it: only its data version matters to the report."""
    @dg.asset(name="published_warehouse")
    def _published() -> dg.MaterializeResult:
        return dg.MaterializeResult(data_version=dg.DataVersion(version))

    return _published


def materialise_after(data: Path, instance: dg.DagsterInstance, version: str) -> bool:
    """Publish (as data version `version`), then run the report; whether it rebuilt the page."""
    result = dg.materialize([published_version(version), ecosystem_report], instance=instance, resources={
        "atlas": AtlasSettings(data_dir=str(data)),
        "warehouse": DuckDBResource(database=str(data / "work.duckdb"))})
    assert result.success
    (materialisation,) = result.asset_materializations_for_node("ecosystem_report")
    return materialisation.metadata["rebuilt"].value


def test_the_report_is_rebuilt_when_the_published_file_changes_and_only_then(data_dir):
    instance = dg.DagsterInstance.ephemeral()
    index = data_dir / "report" / "index.html"
    assert materialise_after(data_dir, instance, "v1") is True
    written = index.stat().st_mtime_ns
    assert materialise_after(data_dir, instance, "v1") is False  # Dagster: same input version, same code
    assert index.stat().st_mtime_ns == written  # not rewritten

    # A new funded project, published: the page is rewritten and shows it.
    with duckdb.connect(str(data_dir / "work.duckdb")) as conn:
        conn.execute("insert into funding_awards (award_id, scheme, title, amount_hkd, year) "
                     "values ('ITS/001/26', 'ITSP', 'A test project', 1234567, 2026)")
    publish(data_dir)
    assert materialise_after(data_dir, instance, "v2") is True
    assert index.stat().st_mtime_ns != written
    assert '<div class="value" data-figure="funding_total_hkd">1,234,567</div>' in index.read_text(encoding="utf-8")

    index.unlink()  # a page removed by hand comes back
    assert materialise_after(data_dir, instance, "v2") is True and index.exists()


def test_a_table_added_later_is_shown_once_it_exists(data_dir, tmp_path):
    with duckdb.connect(str(data_dir / "hkai.duckdb")) as conn:
        conn.execute("drop table build")
    html = build_report(data_dir / "hkai.duckdb", tmp_path / "before").read_text(encoding="utf-8")
    assert 'data-missing="build"' in html
    with duckdb.connect(str(data_dir / "hkai.duckdb")) as conn:
        conn.execute("create table build (build_id varchar, origin varchar)")
        conn.execute("insert into build values ('b1', 'sample <b>web</b>')")
    html = build_report(data_dir / "hkai.duckdb", tmp_path / "report").read_text(encoding="utf-8")
    assert 'data-missing="build"' not in html
    assert '<table data-figure="build">' in html
    assert "<td>sample &lt;b&gt;web&lt;/b&gt;</td>" in html  # text from the data is escaped
    assert (tmp_path / "report" / "csv" / "build.csv").read_text() == "build_id,origin\nb1,sample <b>web</b>\n"
