"""Jobs, schedules and automation (Asia/Hong_Kong): a full rebuild, each source on its own cadence,
a sensor that reports failed runs, and freshness policies on the crawls derived from their cadence.

Schedules and the sensor run only while a Dagster daemon runs (`dagster-daemon run -m
dagster_project.definitions`, with the same DAGSTER_HOME as `make ui`; the UI alone starts no daemon).
Schedules start switched off and are turned on in the UI (Automation) or with `dagster schedule
start`; the failure sensor starts on. Retry policies live on the crawl assets only
(`defs/ingest`): a site's bad minute passes, a transform's bad input would fail again.
"""
from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

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


def longest_gap(cron: str, timezone: str = TIMEZONE, horizon_days: int | None = None,
                max_ticks: int = 5000) -> timedelta:
    """The longest time between two consecutive ticks of `cron` over the next `horizon_days` (bounded loop).

    By default the horizon is a week and a day when the cron repeats weekly (any day of the month, any
    month) in a zone without daylight saving, as Hong Kong is, and 400 days otherwise: every definitions
    load computes this for every source, and a year of ticks of a thrice-daily cron takes 30 ms.
    """
    from dagster._utils.schedules import cron_string_iterator

    if horizon_days is None:
        horizon_days = 8 if _repeats_weekly(cron, timezone) else 400
    start = datetime(2026, 1, 1, tzinfo=UTC)
    end = start + timedelta(days=horizon_days)
    ticks = cron_string_iterator(start.timestamp(), cron, timezone)
    previous, gap = next(ticks), timedelta(0)
    for _, tick in zip(range(max_ticks), ticks, strict=False):
        # In UTC: two times of one zone subtract as wall-clock times, blind to a daylight-saving change.
        gap = max(gap, tick.astimezone(UTC) - previous.astimezone(UTC))
        previous = tick
        if tick > end:
            break
    if gap <= timedelta(0):
        raise ValueError(f"cron {cron!r} has no two ticks within {horizon_days} days")
    return gap


def _repeats_weekly(cron: str, timezone: str) -> bool:
    fields = cron.split()
    zone = ZoneInfo(timezone)
    no_daylight_saving = all(datetime(2026, month, 1, tzinfo=zone).utcoffset()
                             == datetime(2026, 1, 1, tzinfo=zone).utcoffset() for month in range(2, 13))
    return len(fields) == 5 and fields[2] == "*" and fields[3] == "*" and no_daylight_saving


def crawl_freshness_policy(cron: str) -> dg.FreshnessPolicy:
    """Warn when the latest scheduled crawl is overdue; fail when a whole cycle of crawls was missed."""
    gap = longest_gap(cron)
    return dg.FreshnessPolicy.time_window(warn_window=gap + GRACE, fail_window=2 * gap + GRACE)


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
