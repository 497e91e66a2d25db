"""Organization kind and AI relevance, article sub-fields and the international mark, by the rules of
docs/classification.md, on small hand-made profiles and texts (the measured figures are in EVAL.md)."""
from __future__ import annotations

import pytest

from warehouse.classify import classify_text, load_taxonomy
from warehouse.organizations import classify_organization

TAXONOMY = load_taxonomy()


def profile(name, **fields):
    return {"name": name, "name_zh": None, "reference_kind": None, "stated_kinds": [], "descriptions": [],
            "sectors": [], "clusters": [], "programmes": [], **fields}


@pytest.mark.parametrize("record, kind, rule", [
    # HKSTP states every member a company; its own words say start-up or incubatee.
    (profile("Movaia Tech Ltd", stated_kinds=["corporate"],
             descriptions=["Start-up that came through HKSTP's Ideation programme."]),
     "startup", "directory_words:start-up"),
    (profile("SPES Tech", stated_kinds=["corporate"], descriptions=["Hydrogels for life science."],
             programmes=[{"programme": "Incu-Bio", "status": "incubatee", "year": None}]),
     "startup", "programme:Incu-Bio"),
    (profile("CATL", stated_kinds=["corporate"], descriptions=["Battery maker with an R&D centre at the park."]),
     "corporate", "directory:corporate"),
    # A lab's description that mentions start-ups does not make it one.
    (profile("Institute of AI for Science", stated_kinds=["research_unit"],
             descriptions=["Helps deep-tech start-ups grow."]), "research_unit", "directory:research_unit"),
    (profile("Hong Kong Productivity Council", reference_kind="government_body"), "government_body", "reference"),
    # A bare name (a funding recipient) says its kind only through words like University or Centre.
    (profile("Logistics and Supply Chain MultiTech R&D Centre Limited"), "research_unit", "name"),
    (profile("Example Holdings Limited"), "unknown", "name:no_evidence"),
])
def test_kind_comes_from_the_directorys_own_words(record, kind, rule):
    labels = classify_organization(record, TAXONOMY)
    assert (labels["kind"], labels["kind_rule"]) == (kind, rule)


@pytest.mark.parametrize("record, related, rule", [
    (profile("Tinker Tailor Limited", sectors=["AI/ BIG DATA"]), True, "sector:ai"),
    # Cyberport's "Robotics/ IoT" label, even spelt out, names no intelligence: a yogurt maker is not AI.
    (profile("Lecker Labs Ltd", sectors=["Robotics/ Iot"],
             descriptions=["Start-up of the Cyberport community working in robotics and connected devices."]),
     False, None),
    (profile("Hanson Robotics Limited", descriptions=["Maker of humanoid social robots."]), True,
     "text:robotics_autonomy"),
    (profile("AFJ – TutorGPT"), True, "text:ai_product"),
    (profile("A.I. Ambassador (Virtual Receptionist) kiosk solution"), True, "text:ai_acronym"),
    (profile("Find Solution Ai Limited"), True, "name:ai_token"),
    (profile("AI2Farm"), True, "name:ai_token"),
    (profile("AIRmotion"), False, None),  # AIR is not the AI token
    (profile("Unity Drive", descriptions=["Autonomous-driving company."]), True, "text:ai_terms_en"),
])
def test_organization_ai_relevance(record, related, rule):
    labels = classify_organization(record, TAXONOMY)
    assert (labels["ai_related"], labels["ai_rule"]) == (related, rule)


def test_machine_learning_is_a_sub_field():
    labels = classify_organization(profile("Husky Data Science Company Limited", sectors=["AI/ BIG DATA"]), TAXONOMY)
    assert labels["ai_subfields"] == ["machine_learning"]


def test_article_sub_fields_come_from_the_ai_evidence_not_from_anywhere_on_the_page():
    body = ("The team's large language model writes discharge summaries.\n\n"
            "Separately, the hospital opened a new canteen for patients and visitors.")
    labels = classify_text("University news", body, TAXONOMY)
    assert labels.ai_relevant and labels.ai_subfields == ["language_models"]


def test_speech_recognition_is_language_work_and_autonomous_driving_is_ai():
    assert classify_text("Centre for speech recognition opens", "", TAXONOMY).ai_subfields == ["language_models"]
    labels = classify_text("Autonomous driving trials extended", "", TAXONOMY)
    assert labels.ai_relevant and labels.ai_subfields == ["smart_mobility"]


@pytest.mark.parametrize("body, international", [
    ("The lab was set up with Imperial College London and ETH Zurich.", True),
    ("Rules in the United States and the European Union were cited.", False),  # a comparison, no partner
])
def test_international_partnership_is_its_own_mark(body, international):
    labels = classify_text("Research news", body, TAXONOMY)
    assert labels.international is international
    assert "international" not in labels.pillars
