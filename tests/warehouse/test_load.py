"""Loading landing folders into raw tables: bulk, idempotent per crawl, all-or-nothing."""
from __future__ import annotations

import json
from dataclasses import replace

import duckdb
import pytest

from spiders.items import CrawlError
from tests.warehouse.landing import article, write_crawl
from warehouse.db import run, scalar, writer
from warehouse.load import UnknownLandingKey, load_crawl, load_new_crawls
from warehouse.marts import read_current
from warehouse.schema import raw_table

RAW = raw_table("raw_govhk_press_releases", "GovHK press releases")


def counts(conn):
    return tuple(scalar(conn, f"select count(*) from {t}")
                 for t in ("raw_govhk_press_releases", "raw_crawl_errors", "raw_crawls"))


def test_new_crawls_are_loaded_once(tmp_path):
    landing = tmp_path / "landing"
    error = CrawlError(source="govhk", url="https://x", stage="http", reason="HTTP 500", occurred_at="2026-11-24T00:00:00+00:00")
    write_crawl(landing, "c1", [article(), article(source_id="P2", url="https://www.info.gov.hk/2")], [error])
    with writer(tmp_path / "w.duckdb") as conn:
        first = load_new_crawls(conn, landing, RAW)
        again = load_new_crawls(conn, landing, RAW)
        assert (first.crawl_ids, first.records, first.errors) == (["c1"], 2, 1)
        assert again.crawl_ids == []
        assert counts(conn) == (2, 1, 1)
        row = conn.execute("select flags, photos->>'$[0].url', published_at, archive_record_id "
                           "from raw_govhk_press_releases where source_id = 'P2022052500609'").fetchall()
        assert row[0][0] == ["with_photo"] and row[0][1] == "https://gia.info.gov.hk/x.jpg"
        assert row[0][3] == "<urn:uuid:1>"


def test_a_crawl_in_a_folder_named_otherwise_is_loaded_once_under_its_own_id(tmp_path):
    landing = tmp_path / "landing"
    write_crawl(landing, "adhoc", [article()]).rename(landing / "my-manual-crawl")
    with writer(tmp_path / "w.duckdb") as conn:
        assert load_new_crawls(conn, landing, RAW).crawl_ids == ["adhoc"]
        assert load_new_crawls(conn, landing, RAW).crawl_ids == []
        assert counts(conn) == (1, 0, 1)


def test_reloading_a_crawl_replaces_its_rows(tmp_path):
    folder = write_crawl(tmp_path / "landing", "c1", [article()])
    with writer(tmp_path / "w.duckdb") as conn:
        load_new_crawls(conn, tmp_path / "landing", RAW)
        load_crawl(conn, folder, RAW)
        load_crawl(conn, folder, RAW)
        assert counts(conn) == (1, 0, 1)


def test_an_unfinished_crawl_is_left_alone(tmp_path):
    write_crawl(tmp_path / "landing", "c1", [article()], finished=False)
    with writer(tmp_path / "w.duckdb") as conn:
        assert load_new_crawls(conn, tmp_path / "landing", RAW).crawl_ids == []


def test_a_broken_landing_file_loads_nothing_of_that_crawl(tmp_path):
    landing = tmp_path / "landing"
    write_crawl(landing, "c1", [article()])
    bad = write_crawl(landing, "c2", [article(source_id="P3")], finished_at="2026-11-25T00:00:00+00:00")
    with open(bad / "records.jsonl", "a") as fh:
        fh.write('{"source": "govhk", "published_date": "not a date"}\n')
    with writer(tmp_path / "w.duckdb") as conn:
        with pytest.raises(duckdb.Error):
            load_new_crawls(conn, landing, RAW)
        assert counts(conn) == (1, 0, 1)  # c1 landed; nothing of c2, not even its first good row
        assert scalar(conn, "select count(*) from raw_crawls where crawl_id = 'c2'") == 0


