"""University news extraction on the sample web's pages (real URLs, site-typical markup) and on variants
made from them: wrong charset declarations, missing dates, and every date format the sites print (empty,
binary, cut, wrong-kind and mis-declared Big5 pages of every source: test_bad_pages.py)."""
from __future__ import annotations

from datetime import date, time

import pytest

from spiders.errors import ExtractionError
from spiders.registry import SOURCES
from spiders.university_news.extract import (
    article_id,
    extract_article,
    extract_listing_links,
    extract_next_page,
    is_article_url,
    parse_date_text,
)
from tests.conftest import SAMPLE_WEB, response_for

HKUST = "https://hkust.edu.hk/news/hkust-establishes-von-neumann-institute-spearhead-ai-innovation"
CUHK = ("https://www.cpr.cuhk.edu.hk/en/press/cuhks-newly-created-embodied-intelligence-platform-successfully-"
        "completes-the-worlds-first-multi-task-surgical-automation-tests-on-a-live-animal/")
HKU_EN = "https://www.hku.hk/press/press-releases/detail/29241.html"
HKU_ZH = "https://www.hku.hk/press/press-releases/detail/c_29241.html"
POLYU = ("https://www.polyu.edu.hk/en/media/media-releases/2025/0610_polyu-develops-novel-multi-modal-agent-to-"
         "facilitate-long-video-understanding-by-ai-accelerating-development-of-generative-ai-assisted-video-analysis/")
CITYU = ("https://www.cityu.edu.hk/media/news/2024/10/21/cityuhk-establishes-hong-kong-institute-ai-science-"
         "academic-and-industry-partners-lead-pioneering-ai-driven-scientific-research")
ARTICLES = [HKUST, CUHK, HKU_EN, HKU_ZH, POLYU, CITYU]


def page(url: str) -> bytes:
    """A sample-web page by its real URL (`__dir__.html` for a trailing slash, `%3F` for a query)."""
    rel = url.split("://", 1)[1].replace("?", "%3F").replace("=", "%3D")
    return (SAMPLE_WEB / (rel + "__dir__.html" if rel.endswith("/") else rel)).read_bytes()


def article(url: str, body: bytes | None = None, content_type: str = ""):
    return extract_article(response_for(url, page(url) if body is None else body, content_type))


# ------------------------------------------------------------------------------- the five sites
def test_hkust_story_date_comes_from_the_page():
    item = article(HKUST)
    assert item.source == "hkust_news"
    assert item.source_id == "hkust-establishes-von-neumann-institute-spearhead-ai-innovation"
    assert item.title == "HKUST Establishes Von Neumann Institute to Spearhead AI Innovation"
    assert (item.published_date, item.published_from, item.published_at) == ("2025-05-09", "page", None)
    assert item.lang == "en" and "JIA Jiaya" in item.body and item.extractor_version


def test_cuhk_release_with_trailing_slash_url():
    item = article(CUHK)
    assert item.source == "cuhk_news"
    assert item.title.startswith("CUHK’s newly-created embodied intelligence platform")
    assert item.published_date == "2025-08-05"
    assert "Science Robotics" in item.body


def test_hku_english_and_chinese_twins_share_the_id():
    en, zh = article(HKU_EN), article(HKU_ZH)
    assert (en.lang, zh.lang) == ("en", "zh-HK")
    assert (en.source_id, zh.source_id) == ("29241", "c_29241")
    assert en.twin_url == HKU_ZH and zh.twin_url == HKU_EN
    assert en.published_date == zh.published_date == "2026-07-14"
    assert zh.title.startswith("港大經管學院")
    assert "傳媒查詢" not in zh.body and "Media enquiries" not in en.body


def test_polyu_date_comes_from_the_slug():
    item = article(POLYU)
    assert item.source_id.startswith("2025/0610_polyu-develops-novel-multi-modal-agent")
    assert (item.published_date, item.published_from) == ("2025-06-10", "slug")
    assert item.flags == []
    assert "VideoMind" in item.body


def test_polyu_page_date_that_contradicts_the_slug_is_flagged():
    body = page(POLYU).replace(b"10 Jun, 2025", b"11 Jun, 2025")
    item = article(POLYU, body)
    assert item.published_date == "2025-06-10" and item.flags == ["page_date_differs"]


def test_cityu_date_comes_from_the_path():
    item = article(CITYU)
    assert item.source_id == ("2024/10/21/cityuhk-establishes-hong-kong-institute-ai-science-academic-and-"
                              "industry-partners-lead-pioneering-ai-driven-scientific-research")
    assert (item.published_date, item.published_from) == ("2024-10-21", "path")
    assert "HKAI-Sci" in item.body


