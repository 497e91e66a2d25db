"""DATA.GOV.HK CKAN extraction on the sample web's API answers (two package_search pages, one package_show)
and variants for what the sample web must not hold: failed calls and answers of another shape (empty,
binary, cut and wrong-kind answers of every source: test_bad_pages.py)."""
from __future__ import annotations

import json

import pytest

from spiders.errors import ExtractionError
from spiders.sources.datagovhk.extract import (
    api_call,
    extract_package,
    extract_search,
    next_search_url,
    package_to_dataset,
)
from tests.conftest import response_for, sample_page

API = "https://data.gov.hk/en-data/api/3/action/"
SEARCH_0 = API + "package_search?q=innovation&rows=2&start=0"
SEARCH_2 = API + "package_search?q=innovation&rows=2&start=2"
SHOW = API + "package_show?id=hk-itc-team1-annual-itf-approved-projects-list"
JSON = "application/json;charset=utf-8"


def page(url: str) -> bytes:
    return sample_page(url.replace("?", "%3F").replace("=", "%3D").replace("&", "%26"))


def test_search_page_datasets():
    items = extract_search(response_for(SEARCH_0, page(SEARCH_0), JSON))
    assert [i.source_id for i in items] == ["hk-itc-team1-annual-itf-approved-projects-list",
                                            "hk-itc-hkas-cab-hoklas"]
    itf = items[0]
    assert itf.source == "datagovhk" and itf.extractor_version == "datagovhk-ckan-1"
    assert itf.url == "https://data.gov.hk/en-data/dataset/hk-itc-team1-annual-itf-approved-projects-list"
    assert itf.lang == "en" and itf.provider == "Innovation and Technology Commission"
    assert itf.formats == ["CSV"]
    assert itf.resources == [{"name": "Annual list of approved projects 2024 (English)",
                              "url": "https://www.itf.gov.hk/datagovhk/annuallist_2024_e.csv",
                              "format": "CSV"}]
    assert items[1].resources == [] and items[1].formats == [] and items[1].updated_at is None


def test_search_paging():
    first = response_for(SEARCH_0, page(SEARCH_0), JSON)
    assert next_search_url(first) == SEARCH_2
    last = response_for(SEARCH_2, page(SEARCH_2), JSON)
    assert next_search_url(last) is None
    providers = [i.provider for i in extract_search(last)]
    assert providers == ["Cyberport", "Hong Kong Science and Technology Parks Corporation"]


def test_package_show():
    item = extract_package(response_for(SHOW, page(SHOW), JSON))
    assert item.source_id == "hk-itc-team1-annual-itf-approved-projects-list"
    assert item.title and item.description


def test_package_fields_fall_back_without_crashing():
    item = package_to_dataset({"name": " hk-x-minimal ", "resources": [{"url": "https://e.org/a.json"}],
                               "tags": [{"name": "AI"}, {"display_name": "Open Data"}, "junk"],
                               "metadata_modified": "2025-06-24T16:32:03.988327"}, "tc")
    assert (item.source_id, item.title, item.provider, item.description) == ("hk-x-minimal", "hk-x-minimal", None, None)
    assert item.lang == "zh-HK" and item.url.startswith("https://data.gov.hk/tc-data/dataset/")
    assert item.resources == [{"name": None, "url": "https://e.org/a.json", "format": None}]
    assert item.tags == ["AI", "Open Data"] and item.updated_at == "2025-06-24T16:32:03.988327"


def test_failed_ckan_call_is_an_extraction_error():
    body = json.dumps({"help": API + "help_show?name=package_show", "success": False,
                       "error": {"message": "Not found", "__type": "Not Found Error"}}).encode()
    with pytest.raises(ExtractionError, match="CKAN call failed: Not found"):
        extract_package(response_for(SHOW, body, JSON))


@pytest.mark.parametrize("body, reason", [
    (b'{"result": {"count": 0, "results": []}}', "no 'success' key"),
    (b'{"help": "x", "success": true}', "no result"),
    (b'{"help": "x", "success": true, "result": {"count": 3}}', "no results list"),
])
def test_search_answers_of_another_shape(body, reason):
    with pytest.raises(ExtractionError, match=reason):
        extract_search(response_for(SEARCH_0, body, JSON))


def test_show_answer_without_package():
    with pytest.raises(ExtractionError, match="not a package"):
        extract_package(response_for(SHOW, b'{"help": "x", "success": true, "result": []}', JSON))


def test_action_and_url_checks():
    assert api_call(SEARCH_0) == ("en", "package_search")
    with pytest.raises(ExtractionError, match="expected package_show"):
        extract_package(response_for(SEARCH_0, page(SEARCH_0), JSON))
    with pytest.raises(ExtractionError, match="not a DATA.GOV.HK CKAN"):
        extract_search(response_for("https://data.gov.hk/en-datasets", b"{}", JSON))
