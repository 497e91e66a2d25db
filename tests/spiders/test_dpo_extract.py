"""DPO extraction on the sample web's speeches, programme pages and speeches listing, and on variants: a
programme page without any date, a revision-date footer (empty, binary, cut, wrong-kind and mis-declared
Big5 pages of every source: test_bad_pages.py)."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.dpo.extract import extract_listing_links, extract_programme, extract_speech
from tests.conftest import response_for, sample_page

ICT = "https://digitalpolicy.gov.hk/en/news/speeches/2024/11/sp_20241107.html"
POLYU = "https://digitalpolicy.gov.hk/en/news/speeches/2024/11/sp_20241108.html"
FANO = "https://digitalpolicy.gov.hk/en/news/speeches/2024/11/sp_20241129.html"
AISS = "https://digitalpolicy.gov.hk/en/our_work/digital_infrastructure/industry_development/ai_subsidy_scheme/"
ETHICAL = "https://digitalpolicy.gov.hk/en/our_work/data_governance/policies_standards/ethical_ai_framework/"
LISTING = "https://digitalpolicy.gov.hk/en/news/speeches/index.html"


def folder(url: str) -> bytes:
    return sample_page(url + "__dir__.html")


def test_speech_fields():
    item = extract_speech(response_for(ICT, sample_page(ICT)))
    assert (item.source, item.source_id, item.lang) == ("dpo", "speech-20241107", "en")
    assert item.title == ("Opening Speech by Mr Daniel Cheung, JP, Deputy Commissioner (Digital Infrastructure), "
                          "at the “ICT Conference 2024”")
    assert item.flags == ["with_photo"]
    assert (item.published_date, item.published_from) == ("2024-11-07", "url")
    assert "3 000 petaFLOPS" in item.body and "What's New" not in item.body and "跳至" not in item.body


def test_programme_page_dated_by_latest_date_in_text():
    item = extract_programme(response_for(AISS, folder(AISS)))
    assert item.source_id == "our_work/digital_infrastructure/industry_development/ai_subsidy_scheme"
    assert item.title == "Artificial Intelligence Subsidy Scheme"
    assert (item.published_date, item.published_from) == ("2024-10-07", "body_date")
    assert "70%" in item.body and "Hendrick SIN" in item.body
    ethical = extract_programme(response_for(ETHICAL, folder(ETHICAL)))
    assert (ethical.published_date, ethical.title) == ("2024-07-25", "Ethical Artificial Intelligence Framework")


def test_programme_page_revision_date_wins():
    page = folder(ETHICAL).replace(b"</main>", b"</main><footer>Last revision date: 02-09-2024</footer>")
    item = extract_programme(response_for(ETHICAL, page))
    assert (item.published_date, item.published_from) == ("2024-09-02", "revision_date")


def test_programme_page_without_any_date_raises():
    page = folder(ETHICAL).decode()
    for text in ("in August 2023", ", dated 25 July 2024,"):
        page = page.replace(text, "")
    with pytest.raises(ExtractionError, match="no revision date"):
        extract_programme(response_for(ETHICAL, page.encode()))


def test_urls_are_checked():
    with pytest.raises(ExtractionError, match="not a DPO speech URL"):
        extract_speech(response_for(AISS, folder(AISS)))


def test_listing_links():
    assert extract_listing_links(response_for(LISTING, sample_page(LISTING))) == [FANO, POLYU, ICT]
    with pytest.raises(ExtractionError, match="yields no detail links"):
        extract_listing_links(response_for(LISTING, b"<html><body><p>Busy</p></body></html>"))
