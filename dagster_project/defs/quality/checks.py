"""Checks beside every table (blocking where bad data would spread), and `check_results` for analysts."""
import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL, build_unless_unchanged, table_metadata
from warehouse.checks import CHECKS, Check, record_build, run_check
from warehouse.db import scalar
from warehouse.marts import write_table
from warehouse.schema import ANALYST_TABLES, CHECK_RESULTS

CHECKED_TABLES = [t.name for t in ANALYST_TABLES if t is not CHECK_RESULTS]


def asset_check(check: Check) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=check.table, name=check.name, blocking=check.blocking, description=check.description)
    def _check(warehouse: DuckDBResource) -> dg.AssetCheckResult:
        with warehouse.get_connection() as conn:
            passed, detail = run_check(conn, check)
        return dg.AssetCheckResult(passed=passed, metadata={"detail": detail})

    return _check


@dg.asset(deps=CHECKED_TABLES, group_name="quality", kinds={"duckdb"}, pool=POOL,
          description=CHECK_RESULTS.description)
def check_results(warehouse: DuckDBResource) -> dg.MaterializeResult:
    """The data checks of each build: which passed, which failed and why."""
    with warehouse.get_connection() as conn:
        rebuilt = build_unless_unchanged(conn, [CHECK_RESULTS], CHECKED_TABLES + ["raw_crawls"],
                                         lambda c: write_table(c, CHECK_RESULTS, record_build(c, CHECKED_TABLES)))
        metadata = table_metadata(conn, CHECK_RESULTS, ["table_name", "check_name", "passed", "detail"])
        failed = scalar(conn, f"select count(*) from {CHECK_RESULTS.name} where not passed")
    return dg.MaterializeResult(metadata={**metadata, "failed_checks": failed, "rebuilt": rebuilt})


@dg.definitions
def quality() -> dg.Definitions:
    return dg.Definitions(assets=[check_results], asset_checks=[asset_check(c) for c in CHECKS])
