"""Item pipelines: validation, normalisation, duplicates, and the landing files of one crawl."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from scrapy import Spider
from scrapy.utils.test import get_crawler

from pipelines.dedupe import DropDuplicatesPipeline
from pipelines.drops import DuplicateItem, InvalidItem
from pipelines.landing import LandingWriterPipeline
from pipelines.normalise import normalise_record
from pipelines.validate import ValidateItemPipeline, record_problems
from spiders.items import Article, CrawlError

GOOD = Article(source="govhk", source_id="P2022052500609", lang="en", title="Speech by CE at InnoHK Launch Ceremony",
               url="https://www.info.gov.hk/gia/general/202205/25/P2022052500609.htm", body="First paragraph.",
               published_date="2022-05-25", published_from="footer")


def test_a_complete_article_is_valid():
    assert record_problems(GOOD) == []
    assert ValidateItemPipeline().process_item(GOOD) is GOOD


@pytest.mark.parametrize("change, problem", [
    ({"title": ""}, "title is empty"),
    ({"body": ""}, "body is empty"),
    ({"url": "ftp://example.org/x"}, r"not http\(s\)"),
    ({"lang": "fr"}, "lang 'fr'"),
    ({"published_date": "25/05/2022"}, "not an ISO date"),
])
def test_invalid_articles_are_dropped_with_the_reason(change, problem):
    with pytest.raises(InvalidItem, match=problem):
        ValidateItemPipeline().process_item(replace(GOOD, **change))


def test_errors_pass_validation_untouched():
    error = CrawlError(source="govhk", url="https://x", stage="http", reason="HTTP 500")
    assert ValidateItemPipeline().process_item(error) is error


def test_normalise_whitespace_urls_and_language_tags():
    item = normalise_record(replace(GOOD, title="  Speech \n by   CE ", body="  one  \u3000two \n\n\n\n three ",
                                     url="https://www.info.gov.hk/gia/a b.htm", lang="TC"))
    assert item.title == "Speech by CE"
    assert item.body == "one two\n\nthree"
    assert item.url == "https://www.info.gov.hk/gia/a%20b.htm"
    assert item.lang == "zh-HK"


def test_records_are_normalised_before_they_are_validated():
    from spiders.settings import ITEM_PIPELINES

    order = sorted(ITEM_PIPELINES, key=ITEM_PIPELINES.get)
    assert order.index("pipelines.normalise.NormaliseItemPipeline") < order.index(
        "pipelines.validate.ValidateItemPipeline")
    assert record_problems(normalise_record(replace(GOOD, lang="tc"))) == []  # "tc" lands as zh-HK
    with pytest.raises(InvalidItem, match="title is empty"):  # a blank title lands as nothing
        ValidateItemPipeline().process_item(normalise_record(replace(GOOD, title=" \n\t ")))


def test_duplicates_in_one_crawl_are_dropped():
    pipeline = DropDuplicatesPipeline()
    pipeline.process_item(GOOD)
    with pytest.raises(DuplicateItem):
        pipeline.process_item(replace(GOOD))
    assert pipeline.process_item(replace(GOOD, lang="zh-HK")).lang == "zh-HK"


class DummySpider(Spider):
    name = "govhk"
    source = "govhk"


def test_landing_files_of_a_crawl(tmp_path):
    crawler = get_crawler(DummySpider, {"HKAI_LANDING_DIR": str(tmp_path), "HKAI_CRAWL_ID": "c-1",
                                        "HKAI_MODE": "replay"})
    crawler.spider = spider = DummySpider()
    writer = LandingWriterPipeline.from_crawler(crawler)
    writer.open_spider(spider)
    writer.process_item(GOOD)
    writer.process_item(CrawlError(source="govhk", url="https://x", stage="http", reason="HTTP 500"))
    writer.item_dropped(replace(GOOD, title=""), None, InvalidItem("title is empty"), spider)
    writer.item_dropped(GOOD, None, DuplicateItem("dup"), spider)  # counted by Scrapy, not an error row
    assert not (tmp_path / "crawl.json").exists()  # a crawl in progress has no summary yet
    writer.close_spider(spider)
    writer.spider_closed(spider, "finished")

    records = [json.loads(line) for line in (tmp_path / "records.jsonl").read_text().splitlines()]
    errors = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
    summary = json.loads((tmp_path / "crawl.json").read_text())
    assert [r["source_id"] for r in records] == ["P2022052500609"]
    assert [(e["stage"], e["reason"], e["crawl_id"]) for e in errors] == [
        ("http", "HTTP 500", "c-1"), ("validate", "title is empty", "c-1")]
    assert (summary["crawl_id"], summary["records"], summary["errors"], summary["finish_reason"]) == (
        "c-1", 1, 2, "finished")
    # Every key written to each file, which the loader checks against the table's columns.
    assert summary["keys"] == {"records.jsonl": list(records[0]), "errors.jsonl": list(errors[0])}
