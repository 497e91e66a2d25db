"""Publishing: the read-only copy analysts and reports open, swapped in atomically after each build."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL
from dagster_project.defs.resources import AtlasSettings
from spiders.registry import SOURCES as REGISTRY
from warehouse.checks import blocking_failures
from warehouse.fingerprints import database_fingerprint, mark_built, stored_fingerprint
from warehouse.publish import publish
from warehouse.schema import all_tables, raw_table_for

PUBLISHED = "published_warehouse"


@dg.asset(deps=["check_results"], group_name="publish", kinds={"duckdb"}, pool=POOL)
def published_warehouse(atlas: AtlasSettings, warehouse: DuckDBResource) -> dg.MaterializeResult:
    """The analysts' warehouse `data/hkai.duckdb`: every table of the build, documented, read-only."""
    path = atlas.paths.published_db
    with warehouse.get_connection() as conn:
        failures = blocking_failures(conn)
        fingerprint = database_fingerprint(conn)
        same = path.exists() and stored_fingerprint(conn, PUBLISHED) == fingerprint
    if failures:  # e.g. a table that lost over half its rows: analysts keep the last good build
        raise dg.Failure(description=f"not published: {len(failures)} blocking check(s) failed: "
                                     + "; ".join(failures),
                         metadata={"failed_checks": dg.MetadataValue.json(failures)})
    if same:  # nothing changed since the copy analysts have: keep it, and their open files stay current
        return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(path)), "rebuilt": False})
    counts = publish(atlas.paths.working_db, path, all_tables([raw_table_for(s) for s in REGISTRY.values()]))
    with warehouse.get_connection() as conn:
        mark_built(conn, [PUBLISHED], fingerprint)
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(path)),
                                          "tables": dg.MetadataValue.json(counts), "rebuilt": True})
