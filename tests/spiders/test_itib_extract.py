"""ITIB extraction on the sample web's speech, LegCo-reply and listing pages, and on variants: a missing
date line, a GIA-style "Ends" footer (empty, binary, cut, wrong-kind and mis-declared Big5 pages of every
source: test_bad_pages.py)."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.itib.extract import extract_listing_links, extract_page, is_page_url
from tests.conftest import response_for, sample_page

SPEECH = "https://www.itib.gov.hk/en/speeches/2023/pr_20231129.html"
SUMMIT = "https://www.itib.gov.hk/en/speeches/2022/pr_20221215.html"
LCQ = "https://www.itib.gov.hk/en/legislative_council_business/questions/2025/pr_20250319.html"
SPEECHES = "https://www.itib.gov.hk/en/speeches/index.html"
QUESTIONS = "https://www.itib.gov.hk/en/legislative_council_business/questions/index.html"


def test_speech_fields_and_title_flags():
    item = extract_page(response_for(SPEECH, sample_page(SPEECH)))
    assert (item.source, item.source_id, item.lang) == ("itib", "speech-20231129", "en")
    assert item.title == ("Speech by SITI at Cyberport 20th Anniversary Celebration cum Cyberport "
                          "Entrepreneurship Programmes Graduation Ceremony 2023")
    assert item.flags == ["english_only", "with_photo"]
    assert (item.published_date, item.published_from) == ("2023-11-29", "page")
    assert "2 000 technology companies" in item.body and "\n\n" in item.body


def test_legco_reply_fields():
    item = extract_page(response_for(LCQ, sample_page(LCQ)))
    assert (item.source_id, item.title, item.flags) == ("legco-20250319", "LCQ20: Development of artificial intelligence", [])
    assert item.published_date == "2025-03-19"
    assert "$1 billion" in item.body


def test_missing_date_line_falls_back_to_the_url():
    page = sample_page(SUMMIT).replace(b'<div class="pr-date">15 Dec 2022</div>', b"")
    item = extract_page(response_for(SUMMIT, page))
    assert (item.published_date, item.published_from) == ("2022-12-15", "url")


def test_ends_footer_is_not_part_of_the_body():
    page = sample_page(SUMMIT).replace(b"</div>\n</div>\n</body>", b"<p>Ends/Thursday, December 15, 2022</p></div>\n</div>\n</body>")
    body = extract_page(response_for(SUMMIT, page)).body
    assert "Ends" not in body and body.endswith("all the more important.")


def test_page_url_is_checked():
    with pytest.raises(ExtractionError, match="not an ITIB"):
        extract_page(response_for("https://www.itib.gov.hk/en/index.html", sample_page(SPEECH)))
    assert is_page_url(LCQ) and not is_page_url("https://www.info.gov.hk/en/speeches/2023/pr_20231129.html")


def test_listings():
    assert extract_listing_links(response_for(SPEECHES, sample_page(SPEECHES))) == [SPEECH, SUMMIT]
    assert extract_listing_links(response_for(QUESTIONS, sample_page(QUESTIONS))) == [LCQ]
