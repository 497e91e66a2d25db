"""The code location: every definition under `defs/`, loaded by folder (the `dg` project layout),
with the one cross-cutting addition: each crawl's freshness policy, derived from its cadence."""
from pathlib import Path

import dagster as dg

from dagster_project.defs.schedules import with_crawl_freshness


@dg.definitions
def defs() -> dg.Definitions:
    return with_crawl_freshness(dg.load_from_defs_folder(path_within_project=Path(__file__).parent))
