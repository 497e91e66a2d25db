"""The source registry: every `Source` declared by a source package under `spiders/sources/`.

A source package (`spiders/sources/<source>/__init__.py`) declares `SOURCES = [Source(...), ...]`; this
module finds them all, so adding a source touches only its own package, pages and tests. A package
may also declare `PENDING_SOURCES`: built and tested, but not crawled by runs, because the sample
web has no true content for them yet (`hkai parse` still knows them).
"""
from __future__ import annotations

import importlib
import pkgutil

import spiders.sources
from spiders.source import PILLARS, Source

__all__ = ["PENDING_SOURCES", "PILLARS", "SOURCES", "Source", "get_source", "load_object"]


def discover(attribute: str = "SOURCES") -> dict[str, Source]:
    """Every source a package under `spiders/sources/` declares in `attribute`, by name, in a stable order."""
    found: dict[str, Source] = {}
    for module in sorted(pkgutil.iter_modules(spiders.sources.__path__), key=lambda m: m.name):
        if not module.ispkg:
            continue
        package = importlib.import_module(f"spiders.sources.{module.name}")
        for source in getattr(package, attribute, ()):
            if source.name in found:
                raise ValueError(f"two sources are named {source.name!r}")
            found[source.name] = source
    return dict(sorted(found.items()))


SOURCES: dict[str, Source] = discover()
PENDING_SOURCES: dict[str, Source] = discover("PENDING_SOURCES")


def get_source(name: str) -> Source:
    """A crawled or pending source by name."""
    try:
        return SOURCES.get(name) or PENDING_SOURCES[name]
    except KeyError:
        known = ", ".join(sorted(SOURCES | PENDING_SOURCES))
        raise KeyError(f"unknown source {name!r}; known: {known}") from None


def load_object(path: str):
    """Import "module:attribute"."""
    module_name, _, attr = path.partition(":")
    return getattr(importlib.import_module(module_name), attr)
