"""Checks each record against the rules of its type before anything else touches it."""
from __future__ import annotations

from datetime import date

from pipelines.drops import InvalidItem
from spiders.items import Article

LANGUAGES = ("en", "zh-HK")


def article_problems(item: Article) -> list[str]:
    """Everything wrong with an article record; empty when it is valid."""
    problems = [f"{name} is empty" for name in ("source", "source_id", "url", "title", "body", "published_date")
                if not getattr(item, name)]
    if item.url and not item.url.startswith(("http://", "https://")):
        problems.append(f"url is not http(s): {item.url!r}")
    if item.lang not in LANGUAGES:
        problems.append(f"lang {item.lang!r} is not one of {LANGUAGES}")
    if item.published_date:
        try:
            date.fromisoformat(item.published_date)
        except ValueError:
            problems.append(f"published_date {item.published_date!r} is not an ISO date")
    return problems


class ValidateItemPipeline:
    """Drops invalid records with `InvalidItem`; the landing writer records them as errors (stage `validate`)."""

    def process_item(self, item, spider=None):
        if isinstance(item, Article) and (problems := article_problems(item)):
            raise InvalidItem("; ".join(problems))
        return item
