"""The warehouse's table assets: one factory, versions kept by Dagster, metadata for the UI.

Each table asset carries its own code version (a hash of its SQL file, the Python that builds it and its
declared columns). Dagster records with every materialisation the code version and the data version of
each input; an asset whose code and inputs are those of its last materialisation is not rebuilt, and
that is decided from Dagster's records alone, without opening the warehouse. Its data version then
stays the same (Dagster derives it from code and inputs), so everything downstream skips too.
"""

import hashlib
import inspect
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from warehouse.checks import CHECKS, DROP_LIMIT, ROW_DROP, row_drop, run_check
from warehouse.db import scalar
from warehouse.schema import Table
from warehouse.sql_files import SQL_DIR

POOL = "duckdb_warehouse"  # every asset that writes the working DuckDB: one at a time (limit 1)
ROW_COUNT = "dagster/row_count"
CHECKS_KEY = "checks"  # the outcome of each check, kept with the materialisation it checked


def code_version_of(*parts: Table | ModuleType | Callable | Path | str | bytes) -> str:
    """A hash of what decides a table's rows: its declaration, the modules building it, its SQL files.

    A str names a SQL file of `warehouse/sql/`; a Path is read as is; a module or function by its source;
    bytes (e.g. the source registry's entries) as they are.
    """
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, bytes):
            digest.update(part)
        elif isinstance(part, Table):
            digest.update(repr(part).encode())
        elif isinstance(part, str):
            digest.update((SQL_DIR / f"{part}.sql").read_bytes())
        elif isinstance(part, Path):
            digest.update(part.read_bytes())
        else:
            digest.update(inspect.getsource(part).encode())
    return digest.hexdigest()[:16]


def table_metadata(conn: duckdb.DuckDBPyConnection, table: Table, preview_columns: list[str] | None = None) -> dict:
    rows = scalar(conn, f"select count(*) from {table.name}")
    cols = ", ".join(preview_columns or table.column_names[:6])
    preview = conn.sql(f"select {cols} from {table.name} limit 5").df()
    return {
        ROW_COUNT: rows,
        "dagster/table_name": f"hkai.main.{table.name}",
        "dagster/column_schema": column_schema(table),
        "preview": dg.MetadataValue.md(preview.astype(str).to_markdown(index=False)),
    }


def column_schema(table: Table) -> dg.TableSchema:
    return dg.TableSchema(columns=[dg.TableColumn(c.name, c.type, description=c.description)
                                   for c in table.columns])


def latest_data_version(instance: dg.DagsterInstance, key: dg.AssetKey) -> str | None:
    event = instance.get_latest_materialization_event(key)
    return event.asset_materialization.tags.get("dagster/data_version") if event else None


def last_row_count(instance: dg.DagsterInstance, key: dg.AssetKey) -> int | None:
    """The row count Dagster recorded with the asset's latest materialisation."""
    event = instance.get_latest_materialization_event(key)
    value = event.asset_materialization.metadata.get(ROW_COUNT) if event else None
    return value.value if value is not None else None


def unchanged_since_last(context: dg.AssetExecutionContext, keys: Sequence[dg.AssetKey]) -> bool:
    """True when each key's last materialisation had this code version and the inputs' current data versions."""
    assets_def = context.assets_def
    for key in keys:
        provenance = context.get_asset_provenance(key)
        if provenance is None or provenance.code_version != assets_def.code_versions_by_key.get(key):
            return False
        inputs = {k for k in assets_def.asset_deps.get(key, set()) if k not in assets_def.keys}
        if set(provenance.input_data_versions) != inputs:
            return False
        for dep, version in provenance.input_data_versions.items():
            if latest_data_version(context.instance, dep) != version.value:
                return False
    return True


