"""Jobs and schedules (Asia/Hong_Kong): a full rebuild, and each source on its own cadence."""

import dagster as dg

from spiders.registry import SOURCES

TIMEZONE = "Asia/Hong_Kong"

FULL_REBUILD = "full_rebuild"


def source_schedule(name: str, cron: str) -> dg.ScheduleDefinition:
    # A source's crawl and everything downstream of it, on the cadence the registry gives it.
    selection = dg.AssetSelection.assets(f"crawl_{name}").downstream()
    job = dg.define_asset_job(f"refresh_{name}", selection=selection)
    return dg.ScheduleDefinition(name=f"refresh_{name}_schedule", job=job, cron_schedule=cron,
                                 execution_timezone=TIMEZONE)


@dg.definitions
def schedules() -> dg.Definitions:
    # Everything, in dependency order: what `hkai run` and `make run` execute.
    full_rebuild = dg.define_asset_job(FULL_REBUILD, selection=dg.AssetSelection.all())
    return dg.Definitions(jobs=[full_rebuild],
                          schedules=[source_schedule(s.name, s.cadence_cron) for s in SOURCES.values()])
