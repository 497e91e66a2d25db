"""Shared test setup: every test gets its own data folder and Dagster home, never the developer's."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from scrapy.http import Request, Response

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_WEB = PROJECT_ROOT / "sample_web"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    """Point HKAI_DATA_DIR and DAGSTER_HOME at this test's temporary folder."""
    monkeypatch.setenv("HKAI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    (tmp_path / "dagster_home").mkdir()
    monkeypatch.delenv("HKAI_MODE", raising=False)


def sample_page(url: str) -> bytes:
    """The bytes of a sample-web page by its real URL."""
    return (SAMPLE_WEB / url.split("://", 1)[1]).read_bytes()


def response_for(url: str, body: bytes, content_type: str = "") -> Response:
    """A Scrapy response as the downloader would hand it over."""
    headers = {"Content-Type": content_type} if content_type else {}
    return Response(url=url, body=body, headers=headers, request=Request(url))


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory):
    """A published warehouse built once per test session by a real `hkai run` on the sample web."""
    import sys

    root = tmp_path_factory.mktemp("built")
    env = {**os.environ, "HKAI_DATA_DIR": str(root / "data"), "DAGSTER_HOME": str(root / "home")}
    env.pop("HKAI_MODE", None)
    result = subprocess.run([str(Path(sys.executable).with_name("hkai")), "run"], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root / "data" / "hkai.duckdb"


@pytest.fixture(scope="session")
def chromium():
    """Chromium's path; Debian's package is installed when it is missing (needs root and apt)."""
    from spiders.rendering import ChromiumNotFound, find_chromium

    try:
        return find_chromium()
    except ChromiumNotFound:
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            pytest.fail("these tests need Chromium: apt-get install chromium (as root), or set HKAI_CHROMIUM")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    done = subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
                          capture_output=True, text=True, env=env, timeout=900)
    if done.returncode != 0:  # an old package list: refresh it once
        subprocess.run(["apt-get", "update"], capture_output=True, env=env, timeout=900)
        done = subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
                              capture_output=True, text=True, env=env, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return find_chromium()
