"""Cleaning raw article records into `stg_articles`: one row per page and language, latest capture wins."""
from __future__ import annotations

import re

import pandas as pd

CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def word_count(text: str) -> int:
    """Words in a text: Latin words, plus one per CJK character (Chinese has no spaces between words)."""
    return len(WORD.findall(text)) + len(CJK.findall(text))


def clean_articles(raw: pd.DataFrame) -> pd.DataFrame:
    """Latest capture of each (source, source_id, lang), with tidy text and a stable key.

    Keeps every column of the raw records, adds `article_id` and `word_count`, and drops rows
    without a title or body (the item pipeline already refuses them; old crawls may hold some).
    """
    if raw.empty:
        return raw.assign(article_id=pd.Series(dtype="str"), word_count=pd.Series(dtype="int64"))
    latest = (raw.sort_values(["fetched_at", "crawl_id"], na_position="first")
                 .drop_duplicates(["source", "source_id", "lang"], keep="last"))
    latest = latest.assign(
        title=latest["title"].str.replace(r"\s+", " ", regex=True).str.strip(),
        body=latest["body"].str.strip(),
    )
    latest = latest[(latest["title"].str.len() > 0) & (latest["body"].str.len() > 0)]
    latest = latest.assign(
        article_id=latest["source"] + ":" + latest["source_id"] + ":" + latest["lang"],
        word_count=latest["body"].map(word_count).astype("int64"),
    )
    return latest.sort_values(["published_date", "article_id"]).reset_index(drop=True)
