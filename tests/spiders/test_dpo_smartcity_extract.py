"""Smart City portal extraction on the sample web's home page and Vision & Mission page, and on variants: a
page with a date, a page with neither a date nor a Blueprint (empty, binary, cut, wrong-kind and
mis-declared Big5 pages of every source: test_bad_pages.py)."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.smartcity.extract import extract_home_links, extract_page, page_id
from tests.conftest import response_for, sample_page

HOME = "https://www.smartcity.gov.hk/"
VISION = "https://www.smartcity.gov.hk/vision-and-mission.html"


def vision(body: bytes | None = None, content_type: str = ""):
    return response_for(VISION, sample_page(VISION) if body is None else body, content_type)


def test_page_fields_dated_by_the_blueprint_it_describes():
    item = extract_page(vision())
    assert (item.source, item.source_id, item.lang, item.title) == ("smartcity", "vision-and-mission", "en",
                                                                     "Vision & Mission")
    assert (item.published_date, item.published_from) == ("2020-12-10", "described_document")
    for area in ("Smart Mobility", "Smart Living", "Smart Environment", "Smart People", "Smart Government",
                 "Smart Economy"):
        assert area in item.body
    assert "more than 130 initiatives" in item.body and "Skip to main content" not in item.body


def test_first_blueprint_only_page_gets_its_date():
    page = sample_page(VISION).decode()
    page = page.replace("Blueprint 2.0", "update").replace("Smart City Blueprint for Hong Kong 2.0", "update")
    item = extract_page(vision(page.encode()))
    assert (item.published_date, item.published_from) == ("2017-12-15", "described_document")


def test_date_on_the_page_wins():
    page = sample_page(VISION).replace(b"came out in December 2020", b"came out on 10 December 2020")
    item = extract_page(vision(page))
    assert (item.published_date, item.published_from) == ("2020-12-10", "page")


def test_page_without_date_or_blueprint_raises():
    page = b"<html><body><main><h1>Contact Us</h1><p>Write to us.</p></main></body></html>"
    with pytest.raises(ExtractionError, match="no date"):
        extract_page(vision(page))


def test_home_links_skip_the_pdf_and_the_home_page():
    assert extract_home_links(response_for(HOME, sample_page(HOME + "__dir__.html"))) == [VISION]


@pytest.mark.parametrize("url, expected", [
    (VISION, "vision-and-mission"), ("https://www.smartcity.gov.hk/tc/vision-and-mission.html", "vision-and-mission"),
    (HOME, None), ("https://www.smartcity.gov.hk/index.php", None),
    ("https://www.smartcity.gov.hk/modules/custom/custom_global_js_css/assets/files/HKSmartCityBlueprint(ENG)v2.pdf", None),
    ("https://digitalpolicy.gov.hk/en/index.html", None),
])
def test_page_ids(url, expected):
    assert page_id(url) == expected
