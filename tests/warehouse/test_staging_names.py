"""Chinese names only in Chinese-name columns: a Chinese-only name printed in a directory's name field."""
from __future__ import annotations

import pandas as pd

from warehouse.staging import clean_records


def profile(source_id, name, name_zh=None):
    return {"source": "cyberport_startups", "source_id": source_id, "lang": "en", "name": name, "name_zh": name_zh,
            "crawl_id": "c1", "fetched_at": pd.Timestamp("2026-11-24", tz="UTC")}


def test_a_chinese_only_name_moves_to_name_zh_and_mixed_or_english_names_stay():
    raw = pd.DataFrame([profile("a", "網路溫度計有限公司"), profile("b", "Alpha Vision Limited", "阿爾法視覺"),
                        profile("c", "DH 科技"), profile("d", "網路", "網路有限公司"), profile("e", "  ")])
    got = clean_records(raw, "organization").set_index("source_id")[["name", "name_zh"]].astype(object)
    got = got.where(got.notna(), None)
    assert got.to_dict("index") == {
        "a": {"name": None, "name_zh": "網路溫度計有限公司"},
        "b": {"name": "Alpha Vision Limited", "name_zh": "阿爾法視覺"},
        "c": {"name": "DH 科技", "name_zh": None},  # Latin letters in it: a name of its own, kept
        "d": {"name": None, "name_zh": "網路有限公司"},  # the page's own Chinese name is kept
    }  # e: no name in any language, dropped
