"""GovHK extraction on saved pages: the sample web's release pages (real URLs, real template) and variants
made from them for what the sample web must not hold: Big5 bytes, wrong charset declarations, the older
`div#pressrelease` layout, a day without releases (empty, binary, cut, wrong-kind and mis-declared Big5
pages of every source: test_bad_pages.py)."""
from __future__ import annotations

import pytest

from spiders.sources.govhk.extract import (
    extract_feed_links,
    extract_index_links,
    extract_release,
    release_id,
    split_title_flags,
)
from tests.conftest import response_for, sample_page

EN_URL = "https://www.info.gov.hk/gia/general/201708/15/P2017081500253.htm"
# A Chinese release whose id carries 9 November but which was listed on 10 November.
TC_URL = "https://www.info.gov.hk/gia/general/202411/10/P2024110900756.htm"


def test_english_release_fields():
    item = extract_release(response_for(EN_URL, sample_page(EN_URL)))
    assert item.source == "govhk"
    assert item.source_id == "P2017081500253"
    assert item.lang == "en"
    assert item.title == "Red flag hoisted at Hung Shing Yeh Beach"
    assert item.published_from == "footer"
    assert item.published_date == "2017-08-15"
    assert item.published_at.startswith("2017-08-15T") and item.published_at.endswith("+08:00")
    assert "Ends/" not in item.body and "NNNN" not in item.body and "Issued at" not in item.body
    assert item.body.startswith("The Leisure and Cultural Services Department")


def test_chinese_release_date_comes_from_footer_not_id():
    item = extract_release(response_for(TC_URL, sample_page(TC_URL)))
    assert item.lang == "zh-HK"
    assert item.title.startswith("創新科技及工業局局長前赴西安")
    assert item.published_date == "2024-11-10"
    assert item.published_at == "2024-11-10T15:00:00+08:00"
    assert "完" not in item.body.splitlines()[-1]
    assert "香港時間" not in item.body


def test_release_without_footer_time_falls_back_to_footer_date():
    body = sample_page(EN_URL).replace(b"Issued at HKT", b"Issued (time withheld)")
    item = extract_release(response_for(EN_URL, body))
    assert (item.published_from, item.published_at, item.published_date) == ("footer_date", None, "2017-08-15")


def test_release_without_footer_falls_back_to_folder_date():
    page = sample_page(TC_URL).decode()
    start = page.index('<div class="mB15 f15">')
    page = page[:start] + page[page.index("</div>", start) + 6:]
    item = extract_release(response_for(TC_URL, page.encode()))
    assert (item.published_from, item.published_date, item.published_at) == ("folder", "2024-11-10", None)


def test_big5_page_with_correct_declaration():
    page = sample_page(TC_URL).decode().replace("charset=utf-8", "charset=big5")
    item = extract_release(response_for(TC_URL, page.encode("big5hkscs")))
    assert item.title.startswith("創新科技及工業局局長前赴西安")


def test_utf8_page_declared_as_big5():
    page = sample_page(TC_URL).decode().replace("charset=utf-8", "charset=big5")
    item = extract_release(response_for(TC_URL, page.encode("utf-8"), content_type="text/html; charset=big5"))
    assert item.title.startswith("創新科技及工業局局長前赴西安")


def test_older_layout_with_div_body():
    page = sample_page(EN_URL).decode()
    page = page.replace('<span id="pressrelease" class="fontSize1">', '<div id="pressrelease" class="fontSize1">')
    page = page.replace("</span>\n\t\t\t\t<div class=\"btm_btn\">", "</div>\n\t\t\t\t<div class=\"btm_btn\">")
    item = extract_release(response_for(EN_URL, page.encode()))
    assert item.body.startswith("The Leisure and Cultural Services Department")
    assert "Ends/" not in item.body


