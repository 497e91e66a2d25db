"""The ecosystem report `data/report/index.html`, rewritten after a publish that changed what it shows."""
import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL
from dagster_project.defs.resources import AtlasSettings
from warehouse.fingerprints import code_version, inputs_fingerprint, mark_built, stored_fingerprint
from warehouse.report import build_report, report_inputs

REPORT = "ecosystem_report"


@dg.asset(deps=["published_warehouse"], group_name="publish", kinds={"html"}, pool=POOL,
          code_version=code_version())
def ecosystem_report(atlas: AtlasSettings, warehouse: DuckDBResource) -> dg.MaterializeResult:
    """The ecosystem at a glance, as charts and tables: a static page that opens offline (`hkai report`)."""
    index = atlas.paths.report_dir / "index.html"
    with warehouse.get_connection() as conn:
        # The tables its queries read, and the code: the page changes only when one of them does.
        fingerprint = inputs_fingerprint(conn, report_inputs())
        same = index.exists() and stored_fingerprint(conn, REPORT) == fingerprint
    if not same:
        build_report(atlas.paths.published_db, atlas.paths.report_dir)
        with warehouse.get_connection() as conn:
            mark_built(conn, [REPORT], fingerprint)
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(index)), "rebuilt": not same})
