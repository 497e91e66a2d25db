"""Cleaning raw records into the `stg_` tables: the latest capture of each page, tidy text, a stable key."""
from __future__ import annotations

import re

import pandas as pd

from spiders.text import CJK

WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
# What identifies one record of each type across crawls.
KEYS = {"article": ["source", "source_id", "lang"], "organization": ["source", "source_id", "lang"],
        "funding_award": ["source", "source_id"], "dataset": ["source", "source_id", "lang"]}
# A record without these says nothing (one of a group is enough); the item pipeline refuses them, old crawls
# may still hold some.
REQUIRED_TEXT = {"article": [("title",), ("body",)], "organization": [("name", "name_zh")],
                 "funding_award": [("title",)], "dataset": [("title",)]}
LATIN = re.compile(r"[A-Za-z]")


def word_count(text: str) -> int:
    """Words in a text: Latin words, plus one per CJK character (Chinese has no spaces between words)."""
    return len(WORD.findall(text)) + len(CJK.findall(text))


def latest_capture(raw: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """One row per key: the one seen last (ties broken by crawl id, which sorts by time)."""
    order = [c for c in ("last_seen_at", "fetched_at", "crawl_id") if c in raw]
    return raw.sort_values(order, na_position="first").drop_duplicates(keys, keep="last")


def clean_records(raw: pd.DataFrame, record_type: str) -> pd.DataFrame:
    """Latest capture of each record, single-spaced titles and names, and `record_id` = its key joined by ':'."""
    keys = KEYS[record_type]
    if raw.empty:
        return raw.assign(record_id=pd.Series(dtype="str"))
    latest = latest_capture(raw, keys)
    for column in ("title", "name"):
        if column in latest:
            latest = latest.assign(**{column: latest[column].str.replace(r"\s+", " ", regex=True).str.strip()})
    if record_type == "organization":
        latest = chinese_name_in_its_column(latest)
    for group in REQUIRED_TEXT[record_type]:
        filled = pd.concat([latest[c].fillna("").str.strip().str.len() > 0 for c in group], axis=1).any(axis=1)
        latest = latest[filled]
    record_id = latest[keys[0]].astype(str)
    for key in keys[1:]:
        record_id = record_id + ":" + latest[key].astype(str)
    return latest.assign(record_id=record_id).sort_values("record_id").reset_index(drop=True)


def chinese_name_in_its_column(profiles: pd.DataFrame) -> pd.DataFrame:
    """Profiles whose name is Chinese text only, with that name as their Chinese name and no English one.

    Some directories print a Chinese-only company name in their one name field (the Cyberport directory's
    網路溫度計有限公司): it is the Chinese name, and the organization has no English name on record.
    """
    chinese = profiles["name"].map(lambda n: isinstance(n, str) and bool(CJK.search(n)) and not LATIN.search(n))
    if not chinese.any():
        return profiles
    name_zh = profiles["name_zh"].where(profiles["name_zh"].fillna("").str.strip() != "", profiles["name"])
    return profiles.assign(name=profiles["name"].where(~chinese, None),
                           name_zh=name_zh.where(chinese, profiles["name_zh"]))


def clean_articles(raw: pd.DataFrame) -> pd.DataFrame:
    """Articles: as `clean_records`, keyed `article_id`, with the body trimmed and its `word_count`."""
    cleaned = clean_records(raw, "article").rename(columns={"record_id": "article_id"})
    if cleaned.empty:
        return cleaned.assign(word_count=pd.Series(dtype="int64"))
    cleaned = cleaned.assign(body=cleaned["body"].str.strip())
    cleaned = cleaned.assign(word_count=cleaned["body"].map(word_count).astype("int64"))
    return cleaned.sort_values(["published_date", "article_id"]).reset_index(drop=True)
