"""Loading crawl landing folders into raw tables: bulk, transactional and idempotent per crawl run.

A landing folder is `<landing root>/<source>/<crawl_id>/` with `records.jsonl`, `errors.jsonl` and,
once the crawl ended, `crawl.json`. Folders without `crawl.json` (an interrupted crawl) are skipped.
Loading a crawl deletes whatever rows that crawl id already has, then inserts, in one transaction:
running it twice, or after a crash mid-load, leaves exactly one copy.

Records are stored once per version: each landed record gets a content hash, only a version the raw
table does not hold yet is inserted, and every record the crawl saw gets one narrow row in
`raw_sightings`. A re-crawl of unchanged pages therefore adds no record rows.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.db import run, scalar, table_exists
from warehouse.schema import RAW_CRAWL_ERRORS, RAW_CRAWLS, RAW_SIGHTINGS, RENAMED_TABLES, VERSION_COLUMNS, Table


@dataclass(frozen=True)
class LoadResult:
    """What one load did."""

    crawl_ids: list[str]
    records: int
    errors: int
    new_versions: int = 0


def finished_crawls(source_landing: Path) -> list[Path]:
    """Landing folders of finished crawls of one source, oldest first."""
    if not source_landing.exists():
        return []
    return sorted(p for p in source_landing.iterdir() if (p / "crawl.json").exists())


def loaded_crawl_ids(conn: duckdb.DuckDBPyConnection) -> set[str]:
    if not table_exists(conn, RAW_CRAWLS.name):
        return set()
    return {row[0] for row in run(conn, f"select crawl_id from {RAW_CRAWLS.name}")}


def ensure_tables(conn: duckdb.DuckDBPyConnection, *tables: Table) -> None:
    """Create the raw tables, and add any column a newer schema has (a warehouse built by an older version).

    A raw table an older version kept under its old name is renamed, rows and all (RENAMED_TABLES).
    """
    for table in tables:
        old = next((o for o, n in RENAMED_TABLES.items() if n == table.name), None)
        if old and table_exists(conn, old) and not table_exists(conn, table.name):
            run(conn, f"alter table {old} rename to {table.name}")
    for table in (RAW_CRAWLS, RAW_CRAWL_ERRORS, RAW_SIGHTINGS, *tables):
        run(conn, table.ddl())
        for column in table.columns:
            run(conn, f"alter table {table.name} add column if not exists {column.name} {column.type}")


def load_new_crawls(conn: duckdb.DuckDBPyConnection, source_landing: Path, raw_table: Table) -> LoadResult:
    """Load every finished crawl of one source that is not in the warehouse yet."""
    ensure_tables(conn, raw_table)
    done = loaded_crawl_ids(conn)
    loaded, records, errors, new_versions = [], 0, 0, 0
    for folder in finished_crawls(source_landing):
        # The id inside crawl.json is the one its rows carry; a folder may be named otherwise (a crawl
        # run by hand into the landing tree), and must then still count as loaded once it is.
        crawl_id = json.loads((folder / "crawl.json").read_text(encoding="utf-8"))["crawl_id"]
        if crawl_id in done:
            continue
        n_records, n_errors, n_new = load_crawl(conn, folder, raw_table)
        done.add(crawl_id)
        loaded.append(crawl_id)
        records += n_records
        errors += n_errors
        new_versions += n_new
    return LoadResult(loaded, records, errors, new_versions)


def load_crawl(conn: duckdb.DuckDBPyConnection, folder: Path, raw_table: Table) -> tuple[int, int, int]:
    """Replace one crawl's rows in the raw tables with its landing files; returns (records, errors, new versions)."""
    summary = json.loads((folder / "crawl.json").read_text(encoding="utf-8"))
    crawl_id = summary["crawl_id"]
    run(conn, "begin transaction")
    try:
        for table in (raw_table, RAW_SIGHTINGS, RAW_CRAWL_ERRORS, RAW_CRAWLS):
            run(conn, f"delete from {table.name} where crawl_id = ?", [crawl_id])
        written = summary.get("keys", {})  # the keys the landing writer wrote to each file, when it says
        records, new_versions, coverage = _insert_records(conn, raw_table, folder / "records.jsonl",
                                                          written.get("records.jsonl"))
        records += _carry_over_unchanged(conn, summary["source"], crawl_id, folder / "unchanged.jsonl")
        errors = _insert_jsonl(conn, RAW_CRAWL_ERRORS, folder / "errors.jsonl", written.get("errors.jsonl"))
        run(conn,
            f"insert into {RAW_CRAWLS.name} ({', '.join(RAW_CRAWLS.column_names)}) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?)",
            [crawl_id, summary["source"], summary["mode"], summary["started_at"], summary["finished_at"],
             summary["finish_reason"], summary["pages_fetched"], records, errors,
             summary["duplicates_dropped"], str(folder), json.dumps(summary["stats"]), json.dumps(coverage),
             *extraction_figures(summary["stats"])],
        )
        run(conn, "commit")
    except BaseException:
        run(conn, "rollback")
        raise
    return records, errors, new_versions


