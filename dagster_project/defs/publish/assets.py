"""Publishing: the read-only copy analysts and reports open, swapped in atomically after each build."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.resources import AtlasSettings
from dagster_project.defs.tables import POOL, code_version_of, unchanged_since_last
from spiders.registry import SOURCES as REGISTRY
from warehouse import builds
from warehouse import publish as publishing
from warehouse.checks import blocking_failures
from warehouse.publish import publish
from warehouse.schema import all_tables, raw_table_for

ALL_TABLES = all_tables([raw_table_for(s) for s in REGISTRY.values()])


# Every table it copies is an input: the raw tables have no checks, so check_results alone does not cover them.
@dg.asset(deps=["check_results", *(s.raw_table for s in REGISTRY.values())], group_name="publish",
          kinds={"duckdb"}, pool=POOL,
          code_version=code_version_of(publishing, builds, "builds", "build", *ALL_TABLES.values()))
def published_warehouse(context: dg.AssetExecutionContext, atlas: AtlasSettings,
                        warehouse: DuckDBResource) -> dg.MaterializeResult:
    """The analysts' warehouse `data/hkai.duckdb`: every table of the build, documented, read-only."""
    path = atlas.paths.published_db
    if path.exists() and Path(warehouse.database).exists() and unchanged_since_last(context, [context.asset_key]):
        # nothing changed since the copy analysts have: keep it, and their open files stay current
        return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(path)), "rebuilt": False})
    with warehouse.get_connection() as conn:
        failures = blocking_failures(conn)
    if failures:  # e.g. a table that lost over half its rows: analysts keep the last good build
        raise dg.Failure(description=f"not published: {len(failures)} blocking check(s) failed: "
                                     + "; ".join(failures),
                         metadata={"failed_checks": dg.MetadataValue.json(failures)})
    build = builds.new_build(context.run_id, atlas.mode)
    counts = publish(atlas.paths.working_db, path, ALL_TABLES, build)
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(path)), "build_id": build.build_id,
                                          "tables": dg.MetadataValue.json(counts), "rebuilt": True})
