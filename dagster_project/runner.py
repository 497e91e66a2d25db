"""`hkai run`: the full-rebuild job in this process, for what changed (`plan.py`), with one progress line per
asset and a closing summary."""
from __future__ import annotations

import logging
import os
import warnings

import dagster as dg

from dagster_project.defs.schedules import FULL_REBUILD
from dagster_project.paths import crawl_mode, data_paths, sample_web_dir


class ProgressHandler(logging.Handler):
    """Prints one line when an asset is materialised, a check is evaluated, or a step fails."""

    def __init__(self, echo):
        super().__init__(logging.DEBUG)
        self.echo = echo

    def emit(self, record: logging.LogRecord) -> None:
        event = getattr(record, "dagster_event", None)
        if event is None:
            return
        if event.event_type_value == "ASSET_MATERIALIZATION":
            materialization = event.event_specific_data.materialization
            rows = materialization.metadata.get("dagster/row_count")
            self.echo(f"  materialised {materialization.asset_key.to_user_string()}"
                      + (f" ({rows.value} rows)" if rows is not None else ""))
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            self.echo(f"  check {evaluation.check_name}: {'passed' if evaluation.passed else 'FAILED'}")
        elif event.event_type_value == "STEP_FAILURE":
            self.echo(f"  FAILED {event.step_key}: {event.event_specific_data.error.message.strip()}")


def run_full_rebuild(echo=print, full: bool = False) -> bool:
    """Materialise, in this process and recorded in the Dagster instance, what changed since the last run and
    everything downstream of it (every asset with `full` or on a new data folder); True on success.

    When nothing changed no Dagster run is started, so the run history holds only runs that did work.
    """
    from dagster_project.definitions import defs, folder_defs
    from dagster_project.plan import make_plan

    graph = folder_defs().resolve_asset_graph()
    paths = data_paths()
    instance = dg.DagsterInstance.get()
    total = len(graph.materializable_asset_keys)
    plan = make_plan(graph, instance, paths, crawl_mode(), sample_web_dir(), full=full,
                     recrawl=bool(os.environ.get("HKAI_RECRAWL")))
    if not plan.keys:
        last = instance.get_runs(limit=1)
        echo(f"hkai run: nothing changed since run {last[0].run_id if last else '(none recorded)'}: "
             f"no run started; warehouse: {paths.published_db}")
        return True
    echo(f"hkai run: {plan.describe(total)}; data in {paths.root}")
    job = defs().resolve_job_def(FULL_REBUILD)
    # Pipes' own preview notice is not news to a user running the pipeline.
    warnings.filterwarnings("ignore", category=dg.PreviewWarning, message=".*expected_writer_count.*")
    handler = ProgressHandler(echo)
    progress_logger = dg.logger(lambda _: _with_handler(handler))
    # Only the progress logger: Dagster's console logger prints several lines per step.
    result = job.with_logger_defs({"progress": progress_logger}).execute_in_process(
        instance=instance, raise_on_error=False, run_config={"loggers": {"progress": {}}},
        asset_selection=None if plan.everything else sorted(plan.keys))
    if result.success:
        echo(summary(paths.published_db))
        if (report := paths.report_dir / "index.html").exists():
            echo(f"report: {report} (hkai report --open)")
    return result.success


def _with_handler(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger("hkai.progress")
    logger.handlers = [handler]
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    return logger


def summary(published) -> str:
    """Per source: pages, items, errors of the last crawl; then the article count and the warehouse path."""
    from warehouse.query import format_table, run_query

    columns, rows, _ = run_query(published, "select source, mode, pages_fetched, items, errors from sources")
    _, ((n_articles, n_ai),), _ = run_query(published, "select count(*), count(*) filter (ai_relevant) from articles")
    return (format_table(columns, rows) + f"\narticles: {n_articles} ({n_ai} about AI)"
            + "\n" + build_line(published)
            + f"\nwarehouse: {published}\nquery it: hkai sql \"select * from sources\"")


def build_line(published) -> str:
    """The build in plain words: its id, mode, where its pages came from, and whether it is a sample."""
    import duckdb

    from warehouse.query import run_query

    try:
        _, rows, _ = run_query(published, "select build_id, mode, origin, sample from build")
    except duckdb.CatalogException:
        rows = []
    if not rows:
        return "build: not recorded (a warehouse published before builds were recorded)"
    build_id, mode, origin, sample = rows[0]
    return (f"build {build_id}: mode {mode}, pages from {origin or 'no crawl'}"
            + (" (a sample: see the coverage table)" if sample else ""))
