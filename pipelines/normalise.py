"""Normalises records at collection time: whitespace, URLs, language tags."""
from __future__ import annotations

import re

from w3lib.url import safe_url_string

from spiders.items import Article

LANGUAGE_TAGS = {"en": "en", "eng": "en", "tc": "zh-HK", "zh": "zh-HK", "zh-hk": "zh-HK", "zh-hant": "zh-HK"}


def normalise_article(item: Article) -> Article:
    """Collapse runs of spaces in titles and paragraphs, make URLs safe, and use BCP 47 language tags."""
    item.title = re.sub(r"\s+", " ", item.title).strip()
    paragraphs = (re.sub(r"[ \t\u3000\xa0]+", " ", p).strip() for p in re.split(r"\n\s*\n", item.body))
    item.body = "\n\n".join(p for p in paragraphs if p)
    item.url = safe_url_string(item.url)
    if item.twin_url:
        item.twin_url = safe_url_string(item.twin_url)
    item.lang = LANGUAGE_TAGS.get(item.lang.lower(), item.lang)
    return item


class NormaliseItemPipeline:
    def process_item(self, item, spider=None):
        return normalise_article(item) if isinstance(item, Article) else item