def test_polyu_release_without_trailing_slash_is_dated_from_its_slug():
    url = ("https://www.polyu.edu.hk/en/media/media-releases/2025/0425_polyu-unveils-large-language-model-based-"
           "tourist-satisfaction-index")
    item = article(url)
    assert item.source == "polyu_news"
    assert (item.published_date, item.published_from, item.flags) == ("2025-04-25", "slug", [])
    assert "large language model" in item.body and item.title.startswith("PolyU unveils large language model")


LISTINGS = [
    "https://hkust.edu.hk/news/listing",
    "https://hkust.edu.hk/news/listing?page=1",
    "https://www.cpr.cuhk.edu.hk/en/press/",
    "https://www.hku.hk/press/press-releases.html",
    "https://www.hku.hk/press/c_press-releases.html",
    "https://www.polyu.edu.hk/en/media/media-releases/",
    "https://www.cityu.edu.hk/media/press-release/",
    "https://www.cityu.edu.hk/media/news/",
]


@pytest.mark.parametrize("listing", LISTINGS)
def test_every_listed_sample_article_extracts_cleanly(listing):
    """Every article of the sample web (all linked from a listing) has a title, a body, a date and no flags."""
    for url in extract_listing_links(response_for(listing, page(listing))):
        item = article(url)
        assert item.title and len(item.body) > 40 and item.published_date, url
        assert item.flags == [], url


# ------------------------------------------------------------------------------------ listings
@pytest.mark.parametrize("url, count", [
    ("https://hkust.edu.hk/news/listing", 2),
    ("https://hkust.edu.hk/news/listing?page=1", 2),
    ("https://www.cpr.cuhk.edu.hk/en/press/", 6),
    ("https://www.hku.hk/press/press-releases.html", 5),
    ("https://www.hku.hk/press/c_press-releases.html", 2),
    ("https://www.polyu.edu.hk/en/media/media-releases/", 7),
    ("https://www.cityu.edu.hk/media/press-release/", 2),
    ("https://www.cityu.edu.hk/media/news/", 3),
])
def test_listing_links_are_absolute_article_urls(url, count):
    links = extract_listing_links(response_for(url, page(url)))
    assert len(links) == count
    assert all(link.startswith("https://") and is_article_url(link) for link in links)


def test_polyu_listing_mixes_en_and_bare_media_paths():
    links = extract_listing_links(response_for("https://www.polyu.edu.hk/en/media/media-releases/",
                                               page("https://www.polyu.edu.hk/en/media/media-releases/")))
    assert any("/en/media/media-releases/" in link for link in links)
    assert any(link.startswith("https://www.polyu.edu.hk/media/media-releases/") for link in links)


def test_hkust_listing_is_paged():
    first = "https://hkust.edu.hk/news/listing"
    assert extract_next_page(response_for(first, page(first))) == "https://hkust.edu.hk/news/listing?page=1"
    last = "https://hkust.edu.hk/news/listing?page=1"
    assert extract_next_page(response_for(last, page(last))) is None


def test_listing_ignores_links_that_are_not_articles():
    url = "https://www.cityu.edu.hk/media/news/"
    body = page(url).replace(b'<div class="view-content">', b'<div class="view-content"><div class="views-row">'
                             b'<div class="views-field-title"><a href="/media/news/">All news</a></div></div>'
                             b'<div class="views-row"><div class="views-field-title">'
                             b'<a href="https://example.com/x">elsewhere</a></div></div>')
    assert len(extract_listing_links(response_for(url, body))) == 3


# ------------------------------------------------------------------------------- broken pages
@pytest.mark.parametrize("url", [HKUST, CUHK, HKU_EN])
def test_page_dated_site_without_a_date_raises(url):
    body = page(url)
    for tag in (b'class="news-date"', b'class="press-date"', b'class="date"'):
        body = body.replace(tag, b'class="removed"')
    with pytest.raises(ExtractionError, match="publication date"):
        article(url, body)


def test_path_dated_site_needs_no_page_date():
    body = page(CITYU).replace(b'class="submitted"', b'class="removed"')
    assert article(CITYU, body).published_date == "2024-10-21"


def test_article_without_headline_is_read_by_the_generic_path_then_raises_without_any_title():
    body = page(CITYU).replace(b"<h1>", b"<h2>").replace(b"</h1>", b"</h2>")
    whole, generic = article(CITYU, page(CITYU)), article(CITYU, body)
    assert (generic.title, generic.extraction_method, whole.extraction_method) == (whole.title, "generic", "site")
    assert generic.body.startswith(whole.body[:100]) and generic.published_date == whole.published_date
    no_title = body.replace(b"<title>", b"<meta name='t'>").replace(b"</title>", b"")
    with pytest.raises(ExtractionError, match="found no title"):
        article(CITYU, no_title)