@pytest.mark.parametrize("title, clean, flags", [
    ("Speech by CE at InnoHK Launch Ceremony (with photos/video)", "Speech by CE at InnoHK Launch Ceremony",
     ["with_photo", "with_video"]),
    ("Speech by CE at Smart City Blueprint Luncheon (English only) (with photos/video)",
     "Speech by CE at Smart City Blueprint Luncheon", ["english_only", "with_photo", "with_video"]),
    ("LCQ20: Development of artificial intelligence", "LCQ20: Development of artificial intelligence", []),
    ("行政長官出席創新香港研發平台啟動典禮致辭（附圖／短片）", "行政長官出席創新香港研發平台啟動典禮致辭", ["with_photo", "with_video"]),
    ("某公告（只有中文）", "某公告", ["chinese_only"]),
    ("Beach notice (with photo)", "Beach notice", ["with_photo"]),
])
def test_title_suffixes_become_flags(title, clean, flags):
    assert split_title_flags(title) == (clean, flags)


@pytest.mark.parametrize("url, expected", [
    ("https://www.info.gov.hk/gia/general/202205/25/P2022052500609.htm", "P2022052500609"),
    ("https://www.info.gov.hk/gia/general/201207/01/P201206290580.htm", "P201206290580"),
    ("https://www.info.gov.hk/gia/general/202205/25/P2022052500609p.htm", None),
    ("https://www.info.gov.hk/gia/general/202205/25.htm", None),
])
def test_release_id(url, expected):
    assert release_id(url) == expected


def test_daily_index_lists_every_release_of_the_day():
    url = "https://www.info.gov.hk/gia/general/201701/03.htm"
    links = extract_index_links(response_for(url, sample_page(url)))
    assert links and all(release_id(link) for link in links)
    assert "https://www.info.gov.hk/gia/general/201701/03/P2017010300609.htm" in links


def test_daily_index_ignores_print_versions_and_simplified_proxy_links():
    url = "https://www.info.gov.hk/gia/general/202205/25.htm"
    page = b"""<html><body><div class="leftBody"><ul>
      <li><a href="/gia/general/202205/25/P2022052500609.htm">Speech</a></li>
      <li><a href="/gia/general/202205/25/P2022052500609p.htm">Print</a></li>
      <li><a href="https://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/general/202205/25/P2022052500607.htm">SC</a></li>
      <li><a href="/gia/general/202205/25/P2022052500609.htm">Speech again</a></li>
    </ul></div></body></html>"""
    assert extract_index_links(response_for(url, page)) == [
        "https://www.info.gov.hk/gia/general/202205/25/P2022052500609.htm"]


def test_rss_feed_links():
    url = "https://www.info.gov.hk/gia/rss/general_en.xml"
    links = extract_feed_links(response_for(url, sample_page(url)))
    assert links and all(release_id(link) for link in links)


def test_daily_index_of_a_day_without_releases_is_empty_not_an_error():
    url = "https://www.info.gov.hk/gia/general/today.htm"
    body = b"<html><body><div class='leftBody'><p>No press releases yet.</p></div></body></html>"
    assert extract_index_links(response_for(url, body)) == []


def test_the_compiled_id_queries_match_what_the_css_selectors_match_on_every_sample_release():
    from parsel import Selector

    from spiders.sources.govhk import extract
    from tests.conftest import SAMPLE_WEB

    pages = sorted((SAMPLE_WEB / "www.info.gov.hk/gia/general").glob("*/*/P*.htm"))
    assert len(pages) > 100
    for page in pages:
        sel = Selector(text=page.read_bytes().decode("utf-8", "replace"), type="html")
        assert extract.HEADLINE_TEXT(sel.root) == sel.css("#PRHeadlineSpan ::text").getall(), page
        assert extract.TWIN_LINKS(sel.root) == sel.css(
            "a:has(> img#hdrTCLnk)::attr(href), a:has(> img#hdrENLnk)::attr(href)").getall(), page
        assert extract.PHOTO_LINKS(sel.root) == [s.root for s in sel.css("#rightContent a.fancybox[href]")], page
