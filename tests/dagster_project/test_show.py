"""`hkai show`: from a row's key, a URL or a WARC record id to the archived page, read from the WARC archive."""
from __future__ import annotations

import duckdb
import pytest

from dagster_project.cli import main
from tests.conftest import sample_page

RELEASE_ID = "govhk:P2024100700266:en"
RELEASE_URL = "https://www.info.gov.hk/gia/general/202410/07/P2024100700266.htm"
PROFILE = "https://www.itf.gov.hk/en/project-search/project-profile/index.html?ReferenceNo="
PROFILE_PLAIN = PROFILE + "ITP/055/17LP"
PROFILE_ENCODED = PROFILE + "ITP%2F055%2F17LP"


def test_without_an_archive_the_error_says_what_to_run(capsys):
    assert main(["show", RELEASE_URL]) == 2
    assert "no WARC archive" in capsys.readouterr().err


@pytest.fixture
def built(built_warehouse, monkeypatch):
    monkeypatch.setenv("HKAI_DATA_DIR", str(built_warehouse.parent))
    return built_warehouse


def query(built, sql: str, params=()):
    with duckdb.connect(str(built), read_only=True) as conn:
        return conn.execute(sql, list(params)).fetchall()


def shown(capsys, *args) -> str:
    assert main(["show", *args]) == 0
    return capsys.readouterr().out


@pytest.mark.slow
def test_an_article_id_shows_its_warc_record_and_main_text(built, capsys):
    ((record_id,),) = query(built, "select archive_record_id from articles where article_id = ?", [RELEASE_ID])
    out = shown(capsys, RELEASE_ID)
    assert f"WARC-Record-ID: {record_id}" in out
    assert f"WARC-Target-URI: {RELEASE_URL}" in out and "WARC-Date: 2026-11-24T00:00:00Z" in out
    assert "Content-Type: text/html" in out
    assert "Artificial Intelligence Subsidy Scheme opens for application" in out
    assert "aiss_enquiry@cyberport.hk" in out
    assert "<p>" not in out  # the text, not the markup
    # the same record by its id, with or without the angle brackets
    assert shown(capsys, record_id) == out
    assert shown(capsys, record_id.strip("<>")) == out


@pytest.mark.slow
def test_a_url_matches_percent_encoded_or_not(built, capsys):
    plain, encoded = shown(capsys, PROFILE_PLAIN), shown(capsys, PROFILE_ENCODED)
    assert plain == encoded
    assert "Internet-of-Things Sensing and Deep Intelligence for Customs" in plain
    ((record_id,),) = query(built, "select archive_record_id from funding_awards where award_id = 'ITP/055/17LP'")
    assert f"WARC-Record-ID: {record_id}" in plain
    assert shown(capsys, "itp/055/17lp") == plain  # an award_id, as written in any case


@pytest.mark.slow
def test_an_organization_shows_the_page_of_each_of_its_records(built, capsys):
    ((org_id, urls),) = query(built, """
        select org_id, list(url order by record_id) from organization_sources where url is not null
        group by org_id having count(distinct url) = 3 order by org_id limit 1""")
    out = shown(capsys, org_id)
    assert [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("=== page ")] == urls


@pytest.mark.slow
def test_html_is_written_as_archived(built, capsys, tmp_path):
    target = tmp_path / "page.html"
    assert main(["show", RELEASE_ID, "--html", str(target)]) == 0
    assert target.read_bytes() == sample_page(RELEASE_URL)
    assert str(target) in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.parametrize("key, says", [
    ("govhk:P0000000000000:en", "is no article_id, award_id, org_id"),
    ("https://www.info.gov.hk/gia/general/209901/01/P2099010100001.htm", "no archived page for https://"),
    ("<urn:uuid:00000000-0000-0000-0000-000000000000>", "no archived page for <urn:uuid:0000"),
])
def test_a_key_that_leads_nowhere_is_a_clear_error(built, capsys, key, says):
    assert main(["show", key]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and says in captured.err
