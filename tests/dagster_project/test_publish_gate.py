"""A build whose blocking check failed is not published: analysts keep the last good warehouse."""
import dagster as dg
import duckdb
import pandas as pd
from dagster_duckdb import DuckDBResource

from dagster_project.defs.publish.assets import published_warehouse
from dagster_project.defs.resources import AtlasSettings
from dagster_project.paths import DataPaths
from warehouse.checks import blocking_failures
from warehouse.db import run
from warehouse.marts import write_table
from warehouse.schema import CHECK_RESULTS


def build_with_checks(paths: DataPaths, *checks: tuple[str, str, bool, bool, str]) -> None:
    paths.working_db.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(paths.working_db)) as conn:
        frame = pd.DataFrame([(pd.Timestamp.now(tz="UTC"), *c) for c in checks],
                             columns=["checked_at", "table_name", "check_name", "passed", "blocking", "detail"])
        write_table(conn, CHECK_RESULTS, frame)
        run(conn, "create table build_state (table_name varchar)")  # bookkeeping of an older version


def materialise(paths: DataPaths) -> dg.ExecuteInProcessResult:
    return dg.materialize([published_warehouse], raise_on_error=False, resources={
        "atlas": AtlasSettings(data_dir=str(paths.root)),
        "warehouse": DuckDBResource(database=str(paths.working_db))})


def test_a_failed_blocking_check_stops_publishing(tmp_path):
    paths = DataPaths(tmp_path)
    build_with_checks(paths, ("organizations", "no_large_row_drop", False, True, "2 rows now, 257 before"),
                      ("articles", "advisory", False, False, "not blocking"))
    result = materialise(paths)
    assert not result.success
    failure = next(e for e in result.all_events if e.is_step_failure).step_failure_data.user_failure_data
    assert "organizations.no_large_row_drop: 2 rows now, 257 before" in failure.description
    assert "advisory" not in failure.description
    assert not paths.published_db.exists()


def test_failed_advisory_checks_do_not_stop_publishing(tmp_path):
    paths = DataPaths(tmp_path)
    build_with_checks(paths, ("organizations", "no_large_row_drop", True, True, "257 rows now, 257 before"),
                      ("articles", "advisory", False, False, "not blocking"))
    with duckdb.connect(str(paths.working_db)) as conn:
        assert blocking_failures(conn) == []
    assert materialise(paths).success
    assert paths.published_db.exists()
    with duckdb.connect(str(paths.published_db), read_only=True) as conn:  # only described tables reach analysts
        tables = [r[0] for r in conn.execute("select table_name from duckdb_tables() order by 1").fetchall()]
    assert tables == ["build", "builds", "changes", "check_results"]  # and the build's own record and changes
