"""Automation: a schedule per source on its cadence, freshness from that cadence, retries on crawls only,
and a run-failure sensor that reports the failed steps and does nothing else."""
from __future__ import annotations

from datetime import timedelta

import dagster as dg
import pytest
from dagster._core.definitions.policy import calculate_delay

from dagster_project.definitions import defs
from dagster_project.defs.schedules import (
    FAILURE_SENSOR,
    GRACE,
    TIMEZONE,
    failure_report,
    longest_gap,
    report_failed_runs,
)
from spiders.registry import SOURCES


@pytest.fixture(scope="module")
def definitions():
    return defs()


def test_every_source_has_its_schedule_in_hong_kong_time(definitions):
    for source in SOURCES.values():
        schedule = definitions.resolve_schedule_def(f"refresh_{source.name}_schedule")
        assert schedule.cron_schedule == source.cadence_cron
        assert schedule.execution_timezone == TIMEZONE
        assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED  # turned on by an operator


@pytest.mark.parametrize("cron, gap", [
    ("15 8,13,20 * * *", timedelta(hours=12)), ("0 7 * * 1", timedelta(days=7)),
    ("0 5 1 * *", timedelta(days=31)), ("*/30 * * * *", timedelta(minutes=30)),
])
def test_the_longest_gap_between_ticks(cron, gap):
    assert longest_gap(cron) == gap


@pytest.mark.parametrize("cron", sorted({s.cadence_cron for s in SOURCES.values()} | {"*/30 * * * *", "0 7 * * 1"}))
def test_the_short_horizon_of_weekly_crons_finds_the_gap_a_year_of_ticks_finds(cron):
    assert longest_gap(cron) == longest_gap(cron, horizon_days=400)


def test_a_zone_with_daylight_saving_scans_a_whole_year():
    # In London the night the clocks go back makes one gap of a daily cron an hour longer.
    assert longest_gap("0 7 * * *", timezone="Europe/London") == timedelta(hours=25)


def test_each_crawl_has_a_freshness_policy_from_its_cadence_and_nothing_else_has_one(definitions):
    graph = definitions.resolve_asset_graph()
    crawls = {dg.AssetKey(f"crawl_{name}"): source for name, source in SOURCES.items()}
    for key in graph.get_all_asset_keys():
        spec = next(s for s in graph.assets_def_for_key(key).specs if s.key == key)
        if key not in crawls:
            assert spec.freshness_policy is None, key
            continue
        gap = longest_gap(crawls[key].cadence_cron)
        policy = spec.freshness_policy
        assert isinstance(policy, dg.FreshnessPolicy)
        assert (policy.warn_window.to_timedelta(), policy.fail_window.to_timedelta()) == (gap + GRACE, 2 * gap + GRACE)


def test_retry_policies_are_on_crawl_assets_only(definitions):
    crawls = {f"crawl_{name}" for name in SOURCES}
    for assets_def in definitions.resolve_asset_graph().assets_defs:
        names = {key.to_user_string() for key in assets_def.keys}
        retry = assets_def.node_def.retry_policy if assets_def.is_executable else None
        assert (retry is not None) == bool(names and names <= crawls), names
        if retry is not None:  # twice, 30 s then 60 s later, as the README says
            assert retry.max_retries == 2
            assert [calculate_delay(n, retry.backoff, retry.jitter, retry.delay) for n in (1, 2)] == [30, 60]


@dg.op
def fine():
    return 1


@dg.op
def breaks(value):
    raise RuntimeError(f"the site changed its layout ({value})")


@dg.job
def broken_job():
    breaks(fine())


def test_the_failure_sensor_reports_the_run_and_its_failing_step_and_writes_nothing(definitions):
    assert definitions.resolve_sensor_def(FAILURE_SENSOR).default_status == dg.DefaultSensorStatus.RUNNING
    with dg.instance_for_test() as instance:
        result = broken_job.execute_in_process(instance=instance, raise_on_error=False)
        assert not result.success
        context = dg.build_run_status_sensor_context(
            sensor_name=FAILURE_SENSOR, dagster_instance=instance, dagster_run=result.dagster_run,
            dagster_event=result.get_run_failure_event()).for_run_failure()
        report = failure_report(context.dagster_run, context.get_step_failure_events())
        runs_before = instance.get_runs_count()
        assert report_failed_runs(context) is None  # no run requests, no skip reasons: it only logs
        assert instance.get_runs_count() == runs_before
    assert report.splitlines()[0] == f"run {result.run_id} of job broken_job failed"
    assert report.splitlines()[1:] == ["  step breaks: RuntimeError: the site changed its layout (1)"]
