"""HKMA extraction on the sample web's API pages and release pages, and on variants of them: API error
envelopes, API answers of another shape, and release pages lacking a headline or a date line (empty,
binary, cut, wrong-kind and mis-declared Big5 pages of every source: test_bad_pages.py)."""
from __future__ import annotations

import json

import pytest

from spiders.errors import ExtractionError
from spiders.sources.hkma.extract import (
    ApiRecord,
    api_lang,
    extract_api_records,
    extract_release,
    read_api_page,
    release_id,
)
from tests.conftest import response_for, sample_page

API_URL = "https://api.hkma.gov.hk/public/press-releases?lang=en&pagesize=2&offset=0"
API_URL_2 = "https://api.hkma.gov.hk/public/press-releases?lang=en&pagesize=2&offset=2"
SANDBOX = "https://www.hkma.gov.hk/eng/news-and-media/press-releases/2024/08/20240813-6/"
MOU = "https://www.hkma.gov.hk/eng/news-and-media/press-releases/2024/08/20240802-5/"
JSON = "application/json; charset=utf-8"


def api_page(url: str) -> bytes:
    return sample_page(url.replace("?", "%3F").replace("=", "%3D").replace("&", "%26"))


def release_page(url: str) -> bytes:
    return sample_page(url + "__dir__.html")


def test_api_page_records_in_order():
    page = read_api_page(response_for(API_URL, api_page(API_URL), JSON))
    assert page.datasize == 2
    assert [r.link for r in page.records] == [
        "https://www.hkma.gov.hk/eng/news-and-media/press-releases/2025/06/20250620-4/", SANDBOX]
    assert page.records[1].title == ("HKMA and Cyberport launch GenA.I. Sandbox to bolster AI adoption "
                                     "in financial sector")
    assert {r.date for r in page.records} == {"2025-06-20", "2024-08-13"} and {r.lang for r in page.records} == {"en"}


def test_last_api_page_is_shorter_than_pagesize():
    assert [r.link for r in extract_api_records(response_for(API_URL_2, api_page(API_URL_2), JSON))] == [MOU]


def test_api_lang_and_release_id():
    assert api_lang("https://api.hkma.gov.hk/public/press-releases?lang=tc&offset=0") == "zh-HK"
    assert api_lang("https://api.hkma.gov.hk/public/press-releases") == "en"
    assert release_id(SANDBOX) == "20240813-6" and release_id("https://www.hkma.gov.hk/eng/") is None


def _envelope(**changes) -> bytes:
    payload = json.loads(api_page(API_URL))
    payload["header"].update(changes)
    return json.dumps(payload).encode()


@pytest.mark.parametrize("header, reason", [
    ({"success": False, "err_code": "0003", "err_msg": "Invalid parameter"}, "API error 0003: Invalid parameter"),
    ({"success": True, "err_code": "0001", "err_msg": "Too many requests"}, "API error 0001"),
])
def test_api_error_envelope_raises(header, reason):
    with pytest.raises(ExtractionError, match=reason):
        read_api_page(response_for(API_URL, _envelope(**header), JSON))


@pytest.mark.parametrize("body, reason", [
    (b'{"records": []}', "without the API's header"),
    (b'{"header": {"success": true, "err_code": "0000"}, "result": {}}', "no result.records"),
])
def test_api_answers_of_another_shape_raise(body, reason):
    with pytest.raises(ExtractionError, match=reason):
        read_api_page(response_for(API_URL, body, JSON))


def test_api_records_without_link_or_title_are_skipped_and_bad_dates_become_none():
    payload = json.loads(api_page(API_URL))
    payload["result"]["records"] += [{"title": "", "link": "/x/", "date": "2024-01-01"},
                                     {"title": "No link", "link": None, "date": "2024-01-01"},
                                     {"title": "Odd date", "link": "/eng/x/", "date": "13/08/2024"}]
    records = extract_api_records(response_for(API_URL, json.dumps(payload).encode(), JSON))
    assert [r.title for r in records][-1] == "Odd date" and len(records) == 3
    assert records[-1].date is None and records[-1].link == "https://api.hkma.gov.hk/eng/x/"


def test_release_page_fields():
    item = extract_release(response_for(SANDBOX, release_page(SANDBOX)))
    assert (item.source, item.source_id, item.lang) == ("hkma", "20240813-6", "en")
    assert item.title.startswith("HKMA and Cyberport launch GenA.I. Sandbox")
    assert (item.published_date, item.published_from) == ("2024-08-13", "page")
    assert item.body.startswith("Together with Hong Kong Cyberport Management Company Limited")
    assert "FiNETech2" in item.body and not item.body.endswith("13 Aug 2024")  # signature line dropped
    assert item.twin_url == "https://www.hkma.gov.hk/chi/news-and-media/press-releases/2024/08/20240813-6/"
    assert item.extractor_version == "hkma-press-1"


def test_release_without_date_line_takes_the_api_date_then_the_url():
    page = release_page(MOU).replace(b'<div class="date">02 Aug 2024</div>', b"")
    listed = ApiRecord(title="t", link=MOU, date="2024-08-02", lang="en")
    assert extract_release(response_for(MOU, page), listed).published_from == "api"
    item = extract_release(response_for(MOU, page))
    assert (item.published_date, item.published_from) == ("2024-08-02", "url")


def test_release_without_headline_takes_the_api_title():
    page = release_page(MOU).decode()
    for tag in ("<h1>", "</h1>"):
        page = page.replace(tag, "")
    page = page.replace(page[page.index('<div class="page-header">'):page.index('<div class="template')], "")
    page = page.replace(page[page.index("<title>"):page.index("</title>") + 8], "")
    page = page.replace(page[page.index('<meta property="og:title"'):page.index(">", page.index('<meta property="og:title"')) + 1], "")
    listed = ApiRecord(title="From the API", link=MOU, date="2024-08-02", lang="en")
    assert extract_release(response_for(MOU, page.encode()), listed).title == "From the API"
    with pytest.raises(ExtractionError, match="no headline"):
        extract_release(response_for(MOU, page.encode()))


def test_release_url_is_checked():
    with pytest.raises(ExtractionError, match="not an HKMA press-release URL"):
        extract_release(response_for("https://www.hkma.gov.hk/eng/", release_page(SANDBOX)))


def test_a_full_api_page_asks_for_the_next_even_when_a_record_is_unusable():
    from scrapy.http import Request

    from spiders.sources.hkma.spider import HKMAPressReleaseSpider

    payload = json.loads(api_page(API_URL))
    payload["result"]["records"][0]["title"] = ""  # the API sent 2 records (a full page); 1 is usable
    spider = HKMAPressReleaseSpider(pagesize="2", since="2000-01-01")
    out = list(spider.parse_api(response_for(API_URL, json.dumps(payload).encode(), JSON), offset=0))
    assert [r.url for r in out if isinstance(r, Request) and "offset=2" in r.url] == [API_URL_2]
    assert read_api_page(response_for(API_URL, json.dumps(payload).encode(), JSON)).returned == 2
