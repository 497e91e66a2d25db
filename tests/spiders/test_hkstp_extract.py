"""HKSTP company-directory extraction on the sample web's directory and profile pages (real park
companies), and on variants with the fields the sample pages leave out (phone, email, contact)."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.hkstp_companies.extract import (
    DIRECTORY,
    company_id,
    extract_company,
    extract_listing_links,
    extract_listing_names,
    extract_page_count,
)
from tests.conftest import response_for, sample_page


def page(url: str) -> bytes:
    return sample_page(url + "__dir__.html" if url.endswith("/") else url)


def company(slug: str, body: bytes | None = None):
    url = f"{DIRECTORY}{slug}/"
    return extract_company(response_for(url, body if body is not None else page(url)))


PAGE_2 = f"{DIRECTORY}?page=2"  # the rendered DOM after toPage(2), archived under its own URL


def test_directory_cards_on_both_pages():
    first = response_for(DIRECTORY, page(DIRECTORY))
    second = response_for(PAGE_2, sample_page(DIRECTORY + "%3Fpage%3D2"))
    links = extract_listing_links(first) + extract_listing_links(second)
    assert len(links) == len(set(links)) == 30 and all(company_id(u) for u in links)
    assert links[0] == f"{DIRECTORY}sensetime/"
    names = extract_listing_names(first) + extract_listing_names(second)
    assert "Hanson Robotics Limited" in names and "Rehab-Robotics Co Ltd" in names and len(set(names)) == 30
    assert not any("javascript" in u for u in links)


def test_the_pager_says_how_many_pages_there_are():
    assert extract_page_count(response_for(DIRECTORY, page(DIRECTORY))) == 2
    assert extract_page_count(response_for(PAGE_2, sample_page(DIRECTORY + "%3Fpage%3D2"))) == 2
    no_pager = page(DIRECTORY).replace(b'class="pagination"', b'class="no-pager"')
    assert extract_page_count(response_for(DIRECTORY, no_pager)) == 1
    onclick = page(DIRECTORY).replace(b'href="javascript:toPage(2)"', b'href="#" onclick="toPage(49); return false"')
    assert extract_page_count(response_for(DIRECTORY, onclick)) == 49


def test_profile_with_address_and_website():
    item = company("sensetime")
    assert item.source == "hkstp_companies" and item.source_id == "sensetime"
    assert item.name == "SenseTime" and item.hub == "HKSTP" and item.kind == "corporate"
    assert item.website == "https://www.sensetime.com"
    assert item.address.startswith("Hong Kong Science Park")
    assert item.email is None and item.phone is None
    assert item.extractor_version == "hkstp-directory-2"
    assert item.programmes == []


def test_profile_with_missing_website_and_email():
    item = company("rice-robotics")
    assert item.website is None and item.email is None
    assert item.name == "Rice Robotics Limited"


def test_profile_with_programme_graduate():
    item = company("opharmic-technology")
    assert item.programmes == [{"programme": "Incu-Bio", "status": "graduate", "year": 2020}]


def test_profile_with_programme_without_year():
    assert company("spes-tech").programmes == [{"programme": "Incu-Bio", "status": "incubatee", "year": None}]
    assert company("movaia-tech").programmes == [{"programme": "Ideation", "status": "graduate", "year": 2025}]


def test_programme_dirt_year_in_text_unknown_status_and_empty_name():
    body = page(f"{DIRECTORY}sensetime/").replace(b'<div class="txt-desc">', b"""
      <ul class="list-programme">
        <li class="programme-item"><span class="programme-name"> LEAP </span> <span class="programme-status">Alumni</span> (2019)</li>
        <li class="programme-item"><span class="programme-name">Incu-Tech</span> <span class="programme-status">Pending</span></li>
        <li class="programme-item"><span class="programme-name"></span> <span class="programme-status">Graduate</span></li>
      </ul>
      <div class="txt-desc">""")
    assert company("sensetime", body).programmes == [
        {"programme": "LEAP", "status": "graduate", "year": 2019},
        {"programme": "Incu-Tech", "status": None, "year": None}]


def test_profile_with_website_from_own_domain():
    item = company("rehab-robotics")
    assert item.website == "https://rehab-robotics.com.hk" and item.address is None


def test_profile_without_address():
    item = company("unity-drive")
    assert item.address is None and item.description


def test_all_icon_fields():
    body = page(f"{DIRECTORY}sensetime/").replace(b'<div class="txt-desc">', b"""
      <div class="txt-with-ico ico-tel">+852 0000 0000</div>
      <div class="txt-with-ico ico-email"><a href="mailto:info@example.com">info@example.com</a></div>
      <div class="txt-with-ico ico-chat">Ms Example</div>
      <div class="txt-desc">""")
    item = company("sensetime", body)
    assert item.phone == "+852 0000 0000" and item.email == "info@example.com"
    assert item.extra == {"contact_person": "Ms Example"}


def test_email_as_plain_text():
    body = page(f"{DIRECTORY}sensetime/").replace(
        b'<div class="txt-desc">', b'<div class="txt-with-ico ico-email">Email: hello@example.org</div><div class="txt-desc">')
    assert company("sensetime", body).email == "hello@example.org"


@pytest.mark.parametrize("body, reason", [
    (b"<html><body><main><p>Loading...</p></main></body></html>", "no company name"),
    (b"<html><body><main><h1>Company Directory</h1></main></body></html>", "no icon-labelled fields"),
])
def test_broken_profiles_raise(body, reason):
    with pytest.raises(ExtractionError, match=reason):
        company("sensetime", body)


def test_profile_extractor_refuses_the_directory_url():
    with pytest.raises(ExtractionError, match="not an HKSTP company profile URL"):
        extract_company(response_for(DIRECTORY, page(DIRECTORY)))


def test_directory_rendered_by_javascript_only_raises():
    body = b'<html><body><div id="app"></div><script src="/directory.js"></script></body></html>'
    with pytest.raises(ExtractionError, match="no div.col.col-12.col-md-6.col-lg-3 card"):
        extract_listing_links(response_for(DIRECTORY, body))
