"""The builds of the published warehouse: each published build's id, time, mode, origin and code version.

A build is what `published_warehouse` publishes. Its row is written into the new file as it is made, after
the history the previous published file kept (`builds`), so each published build keeps its id and names
the one before it; a build that is not published (a failed blocking check) leaves no row.
"""
from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import duckdb

from warehouse.db import run, table_exists
from warehouse.schema import BUILD, BUILDS
from warehouse.sql_files import sql_text

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CODE_PACKAGES = ("spiders", "pipelines", "warehouse", "dagster_project")


@dataclass(frozen=True)
class BuildInfo:
    """What the run knows of the build it publishes; origin and sample come from the coverage table."""

    build_id: str
    built_at: datetime
    mode: str
    code_version: str


def new_build(run_id: str, mode: str, now: datetime | None = None) -> BuildInfo:
    """A build of this moment: its id is `<UTC time>-<run id prefix>`, so ids sort by time and name their run."""
    now = now or datetime.now(UTC)
    return BuildInfo(f"{now:%Y%m%dT%H%M%SZ}-{run_id[:8]}", now, mode, code_version())


def code_version() -> str:
    """The git commit of the code (with `-dirty` for uncommitted changes), else the package version and a
    hash of the code's Python files (a copy without git history)."""
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, text=True,
                                timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", *CODE_PACKAGES],
                               cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=10, check=True).stdout
        return f"git:{commit}" + ("-dirty" if dirty.strip() else "")
    except (OSError, subprocess.SubprocessError):
        digest = hashlib.sha256()
        for package in CODE_PACKAGES:
            for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
                digest.update(path.relative_to(PROJECT_ROOT).as_posix().encode())
                digest.update(path.read_bytes())
        return f"hk-ai-atlas {metadata.version('hk-ai-atlas')}+{digest.hexdigest()[:12]}"


def record_build(conn: duckdb.DuckDBPyConnection, build: BuildInfo, previous: str | None) -> None:
    """Write `builds` (the previous file's history and this build) and `build` (this build) into `conn`'s file.

    `previous` is the catalog name of the previous published file, attached read-only, or None for the first.
    """
    if previous and table_exists_in(conn, previous, BUILDS.name):
        run(conn, f"create table {BUILDS.name} as "
                  f"select {', '.join(BUILDS.column_names)} from {previous}.{BUILDS.name}")
    else:
        run(conn, BUILDS.ddl())
    if not table_exists(conn, "coverage"):  # a warehouse without the coverage table: origin unknown
        run(conn, "create temp table coverage as select null::varchar as origin, null::varchar as selection limit 0")
    run(conn, f"insert into {BUILDS.name} ({', '.join(BUILDS.column_names)}) {sql_text(BUILDS.name)}",
        [build.build_id, build.built_at, build.mode, build.code_version])
    run(conn, f"create table {BUILD.name} as {sql_text(BUILD.name)}", [build.build_id])
    run(conn, "drop table if exists temp.coverage")


def table_exists_in(conn: duckdb.DuckDBPyConnection, catalog: str, name: str) -> bool:
    return bool(run(conn, "select 1 from information_schema.tables where table_catalog = ? and table_schema = 'main' "
                          "and table_name = ?", [catalog, name]))