def test_url_of_another_kind_is_refused():
    with pytest.raises(ExtractionError, match="not an article URL"):
        extract_article(response_for("https://www.cityu.edu.hk/media/news/", page(CITYU)))
    with pytest.raises(ExtractionError, match="no university news site"):
        extract_article(response_for("https://example.com/news/x", page(CITYU)))


# ------------------------------------------------------------------------------------ charsets
def test_big5_chinese_page_with_correct_declaration():
    body = page(HKU_ZH).decode().replace('charset="utf-8"', 'charset="big5"').replace("charset=utf-8", "charset=big5")
    item = article(HKU_ZH, body.encode("big5hkscs"))
    assert item.title.startswith("港大經管學院") and "\ufffd" not in item.body


def test_utf8_page_declared_as_big5():
    item = article(HKU_ZH, page(HKU_ZH), "text/html; charset=big5")
    assert item.title.startswith("港大經管學院")


def test_chinese_page_without_lang_attribute_is_recognised():
    body = page(HKU_ZH).replace(b' lang="zh-HK"', b"")
    assert article(HKU_ZH, body).lang == "zh-HK"


def test_missing_twin_rule_falls_back_to_hreflang_link():
    body = page(CUHK).replace(b"</head>", b'<link rel="alternate" hreflang="zh-HK" '
                              b'href="https://www.cpr.cuhk.edu.hk/tc/press/some-slug/"></head>')
    assert article(CUHK, body).twin_url == "https://www.cpr.cuhk.edu.hk/tc/press/some-slug/"


# --------------------------------------------------------------------------------------- dates
@pytest.mark.parametrize("text, day, clock", [
    ("10 Sep, 2026", date(2026, 9, 10), None),
    ("30 Sep 2026", date(2026, 9, 30), None),
    ("5 August 2025", date(2025, 8, 5), None),
    ("Friday, September 18, 2026 - 08:30", date(2026, 9, 18), time(8, 30)),
    ("Sept. 18, 2026", date(2026, 9, 18), None),
    ("2026年9月10日", date(2026, 9, 10), None),
    ("2026 年 9 月 10 日（星期四）", date(2026, 9, 10), None),
    ("2026/09/10", date(2026, 9, 10), None),
    ("2026-09-10", date(2026, 9, 10), None),
    ("  Posted on\xa010 Sep, 2026  ", date(2026, 9, 10), None),
])
def test_date_formats(text, day, clock):
    assert parse_date_text(text) == (day, clock)


@pytest.mark.parametrize("text", ["", None, "   ", "31 Feb 2026", "Research & Innovation", "2 days ago"])
def test_unreadable_dates_give_none(text):
    assert parse_date_text(text) is None


def test_page_time_becomes_published_at():
    body = page(HKUST).replace(b"9 May 2025</div>", b"Friday, May 9, 2025 - 10:30</div>")
    item = article(HKUST, body)
    assert item.published_at == "2025-05-09T10:30:00+08:00"


# ------------------------------------------------------------------------------------ registry
def test_every_university_source_routes_its_sample_pages():
    import re
    names = ("hkust_news", "cuhk_news", "hku_news", "polyu_news", "cityu_news")
    for name in names:
        source = SOURCES[name]
        assert source.pillars == ("research_academia",) and source.record_type == "article"
        assert source.raw_table == f"raw_{name}"
    for url in ARTICLES:
        routes = [path for name in names for pattern, path in SOURCES[name].extractors if re.search(pattern, url)]
        assert routes == ["spiders.university_news.extract:extract_article"]


@pytest.mark.parametrize("url, expected", [
    ("https://www.cpr.cuhk.edu.hk/en/press/cuhk-robotics-team-wins-again-in-robocon-hong-kong-contest-2/",
     "cuhk-robotics-team-wins-again-in-robocon-hong-kong-contest-2"),
    ("https://www.hku.hk/press/press-releases/detail/c_28509.html", "c_28509"),
    ("https://www.polyu.edu.hk/media/media-releases/2025/0901_shenzhen-hong-kong-guangzhou-cluster-tops-the-"
     "global-innovation-index-2025", "2025/0901_shenzhen-hong-kong-guangzhou-cluster-tops-the-global-innovation-"
     "index-2025"),
])
def test_article_ids(url, expected):
    assert article_id(url) == expected


@pytest.mark.parametrize("url", [
    "https://hkust.edu.hk/news/listing",
    "https://www.cpr.cuhk.edu.hk/en/press/",
    "https://www.hku.hk/press/press-releases/detail/abc.html",
    "https://www.polyu.edu.hk/en/media/media-releases/2025/",
    "https://www.cityu.edu.hk/media/press-release/2026/06/18/",
    "https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/algo852",
])
def test_non_article_urls(url):
    assert not is_article_url(url)
