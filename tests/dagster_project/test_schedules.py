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
    deadline_cron,
    failure_report,
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


@pytest.mark.parametrize("cron, deadline", [
    ("15 8,13,20 * * *", "15 9,14,21 * * *"), ("0 7 * * 1", "0 8 * * 1"), ("0 5 1 * *", "0 6 1 * *"),
])
def test_the_deadline_is_the_crawl_tick_plus_the_grace_hour(cron, deadline):
    assert deadline_cron(cron) == deadline


@pytest.mark.parametrize("cron", ["*/30 * * * *", "0 23 * * *", "0 8 * * *"])
def test_a_cron_whose_hours_cannot_move_is_refused_by_name(cron):
    grace = timedelta(minutes=30) if cron == "0 8 * * *" else GRACE
    with pytest.raises(ValueError, match="cannot move"):
        deadline_cron(cron, grace)


def test_each_crawl_has_a_freshness_policy_from_its_cadence_and_nothing_else_has_one(definitions):
    graph = definitions.resolve_asset_graph()
    crawls = {dg.AssetKey(f"crawl_{name}"): source for name, source in SOURCES.items()}
    for key in graph.get_all_asset_keys():
        spec = next(s for s in graph.assets_def_for_key(key).specs if s.key == key)
        if key not in crawls:
            assert spec.freshness_policy is None, key
            continue
        policy = spec.freshness_policy
        assert isinstance(policy, dg.FreshnessPolicy)
        assert policy.deadline_cron == deadline_cron(crawls[key].cadence_cron)
        assert (policy.lower_bound_delta, policy.timezone) == (GRACE, TIMEZONE)


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
