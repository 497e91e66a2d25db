"""The table-asset factory: Dagster's versions decide what is rebuilt, checks run once, the row-drop check
reads the row counts Dagster recorded."""
import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from dagster_project.defs.tables import code_version_of, table_assets
from warehouse.checks import ROW_DROP
from warehouse.schema import Table, columns

NUMBERS = Table("numbers", "Numbers.", columns("n | BIGINT | A number."))


def build_numbers(conn: duckdb.DuckDBPyConnection) -> None:
    count = conn.execute("select max(n) from upstream_rows").fetchone()[0]
    conn.execute(f"create or replace table numbers as select range as n from range({count})")


def upstream_asset(rows: int) -> dg.AssetsDefinition:
    @dg.asset(name="upstream_rows")
    def _up(warehouse: DuckDBResource) -> dg.MaterializeResult:
        with warehouse.get_connection() as conn:
            conn.execute(f"create or replace table upstream_rows as select {rows} as n")
        return dg.MaterializeResult(data_version=dg.DataVersion(str(rows)))

    return _up


NUMBERS_ASSET = table_assets("numbers", [NUMBERS], ["upstream_rows"], build_numbers, group="test",
                             code_version=code_version_of(NUMBERS, build_numbers))


def materialise(instance, tmp_path, rows: int) -> dg.ExecuteInProcessResult:
    return dg.materialize([upstream_asset(rows), NUMBERS_ASSET], instance=instance, raise_on_error=False,
                          resources={"warehouse": DuckDBResource(database=str(tmp_path / "w.duckdb"))})


def numbers_metadata(result) -> dict:
    event = next(e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey("numbers"))
    return {k: v.value for k, v in event.materialization.metadata.items()}


def row_drop_check(result) -> dg.AssetCheckEvaluation:
    return next(e for e in result.get_asset_check_evaluations() if e.check_name == ROW_DROP)


def test_an_unchanged_input_is_not_rebuilt_and_a_changed_one_is(tmp_path):
    instance = dg.DagsterInstance.ephemeral()
    first = materialise(instance, tmp_path, 20)
    assert numbers_metadata(first)["rebuilt"] and numbers_metadata(first)["dagster/row_count"] == 20
    again = materialise(instance, tmp_path, 20)
    assert not numbers_metadata(again)["rebuilt"]
    assert numbers_metadata(again)["dagster/row_count"] == 20  # Dagster's count carried over
    assert row_drop_check(again).passed  # the last outcome, reported again
    changed = materialise(instance, tmp_path, 30)
    assert numbers_metadata(changed)["rebuilt"] and numbers_metadata(changed)["dagster/row_count"] == 30


def test_the_row_drop_check_compares_the_counts_dagster_recorded(tmp_path):
    instance = dg.DagsterInstance.ephemeral()
    assert materialise(instance, tmp_path, 40).success
    dropped = materialise(instance, tmp_path, 3)
    check = row_drop_check(dropped)
    assert not check.passed and check.metadata["detail"].value == "3 rows now, 40 before"
    assert check.blocking


def test_a_missing_warehouse_file_is_rebuilt_whatever_dagster_recorded(tmp_path):
    instance = dg.DagsterInstance.ephemeral()
    materialise(instance, tmp_path, 20)
    (tmp_path / "w.duckdb").unlink()
    # Only `numbers`: Dagster says its input is unchanged, yet its file is gone, so it builds (and, with no
    # upstream table in the new file, fails saying so) instead of claiming a table that no longer exists.
    result = dg.materialize([upstream_asset(20), NUMBERS_ASSET], instance=instance, raise_on_error=False,
                            selection=[NUMBERS_ASSET.key],
                            resources={"warehouse": DuckDBResource(database=str(tmp_path / "w.duckdb"))})
    failure = next(e for e in result.all_events if e.is_step_failure)
    assert "upstream_rows" in str(failure.step_failure_data.error)
