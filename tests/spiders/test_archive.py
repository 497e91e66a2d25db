"""The WARC layer: packing the sample web, the offset index, and reading records back by URL."""
from __future__ import annotations

import gzip

from spiders.archive.sample_web import ensure_packed, fingerprint, pack, page_url, sample_pages
from spiders.archive.warc import WarcArchive, WarcRecorder, index_path, load_index, scan_archive
from tests.conftest import SAMPLE_WEB, sample_page

RELEASE = "https://www.info.gov.hk/gia/general/201708/15/P2017081500253.htm"


def make_site(root):
    (root / "example.org" / "news" / "a").mkdir(parents=True)
    (root / "example.org" / "news" / "a" / "__dir__.html").write_text("<html>folder page</html>")
    (root / "example.org" / "search.html%3FPage%3D2").write_text("<html>page 2</html>")
    (root / "example.org" / "gone.html").write_text("gone")
    (root / "example.org" / "gone.html.http.json").write_text('{"status": 404}')
    (root / "example.org" / "_notes.md").write_text("not a page")
    (root / "README.md").write_text("not a page either")
    return root


def test_sample_web_files_map_to_real_urls(tmp_path):
    root = make_site(tmp_path / "web")
    urls = sorted(page_url(root, p) for p in sample_pages(root))
    assert urls == ["https://example.org/gone.html", "https://example.org/news/a/",
                    "https://example.org/search.html?Page=2"]


def test_pack_and_replay_by_url(tmp_path):
    root = make_site(tmp_path / "web")
    archive = tmp_path / "site.warc.gz"
    assert pack(root, archive) == 3
    replay = WarcArchive([archive])
    page = replay.read(replay.lookup("https://example.org/search.html?Page=2"))
    assert (page.status, page.body) == (200, b"<html>page 2</html>")
    assert dict(page.headers)["Content-Type"] == "text/html"
    assert replay.read(replay.lookup("https://example.org/gone.html")).status == 404
    assert replay.lookup("https://example.org/news/a/#top") is not None  # fragments never reach a server
    assert replay.lookup("https://example.org/missing.html") is None


def test_index_matches_a_full_scan_and_is_rebuilt_when_missing(tmp_path):
    root = make_site(tmp_path / "web")
    archive = tmp_path / "site.warc.gz"
    pack(root, archive)
    from_file = load_index(archive)
    assert from_file == scan_archive(archive)
    index_path(archive).unlink()
    assert load_index(archive) == from_file and index_path(archive).exists()


def test_record_ids_are_stable_across_rebuilds(tmp_path):
    root = make_site(tmp_path / "web")
    pack(root, tmp_path / "one.warc.gz")
    pack(root, tmp_path / "two.warc.gz")
    ids = lambda name: sorted(e.record_id for e in load_index(tmp_path / name))  # noqa: E731
    assert ids("one.warc.gz") == ids("two.warc.gz")


def test_ensure_packed_rebuilds_only_when_the_sample_web_changes(tmp_path):
    root = make_site(tmp_path / "web")
    archive = tmp_path / "site.warc.gz"
    ensure_packed(root, archive)
    first = archive.stat().st_mtime_ns
    ensure_packed(root, archive)
    assert archive.stat().st_mtime_ns == first
    before = fingerprint(root)
    (root / "example.org" / "new.html").write_text("<html>new</html>")
    assert fingerprint(root) != before
    ensure_packed(root, archive)
    assert WarcArchive([archive]).lookup("https://example.org/new.html") is not None


def test_recorder_keeps_compressed_bodies_as_sent(tmp_path):
    archive = tmp_path / "live.warc.gz"
    recorder = WarcRecorder(archive)
    body = gzip.compress(b"<html>hello</html>")
    entry = recorder.write("https://example.org/x", 200, "OK", [("Content-Encoding", "gzip")], body)
    recorder.close()
    replay = WarcArchive([archive])
    replayed = replay.read(replay.lookup("https://example.org/x"))
    assert replayed.record_id == entry.record_id
    assert replayed.body == body and ("Content-Encoding", "gzip") in replayed.headers
    assert entry.record_id.startswith("<urn:uuid:")


def test_the_bundled_sample_web_packs_and_replays(tmp_path):
    archive = ensure_packed(SAMPLE_WEB, tmp_path / "sample.warc.gz")
    replay = WarcArchive([archive])
    assert len(replay) == len(sample_pages(SAMPLE_WEB))
    assert replay.read(replay.lookup(RELEASE)).body == sample_page(RELEASE)