def test_an_unchanged_recrawl_adds_sightings_not_records(tmp_path):
    landing = tmp_path / "landing"
    write_crawl(landing, "c1", [article(), article(source_id="P2", url="https://www.info.gov.hk/2")],
                finished_at="2026-11-01T00:00:00+00:00")
    write_crawl(landing, "c2", [article(), article(source_id="P2", url="https://www.info.gov.hk/2")],
                finished_at="2026-11-02T00:00:00+00:00")
    with writer(tmp_path / "w.duckdb") as conn:
        result = load_new_crawls(conn, landing, RAW)
        assert (result.records, result.new_versions) == (4, 2)
        assert scalar(conn, "select count(*) from raw_govhk_press_releases") == 2
        assert scalar(conn, "select count(*) from raw_sightings") == 4


def test_current_version_first_and_last_seen_and_vanished_records(tmp_path):
    landing = tmp_path / "landing"
    write_crawl(landing, "c1", [article(), article(source_id="P2", url="https://www.info.gov.hk/2")],
                finished_at="2026-11-01T00:00:00+00:00")
    write_crawl(landing, "c2", [article(title="Corrected title")], finished_at="2026-11-02T00:00:00+00:00")
    with writer(tmp_path / "w.duckdb") as conn:
        assert load_new_crawls(conn, landing, RAW).new_versions == 3
        current = read_current(conn, [RAW.name], []).set_index("source_id")
    assert current.loc["P2022052500609", "title"] == "Corrected title"
    assert bool(current.loc["P2022052500609", "listed"]) and not bool(current.loc["P2", "listed"])
    assert str(current.loc["P2", "last_seen_at"].date()) == "2026-11-01"
    assert str(current.loc["P2022052500609", "first_seen_at"].date()) == "2026-11-01"


def test_pages_not_modified_carry_their_records_into_the_new_crawl(tmp_path):
    landing = tmp_path / "landing"
    write_crawl(landing, "c1", [article(), article(source_id="P2", url="https://www.info.gov.hk/2")],
                finished_at="2026-11-01T00:00:00+00:00")
    second = write_crawl(landing, "c2", [], finished_at="2026-11-02T00:00:00+00:00")
    (second / "unchanged.jsonl").write_text('{"url": "https://www.info.gov.hk/2"}\n')
    with writer(tmp_path / "w.duckdb") as conn:
        load_new_crawls(conn, landing, RAW)
        current = read_current(conn, [RAW.name], []).set_index("source_id")
        assert scalar(conn, "select count(*) from raw_sightings where crawl_id = 'c2'") == 1
    assert bool(current.loc["P2", "listed"]) and not bool(current.loc["P2022052500609", "listed"])


def test_crawl_health_names_the_source_and_the_fields_a_layout_change_emptied(tmp_path):
    from warehouse.checks import crawl_health

    landing = tmp_path / "landing"
    good = [article(source_id=f"P{i}", url=f"https://www.info.gov.hk/{i}") for i in range(12)]
    write_crawl(landing, "c1", good, finished_at="2026-11-01T00:00:00+00:00")
    broken = [article(source_id=f"P{i}", url=f"https://www.info.gov.hk/{i}", published_at=None, flags=[])
              for i in range(12)]
    write_crawl(landing, "c2", broken, finished_at="2026-11-02T00:00:00+00:00")
    with writer(tmp_path / "w.duckdb") as conn:
        load_new_crawls(conn, landing, RAW)
        coverage = json.loads(scalar(conn, "select field_coverage from raw_crawls where crawl_id = 'c1'"))
        assert coverage["title"] == 1.0 and coverage["twin_url"] == 0.0
        passed, detail = crawl_health(conn)
    assert not passed
    assert detail == "govhk: fields emptied: published_at 100% -> 0%, flags 100% -> 0%"


