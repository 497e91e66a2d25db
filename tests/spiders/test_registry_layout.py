"""Every source is one package of its own name under `spiders/sources/`, and declares only itself."""
from __future__ import annotations

import importlib

import pytest

from spiders.registry import PENDING_SOURCES, SOURCES
from tests.conftest import PROJECT_ROOT

ALL = {**SOURCES, **PENDING_SOURCES}


@pytest.mark.parametrize("name", sorted(ALL))
def test_source_lives_in_its_own_package(name):
    package = PROJECT_ROOT / "spiders" / "sources" / name
    assert (package / "__init__.py").is_file(), f"{name}: no package spiders/sources/{name}/"
    module = importlib.import_module(f"spiders.sources.{name}")
    declared = [s.name for s in (*getattr(module, "SOURCES", ()), *getattr(module, "PENDING_SOURCES", ()))]
    assert declared == [name]


def test_no_package_without_a_source():
    packages = {p.name for p in (PROJECT_ROOT / "spiders" / "sources").iterdir() if (p / "__init__.py").exists()}
    assert packages == set(ALL)
