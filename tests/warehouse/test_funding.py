"""Funding awards: one row per project reference, whichever sources it was read from."""
import json

import pandas as pd

from warehouse.classify import load_taxonomy
from warehouse.funding import build_funding_awards, reference_key

LIST_ROW = {"record_id": "itf_projects:ITS/001/23", "source": "itf_projects", "source_id": "ITS/001/23",
            "url": "https://www.itf.gov.hk/datagovhk/annuallist_2023_e.csv", "scheme": "ITSP",
            "title": "Robot arm calibration with machine learning", "recipient": "Example Institute (fictional)",
            "amount_hkd": None, "amount_text": "-", "year": 2023, "extra": "{}", "archive_record_id": "<urn:list>"}
PROFILE = {"record_id": "itf_profiles:ITS/001/23", "source": "itf_profiles", "source_id": "its/001/23 ",
           "url": "https://www.itf.gov.hk/en/project-search/project-profile/index.html?ReferenceNo=ITS/001/23",
           "scheme": "ITSP", "title": "Robot Arm Calibration with Machine Learning", "recipient": "Example Institute",
           "amount_hkd": 4_200_000.0, "amount_text": "HK$4.2M", "year": 2022,
           "extra": json.dumps({"year_from": "project_start"}), "archive_record_id": "<urn:profile>"}
PROFILE_ONLY = dict(PROFILE, record_id="itf_profiles:PRP/002/21", source_id="PRP/002/21", scheme="PRP",
                    title="Textile recycling line", year=2021)


def awards(*records):
    return build_funding_awards(pd.DataFrame(list(records)), {}, load_taxonomy())


def test_a_project_in_the_list_and_on_its_profile_is_one_row_with_the_list_values_first():
    got = awards(PROFILE, LIST_ROW)
    assert len(got) == 1
    row = got.iloc[0]
    assert row["award_id"] == "ITS/001/23" and list(row["sources"]) == ["itf_profiles", "itf_projects"]
    assert row["source"] == "itf_projects" and row["title"] == LIST_ROW["title"]
    assert row["year"] == 2023 and row["year_from"] == "annual_list"
    # The list gave no amount, so the profile's fills it.
    assert row["amount_hkd"] == 4_200_000.0 and row["archive_record_id"] == "<urn:list>"
    assert row["ai_related"]


def test_a_profile_only_project_keeps_its_year_and_says_where_it_came_from():
    row = awards(PROFILE_ONLY).iloc[0]
    assert (row["award_id"], row["year"], row["year_from"], row["source"]) == (
        "PRP/002/21", 2021, "project_start", "itf_profiles")
    assert not row["ai_related"]


def test_a_project_without_any_year_has_no_year_source():
    row = awards(dict(PROFILE_ONLY, year=None)).iloc[0]
    assert row["year"] is None and row["year_from"] is None


def test_an_autonomous_robot_title_is_ai_related_and_a_plain_robot_or_textile_one_is_not():
    robot = awards(dict(PROFILE_ONLY, title="Autonomous Robotic Kitchen for Elderly")).iloc[0]
    assert (robot["ai_related"], robot["ai_rule"]) == (True, "title:robotics_autonomy")
    assert not awards(dict(PROFILE_ONLY, title="Robotic Kitchen for Elderly")).iloc[0]["ai_related"]
    assert not awards(PROFILE_ONLY).iloc[0]["ai_related"]


def test_reference_key_ignores_case_and_spaces():
    assert reference_key(" tsssu/hkust/22/03") == reference_key("TSSSU/HKUST/22/03") == "TSSSU/HKUST/22/03"
