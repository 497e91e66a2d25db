"""The benchmark generator makes pages the GovHK extractors read: release pages, daily indexes and feeds.

No timing here: only that the synthetic web is valid, complete and fictional.
"""
from __future__ import annotations

from scrapy.http import HtmlResponse, Request, XmlResponse

from benchmarks.synthweb import generate, release_texts
from spiders.archive.warc import WarcArchive
from spiders.sources.govhk.extract import extract_feed_links, extract_index_links, extract_release, release_id
from spiders.sources.govhk.spider import daily_index_urls


def _response(archive: WarcArchive, url: str):
    page = archive.read(archive.lookup(url))
    cls = XmlResponse if url.endswith(".xml") else HtmlResponse
    return cls(url=page.url, status=page.status, headers=dict(page.headers), body=page.body, request=Request(url))


def test_synthetic_web_is_read_by_the_govhk_extractors(tmp_path):
    web = generate(120, tmp_path / "web.warc.gz")
    archive = WarcArchive([tmp_path / "web.warc.gz"])
    assert web.pages == len(archive) == 120
    assert web.releases + web.index_pages + web.feeds == web.pages

    releases = [url for url, _ in archive.urls() if release_id(url)]
    assert len(releases) == web.releases
    articles = [extract_release(_response(archive, url)) for url in releases]
    assert {a.lang for a in articles} == {"en", "zh-HK"}
    assert all(a.title and a.body and a.published_date for a in articles)
    assert all(web.since <= a.published_date <= web.until for a in articles)
    # Fictional names only.
    assert all(a.title.startswith(("Fictional ", "虛構")) for a in articles)
    assert all("Ends/" not in a.body and "NNNN" not in a.body for a in articles)
    twins = {a.url: a.twin_url for a in articles if a.twin_url}
    assert twins and all(twins.get(twin) == url for url, twin in twins.items())

    # Every release is listed on its day's index page, which the spider walks from since/until.
    listed = set()
    for url in daily_index_urls(__import__("datetime").date.fromisoformat(web.since)):
        listed.update(extract_index_links(_response(archive, url)))
    assert listed and listed <= set(releases)
    assert extract_feed_links(_response(archive, "https://www.info.gov.hk/gia/rss/general_en.xml"))


def test_release_texts_are_the_releases_the_synthetic_web_renders(tmp_path):
    # Goal 8 times the classification of these texts: they must be the web's own releases, in its order.
    generate(40, tmp_path / "web.warc.gz")
    archive = WarcArchive([tmp_path / "web.warc.gz"])
    urls = sorted(url for url, _ in archive.urls() if release_id(url))  # day by day, EN 100, TC 101, EN 102...
    extracted = [extract_release(_response(archive, url)) for url in urls[:4]]
    texts = release_texts(20)
    assert len(texts) == 20
    assert [(a.title, a.body) for a in extracted] == [texts[0], texts[9], texts[1], texts[10]]
