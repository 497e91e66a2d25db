"""CityU HK Tech 300 extraction on the sample web's directory and team pages (real teams of July 2025),
and on variants for what the sample web does not hold: social links, malformed mailboxes, broken pages."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.cityu_hktech300.extract import extract_listing_links, extract_next_page, extract_team, team_id
from tests.conftest import response_for, sample_page

LISTING = "https://www.cityu.edu.hk/hktech300/start-ups/all-start-ups"
TEAMS = "https://www.cityu.edu.hk/hktech300/start-ups"


def listing(n: int):
    url = f"{LISTING}?page={n}"
    return response_for(url, sample_page(f"{LISTING}%3Fpage%3D{n}"))


def team(path: str):
    url = f"{TEAMS}/{path}"
    return extract_team(response_for(url, sample_page(url)))


def test_directory_pages_are_zero_based_and_link_every_team():
    links = []
    for n in range(5):
        response = listing(n)
        links += extract_listing_links(response)
        assert extract_next_page(response) == (f"{LISTING}?page={n + 1}" if n < 4 else None)
    assert len(links) == 50 and all(team_id(u) for u in links)
    assert f"{TEAMS}/angel-fund-teams/asa-robotics-limited" in links


def test_angel_fund_team_with_website_and_role_mailbox():
    item = team("angel-fund-teams/asa-robotics-limited")
    assert item.source == "cityu_hktech300" and item.source_id == "angel-fund/asa-robotics-limited"
    assert item.name == "ASA Robotics Limited" and item.kind == "startup" and item.hub == "CityU HK Tech 300"
    assert item.website == "https://www.asa-robotics.com/"
    assert item.email == "contact@asa-robotics.com"
    assert item.programmes == [{"programme": "HK Tech 300", "status": "angel fund", "year": None}]
    assert item.extractor_version == "cityu-hktech300-2"


def test_generic_programme_mailbox_and_cityu_links_are_ignored():
    item = team("seed-fund-teams/a-tcms")  # no website and no own mailbox: only the footer's
    assert item.website is None and item.email is None
    assert item.programmes[0]["status"] == "seed fund"
    assert item.name == "A-TCMS (Autonomous Tire Condition Monitoring System)"


def test_name_with_dash_and_curly_quote_is_kept():
    item = team("seed-fund-teams/small-molecule-approach")
    assert item.name.startswith("Alternative Treatment for Alzheimer’s Disease")


def test_social_links_are_not_websites():
    url = f"{TEAMS}/seed-fund-teams/ai-doodle"
    body = sample_page(url).replace(
        b"</article>", b'<a href="https://www.facebook.com/aidoodle">Facebook</a></article>')
    item = extract_team(response_for(url, body))
    assert item.website is None and item.extra["social_links"] == ["https://www.facebook.com/aidoodle"]


@pytest.mark.parametrize("mailto, email, raw", [
    ("mailto:yijunxu5", None, "yijunxu5"),
    ("mailto:And", None, "And"),
    ("mailto:hello@example-team.hk?subject=Hi", "hello@example-team.hk", None),
    ("mailto:HKTECH300.INFO@cityu.edu.hk", None, None),
])
def test_malformed_and_generic_mailboxes(mailto, email, raw):
    url = f"{TEAMS}/seed-fund-teams/ai-doodle"
    body = sample_page(url).replace(b"</article>", f'<a href="{mailto}">mail</a></article>'.encode())
    item = extract_team(response_for(url, body))
    assert item.email == email
    assert item.extra.get("email_raw") == raw


def test_ideation_team_url():
    url = f"{TEAMS}/ideation-teams/some-team"
    body = b"<html><body><main><article><h1>Some Team</h1></article></main></body></html>"
    item = extract_team(response_for(url, body))
    assert item.programmes[0]["status"] == "ideation" and item.source_id == "ideation/some-team"


def test_team_node_without_a_name_raises():
    body = b"<html><head><title></title></head><body><main><article></article></main></body></html>"
    with pytest.raises(ExtractionError, match="no name"):
        extract_team(response_for(f"{TEAMS}/seed-fund-teams/ai-doodle", body))


def test_team_named_only_in_the_field_blocks_page_title():
    body = (b"<html><head><title>Some Team | HK Tech 300</title></head><body><main><div data-block-plugin-id="
            b"'field_block:node:seed_fund_team:body'><p>A team.</p></div></main></body></html>")
    assert extract_team(response_for(f"{TEAMS}/seed-fund-teams/some-team", body)).name == "Some Team"


def test_team_extractor_refuses_other_urls():
    with pytest.raises(ExtractionError, match="not an HK Tech 300 team URL"):
        extract_team(listing(0))


def test_empty_drupal_view_past_the_last_page():
    body = b'<html><body><div class="view"><div class="view-empty">No results</div></div></body></html>'
    assert extract_listing_links(response_for(f"{LISTING}?page=41", body)) == []
