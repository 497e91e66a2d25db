"""ITF project search: keyword result pages and project profiles of the sample web (real projects,
sample_web/_records/itf_projects.jsonl), broken pages, and the replay of profile URLs whose
`ReferenceNo` holds slashes. Inline pages (TEST/..., X/1/24, "A title") are fictional test data."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from spiders.archive.sample_web import page_url
from spiders.archive.warc import url_key
from spiders.errors import ExtractionError
from spiders.parse_offline import parse_saved
from spiders.sources.itf_profiles.extract import (
    extract_profile,
    extract_result_links,
    extract_results,
    parse_amount,
    parse_date,
    reference_of,
    scheme_of,
)
from spiders.sources.itf_profiles.spider import ITFProjectProfileSpider, results_url
from tests.conftest import SAMPLE_WEB, response_for

PROFILE = "https://www.itf.gov.hk/en/project-search/project-profile/index.html?ReferenceNo={}"
RESULTS = "https://www.itf.gov.hk/en/project-search/search-result/index.html?Keywords={}&Page=1"
HTML = "text/html; charset=utf-8"


def sample_page(url: str) -> bytes:
    """A sample-web page by its real URL; the query string is percent-encoded in the file name."""
    path, _, query = url.split("://", 1)[1].partition("?")
    return (SAMPLE_WEB / (path + (quote("?" + query, safe="") if query else ""))).read_bytes()


def profile(ref: str):
    url = PROFILE.format(ref)
    return extract_profile(response_for(url, sample_page(url), HTML))


def results(keyword: str):
    url = RESULTS.format(keyword)
    return extract_results(response_for(url, sample_page(url), HTML))


def test_profile_with_exact_amount_and_project_period():
    award = profile("ITP/061/20TP")
    assert award.source == "itf_profiles" and award.extractor_version == "itf-profile-1"
    assert award.source_id == "ITP/061/20TP" and award.scheme == "ITSP"
    assert award.title == "Smart Garment Sorting for Recycling"
    assert award.recipient == "The Hong Kong Research Institute of Textiles and Apparel Limited"
    assert award.amount_hkd == 5_245_000 and award.amount_text == "HK$5,245,000"
    assert award.year == 2021 and award.extra["year_from"] == "project_start"
    assert (award.extra["project_start"], award.extra["project_end"]) == ("2021-03-31", "2023-03-30")
    assert award.url == PROFILE.format("ITP/061/20TP")


def test_profile_with_amount_in_millions():
    award = profile("ITP/055/17LP")
    assert award.amount_hkd == 10_220_000 and award.amount_text == "HK$10.22 million"
    assert award.recipient == "Logistics and Supply Chain MultiTech R&D Centre Limited"
    assert award.year == 2017


def test_profile_without_amount_or_period_keeps_nones():
    award = profile("ITP/083/18LP")  # the evidence gives no amount and no period
    assert award.title == "Robotic Kitchen for Elderly"
    assert award.amount_hkd is None and award.amount_text is None
    assert award.year is None and award.extra["year_from"] is None


def test_public_sector_trial_scheme_profile():
    award = profile("ITT/004/24LP")
    assert award.scheme == "PSTS" and award.amount_hkd == 3_730_000 and award.year is None


def test_every_sample_profile_parses():
    folder = SAMPLE_WEB / "www.itf.gov.hk/en/project-search/project-profile"
    refs = []
    for page in sorted(folder.iterdir()):
        url = page_url(SAMPLE_WEB, page)
        award = extract_profile(response_for(url, page.read_bytes(), HTML))
        assert award.source_id == reference_of(url) and award.title and award.recipient
        refs.append(award.source_id)
    assert len(refs) == 8


def test_result_page_rows_and_pager():
    page = results("smart")
    assert [r["reference"] for r in page["rows"]] == ["ITT/004/24LP", "ITP/061/20TP"]
    assert page["rows"][1]["title"] == "Smart Garment Sorting for Recycling"
    assert page["rows"][1]["applicant"] == "The Hong Kong Research Institute of Textiles and Apparel Limited"
    assert page["rows"][1]["funds_text"] == "HK$5,245,000"
    assert page["profile_urls"][0] == PROFILE.format("ITT/004/24LP")
    assert (page["page"], page["last_page"], page["keywords"]) == (1, 1, "smart")


def test_every_result_row_matches_its_keyword_and_all_profiles_are_reachable():
    reached = set()
    for keyword in ("intelligence", "robotic", "smart", "recycle", "polymer"):
        for row in results(keyword)["rows"]:
            assert keyword in row["title"].lower()
            reached.add(row["reference"])
    folder = SAMPLE_WEB / "www.itf.gov.hk/en/project-search/project-profile"
    assert reached == {reference_of(page_url(SAMPLE_WEB, p)) for p in folder.iterdir()}


PAGED = """<html><body><div id="content"><table id="searchResultTbl" class="colorTbl">
<tr><th>Reference No.</th><th>Project Title</th><th>Lead Applicant</th><th>Funds Approved</th></tr>
<tr><td><a class="rowlink" href="../project-profile/index.html?ReferenceNo=X/1/24">X/1/24</a></td>
<td>A title</td><td>An organization</td><td>-</td></tr></table>
<div class="pagination"><span class="page selected"><span>1</span></span>
<a class="last arrow" href="index.html?Keywords=data&amp;Page=3">Last</a></div></div></body></html>"""


def test_pager_with_more_pages_gives_the_other_pages():
    url = RESULTS.format("data")
    page = extract_results(response_for(url, PAGED.encode(), HTML))
    assert page["last_page"] == 3 and page["rows"][0]["funds_text"] is None
    assert page["profile_urls"] == [PROFILE.format("X/1/24")]
    links = extract_result_links(response_for(url, PAGED.encode(), HTML))
    assert links[1:] == [results_url("data", 2), results_url("data", 3)]


def test_result_page_with_no_records_is_empty_not_an_error():
    body = b"<html><body><div id='content'><p>No record found.</p></div></body></html>"
    page = extract_results(response_for(RESULTS.format("quantum"), body, HTML))
    assert page["rows"] == [] and page["last_page"] == 1


STUB = (SAMPLE_WEB / "www.itf.gov.hk/datagovhk/annuallist_2018_e.csv").read_bytes()  # the site's 404 stub


@pytest.mark.parametrize("body, reason", [
    (STUB, "page not found"),
    (b"<html><body><div id='content'><p>Project profile</p></div></body></html>", "no #projectProfile"),
    (b"<html><body><table id='projectProfile'><tr><th>Reference No.</th><td>TEST/001/21</td></tr></table></body></html>",
     "no project title"),
])
def test_broken_profiles(body, reason):
    with pytest.raises(ExtractionError, match=reason):
        extract_profile(response_for(PROFILE.format("TEST/001/21"), body, HTML))


def test_not_found_stub_is_no_result_page():
    with pytest.raises(ExtractionError, match="no #searchResultTbl"):
        extract_results(response_for(RESULTS.format("smart"), STUB, HTML))


def test_profile_labels_are_matched_loosely_and_approval_date_wins():
    body = (b"<html><body><table id='projectProfile'>"
            b"<tr><th>Project Reference No. :</th><td>TEST/012/22</td></tr>"
            b"<tr><th>PROJECT TITLE</th><td> A  title </td></tr>"
            b"<tr><th>Lead Applicant:</th><td>An organization</td></tr>"
            b"<tr><th>Funds Approved (HK$)</th><td>1.4</td></tr>"
            b"<tr><th>Date of Approval</th><td>2022-12-01</td></tr>"
            b"<tr><th>Project Period</th><td>16 Jan 2023 to 15 Jan 2025</td></tr>"
            b"</table></body></html>")
    award = extract_profile(response_for(PROFILE.format("TEST/012/22"), body, HTML))
    assert award.source_id == "TEST/012/22" and award.title == "A title" and award.scheme == "TEST"
    assert award.amount_hkd == 1_400_000 and award.year == 2022 and award.extra["year_from"] == "approval_date"
    assert award.extra["project_start"] == "2023-01-16"


@pytest.mark.parametrize("text, hkd", [
    ("HK$5,245,000", 5_245_000), ("HK$ 5,245,000", 5_245_000), ("HK$10.22 million", 10_220_000),
    ("HK$3.73m", 3_730_000), ("3.73M", 3_730_000), ("2.799", 2_799_000), ("12,345", 12_345),
    ("-", None), ("", None), (None, None), ("0", None), ("HK$950", None), ("to be confirmed", None),
])
def test_parse_amount(text, hkd):
    assert parse_amount(text) == hkd


def test_dates_schemes_and_references():
    assert str(parse_date("16/10/2017")) == "2017-10-16" and parse_date("soon") is None
    assert scheme_of("TSSSU/HKUST/22/03") == "TSSSU" and scheme_of("GHP/001/21") == "TCFS"
    assert scheme_of("ITS/123/21", "Innovation and Technology Support Programme (ITSP)") == "ITSP"
    assert reference_of(PROFILE.format("TSSSU/HKUST/22/03")) == "TSSSU/HKUST/22/03"
    assert reference_of(RESULTS.format("smart")) is None


def test_profile_urls_with_slashes_replay_from_the_sample_web():
    page = next((SAMPLE_WEB / "www.itf.gov.hk/en/project-search/project-profile").glob("*ITP%2F055%2F17LP"))
    archived = page_url(SAMPLE_WEB, page)
    assert archived == PROFILE.format("ITP/055/17LP")
    followed = Request(results("intelligence")["profile_urls"][0]).url  # what Scrapy will request
    assert url_key(followed) == url_key(archived)
    start = Request(results_url("smart", 1)).url
    assert url_key(start) == url_key(page_url(SAMPLE_WEB, Path(SAMPLE_WEB / "www.itf.gov.hk/en/project-search/"
                                                                "search-result/index.html%3FKeywords%3Dsmart%26Page%3D1")))


def test_hkai_parse_routes_both_page_types():
    url = PROFILE.format("ITP/082/17TP")
    assert parse_saved("itf_profiles", url, sample_page(url))[0]["source_id"] == "ITP/082/17TP"
    url = RESULTS.format("recycle")
    assert len(parse_saved("itf_profiles", url, sample_page(url))) == 3


def test_spider_requests_and_follows():
    crawler = get_crawler(ITFProjectProfileSpider)
    spider = ITFProjectProfileSpider.from_crawler(crawler, keywords="smart, robotic,")
    crawler.stats.open_spider()
    assert spider.keywords == ["smart", "robotic"]
    url = RESULTS.format("smart")
    out = list(spider.parse_results(response_for(url, sample_page(url), HTML)))
    assert [r.url for r in out] == [PROFILE.format("ITT/004/24LP"), PROFILE.format("ITP/061/20TP")]
    out = list(spider.parse_results(response_for(RESULTS.format("data"), PAGED.encode(), HTML)))
    assert [r.url for r in out][1:] == [results_url("data", 2), results_url("data", 3)]
    assert ITFProjectProfileSpider.from_crawler(get_crawler(ITFProjectProfileSpider)).keywords[0] == \
        "artificial intelligence"
