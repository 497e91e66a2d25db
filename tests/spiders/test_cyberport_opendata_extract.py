"""Cyberport open-data CSV extraction (istartup.hk/opendata cc.csv and ccmf.csv) on the sample web's files
(real companies, values as the Cyberport directory published them) and on broken variants of them."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.cyberport_opendata.extract import csv_file, extract_csv, read_csv
from tests.conftest import response_for, sample_page

CC = "https://istartup.hk/opendata/cc/cc.csv"
CCMF = "https://istartup.hk/opendata/ccmf/ccmf.csv"


def read(url: str, body: bytes | None = None, content_type: str = "text/csv"):
    return read_csv(response_for(url, sample_page(url) if body is None else body, content_type))


def by_name(records, name):
    return next(r for r in records if r.name == name)


def test_csv_urls():
    assert csv_file(CC) == "cc" and csv_file(CCMF) == "ccmf"
    assert csv_file("https://istartup.hk/opendata/cev/cyberport_event.csv") is None
    assert csv_file("https://example.org/opendata/cc/cc.csv") is None


def test_community_file_reads_every_company_bom_and_all():
    result = read(CC)
    assert len(result.records) == 74 and result.short_rows == 0 and result.skipped_rows == 0
    first = result.records[0]
    assert first.name == "Adluux AI Group Limited"  # the BOM is not part of the first header
    assert first.source == "cyberport_opendata" and first.source_id == "cc/adluux-ai-group-limited"
    assert first.kind == "startup" and first.hub == "Cyberport" and first.url == CC
    assert first.extractor_version == "cyberport-opendata-1"
    # AI/ BIG DATA rows first, then Robotics/ Iot, as the file is ordered
    assert [r.sectors for r in result.records[:3]] == [["AI/ BIG DATA"]] * 3


def test_community_statuses_and_years_as_published():
    records = read(CC).records
    rocketbots = by_name(records, "Rocketbots Limited")
    assert rocketbots.programmes == [{"programme": "CCMF/CIP", "status": "graduate", "year": 2017}]
    assert rocketbots.extra["intake_month"] == 9 and rocketbots.website == "https://rocketbots.io/"
    adluux = by_name(records, "Adluux AI Group Limited")
    assert adluux.programmes[0]["year"] == 2019 and adluux.extra["intake_year_raw"] == "2019-01-01"
    assert adluux.website == "http://www.adluux.com"
    invivo = by_name(records, "Invivo InterActive Limited")  # "20113" in the directory
    assert invivo.programmes[0]["year"] is None and invivo.extra["intake_year_raw"] == "20113"
    aesir = by_name(records, "AESIR")  # three statuses in one cell
    assert {p["programme"] for p in aesir.programmes} == {"CCMF/CIP", "Smart Space"}
    assert aesir.extra["community_status"].count(",") == 2
    tenant = by_name(records, "AITO TECHNOLOGY LTD")
    assert tenant.programmes == [{"programme": "Smart Space", "status": "tenant", "year": None}]
    quokka = by_name(records, "Quokka Hong Kong")  # status NA
    assert quokka.programmes == [] and quokka.sectors == ["AI/ BIG DATA"]


def test_community_dirt_in_names_and_websites():
    records = read(CC).records
    chinese = by_name(records, "網路溫度計有限公司")
    assert chinese.name_zh == "網路溫度計有限公司"
    assert chinese.website == "https://dailyview.tw/" and len(chinese.extra["other_websites"]) == 2
    assert by_name(records, "01Games Technology Co., Limited").sectors == ["E-Sport/ Digital Entertainment"]
    timable = by_name(records, "Coherence Web Concepts Project name: Timable")
    assert timable.website is None and timable.email == "mk@timable.com"
    assert by_name(records, "Enzyme Design Limited").website is None  # "under construction"
    assert by_name(records, "Denada Limited").website is None  # NA
    assert by_name(records, "Xbiome?Hong Kong?Limited").sectors == ["AI/ BIG DATA"]  # lost characters kept


def test_ccmf_file_gives_ccmf_grantees():
    result = read(CCMF)
    assert len(result.records) == 8 and result.short_rows == 1
    wealth = result.records[0]
    assert wealth.name == "ai-Wealth Ltd." and wealth.source_id == "ccmf/ai-wealth-ltd"
    assert wealth.programmes == [{"programme": "CCMF", "status": "grantee", "year": 2018}]
    assert wealth.extra["intake_month"] == 6 and wealth.website is None
    fever = by_name(result.records, "E-Fever Limited")
    assert fever.extra["project_name"] == "Team Proto"
    kdk = by_name(result.records, "KDK Labs")
    assert kdk.website == "http://www.kdklabs.com.hk" and kdk.extra["other_websites"] == ["http://kdkmall.com.hk"]
    assert by_name(result.records, "Coherence Web Concepts").programmes[0]["year"] is None  # year NA


def test_short_row_still_gives_its_company():
    last = read(CCMF).records[-1]
    assert last.name == "Multimedia Big Data Analysis Limited" and last.extra["short_row"] is True
    assert last.programmes[0]["year"] == 2017 and last.website is None and last.sectors == ["AI/ BIG DATA"]


def test_header_found_by_name_not_position():
    body = "\ufeffWebsite,Intake Year,Company Name\r\nhttps://rocketbots.io/,2017,Rocketbots Limited\r\n"
    item = extract_csv(response_for(CC, body.encode("utf-8"), "text/csv"))[0]
    assert item.name == "Rocketbots Limited" and item.website == "https://rocketbots.io/"
    assert item.extra["intake_year"] == 2017 and item.programmes == []


def test_nameless_rows_are_counted_not_kept():
    body = b"Company Name,Technology Sector\r\nNA,AI/ BIG DATA\r\n,FINTECH\r\nAsiabots Limited,AI/ BIG DATA\r\n"
    result = read(CC, body)
    assert [r.name for r in result.records] == ["Asiabots Limited"] and result.skipped_rows == 2


def test_a_header_without_company_rows_raises():
    body = b"\xef\xbb\xbfCompany Name,Technology Sector,Cyberport Community Status\r\n"
    with pytest.raises(ExtractionError, match="no company rows"):
        read(CC, body)


def test_other_urls_are_refused():
    with pytest.raises(ExtractionError, match="not a Cyberport open-data CSV URL"):
        read_csv(response_for("https://istartup.hk/opendata/cev/cyberport_event.csv", b"Company Name\r\nX\r\n"))