def test_crawl_health_warns_when_the_generic_path_reads_far_more_articles_than_last_crawl(tmp_path):
    from warehouse.checks import crawl_health

    landing = tmp_path / "landing"
    pages = [article(source_id=f"P{i}", url=f"https://www.info.gov.hk/{i}") for i in range(4)]
    write_crawl(landing, "c1", pages, finished_at="2026-11-01T00:00:00+00:00")
    redesigned = pages[:1] + [replace(page, extraction_method="generic") for page in pages[1:]]
    write_crawl(landing, "c2", redesigned, finished_at="2026-11-02T00:00:00+00:00")
    with writer(tmp_path / "w.duckdb") as conn:
        load_new_crawls(conn, landing, RAW)
        shares = run(conn, "select crawl_id, generic_share, title_differs from raw_crawls order by crawl_id")
        passed, detail = crawl_health(conn)
    assert shares == [("c1", 0.0, 0), ("c2", 0.75, 0)]
    assert not passed and detail == "govhk: articles read by the generic path 0% -> 75% (the site's markup changed?)"


def test_crawl_health_passes_when_a_crawl_is_as_full_as_the_last(tmp_path):
    from warehouse.checks import crawl_health

    landing = tmp_path / "landing"
    write_crawl(landing, "c1", [article()], finished_at="2026-11-01T00:00:00+00:00")
    write_crawl(landing, "c2", [article()], finished_at="2026-11-02T00:00:00+00:00")
    with writer(tmp_path / "w.duckdb") as conn:
        load_new_crawls(conn, landing, RAW)
        assert crawl_health(conn)[0]


def test_a_landing_key_no_column_takes_is_refused_by_name(tmp_path):
    # A field added to an item but not to the warehouse schema would otherwise be dropped on every load.
    landing = tmp_path / "landing"
    folder = write_crawl(landing, "c1", [article(), article(source_id="P2", url="https://www.info.gov.hk/2")])
    lines = (folder / "records.jsonl").read_text(encoding="utf-8").splitlines()
    extra = json.loads(lines[1]) | {"sentiment": "upbeat"}  # only the second record has it
    (folder / "records.jsonl").write_text("\n".join([lines[0], json.dumps(extra)]) + "\n", encoding="utf-8")
    with writer(tmp_path / "w.duckdb") as conn:
        with pytest.raises(UnknownLandingKey, match="sentiment.*raw_govhk_press_releases"):
            load_new_crawls(conn, landing, RAW)
        assert scalar(conn, "select count(*) from raw_govhk_press_releases") == 0  # nothing half-loaded


def test_a_key_the_landing_writer_listed_that_no_column_takes_is_refused_by_name(tmp_path):
    landing = tmp_path / "landing"
    folder = write_crawl(landing, "c1", [article()])
    summary = json.loads((folder / "crawl.json").read_text(encoding="utf-8"))
    keys = list(json.loads((folder / "records.jsonl").read_text(encoding="utf-8").splitlines()[0]))
    summary["keys"] = {"records.jsonl": [*keys, "sentiment"], "errors.jsonl": []}
    (folder / "crawl.json").write_text(json.dumps(summary), encoding="utf-8")
    with writer(tmp_path / "w.duckdb") as conn:
        with pytest.raises(UnknownLandingKey, match="sentiment"):
            load_new_crawls(conn, landing, RAW)


def test_a_landing_file_with_one_key_twice_stores_one_version_of_it(tmp_path):
    # A crawl drops repeated records before landing them; a file written otherwise still loads one version a key.
    landing = tmp_path / "landing"
    write_crawl(landing, "c1", [article(), article(title="Another headline"), article(source_id="P2")])
    with writer(tmp_path / "w.duckdb") as conn:
        result = load_new_crawls(conn, landing, RAW)
        assert scalar(conn, f"select count(*) from {RAW.name}") == 2 == result.new_versions
        assert scalar(conn, f"select count(distinct record_key) from {RAW.name}") == 2
        assert scalar(conn, "select count(*) from raw_sightings") == 3
