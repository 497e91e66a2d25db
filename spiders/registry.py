"""The source registry: every `Source` declared by a source package under `spiders/`.

A source package (`spiders/<package>/__init__.py`) declares `SOURCES = [Source(...), ...]`; this
module finds them all, so adding a source touches only its own package, pages and tests.
"""
from __future__ import annotations

import importlib
import pkgutil

import spiders
from spiders.source import PILLARS, Source

__all__ = ["PILLARS", "SOURCES", "Source", "get_source", "load_object"]


def discover() -> dict[str, Source]:
    """Every source of every package under `spiders/`, by name, in a stable order."""
    found: dict[str, Source] = {}
    for module in sorted(pkgutil.iter_modules(spiders.__path__), key=lambda m: m.name):
        if not module.ispkg:
            continue
        package = importlib.import_module(f"spiders.{module.name}")
        for source in getattr(package, "SOURCES", ()):
            if source.name in found:
                raise ValueError(f"two sources are named {source.name!r}")
            found[source.name] = source
    return dict(sorted(found.items()))


SOURCES: dict[str, Source] = discover()


def get_source(name: str) -> Source:
    try:
        return SOURCES[name]
    except KeyError:
        raise KeyError(f"unknown source {name!r}; known: {', '.join(sorted(SOURCES))}") from None


def load_object(path: str):
    """Import "module:attribute"."""
    module_name, _, attr = path.partition(":")
    return getattr(importlib.import_module(module_name), attr)
