"""`hkai run` plans from Dagster's records: only what changed and its downstream runs; nothing changed, no run."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from dagster_project.crawling import replay_versions
from dagster_project.paths import DataPaths
from dagster_project.plan import make_plan
from spiders.archive.sample_web import pack
from spiders.registry import SOURCES
from tests.conftest import PROJECT_ROOT, SAMPLE_WEB


def toy_assets(tmp_path: Path, b_code: str = "1", a_version: str = "1") -> list[dg.AssetsDefinition]:
    """a (an observed data version) -> b (a code version, writes a file) -> c."""
    @dg.asset(code_version="1")
    def a() -> dg.MaterializeResult:
        return dg.MaterializeResult(data_version=dg.DataVersion(a_version))

    @dg.asset(deps=[a], code_version=b_code)
    def b() -> dg.MaterializeResult:
        (tmp_path / "b.txt").write_text("b")
        return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(tmp_path / "b.txt"))})

    @dg.asset(deps=[b], code_version="1")
    def c() -> None:
        pass

    return [a, b, c]


def plan_of(assets, instance, paths, **kwargs):
    graph = dg.Definitions(assets=assets).resolve_asset_graph()
    return make_plan(graph, instance, paths, "live", SAMPLE_WEB, **kwargs)


def keys(*names: str) -> frozenset[dg.AssetKey]:
    return frozenset(dg.AssetKey(n) for n in names)


@pytest.fixture
def built(tmp_path):
    """The toy assets materialised once, with a working warehouse file in place."""
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    paths.working_db.touch()
    instance = dg.DagsterInstance.ephemeral()
    assert dg.materialize(toy_assets(tmp_path), instance=instance).success
    return instance, paths, tmp_path


def test_nothing_changed_plans_nothing(built):
    instance, paths, tmp_path = built
    assert plan_of(toy_assets(tmp_path), instance, paths).keys == frozenset()


def test_a_changed_code_version_plans_the_asset_and_its_downstream(built):
    instance, paths, tmp_path = built
    plan = plan_of(toy_assets(tmp_path, b_code="2"), instance, paths)
    assert plan.keys == keys("b", "c") and plan.reasons == {dg.AssetKey("b"): "its code changed"}


def test_a_new_input_data_version_plans_its_downstream(built):
    instance, paths, tmp_path = built
    assert dg.materialize(toy_assets(tmp_path, a_version="2")[:1], instance=instance).success
    plan = plan_of(toy_assets(tmp_path, a_version="2"), instance, paths)
    assert plan.keys == keys("b", "c") and plan.reasons == {dg.AssetKey("b"): "a changed"}


def test_a_file_gone_is_made_again(built):
    instance, paths, tmp_path = built
    (tmp_path / "b.txt").unlink()
    assert plan_of(toy_assets(tmp_path), instance, paths).reasons == {dg.AssetKey("b"): "its file is gone"}


def test_full_or_a_new_data_folder_plans_everything(built):
    instance, paths, tmp_path = built
    assert plan_of(toy_assets(tmp_path), instance, paths, full=True).keys == keys("a", "b", "c")
    paths.working_db.unlink()
    plan = plan_of(toy_assets(tmp_path), instance, paths)
    assert plan.keys == keys("a", "b", "c") and "no working warehouse" in plan.everything


def test_live_crawls_and_recrawls_are_always_planned_but_no_other_asset_is(built):
    instance, paths, tmp_path = built

    @dg.asset(name="crawl_govhk", code_version="1")
    def crawl() -> None:
        pass

    @dg.asset(name="crawl_errors", code_version="1")  # a mart, not a crawl, whatever its name
    def errors() -> None:
        pass

    assets = [*toy_assets(tmp_path), crawl, errors]
    assert dg.materialize(assets, instance=instance).success
    plan = plan_of(assets, instance, paths)  # live mode
    assert plan.reasons == {dg.AssetKey("crawl_govhk"): "live crawls always fetch again"}
    graph = dg.Definitions(assets=assets).resolve_asset_graph()
    replayed = make_plan(graph, instance, paths, "replay", tmp_path / "no_web", recrawl=True)
    assert set(replayed.reasons) == {dg.AssetKey("crawl_govhk")}


def test_a_changed_page_changes_the_replay_version_of_its_hosts_sources_only(tmp_path):
    web = tmp_path / "web"
    for url in ("www.info.gov.hk/gia/general/today.htm", "www.itib.gov.hk/en/index.html"):
        (web / url).parent.mkdir(parents=True, exist_ok=True)
        (web / url).write_text(f"<html><body>{url}</body></html>")
    sources = [SOURCES["govhk"], SOURCES["itib"]]
    pack(web, tmp_path / "a.warc.gz")
    before = replay_versions(sources, tmp_path / "a.warc.gz")
    (web / "www.itib.gov.hk/en/index.html").write_text("<html><body>changed</body></html>")
    pack(web, tmp_path / "b.warc.gz")
    after = replay_versions(sources, tmp_path / "b.warc.gz")
    assert before["govhk"] == after["govhk"] and before["itib"] != after["itib"]


def hkai_run(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).with_name("hkai")), "run"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=900)


def row_counts(work: Path) -> dict[str, int]:
    with duckdb.connect(str(work), read_only=True) as conn:
        tables = [r[0] for r in conn.execute("select table_name from information_schema.tables").fetchall()]
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}


@pytest.mark.slow
def test_an_unchanged_rerun_starts_no_run_and_a_changed_page_reruns_its_crawl_only(tmp_path):
    web = tmp_path / "sample_web"
    shutil.copytree(SAMPLE_WEB, web)
    env = {**os.environ, "HKAI_DATA_DIR": str(tmp_path / "data"), "DAGSTER_HOME": str(tmp_path / "home"),
           "HKAI_SAMPLE_WEB": str(web)}
    first = hkai_run(env)
    assert first.returncode == 0, first.stdout + first.stderr
    work = tmp_path / "data" / "work.duckdb"
    counts, mtime = row_counts(work), work.stat().st_mtime_ns
    with dg.DagsterInstance.from_config(str(tmp_path / "home")) as instance:
        runs = instance.get_runs_count()

    second = hkai_run(env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "nothing changed since run" in second.stdout and "materialised" not in second.stdout
    assert row_counts(work) == counts and work.stat().st_mtime_ns == mtime  # not even opened for writing
    with dg.DagsterInstance.from_config(str(tmp_path / "home")) as instance:
        assert instance.get_runs_count() == runs

    page = next((web / "www.itib.gov.hk").rglob("*.htm*"))
    page.write_bytes(page.read_bytes() + b"\n<!-- touched -->\n")
    third = hkai_run(env)
    assert third.returncode == 0, third.stdout + third.stderr
    materialised = {line.split()[1] for line in third.stdout.splitlines() if line.startswith("  materialised ")}
    ingest = {f"crawl_{name}" for name in SOURCES} | {s.raw_table for s in SOURCES.values()}
    assert materialised & ingest == {"crawl_itib", "raw_itib"}
    assert {"stg_articles", "articles", "published_warehouse"} <= materialised
    assert "stg_organizations" not in materialised  # not downstream of itib's articles
    after = row_counts(work)
    assert after["raw_crawls"] == counts["raw_crawls"] + 1
    assert {t: n for t, n in after.items() if t.startswith("raw_") and t not in ("raw_crawls", "raw_sightings",
            "raw_itib")} == {t: n for t, n in counts.items() if t.startswith("raw_") and t not in (
            "raw_crawls", "raw_sightings", "raw_itib")}
