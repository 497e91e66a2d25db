"""The code location: every definition under `defs/`, loaded by folder (the `dg` project layout),
with the one cross-cutting addition: each crawl's freshness policy, derived from its cadence."""
from pathlib import Path

import dagster as dg

from dagster_project.defs.schedules import with_crawl_freshness


def folder_defs() -> dg.Definitions:
    """Every definition under `defs/`, without the freshness policies: what `hkai run` plans with (Dagster
    checks each cron policy by walking its ticks, ~0.1 s a source, and a plan needs none of them)."""
    return dg.load_from_defs_folder(path_within_project=Path(__file__).parent)


@dg.definitions
def defs() -> dg.Definitions:
    return with_crawl_freshness(folder_defs())
