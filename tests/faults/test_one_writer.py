"""One writer: analysts keep the published warehouse open through a whole `hkai run`.

Two reader processes watch `data/hkai.duckdb` while a full run (its own process, temporary
HKAI_DATA_DIR and DAGSTER_HOME) rebuilds it: one holds a single read-only connection open from
before the run to after it, the other opens a fresh read-only connection every few tenths of a
second. The run must succeed; every look of either reader must be exactly the old build or exactly
the new one (the same tables with the same row counts), never a mix; the held connection keeps the
old build; the fresh connections switch from old to new once, and never back.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT_ROOT
from warehouse.db import run as sql
from warehouse.publish import publish
from warehouse.schema import Column, Table

HKAI = str(Path(sys.executable).with_name("hkai"))
READER = r"""
import json, sys, time
from pathlib import Path
import duckdb

published, out, stop, mode = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]

def look(conn):
    conn.execute("begin transaction")
    tables = [r[0] for r in conn.execute(
        "select table_name from information_schema.tables where table_schema = 'main' order by 1").fetchall()]
    counts = {t: conn.execute(f'select count(*) from "{t}"').fetchall()[0][0] for t in tables}
    conn.execute("commit")
    return counts

held = duckdb.connect(str(published), read_only=True) if mode == "hold" else None
deadline = time.monotonic() + 900
with open(out, "w") as fh:
    print("ready", flush=True)
    while not stop.exists() and time.monotonic() < deadline:
        try:
            if held is not None:
                seen = look(held)
            else:
                with duckdb.connect(str(published), read_only=True) as conn:
                    seen = look(conn)
        except Exception as exc:  # recorded, and the test fails on it
            seen = {"error": f"{type(exc).__name__}: {exc}"}
        fh.write(json.dumps(seen, sort_keys=True) + "\n")
        fh.flush()
        time.sleep(0.2)
"""


def old_build(data: Path) -> None:
    """A small published warehouse standing for yesterday's build."""
    data.mkdir(parents=True, exist_ok=True)
    working = data / "yesterday.duckdb"
    with duckdb.connect(str(working)) as conn:
        sql(conn, "create table articles as select range as id, 'old' as title from range(7)")
        sql(conn, "create table raw_crawls as select 'govhk-yesterday' as crawl_id")
    # publish copies only described tables: describe yesterday's two.
    described = {"articles": Table("articles", "Yesterday's articles.", (Column("id", "BIGINT", "Id."),
                                                                          Column("title", "VARCHAR", "Title."))),
                 "raw_crawls": Table("raw_crawls", "Yesterday's crawls.", (Column("crawl_id", "VARCHAR", "Id."),))}
    publish(working, data / "hkai.duckdb", described)
    working.unlink()


@pytest.mark.slow
def test_readers_see_the_old_build_or_the_new_one_never_a_mix(tmp_path):
    data = tmp_path / "data"
    old_build(data)
    published, stop = data / "hkai.duckdb", tmp_path / "stop"
    env = {**os.environ, "HKAI_DATA_DIR": str(data), "DAGSTER_HOME": str(tmp_path / "home")}
    readers = {}
    for mode in ("hold", "reopen"):
        out = tmp_path / f"{mode}.jsonl"
        process = subprocess.Popen([sys.executable, "-c", READER, str(published), str(out), str(stop), mode],
                                   stdout=subprocess.PIPE, text=True)
        assert process.stdout.readline().strip() == "ready"
        readers[mode] = (process, out)
    try:
        result = subprocess.run([HKAI, "run"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=900)
        time.sleep(1.0)  # let each reader look at least once more
    finally:
        stop.touch()
        for process, _ in readers.values():
            process.wait(timeout=30)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    old = {"articles": 7, "raw_crawls": 1}
    with duckdb.connect(str(published), read_only=True) as conn:
        tables = [r[0] for r in conn.execute("select table_name from information_schema.tables "
                                              "where table_schema = 'main' order by 1").fetchall()]
        new = {t: conn.execute(f'select count(*) from "{t}"').fetchall()[0][0] for t in tables}
    assert new != old and new["articles"] > 0

    held = [json.loads(line) for line in readers["hold"][1].read_text().splitlines()]
    fresh = [json.loads(line) for line in readers["reopen"][1].read_text().splitlines()]
    assert len(held) > 10 and all(seen == old for seen in held), [s for s in held if s != old][:1]
    assert all(seen in (old, new) for seen in fresh), [s for s in fresh if s not in (old, new)][:1]
    switches = sum(a != b for a, b in zip(fresh, fresh[1:]))
    assert fresh[0] == old and fresh[-1] == new and switches == 1
    print(f"\nheld reader: {len(held)} looks, all the old build; fresh reader: {len(fresh)} looks, "
          f"{fresh.index(new)} old then {len(fresh) - fresh.index(new)} new; run ok")
