"""Cyberport istartup.hk extraction on the sample web's listing and profile pages (real start-ups, values as
the directory published them in July 2024), and on broken variants of them."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.cyberport_startups.extract import (
    extract_listing_links,
    extract_listing_names,
    extract_next_page,
    extract_profile,
    parse_intake_year,
    parse_status,
    parse_website,
    profile_id,
)
from tests.conftest import response_for, sample_page

BASE = "https://istartup.hk/en/startups/profile"


def page(url: str) -> bytes:
    return sample_page(url.replace("?", "%3F").replace("=", "%3D"))


def profile(slug: str):
    url = f"{BASE}/{slug}"
    return extract_profile(response_for(url, page(url)))


def test_listing_page_has_six_cards_and_a_next_page():
    url = f"{BASE}?page=1"
    response = response_for(url, page(url))
    links = extract_listing_links(response)
    assert len(links) == 6 and all(profile_id(u) for u in links)
    assert links[0] == f"{BASE}/10life-group-limited"
    assert extract_listing_names(response)[0] == "10Life Group Limited"
    assert extract_next_page(response) == f"{BASE}?page=2"


def test_last_listing_page_has_no_next_page():
    url = f"{BASE}?page=12"
    response = response_for(url, page(url))
    assert 1 <= len(extract_listing_links(response)) <= 6
    assert extract_next_page(response) is None


def test_profile_fields_by_label():
    item = profile("rocketbots-limited")
    assert item.source == "cyberport_startups" and item.source_id == "rocketbots-limited"
    assert item.name == "Rocketbots Limited" and item.kind == "startup" and item.hub == "Cyberport"
    assert item.sectors == ["AI/ BIG DATA"]
    assert item.website == "https://rocketbots.io/"
    assert item.programmes == [{"programme": "CCMF/CIP", "status": "graduate", "year": 2017}]
    assert item.extra["intake_month"] == 9
    assert item.description is None  # this profile has no description block
    assert item.extractor_version == "cyberport-istartup-1"


def test_field_order_does_not_matter():
    body = page(f"{BASE}/rocketbots-limited").decode()
    start, end = body.index('<div class="row field-entry">'), body.index("      </div>\n      <div class=\"field-group business")
    blocks = body[start:end].split('          <div class="row field-entry">')
    shuffled = body[:start] + '          <div class="row field-entry">'.join(reversed(blocks)) + body[end:]
    item = extract_profile(response_for(f"{BASE}/rocketbots-limited", shuffled.encode()))
    assert item.programmes[0]["year"] == 2017 and item.website == "https://rocketbots.io/"


def test_date_shaped_year_and_na_month():
    item = profile("backhome-ltd")
    assert item.programmes == [{"programme": "CCMF/CIP", "status": "current", "year": 2017}]
    assert item.extra["intake_year_raw"] == "2017-01-01"
    assert "intake_month" not in item.extra


def test_typo_year_2106_is_kept_in_extra_not_as_year():
    item = profile("success-development-information-technology-company-limited")
    assert item.programmes[0]["year"] is None
    assert item.extra["intake_year_raw"] == "2106-01-01"
    assert item.extra["intake_year_problem"]
    assert item.website == "http://www.aps101.com.hk"
    assert item.extra["other_websites"] == ["http://www.house101.com.hk"]


def test_five_digit_year_typo():
    item = profile("invivo-interactive-limited")
    assert item.programmes[0]["year"] is None and item.extra["intake_year_raw"] == "20113"


def test_comma_joined_statuses_become_programmes():
    item = profile("aesir")
    assert item.programmes == [
        {"programme": "CCMF/CIP", "status": "current", "year": 2020},
        {"programme": "Smart Space", "status": "tenant", "year": None},
        {"programme": "CCMF/CIP", "status": "graduate", "year": 2020},
    ]
    assert item.extra["community_status"].count(",") == 2
    assert item.website == "http://aesir.hk"


def test_status_other_and_missing_fields():
    item = profile("dayta-ai-limited")
    assert item.programmes == [] and item.extra["community_status"] == "Other"
    assert item.sectors == ["RETAILTECH/ E-COMMERCE"]


def test_na_placeholders_are_missing_values():
    item = profile("aasig")  # website, year and month are NA on this profile
    assert item.website is None and item.programmes == [{"programme": "Smart Space", "status": "tenant", "year": None}]
    assert "website_raw" not in item.extra


def test_chinese_only_name():
    links = []
    for n in range(1, 13):
        url = f"{BASE}?page={n}"
        links += extract_listing_links(response_for(url, page(url)))
    chinese = [u for u in links if u.rsplit("/", 1)[1].startswith("company-")]
    item = extract_profile(response_for(chinese[0], page(chinese[0])))
    assert item.name == item.name_zh == "網路溫度計有限公司"
    assert item.website == "https://dailyview.tw/" and len(item.extra["other_websites"]) == 2
    assert len(links) == 70


def test_profile_description():
    item = profile("aitalk-it-ltd")
    assert item.description.startswith("Start-up of the Cyberport community working in artificial intelligence")
    assert item.website == "http://www.aitalkit.com" and item.extra["website_raw"] == "www.aitalkit.com"


@pytest.mark.parametrize("raw, year, problem", [
    ("2018", 2018, False), ("2018-01-01", 2018, False), ("NA", None, False), (None, None, False),
    ("2106", None, True), ("20113", None, True), ("1870", None, True), ("soon", None, True),
])
def test_parse_intake_year(raw, year, problem):
    extra = {}
    assert parse_intake_year(raw, extra) == year
    assert ("intake_year_problem" in extra) == problem


@pytest.mark.parametrize("raw, expected, extra_key", [
    ("www.24crisp.com", "http://www.24crisp.com", "website_raw"),
    ("https://www.dayta.ai", "https://www.dayta.ai", None),
    ("under construction", None, "website_raw"),
    ("NA", None, None),
    ("www.superinca.com / Facebook: INCA Superfood", "http://www.superinca.com", "website_raw"),
])
def test_parse_website(raw, expected, extra_key):
    extra = {}
    assert parse_website(raw, extra) == expected
    assert (extra_key in extra) if extra_key else extra == {}


def test_parse_status_unknown_part_is_kept():
    extra = {}
    assert parse_status("Smart Space Tenant, Alumni Club", 2019, extra) == [
        {"programme": "Smart Space", "status": "tenant", "year": None}]
    assert extra["community_status"] == "Smart Space Tenant, Alumni Club"


def test_profile_extractor_refuses_other_urls():
    with pytest.raises(ExtractionError, match="not a start-up profile URL"):
        extract_profile(response_for(f"{BASE}?page=1", page(f"{BASE}?page=1")))


def test_empty_listing_past_the_last_page():
    body = b'<html><body><div class="products wrapper"><ol class="products list"></ol></div></body></html>'
    assert extract_listing_links(response_for(f"{BASE}?page=99", body)) == []
