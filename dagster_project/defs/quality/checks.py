"""`check_results` for analysts: the outcome of every table's checks, as Dagster recorded them.

The checks themselves run once, in the step that builds their table (`defs/tables.py`); this asset only
copies Dagster's latest evaluation of each into the warehouse, so analysts and the publish gate see them.
"""
from pathlib import Path

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from dagster_project.defs.tables import POOL, check_specs, code_version_of, table_metadata, unchanged_since_last
from warehouse.marts import write_table
from warehouse.schema import ANALYST_TABLES, CHECK_RESULTS, PUBLISH_TABLES

# The tables built by assets: those written at publishing (build, builds, changes) come after the checks.
CHECKED = [t for t in ANALYST_TABLES if t is not CHECK_RESULTS and t not in PUBLISH_TABLES]
CHECKED_TABLES = [t.name for t in CHECKED]


def latest_evaluations(instance: dg.DagsterInstance, check_keys) -> pd.DataFrame:
    """One row per check: when Dagster last evaluated it, on which table, whether it passed, and why."""
    rows = []
    for key in check_keys:
        record = instance.get_latest_asset_check_evaluation_record(key)
        evaluation = record.evaluation if record else None
        if not isinstance(evaluation, dg.AssetCheckEvaluation):  # never run, or only planned (a failed step)
            continue
        detail = evaluation.metadata.get("detail")
        rows.append((pd.Timestamp(record.create_timestamp, unit="s", tz="UTC"), key.asset_key.to_user_string(),
                     key.name, evaluation.passed, bool(evaluation.blocking), detail.value if detail else ""))
    return pd.DataFrame(rows, columns=CHECK_RESULTS.column_names)


@dg.asset(deps=CHECKED_TABLES, group_name="quality", kinds={"duckdb"}, pool=POOL,
          description=CHECK_RESULTS.description, code_version=code_version_of(CHECK_RESULTS, latest_evaluations))
def check_results(context: dg.AssetExecutionContext, warehouse: DuckDBResource) -> dg.MaterializeResult:
    """The data checks of each build: which passed, which failed and why."""
    if Path(warehouse.database).exists() and unchanged_since_last(context, [context.asset_key]):
        return dg.MaterializeResult(metadata={"rebuilt": False})
    keys = [spec.key for table in CHECKED for spec in check_specs(table)]
    with warehouse.get_connection() as conn:
        write_table(conn, CHECK_RESULTS, latest_evaluations(context.instance, keys))
        metadata = table_metadata(conn, CHECK_RESULTS, ["table_name", "check_name", "passed", "detail"])
    return dg.MaterializeResult(metadata={**metadata, "rebuilt": True})


@dg.definitions
def quality() -> dg.Definitions:
    return dg.Definitions(assets=[check_results])
