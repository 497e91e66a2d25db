"""The docs name every source the registry crawls, so they stay true as sources are added."""
from spiders.catalogue import table
from spiders.registry import PENDING_SOURCES, SOURCES
from tests.conftest import PROJECT_ROOT


def test_the_sources_table_in_the_docs_is_the_registry():
    index = (PROJECT_ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    assert table() in index, "docs/sources.md is out of date: paste `python -m spiders.catalogue` over its table"


def test_every_source_package_has_its_page():
    for source in (SOURCES | PENDING_SOURCES).values():
        assert (PROJECT_ROOT / "docs" / "sources" / f"{source.docs}.md").exists(), source.name
