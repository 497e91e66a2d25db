"""The ecosystem report `data/report/index.html`, rewritten after a publish that changed what it shows."""
from pathlib import Path

import dagster as dg

from dagster_project.defs.resources import AtlasSettings
from dagster_project.defs.tables import POOL, code_version_of, unchanged_since_last
from warehouse.report import build_report

REPORT_CODE = sorted(p for p in (Path(__file__).parents[3] / "warehouse" / "report").rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts)


@dg.asset(deps=["published_warehouse"], group_name="publish", kinds={"html"}, pool=POOL,
          code_version=code_version_of(*REPORT_CODE))
def ecosystem_report(context: dg.AssetExecutionContext, atlas: AtlasSettings) -> dg.MaterializeResult:
    """The ecosystem at a glance, as charts and tables: a static page that opens offline (`hkai report`)."""
    index = atlas.paths.report_dir / "index.html"
    # The published file and the report code, as Dagster versions them: the page changes only when one does.
    same = index.exists() and unchanged_since_last(context, [context.asset_key])
    if not same:
        build_report(atlas.paths.published_db, atlas.paths.report_dir)
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(index)), "rebuilt": not same})
