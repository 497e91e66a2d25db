"""`data/export/`: the analyst tables as Parquet with `datapackage.json`, rewritten after a publish that
changed one of them."""
import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL
from dagster_project.defs.resources import AtlasSettings
from warehouse.export import export_tables, exported_tables
from warehouse.fingerprints import code_version, inputs_fingerprint, mark_built, stored_fingerprint

EXPORT = "analyst_export"


@dg.asset(deps=["published_warehouse"], group_name="publish", kinds={"parquet"}, pool=POOL,
          code_version=code_version())
def analyst_export(atlas: AtlasSettings, warehouse: DuckDBResource) -> dg.MaterializeResult:
    """Every analyst table as a Parquet file, described by a Frictionless data package (`hkai export`)."""
    package = atlas.paths.export_dir / "datapackage.json"
    with warehouse.get_connection() as conn:
        fingerprint = inputs_fingerprint(conn, [t.name for t in exported_tables()])
        same = package.exists() and stored_fingerprint(conn, EXPORT) == fingerprint
    rows = {} if same else export_tables(atlas.paths.published_db, atlas.paths.export_dir, "parquet")
    if not same:
        with warehouse.get_connection() as conn:
            mark_built(conn, [EXPORT], fingerprint)
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(package)), "rebuilt": not same,
                                          "tables": len(rows), "rows": sum(rows.values())})
