"""Checks each record against the rules of its type before anything else touches it."""
from __future__ import annotations

from dataclasses import fields
from datetime import date

from pipelines.drops import InvalidItem
from spiders.items import Article, Dataset, FundingAward, Organization, Provenance

LANGUAGES = ("en", "zh-HK")
REQUIRED = {
    Article: ("source", "source_id", "url", "title", "body", "published_date"),
    Organization: ("source", "source_id", "url", "name", "kind"),
    FundingAward: ("source", "source_id", "scheme", "title", "recipient"),
    Dataset: ("source", "source_id", "url", "title"),
}


def record_problems(item: Provenance) -> list[str]:
    """Everything wrong with a record; empty when it is valid."""
    problems = [f"{name} is empty" for name in REQUIRED.get(type(item), ()) if not getattr(item, name)]
    url = getattr(item, "url", "")
    if url and not url.startswith(("http://", "https://")):
        problems.append(f"url is not http(s): {url!r}")
    if "lang" in {f.name for f in fields(item)} and item.lang not in LANGUAGES:
        problems.append(f"lang {item.lang!r} is not one of {LANGUAGES}")
    if isinstance(item, Article) and item.published_date:
        try:
            date.fromisoformat(item.published_date)
        except ValueError:
            problems.append(f"published_date {item.published_date!r} is not an ISO date")
    if isinstance(item, FundingAward) and item.amount_hkd is not None and item.amount_hkd < 0:
        problems.append(f"amount_hkd {item.amount_hkd} is negative")
    return problems


class ValidateItemPipeline:
    """Drops invalid records with `InvalidItem`; the landing writer records them as errors (stage `validate`)."""

    def process_item(self, item, spider=None):
        if isinstance(item, Provenance) and (problems := record_problems(item)):
            raise InvalidItem("; ".join(problems))
        return item
