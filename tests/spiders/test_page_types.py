"""The sample web says what it is: every page type (a source's extractor route) is listed in
`sample_web/_provenance/page_types.yaml` as built on a real capture or as our own model, and every
real-capture entry names its capture and has fixtures with expected outputs."""
from __future__ import annotations

import yaml

from spiders.registry import PENDING_SOURCES, SOURCES
from tests.conftest import PROJECT_ROOT

PAGE_TYPES = yaml.safe_load((PROJECT_ROOT / "sample_web" / "_provenance" / "page_types.yaml").read_text("utf-8"))
MARKUPS = {"real-capture", "real-template", "real-format", "our-model"}


def test_every_route_of_every_source_has_a_page_type():
    routes = {(name, path.split(":")[1]) for name, source in {**SOURCES, **PENDING_SOURCES}.items()
              for _, path in source.extractors}
    listed = {(name, fn) for name, entry in PAGE_TYPES.items() for fn in entry["page_types"]}
    assert routes == listed


def test_real_captures_name_their_capture_and_have_fixtures():
    for name, entry in PAGE_TYPES.items():
        for fn, page_type in entry["page_types"].items():
            assert page_type["markup"] in MARKUPS, (name, fn)
            if page_type["markup"] == "real-capture":
                assert page_type.get("capture"), (name, fn)
                fixtures = PROJECT_ROOT / page_type["fixtures"]
                assert any(fixtures.glob("*/output.json")), f"{name}.{fn}: no fixture with an expected output"


def test_every_source_says_where_its_captures_were_looked_for():
    # Issue 11: per source, the captures found and where, or the searches tried where none was found.
    for name, entry in PAGE_TYPES.items():
        captures = [t.get("capture") for t in entry["page_types"].values() if t["markup"] != "our-model"]
        assert captures or str(entry.get("searches", "")).strip(), f"{name}: no capture and no searches noted"


def test_every_source_note_says_where_its_markup_comes_from():
    for doc in sorted((PROJECT_ROOT / "docs" / "sources").glob("*.md")):
        assert "page_types.yaml" in doc.read_text("utf-8"), f"{doc.name}: no page types section"