def check_specs(table: Table) -> list[dg.AssetCheckSpec]:
    """The checks of a table: those of warehouse/checks.py, and that it kept at least half its rows."""
    return [dg.AssetCheckSpec(c.name, asset=table.name, blocking=c.blocking, description=c.description)
            for c in CHECKS if c.table == table.name] + [
        dg.AssetCheckSpec(ROW_DROP, asset=table.name, blocking=True,
                          description=f"It keeps at least {DROP_LIMIT:.0%} of the rows Dagster recorded for "
                                      "its previous materialisation.")]


def evaluate_checks(conn: duckdb.DuckDBPyConnection, table: Table, rows: int, rows_before: int | None) -> dict:
    """{check name: (passed, detail)} of a freshly built table, each check run once; the row-drop check
    compares the row counts Dagster recorded."""
    outcomes = {check.name: run_check(conn, check) for check in CHECKS if check.table == table.name}
    outcomes[ROW_DROP] = row_drop(rows, rows_before)
    return outcomes


def previous_outcomes(instance: dg.DagsterInstance, table: Table) -> dict:
    """The outcomes recorded with the table's last materialisation (its rows are still those they checked)."""
    event = instance.get_latest_materialization_event(dg.AssetKey(table.name))
    recorded = event.asset_materialization.metadata.get(CHECKS_KEY) if event else None
    outcomes = {name: tuple(value) for name, value in (recorded.value if recorded else {}).items()}
    for spec in check_specs(table):  # a check added since: not evaluated yet, and said so
        outcomes.setdefault(spec.name, (False, "not evaluated yet: rebuild the table"))
    return outcomes


def check_result_events(table: Table, outcomes: dict) -> list[dg.AssetCheckResult]:
    return [dg.AssetCheckResult(asset_key=table.name, check_name=name, passed=bool(passed), metadata={"detail": detail})
            for name, (passed, detail) in outcomes.items()]


def table_assets(name: str, tables: Sequence[Table], deps: Sequence[str],
                 build: Callable[[duckdb.DuckDBPyConnection], object], *, group: str, code_version: str,
                 kinds: Sequence[str] = ("duckdb",), description: str | None = None,
                 preview: Sequence[str] | None = None) -> dg.AssetsDefinition:
    """An asset writing `tables` with `build(conn)`, rebuilt only when its code or an input changed, and
    checked once, in the same step, right after it is built."""
    specs = [dg.AssetSpec(t.name, deps=list(deps), group_name=group, kinds=set(kinds), description=t.description,
                          code_version=code_version, metadata={"dagster/column_schema": column_schema(t)})
             for t in tables]

    @dg.multi_asset(name=name, specs=specs, pool=POOL, description=description or tables[0].description,
                    check_specs=[spec for t in tables for spec in check_specs(t)])
    def _tables(context: dg.AssetExecutionContext, warehouse: DuckDBResource):
        keys = [dg.AssetKey(t.name) for t in tables]
        if Path(warehouse.database).exists() and unchanged_since_last(context, keys):
            for table, key in zip(tables, keys, strict=True):  # the table is what its inputs and code made last time
                outcomes = previous_outcomes(context.instance, table)
                yield dg.MaterializeResult(asset_key=key, metadata={
                    "rebuilt": False, ROW_COUNT: last_row_count(context.instance, key) or 0,
                    CHECKS_KEY: dg.MetadataValue.json(outcomes)})
                yield from check_result_events(table, outcomes)
            return
        rows_before = {t.name: last_row_count(context.instance, dg.AssetKey(t.name)) for t in tables}
        with warehouse.get_connection() as conn:
            build(conn)
            for table in tables:
                metadata = table_metadata(conn, table, list(preview) if preview else None)
                outcomes = evaluate_checks(conn, table, metadata[ROW_COUNT], rows_before[table.name])
                yield dg.MaterializeResult(asset_key=table.name, metadata={
                    **metadata, "rebuilt": True, CHECKS_KEY: dg.MetadataValue.json(outcomes)})
                yield from check_result_events(table, outcomes)

    return _tables
