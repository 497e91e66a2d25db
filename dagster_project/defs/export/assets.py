"""`data/export/`: the analyst tables as Parquet with `datapackage.json`, rewritten after a publish that
changed one of them."""
import dagster as dg

from dagster_project.defs.resources import AtlasSettings
from dagster_project.defs.tables import POOL, code_version_of, unchanged_since_last
from warehouse import export
from warehouse.export import export_tables


@dg.asset(deps=["published_warehouse"], group_name="publish", kinds={"parquet"}, pool=POOL,
          code_version=code_version_of(export))
def analyst_export(context: dg.AssetExecutionContext, atlas: AtlasSettings) -> dg.MaterializeResult:
    """Every analyst table as a Parquet file, described by a Frictionless data package (`hkai export`)."""
    package = atlas.paths.export_dir / "datapackage.json"
    same = package.exists() and unchanged_since_last(context, [context.asset_key])
    rows = {} if same else export_tables(atlas.paths.published_db, atlas.paths.export_dir, "parquet")
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(package)), "rebuilt": not same,
                                          "tables": len(rows), "rows": sum(rows.values())})
