"""`hkai check-live` on loopback: a copy of two sites, one redesigned (every class and id renamed), one not.

The check fetches each source's contract URLs over real HTTP, keeps every answer in a WARC archive under
its real URL, and says per source whether the pages read by the site path, the generic path, or not at all.
"""
from __future__ import annotations

import json
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from spiders.archive.sample_web import CONTENT_TYPES, page_url, sample_pages
from spiders.archive.warc import WarcArchive
from spiders.check_live import contract_urls
from tests.conftest import PROJECT_ROOT, SAMPLE_WEB
from tests.spiders.loopback import LoopbackServer, page
from tests.spiders.redesign import rename_classes_and_ids

REDESIGNED, UNCHANGED = "itib", "smartcity"


def mirror_routes(changes: dict) -> dict:
    """Routes serving the sample web's pages of the given hosts at /<host>/<path>, each body changed by its host's function."""
    routes = {}
    for file in sample_pages(SAMPLE_WEB):
        url = page_url(SAMPLE_WEB, file)
        host = urlsplit(url).hostname
        if host in changes:
            content_type = CONTENT_TYPES.get(file.suffix, "text/html; charset=utf-8")
            routes["/" + url.split("://", 1)[1]] = page(changes[host](file.read_bytes()), content_type=content_type)
    return routes


@pytest.mark.slow
def test_check_live_says_generic_for_a_redesigned_site_and_site_for_an_unchanged_one(tmp_path):
    hosts = {urlsplit(url).hostname: name for name in (REDESIGNED, UNCHANGED) for url in contract_urls(name)}
    changes = {host: rename_classes_and_ids if name == REDESIGNED else (lambda body: body)
               for host, name in hosts.items()}
    archive, report = tmp_path / "check.warc.gz", tmp_path / "check.json"
    with LoopbackServer(mirror_routes(changes)) as server:
        done = subprocess.run(
            [sys.executable, "-m", "spiders.check_live", "--archive", str(archive), "--json", str(report),
             "--mirror", server.url(""), "--allow", server.netloc, "--set", "DOWNLOAD_DELAY=0",
             "--set", "AUTOTHROTTLE_ENABLED=false", REDESIGNED, UNCHANGED],
            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
        requested = server.paths()
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    lines = {line.split()[0]: line.split()[1] for line in done.stdout.splitlines()[:2]}
    assert lines == {REDESIGNED: "generic", UNCHANGED: "site"}, done.stdout
    assert "/robots.txt" in requested  # politely: robots.txt first
    checks = {entry["source"]: entry for entry in json.loads(report.read_text())}
    assert {p["outcome"] for p in checks[REDESIGNED]["pages"]} == {"links", "generic"}
    stored = WarcArchive([archive])
    for name in (REDESIGNED, UNCHANGED):
        for url in contract_urls(name):
            assert stored.lookup(url) is not None, f"{url} is not in the archive"
    # Replayed offline from the archive, as the check's last line says.
    article_url = next(p["url"] for p in checks[REDESIGNED]["pages"] if p["outcome"] == "generic")
    replay = subprocess.run([sys.executable, "-m", "dagster_project.cli", "parse", REDESIGNED, "--url", article_url,
                             str(archive)], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert replay.returncode == 0, replay.stderr
    assert json.loads(replay.stdout.splitlines()[0])["extraction_method"] == "generic"


def test_a_source_whose_pages_fail_is_named_with_the_reason(tmp_path):
    from spiders.check_live import PageCheck, SourceCheck

    check = SourceCheck("itib", [PageCheck("https://www.itib.gov.hk/en/speeches/index.html", "links", "3 links"),
                                 PageCheck("https://www.itib.gov.hk/x.html", "failed", "HTTP 404")])
    assert check.verdict == "failed"
    assert check.line().split()[:3] == ["itib", "failed", "https://www.itib.gov.hk/x.html:"]
    assert check.line().endswith("HTTP 404")
