"""The `hkai` command line: offline parsing with clear errors, read-only SQL, the report's path."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dagster_project.cli import main
from tests.conftest import SAMPLE_WEB

RELEASE_URL = "https://www.info.gov.hk/gia/general/201708/15/P2017081500253.htm"
RELEASE_FILE = SAMPLE_WEB / "www.info.gov.hk/gia/general/201708/15/P2017081500253.htm"


def test_parse_prints_the_record_as_json_lines(capsys):
    assert main(["parse", "govhk", "--url", RELEASE_URL, str(RELEASE_FILE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["source_id"] == "P2017081500253"


def test_parse_of_an_index_page_prints_its_links(capsys):
    url = "https://www.info.gov.hk/gia/general/201708/15.htm"
    assert main(["parse", "govhk", "--url", url, str(SAMPLE_WEB / "www.info.gov.hk/gia/general/201708/15.htm")]) == 0
    assert {"url": RELEASE_URL} in [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("content, message", [
    (b"", "empty response body"),
    (b"\x00\x01\x02binary\xff", "binary content"),
    (RELEASE_FILE.read_bytes()[:1500], "truncated page"),
])
def test_parse_of_a_bad_file_is_one_line_and_a_nonzero_exit(tmp_path, capsys, content, message):
    saved = tmp_path / "page.htm"
    saved.write_bytes(content)
    assert main(["parse", "govhk", "--url", RELEASE_URL, str(saved)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and message in err and "Traceback" not in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("args, message", [
    (["parse", "nosuchsource", "--url", RELEASE_URL], "unknown source"),
    (["parse", "govhk", "--url", "https://www.info.gov.hk/elsewhere.htm"], "no extractor"),
])
def test_parse_names_what_is_unknown(args, message, capsys):
    assert main([*args, str(RELEASE_FILE)]) == 2
    assert message in capsys.readouterr().err


def test_parse_of_a_missing_file(capsys):
    assert main(["parse", "govhk", "--url", RELEASE_URL, "/no/such/file.htm"]) == 2
    assert "No such file" in capsys.readouterr().err


def test_sql_without_a_warehouse_says_how_to_build_one(capsys):
    assert main(["sql", "select 1"]) == 2
    assert "make run" in capsys.readouterr().err


def test_run_takes_its_mode_from_hkai_mode_and_refuses_an_unknown_one(monkeypatch, capsys):
    monkeypatch.setenv("HKAI_MODE", "liev")
    assert main(["run"]) == 2
    assert "HKAI_MODE='liev' is not a mode" in capsys.readouterr().err


def test_report_without_a_build_says_how_to_make_one(capsys):
    assert main(["report"]) == 2
    assert "run `make run` (or `hkai run`) first" in capsys.readouterr().err


def test_report_prints_its_path_and_opens_it_in_the_users_browser(tmp_path):
    index = tmp_path / "data" / "report" / "index.html"
    index.parent.mkdir(parents=True)
    index.write_text("<title>report</title>")
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"  # a "browser" that notes the address it was asked to open
    browser.write_text(f'#!/bin/sh\necho "$1" > {opened}\n')
    browser.chmod(0o755)
    hkai = str(Path(sys.executable).with_name("hkai"))
    env = {**os.environ, "HKAI_DATA_DIR": str(tmp_path / "data"), "BROWSER": str(browser)}
    shown = subprocess.run([hkai, "report"], env=env, capture_output=True, text=True, timeout=60)
    assert (shown.returncode, shown.stdout.strip()) == (0, str(index))
    done = subprocess.run([hkai, "report", "--open"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert opened.read_text().strip() == index.as_uri()
