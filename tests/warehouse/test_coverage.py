"""The coverage table: where each source's pages came from, how they were chosen, what dates they span."""
from __future__ import annotations

import shutil
from datetime import date

import duckdb
import pytest

from spiders.archive.sample_web import SNAPSHOT_TIME, pack
from spiders.archive.warc import WarcRecorder, archive_origin
from spiders.registry import SOURCES
from tests.conftest import SAMPLE_WEB
from warehouse.coverage import COVERAGE_FILE, CoverageError, build_coverage, read_selection
from warehouse.schema import COVERAGE, RAW_CRAWLS, STAGING_TABLES

REGISTRY = list(SOURCES.values())


def test_every_source_of_the_bundled_sample_web_is_a_sample_with_its_rule_and_note():
    selection = read_selection(SAMPLE_WEB, REGISTRY).set_index("source")
    assert sorted(selection.index) == sorted(SOURCES)
    assert set(selection["selection"]) == {"sample"}  # nothing in the sample web is a whole source
    assert "AI/ BIG DATA" not in selection.loc["cyberport_startups", "selection_rule"]
    assert "35 AI/Big Data" in selection.loc["cyberport_startups", "selection_rule"]
    assert selection.loc["govhk", "provenance_note"] == "sample_web/_provenance/govhk.md"


def provenance_copy(tmp_path, edit):
    root = tmp_path / "web"
    (root / "_provenance").mkdir(parents=True)
    for note in (SAMPLE_WEB / "_provenance").iterdir():
        shutil.copy(note, root / "_provenance" / note.name)
    path = root / COVERAGE_FILE
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return root


@pytest.mark.parametrize("edit, reason", [
    (lambda text: text.replace("govhk:\n", "govhk_gone:\n"), "govhk: no entry"),
    (lambda text: text.replace("  selection: sample\n", "  selection: most\n", 1), "selection 'most'"),
    (lambda text: text.replace("  note: govhk.md", "  note: missing.md"), "missing.md"),
])
def test_a_coverage_file_with_a_hole_is_refused_with_the_source_named(tmp_path, edit, reason):
    with pytest.raises(CoverageError, match=reason):
        read_selection(provenance_copy(tmp_path, edit), REGISTRY)


def test_a_sample_web_without_a_coverage_file_is_refused_with_the_path(tmp_path):
    with pytest.raises(CoverageError, match="coverage.yaml is missing"):
        read_selection(tmp_path, REGISTRY)


def test_an_archive_says_whether_it_is_the_sample_web_or_recorded(tmp_path):
    (tmp_path / "web" / "example.org").mkdir(parents=True)
    (tmp_path / "web" / "example.org" / "a.html").write_text("<html>a</html>")
    pack(tmp_path / "web", tmp_path / "sample.warc.gz")
    recorder = WarcRecorder(tmp_path / "recorded.warc.gz")
    recorder.write("https://example.org/a.html", 200, "OK", [], b"<html>a</html>")
    recorder.close()
    assert archive_origin(tmp_path / "sample.warc.gz") == "sample web"
    assert archive_origin(tmp_path / "recorded.warc.gz") == "recorded archive"


def crawl(conn, crawl_id, source, mode, origin, finished_at):
    stats = f'{{"replay/origin": "{origin}"}}' if origin else "{}"
    conn.execute(f"insert into {RAW_CRAWLS.name} (crawl_id, source, mode, finished_at, stats) values (?, ?, ?, ?, ?)",
                 [crawl_id, source, mode, finished_at, stats])


def test_coverage_reads_origin_from_the_last_crawl_and_dates_from_the_current_records():
    conn = duckdb.connect()
    for table in (RAW_CRAWLS, *STAGING_TABLES.values()):
        conn.execute(table.ddl())
    crawl(conn, "govhk-1", "govhk", "replay", "sample web", "2026-12-01 10:00+00")
    crawl(conn, "hkma-1", "hkma", "replay", "sample web", "2026-12-01 10:00+00")
    crawl(conn, "hkma-2", "hkma", "live", None, "2026-12-02 10:00+00")  # the last crawl decides
    crawl(conn, "itf-1", "itf_profiles", "replay", "recorded archive", "2026-12-01 11:00+00")
    conn.execute("""insert into stg_articles (article_id, source, published_date, fetched_at, listed) values
        ('govhk:a:en', 'govhk', '2019-05-01', '2026-11-24 00:00+00', true),
        ('govhk:b:en', 'govhk', '2024-02-03', '2026-11-24 00:00+00', true),
        ('govhk:c:en', 'govhk', '2001-01-01', '2026-11-24 00:00+00', false),
        ('hkma:d:en', 'hkma', '2025-06-20', '2026-12-02 09:59+00', true)""")
    conn.execute("""insert into stg_funding_awards (record_id, source, year, fetched_at, listed) values
        ('itf_profiles:X', 'itf_profiles', 2017, '2026-11-30 00:00+00', true),
        ('itf_profiles:Y', 'itf_profiles', 2020, '2026-11-30 00:00+00', true)""")
    assert build_coverage(conn, REGISTRY, SAMPLE_WEB) == len(SOURCES)
    rows = {r[0]: r[1:] for r in conn.execute(
        "select source, origin, selection, content_from, content_to, records, provenance_note, last_crawl_id "
        "from coverage").fetchall()}
    assert rows["govhk"] == ("sample web", "sample", date(2019, 5, 1), date(2024, 2, 3), 2,
                             "sample_web/_provenance/govhk.md", "govhk-1")
    assert rows["hkma"] == ("live", "complete", date(2025, 6, 20), date(2025, 6, 20), 1, None, "hkma-2")
    assert rows["itf_profiles"] == ("recorded archive", "complete", date(2017, 1, 1), date(2020, 12, 31), 2, None,
                                    "itf-1")
    assert rows["dpo"] == (None, None, None, None, 0, None, None)  # never crawled
    assert [c[0] for c in conn.execute("describe coverage").fetchall()] == COVERAGE.column_names


@pytest.mark.slow
def test_a_build_on_the_sample_web_says_so_for_every_source(built_warehouse):
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        rows = conn.execute("select distinct origin, selection from coverage").fetchall()
        govhk = conn.execute("select content_from, content_to, records, captured_to from coverage "
                             "where source = 'govhk'").fetchone()
        articles = conn.execute("select count(*), min(published_date), max(published_date) from articles "
                                "where source = 'govhk'").fetchone()
    assert rows == [("sample web", "sample")]
    assert govhk[:3] == (articles[1], articles[2], articles[0])
    assert govhk[3] == SNAPSHOT_TIME  # the pages' capture time, not the replay's
