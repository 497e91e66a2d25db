"""The table of sources in `docs/sources.md`, made from the registry so the docs cannot drift.

Run `python -m spiders.catalogue` and paste its output over the table in `docs/sources.md`; a test
fails when the two differ.
"""
from __future__ import annotations

from spiders.registry import PENDING_SOURCES, SOURCES
from spiders.source import Source

HEADER = ("| source | what | publisher | pillars | records | cadence (cron) | languages | details |\n"
          "|---|---|---|---|---|---|---|---|")
LANGUAGE_CODES = {"en": "en", "tc": "zh-HK", "zh-HK": "zh-HK", "sc": "zh-CN"}


def row(source: Source, pending: bool = False) -> str:
    """One markdown table row for a source."""
    page = source.docs
    languages = ", ".join(LANGUAGE_CODES.get(code, code) for code in source.languages)
    name = f"`{source.name}`" + (" (pending)" if pending else "")
    cells = [name, source.title, source.owner, ", ".join(source.pillars), source.record_type,
             f"`{source.cadence_cron}`", languages, f"[{page}](sources/{page}.md)"]
    return "| " + " | ".join(cells) + " |"


def table() -> str:
    """The whole table: crawled sources by name, then pending ones."""
    rows = [row(source) for source in SOURCES.values()]
    rows += [row(source, pending=True) for source in PENDING_SOURCES.values()]
    return "\n".join([HEADER, *rows])


if __name__ == "__main__":
    print(table())
