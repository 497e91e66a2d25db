"""InnoHK extraction on the sample web's ITC page (the laboratories we could confirm, with their lead
institutions and clusters) and on variants: other column orders, the older URL, broken pages."""
from __future__ import annotations

import pytest

from spiders.errors import ExtractionError
from spiders.sources.innohk_labs.extract import extract_labs
from tests.conftest import response_for, sample_page

URL = "https://www.itc.gov.hk/en/technological_infrastructure/innohk_clusters.html"


def labs(body: bytes | None = None, url: str = URL):
    return extract_labs(response_for(url, body if body is not None else sample_page(URL)))


def by_acronym(items):
    return {item.extra.get("acronym"): item for item in items}


def test_every_lab_with_cluster_and_affiliation():
    items = labs()
    assert len(items) == 23
    assert {i.cluster for i in items} == {"Health@InnoHK", "AIR@InnoHK"}
    assert all(i.kind == "research_unit" and i.hub == "InnoHK" and i.affiliation for i in items)
    assert len({i.source_id for i in items}) == 23
    assert items[0].extractor_version == "itc-innohk-1"


def test_university_counts_match_what_is_confirmed():
    affiliations = [i.affiliation for i in labs()]
    assert affiliations.count("The University of Hong Kong") == 7  # of its 9: the 7 we could confirm
    assert affiliations.count("The Chinese University of Hong Kong") == 5  # of its 6
    assert affiliations.count("Hong Kong Baptist University") == 1


def test_cpii_and_cairs():
    items = by_acronym(labs())
    cpii, cairs = items["CPII"], items["CAiRS"]
    assert cpii.name == "Centre for Perceptual and Interactive Intelligence"
    assert cpii.affiliation == "The Chinese University of Hong Kong" and cpii.cluster == "AIR@InnoHK"
    assert cpii.website == "https://www.cpii.hk" and cpii.source_id == "cpii"
    assert cairs.affiliation == "The Hong Kong Polytechnic University" and cairs.cluster == "AIR@InnoHK"


def test_health_labs_added_from_innohk_sources():
    items = by_acronym(labs())
    lsccb, cdd = items["LSCCB"], items["CDD"]
    assert lsccb.name == "Laboratory for Synthetic Chemistry and Chemical Biology" and lsccb.cluster == "Health@InnoHK"
    assert lsccb.extra["collaborating_institutions"] == ["Peking University", "Imperial College London"]
    assert cdd.affiliation == "Hong Kong Baptist University" and cdd.cluster == "Health@InnoHK"
    assert cdd.website == "http://www.innohkcdd.com" and "collaborating_institutions" not in cdd.extra
    assert sum(i.cluster == "Health@InnoHK" for i in labs()) == 11


def test_collaborators_are_a_list():
    mrc = by_acronym(labs())["MRC"]
    assert mrc.extra["collaborating_institutions"] == ["ETH Zurich", "Imperial College London", "Johns Hopkins University"]


def test_columns_are_found_by_header_not_position():
    body = sample_page(URL).decode()
    body = body.replace("<th>Research Laboratory</th><th>Leading Institution</th>",
                        "<th>Leading Institution</th><th>Research Laboratory</th>")
    import re
    body = re.sub(r"<tr><td>(.*?)</td><td>(.*?)</td>", r"<tr><td>\2</td><td>\1</td>", body)
    items = by_acronym(labs(body.encode()))
    assert items["CPII"].affiliation == "The Chinese University of Hong Kong"


def test_a_collaborating_institutions_column_before_the_leading_one_is_still_the_partners():
    page = b"""<html><body><h2>AIR@InnoHK</h2><table><thead><tr><th>Collaborating Institution(s)</th>
<th>Research Laboratory</th><th>Leading Institution</th></tr></thead><tbody>
<tr><td>Stanford University</td><td>A Fictional Lab of InnoHK (AFL)</td><td>A Fictional University</td></tr>
</tbody></table></body></html>"""
    (lab,) = labs(page)
    assert lab.affiliation == "A Fictional University"
    assert lab.extra["collaborating_institutions"] == ["Stanford University"]


def test_older_page_url_is_accepted():
    older = "https://www.itc.gov.hk/en/major_initiatives/innohk_clusters.html"
    assert len(labs(url=older)) == 23


def test_page_without_the_cluster_table_raises():
    with pytest.raises(ExtractionError, match="no cluster table"):
        labs(b"<html><body><h2>InnoHK Clusters</h2><p>The list is attached.</p></body></html>")