def extraction_figures(stats: dict) -> tuple[float | None, int | None]:
    """(share of articles read by the generic path, site-read articles whose generic headline differs) of a
    crawl's stats (spiders.middlewares counts them); (None, None) for a crawl of no articles."""
    site = stats.get("article/extraction_method/site", 0)
    generic = stats.get("article/extraction_method/generic", 0)
    if not site + generic:
        return None, None
    return round(generic / (site + generic), 3), stats.get("article/title_differs", 0)


def _insert_records(conn: duckdb.DuckDBPyConnection, table: Table, path: Path,
                    written: list[str] | None = None) -> tuple[int, int, dict]:
    """Bulk-insert the new versions of a crawl's records and a sighting of every record.

    Returns (records, new versions, field coverage): the share of records with each content field filled.
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0, 0, {}
    version_names = {c.name for c in VERSION_COLUMNS}
    landed = [c for c in table.columns if c.name not in version_names]
    content = [c.name for c in landed if c.name not in ("crawl_id", "fetched_at", "archive_record_id",
                                                        "extractor_version")]
    key_parts = ["source_id", "lang"] if "lang" in content else ["source_id"]
    refuse_unknown_keys(conn, path, [c.name for c in landed], table.name, written)
    columns = ", ".join(f"'{c.name}': '{c.type}'" for c in landed)
    run(conn, "create or replace temp table landed as "
              f"select *, concat_ws(':', {', '.join(key_parts)}) as record_key, "
              f"md5(cast(row({', '.join(content)}) as varchar)) as record_hash "
              f"from read_json(?, format = 'newline_delimited', columns = {{{columns}}})", [str(path)])
    try:
        names = ", ".join(table.column_names)
        # A crawl lands each record once (pipelines/dedupe.py); the first-per-key window, a tenth of a load,
        # is only paid for a landing file that holds a key twice.
        repeated = scalar(conn, "select count(*) - count(distinct record_key) from landed")
        rows = ("(select * from landed qualify row_number() over (partition by record_key) = 1)" if repeated
                else "landed")
        new_versions = scalar(conn, f"""
            insert into {table.name} ({names})
            select {names} from {rows} l
            anti join {table.name} r on r.record_key = l.record_key and r.record_hash = l.record_hash""")
        records = scalar(conn, f"insert into {RAW_SIGHTINGS.name} "
                               "select crawl_id, source, record_key, record_hash, url from landed")
        filled = ", ".join(f"avg(case when {c} is null or cast({c} as varchar) in ('', '[]', '{{}}') "
                           f"then 0 else 1 end) as {c}" for c in content)
        values = run(conn, f"select {filled} from landed")[0]
        coverage = {c: round(float(v), 3) for c, v in zip(content, values)}
    finally:
        run(conn, "drop table if exists landed")
    return int(records), int(new_versions), coverage


class UnknownLandingKey(ValueError):
    """A landing file holds a key that no column of its raw table takes."""


def refuse_unknown_keys(conn: duckdb.DuckDBPyConnection, path: Path, columns: list[str], table: str,
                        written: list[str] | None = None) -> None:
    """Raise UnknownLandingKey when any record of a landing file has a key the table has no column for.

    `read_json(..., columns=...)` would drop such a key without a word: a field added to an item but not
    to the warehouse schema would be lost on every load. The keys are those the landing writer listed in
    `crawl.json` as it wrote each line (`written`); a file without that list (written by hand, or by an
    older crawl) has every line's keys read, by DuckDB (a second pass over the file: a sixth of a load)."""
    keys = set(written) if written is not None else {
        row[0] for row in run(conn, "select distinct unnest(json_keys(json)) from read_ndjson_objects(?)",
                              [str(path)])}
    unknown = sorted(keys - set(columns))
    if unknown:
        raise UnknownLandingKey(
            f"{path}: key(s) {', '.join(unknown)} have no column in {table}; add them to the table's "
            f"columns in warehouse/schema.py (or drop them from the item), then load again")


def _carry_over_unchanged(conn: duckdb.DuckDBPyConnection, source: str, crawl_id: str, path: Path) -> int:
    """Sight again, in this crawl, the records of pages the server said were not modified (HTTP 304)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    return int(scalar(conn, f"""
        insert into {RAW_SIGHTINGS.name}
        with previous as (
            select s.* from {RAW_SIGHTINGS.name} s join {RAW_CRAWLS.name} c using (crawl_id)
            where s.source = ? and s.crawl_id <> ?
            qualify row_number() over (partition by s.record_key order by c.finished_at desc, s.crawl_id desc) = 1
        )
        select ? as crawl_id, source, record_key, record_hash, url from previous
        where url in (select url from read_json(?, format = 'newline_delimited', columns = {{'url': 'VARCHAR'}}))
    """, [source, crawl_id, crawl_id, str(path)]))


def _insert_jsonl(conn: duckdb.DuckDBPyConnection, table: Table, path: Path, written: list[str] | None = None) -> int:
    """Bulk-insert a JSON-lines file with the table's own column types (no row-at-a-time inserts)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    refuse_unknown_keys(conn, path, table.column_names, table.name, written)
    columns = ", ".join(f"'{c.name}': '{c.type}'" for c in table.columns)
    names = ", ".join(table.column_names)
    inserted = scalar(conn,
        f"insert into {table.name} ({names}) select {names} from read_json(?, format = 'newline_delimited', "
        f"columns = {{{columns}}})",
        [str(path)],
    )
    return int(inserted)
