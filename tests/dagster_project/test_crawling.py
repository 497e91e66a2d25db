"""The crawl command a Dagster run starts: the sample web is checked and packed once per run."""
from pathlib import Path

import dagster_project.crawling as crawling
from dagster_project.paths import DataPaths
from spiders.registry import SOURCES


def test_the_sample_web_is_packed_once_per_run_not_once_per_crawl(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(crawling, "ensure_packed", lambda root, archive: calls.append(archive) or archive)
    crawling.packed_for_run.cache_clear()
    paths, sample = DataPaths(tmp_path), Path("sample_web")
    for name in ("govhk", "hkma", "innohk_labs"):
        command = crawling.crawl_command(SOURCES[name], "replay", paths, sample, f"{name}-1", run_id="run-a")
        assert command[command.index("--archive") + 1] == str(paths.sample_archive)
    crawling.crawl_command(SOURCES["govhk"], "replay", paths, sample, "govhk-2", run_id="run-b")
    assert calls == [paths.sample_archive, paths.sample_archive]  # one check for run-a, one for run-b
