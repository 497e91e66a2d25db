"""Drops records already produced in this crawl (the same release reached from a feed and an index)."""
from __future__ import annotations

from pipelines.drops import DuplicateItem
from spiders.items import Article


class DropDuplicatesPipeline:
    def __init__(self):
        self.seen: set[tuple[str, str, str]] = set()

    def process_item(self, item, spider=None):
        if not isinstance(item, Article):
            return item
        key = (item.source, item.source_id, item.lang)
        if key in self.seen:
            raise DuplicateItem(f"duplicate {key}")
        self.seen.add(key)
        return item
