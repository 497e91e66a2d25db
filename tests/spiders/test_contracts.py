"""Every parse callback carries Scrapy contracts, so `scrapy check` can tell whether the live site still
matches: `@url` a page on one of the source's own hosts, `@returns`, and `@scrapes` where it yields items."""
from __future__ import annotations

import inspect
import re
from dataclasses import fields
from urllib.parse import urlsplit

import pytest

from spiders.items import RECORD_TYPES
from spiders.registry import PENDING_SOURCES, SOURCES, load_object

ALL = SOURCES | PENDING_SOURCES


def callbacks(source):
    spider = load_object(source.spider)
    for name, function in inspect.getmembers(spider, inspect.isfunction):
        if name.startswith("parse") and function.__qualname__.split(".")[0] == spider.__name__:
            yield name, function.__doc__ or ""


@pytest.mark.parametrize("name", sorted(ALL))
def test_every_callback_has_contracts_on_the_sources_own_hosts(name):
    source = ALL[name]
    found = list(callbacks(source))
    assert found, f"{name}: no parse callbacks"
    for callback, doc in found:
        url = re.search(r"@url\s+(\S+)", doc)
        assert url, f"{name}.{callback}: no @url"
        parts = urlsplit(url.group(1))
        host = parts.hostname or ""
        assert parts.scheme in ("http", "https"), (name, callback, url.group(1))
        assert any(host == d or host.endswith("." + d) for d in source.allowed_domains), (name, callback, host)
        assert "@returns" in doc, f"{name}.{callback}: no @returns"
        if re.search(r"@returns\s+items", doc):
            assert "@scrapes" in doc, f"{name}.{callback}: yields items but names no @scrapes"
            scraped = re.search(r"@scrapes\s+(.+)", doc).group(1).split()
            unknown = set(scraped) - {f.name for f in fields(RECORD_TYPES[source.record_type])}
            assert not unknown, f"{name}.{callback}: @scrapes names fields its records do not have: {unknown}"
