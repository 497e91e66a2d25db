"""Normalises records at collection time: whitespace, URLs, language tags."""
from __future__ import annotations

import re
from dataclasses import fields

from w3lib.url import safe_url_string

from spiders.items import Provenance

LANGUAGE_TAGS = {"en": "en", "eng": "en", "tc": "zh-HK", "zh": "zh-HK", "zh-hk": "zh-HK", "zh-hant": "zh-HK"}
URL_FIELDS = ("url", "twin_url", "website")
MULTILINE_FIELDS = ("body", "description")


def normalise_record(item: Provenance) -> Provenance:
    """Collapse runs of spaces (keeping paragraphs in long texts), make URLs safe, use BCP 47 language tags."""
    for f in fields(item):
        value = getattr(item, f.name)
        if not isinstance(value, str):
            continue
        if f.name in MULTILINE_FIELDS:
            paragraphs = (re.sub(r"[ \t\u3000\xa0]+", " ", p).strip() for p in re.split(r"\n\s*\n", value))
            value = "\n\n".join(p for p in paragraphs if p)
        elif f.name in URL_FIELDS:
            value = safe_url_string(value.strip()) if value.strip() else value
        else:
            value = re.sub(r"\s+", " ", value).strip()
        setattr(item, f.name, value)
    if isinstance(getattr(item, "lang", None), str):
        item.lang = LANGUAGE_TAGS.get(item.lang.lower(), item.lang)
    return item


class NormaliseItemPipeline:
    def process_item(self, item, spider=None):
        return normalise_record(item) if isinstance(item, Provenance) else item
