"""The shared recipe of article pages: the site path first, the generic path when it misses, and its gate."""
from __future__ import annotations

import re

import pytest
from parsel import Selector

from spiders.article_page import (
    ArticlePage,
    Dated,
    gate,
    generic_date,
    generic_title,
    read_article,
    title_differs,
    titles_agree,
    without_site_name,
)
from spiders.errors import ExtractionError
from tests.conftest import response_for

URL = "https://news.example.org/2026/03/05/robots-at-work"
PAGE = ArticlePage(source="example", version="example-1", kind="an example news page", body=(".story",),
                   title=("h1.headline ::text",))
BODY = " ".join(["The city's first robot-run warehouse opened on Tuesday, its operator said."] * 4)


def html(title: str = "Robots at work", body_class: str = "story", head: str = "", lead: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><title>{title} | Example News</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
            f"<h1 class='headline'>{title}</h1><p class='date'>5 March 2026</p>"
            f"<div class='{body_class}'>{lead}<p>{BODY}</p><p>{BODY}</p></div>"
            "<footer><a href='/about'>About us</a></footer></body></html>").encode()


def read(body: bytes, **kwargs):
    return read_article(response_for(URL, body), PAGE, source_id="robots-at-work", lang="en",
                        date=kwargs.pop("date", lambda sel, body: Dated("2026-03-05", "page")), **kwargs)


def test_the_site_path_reads_a_page_its_selectors_match():
    article = read(html())
    assert (article.title, article.extraction_method, article.published_from) == ("Robots at work", "site", "page")
    assert article.body.startswith("The city's first robot-run warehouse") and not title_differs(article)


def test_the_generic_path_reads_a_redesigned_page_without_its_header_and_navigation():
    article = read(html(body_class="v2-story").replace(b"class='headline'", b"class='v2-headline'"),
                   date=lambda sel, body: None)
    assert (article.title, article.extraction_method) == ("Robots at work", "generic")
    assert article.body.startswith("The city's first robot-run warehouse")
    assert "Home" not in article.body and "About us" not in article.body
    assert (article.published_date, article.published_from) == ("2026-03-05", "generic")  # from the URL


def test_the_generic_path_names_everything_it_missed():
    page = b"<html><head></head><body><div class='v2-story'><a href='/a'>Short</a></div></body></html>"
    with pytest.raises(ExtractionError) as failure:
        read_article(response_for("https://news.example.org/page", page), PAGE, source_id="x", lang="en",
                     date=lambda sel, body: None)
    message = str(failure.value)
    assert "the site's selectors found no headline, body (.story)" in message
    for missing in ("found no title", "found a body of 5 characters", "found no date"):
        assert missing in message


def test_a_page_not_found_is_refused_by_either_path():
    with pytest.raises(ExtractionError, match="page not found"):
        read(html(title="Page Not Found"))
    with pytest.raises(ExtractionError, match="page not found"):
        read(html(title="Page Not Found", body_class="v2-story"))


def test_a_record_whose_generic_headline_differs_is_marked():
    article = read(html(head="<meta property='og:title' content='Something else entirely'>"))
    assert article.extraction_method == "site" and title_differs(article)


def test_gate_refuses_navigation_debris():
    links = {"Home", "News", "Contact", "About us"}
    body = "\n\n".join(["Home", "News", "Contact", "About us"] * 10 + ["A short line of text."])
    assert gate("Title", body, Dated("2026-03-05", "generic"), links) == [
        f"found a body {sum(map(len, ['Home', 'News', 'Contact', 'About us'])) * 10 / len(body):.0%} "
        "of which is link texts (navigation debris)"]
    assert gate("Title", BODY, Dated("2026-03-05", "generic"), links) == []


def test_generic_title_prefers_og_title_then_json_ld_then_h1_then_title_without_the_site_name():
    json_ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD"}</script>'
    assert generic_title(Selector(text=f"<head><meta property='og:title' content='From og'>{json_ld}</head>")) == "From og"
    assert generic_title(Selector(text=f"<head>{json_ld}</head><h1>From h1</h1>")) == "From JSON-LD"
    assert generic_title(Selector(text="<head><title>T | Site</title></head><h1>From <b>h1</b></h1>")) == "From h1"
    assert generic_title(Selector(text="<head><title>The headline | Cyberport</title></head>")) == "The headline"
    assert without_site_name("Q&A - what the scheme - really - pays for and why it matters to start-ups") == (
        "Q&A - what the scheme - really - pays for and why it matters to start-ups")


def test_titles_agree_when_one_holds_the_other():
    assert titles_agree("Robots at work", "Robots at work | Example News")
    assert titles_agree("Speech by SITI", "Speech by SITI (with photo)")
    assert not titles_agree("Robots at work", "Weather warning")
    assert titles_agree("Robots at work", "")


def test_generic_date_refuses_a_bare_year():
    assert generic_date("<html><body><p>Copyright 2024</p></body></html>", "https://example.org/page") is None
    found = generic_date('<html><head><meta property="article:published_time" content="2025-06-10T09:00:00">'
                         "</head></html>", "https://example.org/page")
    assert found == Dated("2025-06-10", "generic")


def test_every_article_extractor_reads_through_the_helper():
    """The recipe lives once: no article extractor builds an Article itself."""
    from tests.conftest import PROJECT_ROOT

    builders = [path.relative_to(PROJECT_ROOT).as_posix() for path in (PROJECT_ROOT / "spiders").rglob("*.py")
                if re.search(r"(?<!class )\bArticle\(", path.read_text(encoding="utf-8"))]
    assert sorted(builders) == ["spiders/article_page.py", "spiders/sources/fstb/extract.py"]  # FSTB: index entries


def test_the_crawl_counts_articles_by_path_and_title_disagreements():
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from spiders.middlewares import ProvenanceMiddleware

    crawler = get_crawler()
    crawler.stats = MemoryStatsCollector(crawler)
    middleware = ProvenanceMiddleware(crawler)
    site = read(html(head="<meta property='og:title' content='Something else entirely'>"))
    generic = read(html(body_class="v2-story"))
    response = response_for(URL, b"")
    assert list(middleware.process_spider_output(response, [site, generic])) == [site, generic]
    assert {key: value for key, value in crawler.stats.get_stats().items() if key.startswith("article/")} == {
        "article/extraction_method/site": 1, "article/extraction_method/generic": 1, "article/title_differs": 1}
