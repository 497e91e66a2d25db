"""kill -9 of a crawl mid-run and of a load mid-load, with real processes: nothing lost, nothing doubled.

A crawl writes `crawl.json` last, so a crawl killed mid-run leaves a landing folder the loader never
touches; the next crawl and load give exactly the warehouse of an uninterrupted run. A load is one
transaction per crawl, so a load killed mid-way leaves whole crawls or none of a crawl, and the next
load finishes the job exactly once.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from spiders.archive.sample_web import ensure_packed
from spiders.registry import SOURCES
from tests.conftest import PROJECT_ROOT, SAMPLE_WEB
from tests.warehouse.landing import article, write_crawl
from warehouse.schema import raw_table_for

RAW = raw_table_for(SOURCES["govhk"]).name
LOAD = """
import sys
from pathlib import Path
from spiders.registry import SOURCES
from warehouse.db import writer
from warehouse.load import load_new_crawls
from warehouse.schema import raw_table_for
with writer(Path(sys.argv[1])) as conn:
    print("loading", flush=True)
    result = load_new_crawls(conn, Path(sys.argv[2]), raw_table_for(SOURCES["govhk"]))
    print("loaded", len(result.crawl_ids), flush=True)
"""


def crawl_command(archive: Path, landing: Path, crawl_id: str) -> list[str]:
    source = SOURCES["govhk"]
    return [sys.executable, "-m", "spiders.run_crawl", "--source", "govhk", "--mode", "replay",
            "--archive", str(archive), "--landing-dir", str(landing / crawl_id), "--crawl-id", crawl_id,
            "--log-level", "WARNING", *[f"-a{k}={v}" for k, v in source.replay_args.items()]]


def run(command: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    done = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return done


def load(db: Path, landing: Path) -> None:
    run([sys.executable, "-c", LOAD, str(db), str(landing)])


def kill_group(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def snapshot(db: Path) -> dict:
    """The raw layer without what differs between two runs of the same crawl (its id, load time, folder)."""
    with duckdb.connect(str(db), read_only=True) as conn:
        records = conn.execute(f"select * exclude (crawl_id) from {RAW} order by all").fetchall()
        errors = conn.execute("select * exclude (crawl_id, occurred_at) from raw_crawl_errors order by all").fetchall()
        crawls = conn.execute("select source, mode, finish_reason, pages_fetched, records, errors "
                              "from raw_crawls order by all").fetchall()
        per_crawl = conn.execute(f"select crawl_id, count(*) from {RAW} group by 1 order by 1").fetchall()
    return {"records": records, "errors": errors, "crawls": crawls, "per_crawl": per_crawl}


@pytest.fixture(scope="module")
def sample_archive(tmp_path_factory):
    return ensure_packed(SAMPLE_WEB, tmp_path_factory.mktemp("archive") / "sample_web.warc.gz")


@pytest.mark.slow
def test_a_crawl_killed_mid_run_is_never_loaded_and_the_next_run_equals_an_uninterrupted_one(tmp_path, sample_archive):
    # An uninterrupted crawl and load: the reference.
    ref_landing = tmp_path / "ref" / "landing" / "govhk"
    run(crawl_command(sample_archive, ref_landing, "govhk-ref"))
    load(tmp_path / "ref" / "work.duckdb", ref_landing)
    reference = snapshot(tmp_path / "ref" / "work.duckdb")
    assert len(reference["records"]) == len(list((SAMPLE_WEB / "www.info.gov.hk/gia/general").glob("*/*/P*.htm")))

    # The same crawl, killed -9 once it has landed some records.
    landing = tmp_path / "data" / "landing" / "govhk"
    killed = subprocess.Popen(crawl_command(sample_archive, landing, "govhk-1-killed"), cwd=PROJECT_ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    partial = landing / "govhk-1-killed" / "records.jsonl"
    deadline = time.monotonic() + 120
    while lines(partial) < 10 and killed.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert killed.poll() is None, "the crawl ended before it could be killed"
    kill_group(killed)
    landed_before_kill = lines(partial)
    assert landed_before_kill >= 10 and not (partial.parent / "crawl.json").exists()

    # A load now skips the killed crawl entirely; the next crawl and load complete.
    db = tmp_path / "data" / "work.duckdb"
    load(db, landing)
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute(f"select count(*) from {RAW}").fetchall() == [(0,)]
    run(crawl_command(sample_archive, landing, "govhk-2"))
    load(db, landing)
    after = snapshot(db)
    assert after == {**reference, "per_crawl": [("govhk-2", len(reference["records"]))]}
    assert reference["per_crawl"] == [("govhk-ref", len(reference["records"]))]
    print(f"\nkilled the crawl with {landed_before_kill} records landed; "
          f"the next run loaded {len(after['records'])} records, as the uninterrupted one")


CRAWLS, PER_CRAWL = 30, 5000


def write_landing(landing: Path) -> None:
    for c in range(CRAWLS):
        records = [article(source_id=f"P{c:03d}{i:06d}", body="InnoHK research clusters. " * 20,
                           url=f"https://www.info.gov.hk/gia/general/202205/25/P{c:03d}{i:06d}.htm")
                   for i in range(PER_CRAWL)]
        write_crawl(landing, f"c{c:03d}", records, finished_at=f"2026-11-24T01:{c:02d}:00+00:00")


def assert_whole_crawls(db: Path) -> int:
    """Every crawl in the warehouse is there exactly once and whole; returns how many are."""
    with duckdb.connect(str(db), read_only=True) as conn:
        crawls = {row[0] for row in conn.execute("select crawl_id from raw_crawls").fetchall()}
        per_crawl = dict(conn.execute(f"select crawl_id, count(*) from {RAW} group by 1").fetchall())
        duplicates = conn.execute(f"select count(*) - count(distinct (crawl_id, source_id)) from {RAW}").fetchall()
    assert set(per_crawl) == crawls and all(n == PER_CRAWL for n in per_crawl.values()), per_crawl
    assert duplicates == [(0,)]
    return len(crawls)


@pytest.mark.slow
def test_a_load_killed_mid_load_leaves_whole_crawls_and_the_next_load_completes(tmp_path):
    landing = tmp_path / "landing" / "govhk"
    write_landing(landing)
    load(tmp_path / "ref.duckdb", landing)
    reference = snapshot(tmp_path / "ref.duckdb")

    db = tmp_path / "work.duckdb"
    loaded_after_each_kill = []
    for delay in (0.15, 0.3, 0.3):
        loader = subprocess.Popen([sys.executable, "-c", LOAD, str(db), str(landing)], cwd=PROJECT_ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
        assert loader.stdout.readline().strip() == "loading"
        time.sleep(delay)
        assert loader.poll() is None, "the load finished before it could be killed"
        kill_group(loader)
        loaded_after_each_kill.append(assert_whole_crawls(db))
    assert any(0 < n < CRAWLS for n in loaded_after_each_kill), loaded_after_each_kill

    load(db, landing)
    assert assert_whole_crawls(db) == CRAWLS
    assert snapshot(db) == reference
    print(f"\ncrawls loaded after each kill -9: {loaded_after_each_kill} of {CRAWLS}; the next load completed")
