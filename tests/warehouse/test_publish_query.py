"""Publishing the read-only copy while readers hold it open, and the analysts' read-only queries."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import duckdb
import pytest

from warehouse.db import reader, run, writer
from warehouse.publish import publish
from warehouse.query import format_table, run_query
from warehouse.schema import SOURCE_TABLE, Table, all_tables, columns

# The one table these tests build (publish copies only described tables).
TINY = {"sources": Table("sources", "Sources.", columns("source | VARCHAR | Source name."))}

# Holds a read-only connection on the published file, prints its count, waits for a line on stdin,
# prints the count again through the same connection, then opens the file afresh and prints once more.
READER = textwrap.dedent("""
    import sys, duckdb
    conn = duckdb.connect(sys.argv[1], read_only=True)
    print(conn.execute("select count(*) from sources").fetchall()[0][0], flush=True)
    sys.stdin.readline()
    print(conn.execute("select count(*) from sources").fetchall()[0][0], flush=True)
    conn.close()
    fresh = duckdb.connect(sys.argv[1], read_only=True)
    print(fresh.execute("select count(*) from sources").fetchall()[0][0], flush=True)
""")


def build(working, rows):
    with writer(working) as conn:
        run(conn, "create or replace table sources (source varchar)")
        run(conn, "insert into sources select 's' || i from range(?) t(i)", [rows])


def test_publish_swaps_in_a_new_build_while_a_reader_holds_the_old_one(tmp_path):
    working, published = tmp_path / "work.duckdb", tmp_path / "hkai.duckdb"
    build(working, 1)
    publish(working, published, TINY)
    reader_process = subprocess.Popen([sys.executable, "-c", READER, str(published)],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader_process.stdout.readline().strip() == "1"
        build(working, 5)  # the pipeline writes its own file: the reader does not block it
        counts = publish(working, published, TINY)
        assert counts == {"sources": 5}
        reader_process.stdin.write("go\n")
        reader_process.stdin.flush()
        assert reader_process.stdout.readline().strip() == "1"  # the open reader keeps its whole old build
        assert reader_process.stdout.readline().strip() == "5"  # a new reader sees the whole new build
    finally:
        reader_process.kill()
        reader_process.wait()
    assert not list(tmp_path.glob(".hkai.duckdb.*"))  # no temporary file left behind


def test_published_tables_carry_the_data_dictionary(tmp_path):
    working, published = tmp_path / "work.duckdb", tmp_path / "hkai.duckdb"
    with writer(working) as conn:
        run(conn, SOURCE_TABLE.ddl())
    publish(working, published, all_tables([]))
    with reader(published) as conn:
        comments = dict(run(conn, "select column_name, comment from duckdb_columns() where table_name = 'sources'"))
        table_comment = run(conn, "select comment from duckdb_tables() where table_name = 'sources'")[0][0]
    assert comments["last_crawl_at"] == "When the last crawl finished."
    assert table_comment == SOURCE_TABLE.description


def test_a_data_folder_with_a_quote_in_its_name_publishes(tmp_path):
    folder = tmp_path / "o'brien"
    folder.mkdir()
    working, published = folder / "work.duckdb", folder / "hkai.duckdb"
    with writer(working) as conn:
        run(conn, SOURCE_TABLE.ddl())
    assert publish(working, published, all_tables([])) == {"sources": 0}


def test_a_failed_publish_leaves_the_old_file_and_no_half_copy(tmp_path):
    working, published = tmp_path / "missing.duckdb", tmp_path / "hkai.duckdb"
    published.write_bytes(b"the last good build")
    with pytest.raises(duckdb.Error):
        publish(working, published, all_tables([]))  # nothing to attach: the build fails
    assert published.read_bytes() == b"the last good build"
    assert not list(tmp_path.glob(".hkai.duckdb.*"))  # the temporary copy is gone


def test_queries_are_read_only(tmp_path):
    working, published = tmp_path / "work.duckdb", tmp_path / "hkai.duckdb"
    build(working, 3)
    publish(working, published, TINY)
    columns, rows, truncated = run_query(published, "select source from sources order by 1", max_rows=2)
    assert (columns, rows, truncated) == (["source"], [("s0",), ("s1",)], True)
    with pytest.raises(duckdb.Error, match="read-only"):
        run_query(published, "drop table sources")
    with pytest.raises(FileNotFoundError, match="make run"):
        run_query(tmp_path / "missing.duckdb", "select 1")


def test_format_table_aligns_and_shortens():
    text = format_table(["a", "long_name"], [(1, None), (22, "x" * 100)], max_width=10)
    assert text.splitlines() == ["a  | long_name ", "---+-----------", "1  | NULL      ", "22 | xxxxxxxxx…"]
