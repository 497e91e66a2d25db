"""Research-unit listings of the five universities (source `university_labs`) on the sample web's pages and
on variants of them: wrong charset declarations, rows without a name, repeated rows and relative links
(empty, binary, cut and wrong-kind pages of every source: test_bad_pages.py)."""
from __future__ import annotations

import re

import pytest
import yaml

from spiders.errors import ExtractionError
from spiders.registry import SOURCES
from spiders.sources.university_labs.extract import extract_units, site_for_url
from spiders.sources.university_labs.sites import LAB_SITES
from tests.conftest import PROJECT_ROOT, SAMPLE_WEB, response_for

LISTINGS = {key: site.listing_url for key, site in LAB_SITES.items()}
COUNTS = {"hkust": 7, "cuhk": 7, "hku": 5, "polyu": 7, "cityu": 5}


def page(url: str) -> bytes:
    rel = url.split("://", 1)[1]
    return (SAMPLE_WEB / (rel + "__dir__.html" if rel.endswith("/") else rel)).read_bytes()


def units(key: str, body: bytes | None = None, content_type: str = ""):
    url = LISTINGS[key]
    return extract_units(response_for(url, page(url) if body is None else body, content_type))


def by_id(items):
    return {item.source_id: item for item in items}


# ------------------------------------------------------------------------------------ the five listings
@pytest.mark.parametrize("key", sorted(LISTINGS))
def test_every_listing_gives_affiliated_research_units(key):
    items = units(key)
    assert len(items) == COUNTS[key]
    names = yaml.safe_load((PROJECT_ROOT / "warehouse/reference/organizations.yaml").read_text())["organizations"]
    university = {org["name"] for org in names if org["kind"] == "university"}
    for item in items:
        assert item.kind == "research_unit" and item.source == "university_labs" and item.lang == "en"
        assert item.affiliation == LAB_SITES[key].affiliation and item.affiliation in university
        assert item.source_id.startswith(f"{key}:") and item.name and item.description
        assert item.url == LISTINGS[key] and item.extractor_version == "university-labs-1"
    assert len({item.source_id for item in items}) == len(items)


def test_hkust_units_with_acronym_chinese_name_and_cluster():
    items = by_id(units("hkust"))
    caire = items["hkust:caire"]
    assert caire.name == "Center for Artificial Intelligence Research"
    assert caire.extra == {"university": "hkust", "acronym": "CAiRE"}
    assert caire.website == "https://caire.hkust.edu.hk/" and "September 2018" in caire.description
    hkgai = items["hkust:hkgai"]
    assert hkgai.name_zh == "香港生成式人工智能研發中心" and hkgai.cluster == "AIR@InnoHK"
    assert items["hkust:robotics-institute"].extra == {"university": "hkust"}  # no acronym
    assert items["hkust:bdi"].website is None and items["hkust:bdi"].name_zh is None


def test_cuhk_table_rows_and_innohk_clusters():
    items = by_id(units("cuhk"))
    cpii = items["cuhk:cpii"]
    assert (cpii.name, cpii.name_zh) == ("Centre for Perceptual and Interactive Intelligence", "博智感知交互研究中心")
    assert cpii.cluster == "AIR@InnoHK" and cpii.website == "https://www.cpii.hk/"
    assert items["cuhk:hkclr"].extra["acronym"] == "HKCLR"
    assert items["cuhk:shiae"].cluster is None


def test_hku_hyphenated_acronym():
    items = by_id(units("hku"))
    ids = items["hku:hku-ids"]
    assert ids.name == "HKU Musketeers Foundation Institute of Data Science" and ids.extra["acronym"] == "HKU-IDS"
    assert items["hku:transgp"].name_zh == "創新製衣技術研發中心"


def test_polyu_relative_learn_more_links_become_absolute():
    items = by_id(units("polyu"))
    assert items["polyu:ri-iwear"].website == "https://www.polyu.edu.hk/riiwear/"
    assert items["polyu:paai"].website == "https://www.polyu.edu.hk/paai/"
    assert items["polyu:riaiot"].website is None


def test_cityu_health_cluster():
    items = by_id(units("cityu"))
    assert items["cityu:coche"].cluster == "Health@InnoHK"
    assert items["cityu:hkai-sci"].extra["acronym"] == "HKAI-Sci"


def test_listing_with_a_query_string_is_the_same_listing():
    url = LISTINGS["polyu"] + "?sc_lang=en"
    assert len(extract_units(response_for(url, page(LISTINGS["polyu"])))) == COUNTS["polyu"]


# ------------------------------------------------------------------------------------ dirt
def test_rows_without_a_name_and_repeated_rows_are_skipped():
    body = page(LISTINGS["cityu"]).decode()
    first = re.search(r'<div class="unit">.*?</div>', body).group(0)
    body = body.replace('<div id="research-units">',
                        '<div id="research-units"><div class="unit"><h4> </h4><p class="unit-desc">Spacer</p></div>'
                        + first)
    assert len(units("cityu", body.encode())) == COUNTS["cityu"]


def test_missing_blurb_and_javascript_link_fall_back_to_none():
    body = page(LISTINGS["cityu"]).decode()
    body = re.sub(r'<p class="unit-desc">[^<]*</p>', "", body, count=1)
    body = body.replace("<h4>Hong Kong Institute", '<h4><a href="javascript:void(0)">Hong Kong Institute', 1)
    body = body.replace("(HKAI-Sci)</h4>", "(HKAI-Sci)</a></h4>", 1)
    item = by_id(units("cityu", body.encode()))["cityu:hkai-sci"]
    assert item.description is None and item.website is None


def test_big5_listing_declared_as_utf8():
    body = page(LISTINGS["cuhk"]).decode().encode("big5hkscs")
    items = by_id(units("cuhk", body, "text/html; charset=utf-8"))
    assert items["cuhk:cpii"].name_zh == "博智感知交互研究中心"


def test_utf8_listing_declared_as_big5():
    items = by_id(units("hku", None, "text/html; charset=big5"))
    assert items["hku:transgp"].name_zh == "創新製衣技術研發中心"


def test_rows_that_name_nothing_raise():
    body = re.sub(r"<h4>.*?</h4>", "<h4></h4>", page(LISTINGS["cityu"]).decode())
    with pytest.raises(ExtractionError, match="none names a unit"):
        units("cityu", body.encode())


def test_other_pages_are_refused():
    with pytest.raises(ExtractionError, match="not a configured research-unit listing"):
        extract_units(response_for("https://www.hku.hk/press/press-releases.html", page(LISTINGS["hku"])))
    with pytest.raises(ExtractionError, match="not a configured"):
        site_for_url("https://example.com/research/")


# ------------------------------------------------------------------------------------ registry
def test_source_routes_every_listing_to_the_extractor():
    source = SOURCES["university_labs"]
    assert source.record_type == "organization" and source.raw_table == "raw_university_labs"
    assert set(source.start_urls) == set(LISTINGS.values())
    for url in [*LISTINGS.values(), LISTINGS["polyu"] + "?sc_lang=en"]:
        routes = [path for pattern, path in source.extractors if re.search(pattern, url)]
        assert routes == ["spiders.sources.university_labs.extract:extract_units"]


def test_spider_argument_selects_universities():
    from spiders.sources.university_labs.spider import UniversityLabsSpider
    assert UniversityLabsSpider(universities="hku, cityu").keys == ["hku", "cityu"]
    assert UniversityLabsSpider().keys == list(LAB_SITES)
    with pytest.raises(ValueError, match="unknown universities"):
        UniversityLabsSpider(universities="mit")
