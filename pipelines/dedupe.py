"""Drops records already produced in this crawl (the same release reached from a feed and an index)."""
from __future__ import annotations

from pipelines.drops import DuplicateItem
from spiders.items import Provenance


class DropDuplicatesPipeline:
    def __init__(self):
        self.seen: set[tuple] = set()

    def process_item(self, item, spider=None):
        if not isinstance(item, Provenance):
            return item
        key = (type(item).__name__, item.source, item.source_id, getattr(item, "lang", None))
        if key in self.seen:
            raise DuplicateItem(f"duplicate {key[1:]}")
        self.seen.add(key)
        return item
