"""Publishing: the read-only copy analysts and reports open, swapped in atomically after each build."""

import dagster as dg

from dagster_project.defs.metadata import POOL
from dagster_project.defs.resources import AtlasSettings
from spiders.registry import SOURCES as REGISTRY
from warehouse.publish import publish
from warehouse.schema import all_tables, raw_table_for


@dg.asset(deps=["check_results"], group_name="publish", kinds={"duckdb"}, pool=POOL)
def published_warehouse(atlas: AtlasSettings) -> dg.MaterializeResult:
    """The analysts' warehouse `data/hkai.duckdb`: every table of the build, documented, read-only."""
    described = all_tables([raw_table_for(s) for s in REGISTRY.values()])
    counts = publish(atlas.paths.working_db, atlas.paths.published_db, described)
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(atlas.paths.published_db)),
        "tables": dg.MetadataValue.json(counts),
    })
