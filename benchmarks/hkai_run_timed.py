"""`hkai run` (the full rebuild, as `make run` runs it) with a stopwatch on everything that is not Dagster.

    HKAI_DATA_DIR=... DAGSTER_HOME=... python -m benchmarks.hkai_run_timed

Prints one JSON line: the run's wall time (as `hkai run` reports it, and for the whole process),
the time inside crawl subprocesses (from their start to their exit), and the time inside the
warehouse (every `with warehouse.get_connection()` block, and the loading, cleaning, classifying,
publishing and summary functions the assets call). Dagster's share is what is left. Only
stopwatches are added (wrappers installed before the project's definitions load); what runs is
`dagster_project.runner.run_full_rebuild`, unchanged.
"""
from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time

PROCESS_START = time.perf_counter()

TIMES = {"crawl": 0.0, "warehouse": 0.0}
COUNTS = {"crawl": 0, "warehouse": 0}
NESTED: dict[str, float] = {}  # calls inside another stopwatch, inclusive time, by name
BY_NAME: dict[str, float] = {}  # outermost warehouse calls by name, and the asset each `with` block ran in
_depth = 0


@contextlib.contextmanager
def stopwatch(category: str, name: str = ""):
    """Adds the block's time to `category`, unless it runs inside another stopwatch (no double count)."""
    global _depth
    if _depth:
        started = time.perf_counter()
        try:
            yield
        finally:
            if name:  # nested: only its own inclusive time, for the breakdown
                NESTED[name] = NESTED.get(name, 0.0) + time.perf_counter() - started
        return
    _depth += 1
    started = time.perf_counter()
    try:
        yield
    finally:
        _depth -= 1
        TIMES[category] += time.perf_counter() - started
        COUNTS[category] += 1
        if name:
            BY_NAME[name] = BY_NAME.get(name, 0.0) + time.perf_counter() - started


def timed(category: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with stopwatch(category, fn.__name__):
            return fn(*args, **kwargs)
    return wrapper


def _asset_name() -> str:
    """The asset function whose body opened the connection (the caller two frames up)."""
    frame = sys._getframe(3)
    return f"{frame.f_code.co_name} ({frame.f_code.co_filename.rsplit('/', 2)[-2]})"


def install() -> None:
    import subprocess

    import dagster._core.pipes.subprocess as pipes_subprocess
    from dagster_duckdb import DuckDBResource

    import warehouse.load
    import warehouse.marts
    import warehouse.publish
    import warehouse.query
    import warehouse.staging

    class TimedPopen(subprocess.Popen):
        """The crawl child: timed from its start until it has exited."""

        def __init__(self, *args, **kwargs):
            self._started = time.perf_counter()
            self._timed = False
            super().__init__(*args, **kwargs)

        def wait(self, timeout=None):
            code = super().wait(timeout)
            if not self._timed:
                self._timed = True
                TIMES["crawl"] += time.perf_counter() - self._started
                COUNTS["crawl"] += 1
            return code

    pipes_subprocess.Popen = TimedPopen

    # Every public function of every warehouse module (the loading, cleaning, modelling, publishing that
    # assets call); nested calls count once, under the outermost name.
    import importlib
    import inspect
    import pkgutil

    for info in pkgutil.iter_modules(warehouse.__path__):
        module = importlib.import_module(f"warehouse.{info.name}")
        for name, fn in vars(module).copy().items():
            if inspect.isfunction(fn) and fn.__module__ == module.__name__ and not name.startswith("_"):
                setattr(module, name, timed("warehouse", fn))

    original = DuckDBResource.get_connection

    @contextlib.contextmanager
    def get_connection(self):
        with stopwatch("warehouse", f"with get_connection() in {_asset_name()}"), original(self) as conn:
            yield conn

    DuckDBResource.get_connection = get_connection


def main() -> int:
    os.environ.setdefault("HKAI_MODE", "replay")
    os.environ.setdefault("HKAI_CRAWL_LOG_LEVEL", "WARNING")
    install()
    from dagster_project.cli import ensure_dagster_home

    ensure_dagster_home()
    import dagster_project.runner as runner

    runner.summary = timed("warehouse", runner.summary)
    lines: list[str] = []
    started = time.perf_counter()
    ok = runner.run_full_rebuild(echo=lines.append)
    run_s = time.perf_counter() - started
    print(json.dumps({
        "ok": ok, "run_s": run_s, "process_s": time.perf_counter() - PROCESS_START,
        "crawl_s": TIMES["crawl"], "warehouse_s": TIMES["warehouse"], "crawls": COUNTS["crawl"],
        "warehouse_calls": COUNTS["warehouse"], "output": lines,
        "warehouse_by_name": dict(sorted(BY_NAME.items(), key=lambda kv: -kv[1])),
        "warehouse_nested": dict(sorted(NESTED.items(), key=lambda kv: -kv[1])[:15]),
    }))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
