"""Jobs, schedules and automation (Asia/Hong_Kong): a full rebuild, each source on its own cadence,
a sensor that reports failed runs, and freshness policies on the crawls from their cadence (`FreshnessPolicy.cron`).

Schedules and the sensor run only while a Dagster daemon runs (`dagster-daemon run -m
dagster_project.definitions`, with the same DAGSTER_HOME as `make ui`; the UI alone starts no daemon).
Schedules start switched off and are turned on in the UI (Automation) or with `dagster schedule
start`; the failure sensor starts on. Retry policies live on the crawl assets only
(`defs/ingest`): a site's bad minute passes, a transform's bad input would fail again.
"""
from __future__ import annotations

import warnings
from datetime import timedelta

import dagster as dg

from spiders.registry import SOURCES

TIMEZONE = "Asia/Hong_Kong"

FULL_REBUILD = "full_rebuild"
FAILURE_SENSOR = "report_failed_runs"
# A scheduled crawl may start late, retry (twice, 30 s and 60 s later) and take a while: an hour of grace.
GRACE = timedelta(hours=1)


def source_schedule(name: str, cron: str) -> dg.ScheduleDefinition:
    # A source's crawl and everything downstream of it, on the cadence the registry gives it.
    selection = dg.AssetSelection.assets(f"crawl_{name}").downstream()
    job = dg.define_asset_job(f"refresh_{name}", selection=selection)
    return dg.ScheduleDefinition(name=f"refresh_{name}_schedule", job=job, cron_schedule=cron,
                                 execution_timezone=TIMEZONE)


def deadline_cron(cron: str, grace: timedelta = GRACE) -> str:
    """The crawl cron `cron` moved `grace` (whole hours) later: when each scheduled crawl must have landed.

    Only plain hour lists are moved (every cadence of the registry is one); anything else is refused by name.
    """
    minute, hours, *rest = cron.split()
    shift = int(grace.total_seconds() // 3600)
    if grace.total_seconds() % 3600 or not all(h.isdigit() and int(h) + shift < 24 for h in hours.split(",")):
        raise ValueError(f"cannot move the hours of cron {cron!r} by {grace}: give the source a plain hour list "
                         "that stays within the day")
    return " ".join([minute, ",".join(str(int(h) + shift) for h in hours.split(",")), *rest])


def crawl_freshness_policy(cron: str) -> dg.FreshnessPolicy:
    """Fail when a scheduled crawl has not landed within the grace hour after its tick.

    Dagster's cron policy has one tier (FAIL): the warn tier of the old time-window policy has no
    counterpart in `FreshnessPolicy.cron`, and the run-failure sensor reports a crawl that failed outright.
    """
    return dg.FreshnessPolicy.cron(deadline_cron=deadline_cron(cron), lower_bound_delta=GRACE, timezone=TIMEZONE)


def with_crawl_freshness(definitions: dg.Definitions) -> dg.Definitions:
    """`definitions` with each source's crawl asset carrying the freshness policy of its cadence."""
    policies = {dg.AssetKey(f"crawl_{s.name}"): crawl_freshness_policy(s.cadence_cron) for s in SOURCES.values()}

    def attach(spec: dg.AssetSpec) -> dg.AssetSpec:
        policy = policies.get(spec.key)
        return dg.apply_freshness_policy(spec, policy) if policy else spec

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dg.PreviewWarning)  # map_asset_specs is marked preview in 1.13
        warnings.simplefilter("ignore", dg.BetaWarning)
        return definitions.map_asset_specs(func=attach)


def failure_report(run: dg.DagsterRun, step_failures: list[dg.DagsterEvent]) -> str:
    """One paragraph on a failed run: which job, which run, which steps failed and why."""
    lines = [f"run {run.run_id} of job {run.job_name} failed"
             + (f" (schedule {run.tags['dagster/schedule_name']})" if "dagster/schedule_name" in run.tags else "")]
    for event in step_failures:
        error = event.step_failure_data.error if event.step_failure_data else None
        for _ in range(10):  # the user's own exception is the innermost cause of Dagster's wrapper
            if error is None or error.cause is None:
                break
            error = error.cause
        message = (error.message.strip().splitlines() or ["?"])[0] if error else "no error recorded"
        lines.append(f"  step {event.step_key}: {message}")
    if not step_failures:
        lines.append("  no step failed: the run itself failed (launch, resources, or it was killed)")
    return "\n".join(lines)


@dg.run_failure_sensor(name=FAILURE_SENSOR, default_status=dg.DefaultSensorStatus.RUNNING,
                       description="Logs every failed run of this code location and its failing steps; writes nothing.")
def report_failed_runs(context: dg.RunFailureSensorContext) -> None:
    # Reports only: no file, no table, no new run. The crawl's own retries have already been spent.
    context.log.error(failure_report(context.dagster_run, context.get_step_failure_events()))


@dg.definitions
def schedules() -> dg.Definitions:
    # Everything, in dependency order: what `hkai run` and `make run` execute.
    full_rebuild = dg.define_asset_job(FULL_REBUILD, selection=dg.AssetSelection.all())
    return dg.Definitions(jobs=[full_rebuild],
                          schedules=[source_schedule(s.name, s.cadence_cron) for s in SOURCES.values()],
                          sensors=[report_failed_runs])
