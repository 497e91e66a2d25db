"""FSTB extraction on the sample web's press index, and on variants: an index without dated entries, other
date formats, the fintech filter and paging (empty, binary, cut and wrong-kind pages of
every source: test_bad_pages.py)."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.fstb.extract import extract_press_index, read_press_index
from tests.conftest import response_for, sample_page

INDEX = "https://www.fstb.gov.hk/en/news/press/index.php"
POLICY_2 = "https://www.info.gov.hk/gia/general/202506/26/P2025062600269.htm"
NON_FINTECH_ROW = (b'<tr><td class="date">13/11/2025</td><td><a href="https://www.info.gov.hk/gia/general/'
                   b'202511/13/P2025111300111.htm">Government bond issue results</a></td></tr>')


def index(body: bytes | None = None, url: str = INDEX):
    return response_for(url, sample_page(INDEX) if body is None else body, "text/html; charset=utf-8")


def test_index_entries():
    entries = extract_press_index(index())
    assert [e.published_date for e in entries] == ["2025-11-26", "2025-11-08", "2025-06-26", "2024-10-28",
                                                   "2022-10-31"]
    assert all(e.source == "fstb" and e.lang == "en" and e.published_from == "listing" for e in entries)
    speech = entries[0]
    assert speech.source_id == "P2025112600293" and speech.flags == ["english_only"]
    assert speech.title == "Speech by SFST at Bloomberg's Greater Bay Area FinTech Talent Initiative Summit"
    assert "Shenzhen" in speech.body
    policy = entries[2]
    assert policy.url == POLICY_2 and "LEAP" in policy.body


def test_entry_without_link_gets_the_index_url_with_a_fragment():
    ai = extract_press_index(index())[3]
    assert ai.source_id == "20241028-policy-statement-on-responsible-application-of-artificial-in"
    assert ai.url == f"{INDEX}#{ai.source_id}"
    assert ai.title == "Policy Statement on Responsible Application of Artificial Intelligence in the Financial Market"
    assert "dual-track" in ai.body


def test_entry_without_summary_uses_its_headline_as_body():
    body = sample_page(INDEX).replace(b'<p class="summary">Mr Christopher Hui, Secretary', b'<p class="x">')
    speech = extract_press_index(index(body))[0]
    assert speech.body == speech.title


def test_fintech_filter_and_all_entries():
    body = sample_page(INDEX).replace(b"</table>", NON_FINTECH_ROW + b"</table>")
    assert len(read_press_index(index(body)).entries) == 5
    everything = read_press_index(index(body), fintech_only=False).entries
    assert len(everything) == 6 and everything[-1].source_id == "P2025111300111"


@pytest.mark.parametrize("line, expected", [
    ("26.6.2025", "2025-06-26"), ("26 June 2025", "2025-06-26"), ("2025-06-26", "2025-06-26"),
])
def test_other_date_formats(line, expected):
    body = sample_page(INDEX).replace(b'<td class="date">26/06/2025</td>', f'<td class="date">{line}</td>'.encode())
    assert extract_press_index(index(body))[2].published_date == expected


def test_next_page_link():
    body = sample_page(INDEX).replace(b"</table>", b'</table><a rel="next" href="index.php?page=2">Next</a>')
    assert read_press_index(index(body)).next_page == INDEX + "?page=2"
    assert read_press_index(index()).next_page is None


def test_index_without_dated_entries_raises():
    with pytest.raises(ExtractionError, match="no dated entries"):
        read_press_index(index(b"<html><body><main><ul><li>Press Releases</li></ul></main></body></html>"))


def test_other_url_raises():
    with pytest.raises(ExtractionError, match="not an FSTB press index URL"):
        read_press_index(index(url="https://www.fstb.gov.hk/en/"))
