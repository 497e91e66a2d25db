"""Why an item was dropped: invalid items become error rows, duplicates are only counted."""
from scrapy.exceptions import DropItem


class InvalidItem(DropItem):
    """The record breaks a rule of its type (a required field empty, a malformed URL or date)."""


class DuplicateItem(DropItem):
    """The same record was already produced in this crawl."""
