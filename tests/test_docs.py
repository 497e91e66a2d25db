"""The docs name every source the registry crawls, so they stay true as sources are added."""
from spiders.registry import PENDING_SOURCES, SOURCES
from tests.conftest import PROJECT_ROOT


def test_every_source_is_in_docs_sources():
    index = (PROJECT_ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    for name, source in (SOURCES | PENDING_SOURCES).items():
        assert f"`{name}`" in index, name
        package = source.spider.split(".")[1]
        assert (PROJECT_ROOT / "docs" / "sources" / f"{package}.md").exists(), package
