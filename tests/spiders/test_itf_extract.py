"""ITF annual-list extraction: the sample web's HTML "not found" stubs (2018, 2025) and CSV variants
for every quirk of the live files (SOURCES.md section 3).

The project rows (`ITF_ROWS` of tests/spiders/sample_pages.py and those below) are FICTIONAL test
data ("Example ..."), written only to exercise the parser: the sample web holds no annual-list CSV yet, because no real project row (reference,
title, lead applicant, amount, year) could be confirmed offline (docs/sources/itf.md).
"""
from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from spiders.errors import ExtractionError
from spiders.sources.itf_projects.extract import (
    amount_text,
    decode_csv,
    extract_annual_list,
    is_not_published,
    list_year,
    parse_amount,
)
from spiders.sources.itf_projects.spider import ITFAnnualListSpider
from tests.conftest import response_for, sample_page
from tests.spiders.sample_pages import ITF_FOOTNOTES, ITF_HEADER, ITF_ROWS, itf_list

BASE = "https://www.itf.gov.hk/datagovhk/annuallist_{}_e.csv"
STUB_2018 = BASE.format(2018)  # served as text/csv: detected from the body
STUB_2025 = BASE.format(2025)  # served as text/html


def test_years_from_urls():
    assert list_year(BASE.format(2024)) == 2024
    assert list_year("https://www.itf.gov.hk/en/index.html") is None


def test_html_stub_with_status_200_is_detected_from_its_body():
    response = response_for(STUB_2018, sample_page(STUB_2018), content_type="text/csv")
    assert is_not_published(response)
    with pytest.raises(ExtractionError, match="not published"):
        extract_annual_list(response)


def test_html_stub_served_as_html():
    response = response_for(STUB_2025, sample_page(STUB_2025), content_type="text/html; charset=utf-8")
    assert is_not_published(response)


def test_amounts_in_millions_and_revised_placeholders():
    items = extract_annual_list(response_for(BASE.format(2024), itf_list(ITF_ROWS, "utf-8-sig")))
    assert [i.source_id for i in items] == ["TEST/001/24", "TEST/002/24", "TEST/003/24"]
    first, second, third = items
    assert first.source == "itf_projects" and first.extractor_version == "itf-annuallist-1"
    assert (first.scheme, first.year, first.recipient) == ("ITSP", 2024, "Example University (fictional)")
    assert first.amount_hkd == 2_799_000 and first.amount_text == "2.799 (HK$ million)"
    assert first.extra["revised_funds_hkd"] is None and first.extra["amount_from"] == "approved"
    assert second.extra["row_no"] == "2" and second.extra["revised_funds_text"] is None
    assert third.amount_hkd == 1_350_000 and third.extra["amount_from"] == "revised"
    assert third.extra["funds_approved_hkd"] == 1_200_000
    assert third.extra["remarks"] == "Revised after a change request"
    assert first.extra["profile_url"].endswith("ReferenceNo=TEST/001/24")


def test_bom_does_not_leak_into_the_first_header():
    text = decode_csv(itf_list(ITF_ROWS, "utf-8-sig"))
    assert text.startswith("No.,Programme*")


def test_2020_file_with_absolute_hk_dollars():
    rows = ('1,ITSP,TEST/010/20,Example Vision Project,Example University (fictional),"HK$2,799,000",0,,\n'
            '2,TCFS,TEST/011/20,Example Speech Project,Example University (fictional),HK$950000,-,,\n')
    items = extract_annual_list(response_for(BASE.format(2020), itf_list(rows)))
    assert [i.amount_hkd for i in items] == [2_799_000, 950_000]
    assert items[0].amount_text == "HK$2,799,000"  # kept as published


def test_latin1_file_of_2019():
    rows = '1,ITSP,TEST/020/19,Example Café Robot Project,Example Société (fictional),1.4,0,,\n'
    body = itf_list(rows, "iso-8859-1")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    items = extract_annual_list(response_for(BASE.format(2019), body))
    assert items[0].title == "Example Café Robot Project"
    assert items[0].recipient == "Example Société (fictional)"


def test_header_without_asterisk_and_extra_spaces():
    body = itf_list(ITF_ROWS).replace(b"Programme*", b"Programme").replace(b"Project Title", b"Project  Title ")
    items = extract_annual_list(response_for(BASE.format(2023), body))
    assert items[0].scheme == "ITSP" and items[0].title == "Example AI Project One"


def test_short_row_falls_back_to_none_not_crash():
    rows = '1,ITSP,TEST/030/22,Example Short Row,Example Lab (fictional),0.8\n'
    item = extract_annual_list(response_for(BASE.format(2022), itf_list(rows)))[0]
    assert item.amount_hkd == 800_000 and item.extra["remarks"] is None and item.extra["revised_funds_hkd"] is None


@pytest.mark.parametrize("raw, hkd", [("2.799", 2_799_000), ("HK$2,799,000", 2_799_000), ("$1,000", 1000),
                                      ("0", None), ("-", None), ("", None), ("n/a", None), ("12,345", 12345)])
def test_parse_amount(raw, hkd):
    assert parse_amount(raw) == hkd


def test_amount_text_keeps_unit():
    assert amount_text("0.5") == "0.5 (HK$ million)"
    assert amount_text("-") is None


@pytest.mark.parametrize("body, reason", [
    (b"a,b,c\n1,2,3\n", "no header row"),
    (ITF_HEADER.encode(), "no project rows"),
    ((ITF_HEADER + ITF_FOOTNOTES).encode(), "no project rows"),
])
def test_broken_files(body, reason):
    with pytest.raises(ExtractionError, match=reason):
        extract_annual_list(response_for(BASE.format(2021), body))


def test_wrong_url():
    with pytest.raises(ExtractionError, match="not an ITF annual-list URL"):
        extract_annual_list(response_for("https://www.itf.gov.hk/en/index.html", itf_list(ITF_ROWS)))


def _spider(**kwargs):
    crawler = get_crawler(ITFAnnualListSpider)
    spider = ITFAnnualListSpider.from_crawler(crawler, **kwargs)
    crawler.stats.open_spider()
    return spider


def test_spider_years_and_optional_requests():
    spider = _spider(**{"from": "2017", "to": "2019"})
    assert spider.years == [2019, 2018, 2017] and not spider.required
    assert _spider(year="2022").years == [2022]


def test_spider_counts_html_stub_of_an_optional_year_instead_of_an_error():
    spider = _spider(**{"from": "2018", "to": "2018"})
    response = response_for(STUB_2018, sample_page(STUB_2018), content_type="text/csv")
    response.request.meta["optional"] = True
    assert list(spider.parse_list(response)) == []
    assert spider.crawler.stats.get_value("optional/not_published") == 1


def test_spider_raises_for_html_stub_of_a_required_year():
    spider = _spider(year="2018")
    response = response_for(STUB_2018, sample_page(STUB_2018))
    response.request.meta["optional"] = False
    with pytest.raises(ExtractionError):
        list(spider.parse_list(response))
