"""Values no real day or number could be (typos, cut files, odd JSON) end as a fallback or a clear
ExtractionError, never as a Python error from deep inside an extractor."""
from __future__ import annotations

import json

import pytest

from spiders.errors import ExtractionError
from spiders.sources.cyberport_startups.extract import parse_intake_month
from spiders.sources.datagovhk.extract import extract_search, next_search_url
from spiders.sources.govhk.extract import extract_release
from spiders.text import iso_day, url_day
from tests.conftest import response_for, sample_page

RELEASE = "https://www.info.gov.hk/gia/general/201708/15/P2017081500253.htm"
SEARCH = "https://data.gov.hk/en-data/api/3/action/package_search?q=innovation&rows=2&start=0"
CC_CSV = "https://istartup.hk/opendata/cc/cc.csv"
JSON = "application/json"


def search_page() -> bytes:
    return sample_page(SEARCH.replace("?", "%3F").replace("=", "%3D").replace("&", "%26"))


def test_iso_day_and_url_day():
    assert iso_day("2024", "2", "29") == "2024-02-29"
    assert iso_day(2023, 2, 29) is None and iso_day(2024, 13, 1) is None
    assert url_day("20170815") == "2017-08-15"
    with pytest.raises(ExtractionError, match="not a real day"):
        url_day("20171340")


def test_a_release_whose_footer_date_is_no_real_day_takes_the_folder_date():
    page = sample_page(RELEASE).decode()
    day_line = next(line for line in page.splitlines() if "Ends/" in line)
    broken = page.replace(day_line, day_line.replace("August 15", "February 30").replace("15, 2017", "30, 2017"))
    assert "February 30" in broken
    article = extract_release(response_for(RELEASE, broken.encode()))
    assert (article.published_date, article.published_from) == ("2017-08-15", "folder")


def test_a_release_url_whose_folder_is_no_real_day_is_refused_when_the_footer_has_no_date():
    page = sample_page(RELEASE).decode()
    day_line = next(line for line in page.splitlines() if "Ends/" in line)
    url = RELEASE.replace("201708/15", "201713/45")
    with pytest.raises(ExtractionError, match="not a real day"):
        extract_release(response_for(url, page.replace(day_line, "").encode()))


@pytest.mark.parametrize("change, reason", [
    ({"success": False, "error": "Solr is down"}, "CKAN call failed: Solr is down"),
    ({"success": False, "error": None}, "CKAN call failed: no reason given"),
])
def test_ckan_errors_of_any_shape_are_reported(change, reason):
    envelope = {**json.loads(search_page()), **change}
    with pytest.raises(ExtractionError, match=reason):
        extract_search(response_for(SEARCH, json.dumps(envelope).encode(), JSON))


def test_a_ckan_count_that_is_not_a_number_stops_paging_with_a_reason():
    envelope = json.loads(search_page())
    envelope["result"]["count"] = "many"
    with pytest.raises(ExtractionError, match="count is not a number"):
        next_search_url(response_for(SEARCH, json.dumps(envelope).encode(), JSON))


def test_a_package_whose_organization_is_not_an_object_has_no_provider():
    envelope = json.loads(search_page())
    envelope["result"]["results"][0]["organization"] = "Innovation and Technology Commission"
    first = extract_search(response_for(SEARCH, json.dumps(envelope).encode(), JSON))[0]
    assert first.provider is None and first.title


def test_an_intake_month_in_superscript_digits_is_kept_raw():
    extra: dict = {}
    assert parse_intake_month("²", extra) is None and extra == {"intake_month_raw": "²"}
    assert parse_intake_month(" 7 ", {}) == 7
