"""Fixtures made in the image of real third-party captures (web-poet's layout): each case folder under
`tests/fixtures/real/<source>/<case>/` holds the page, `meta.json` (its URL and which capture it
follows) and `output.json` (what the source's extractor must return for it). The pages are ours,
built on the captures' markup; the captures themselves are not shipped."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from spiders.parse_offline import parse_saved

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
CASES = sorted(p.parent for p in REAL.glob("*/*/meta.json"))


def page_of(case: Path) -> Path:
    pages = [p for p in case.iterdir() if p.name.startswith("page.")]
    assert len(pages) == 1, f"{case}: one page.* file expected, found {[p.name for p in pages]}"
    return pages[0]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.name}" for c in CASES])
def test_extractor_reads_the_real_markup(case):
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    expected = json.loads((case / "output.json").read_text(encoding="utf-8"))
    assert meta["follows"]["capture"], f"{case}: meta.json must name the capture it follows"
    records = parse_saved(meta["source"], meta["url"], page_of(case).read_bytes(), meta.get("content_type", ""))
    assert len(records) == 1, records
    record = records[0]
    for field, value in expected.items():
        if field == "body_start":
            assert record["body"].startswith(value), record["body"][:200]
        elif field == "body_excludes":
            for junk in value:
                assert junk not in record["body"], junk
        else:
            assert record[field] == value, f"{field}: {record[field]!r} != {value!r}"


def test_every_source_folder_is_a_registry_source():
    from spiders.registry import PENDING_SOURCES, SOURCES

    assert CASES, "no real-capture fixtures found"
    assert {c.parent.name for c in CASES} <= set(SOURCES) | set(PENDING_SOURCES)
