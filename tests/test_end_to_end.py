"""The main command, end to end: `hkai run` in replay mode into a temporary data folder, twice,
the second time with the network cut off, then the analysts' queries on the published warehouse."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import duckdb
import pytest

from spiders.registry import SOURCES
from tests.conftest import PROJECT_ROOT, SAMPLE_WEB

HKAI = str(Path(sys.executable).with_name("hkai"))


def hkai(*args, env, offline=False):
    command = [HKAI, *args]
    if offline:
        command = ["unshare", "-rn", *command]  # a new network namespace with no interfaces up
    return subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=600)


def sample_release_count():
    return len(list((SAMPLE_WEB / "www.info.gov.hk/gia/general").glob("*/*/P*.htm")))


def crawled_sources():
    return sorted(SOURCES)


@pytest.mark.slow
def test_run_twice_the_second_time_offline(tmp_path):
    env = {**os.environ, "HKAI_DATA_DIR": str(tmp_path / "data"), "DAGSTER_HOME": str(tmp_path / "home")}
    first = hkai("run", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "materialised published_warehouse" in first.stdout
    assert "warehouse: " in first.stdout

    published = tmp_path / "data" / "hkai.duckdb"
    first_build = published.stat().st_mtime_ns
    report = tmp_path / "data" / "report" / "index.html"
    first_report = report.stat().st_mtime_ns  # every build writes the ecosystem report
    can_cut_network = shutil.which("unshare") and subprocess.run(["unshare", "-rn", "true"]).returncode == 0
    if not can_cut_network:  # said in the test summary: this machine cannot prove the run needs no network
        warnings.warn("unshare -rn is not available: the second run was not cut off from the network", stacklevel=1)
    second = hkai("run", env=env, offline=bool(can_cut_network))
    assert second.returncode == 0, second.stdout + second.stderr

    assert published.stat().st_mtime_ns == first_build  # nothing changed, so nothing was republished
    assert report.stat().st_mtime_ns == first_report  # nor was the report rewritten
    with duckdb.connect(str(published), read_only=True) as conn:
        govhk = conn.execute("select count(*), count(distinct lang) from articles where source = 'govhk'").fetchall()[0]
        sources = conn.execute("select source, items, errors, mode from sources order by source").fetchall()
        raw_crawls = conn.execute("select count(*) from raw_crawls").fetchall()[0][0]
        provenance_gaps = conn.execute(
            "select count(*) from articles where url is null or crawl_id is null or fetched_at is null "
            "or archive_record_id is null or extractor_version is null").fetchall()[0][0]
    assert govhk == (sample_release_count(), 2)
    assert [s[0] for s in sources] == crawled_sources()
    for name, items, errors, mode in sources:
        assert items > 0 and errors == 0 and mode == "replay", name
    # The second run replays the same archive with the same code: its crawls are skipped, nothing is rewritten.
    assert raw_crawls == len(SOURCES) and provenance_gaps == 0

    query = hkai("sql", "select count(*) as n from articles where source = 'govhk'", env=env)
    assert query.returncode == 0 and str(sample_release_count()) in query.stdout


@pytest.mark.slow
def test_a_forced_recrawl_of_unchanged_pages_adds_no_record_rows(tmp_path):
    env = {**os.environ, "HKAI_DATA_DIR": str(tmp_path / "data"), "DAGSTER_HOME": str(tmp_path / "home")}
    assert hkai("run", env=env).returncode == 0
    work = tmp_path / "data" / "work.duckdb"

    def counts():
        with duckdb.connect(str(work), read_only=True) as conn:
            raw = sum(conn.execute(f"select count(*) from {s.raw_table}").fetchall()[0][0] for s in SOURCES.values())
            return raw, conn.execute("select count(*) from raw_crawls").fetchall()[0][0]

    before = counts()
    again = hkai("run", "--recrawl", env=env)
    assert again.returncode == 0, again.stdout + again.stderr
    after = counts()
    assert after == (before[0], 2 * before[1])  # every source crawled again, not one record version added
