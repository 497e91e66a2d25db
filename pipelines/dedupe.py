"""Drops records already produced in this crawl (the same release reached from a feed and an index)."""
from __future__ import annotations

import hashlib

from pipelines.drops import DuplicateItem
from spiders.items import Provenance


class DropDuplicatesPipeline:
    def __init__(self):
        # A 16-byte digest per record key, not the key's strings: the set grows with the crawl.
        self.seen: set[bytes] = set()

    def process_item(self, item, spider=None):
        if not isinstance(item, Provenance):
            return item
        key = (type(item).__name__, item.source, item.source_id, getattr(item, "lang", None))
        digest = hashlib.blake2b(repr(key).encode(), digest_size=16).digest()
        if digest in self.seen:
            raise DuplicateItem(f"duplicate {key[1:]}")
        self.seen.add(digest)
        return item
