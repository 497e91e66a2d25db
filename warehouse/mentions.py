"""Mentions: which organizations each article names, with the sentence that names them."""
from __future__ import annotations

import re

import pandas as pd

from spiders.text import CJK


def mention_patterns(aliases: pd.DataFrame) -> list[tuple[re.Pattern, str, str]]:
    """(pattern, org_id, alias) for every alias specific enough to search for.

    Acronyms (all capitals, 3+ letters) match case-sensitively on word boundaries; other English
    names need 6+ characters; Chinese names need 3+ characters (two-character short forms such as
    中大 also occur inside unrelated words).
    """
    patterns = []
    for row in aliases.drop_duplicates(["org_id", "alias"]).itertuples():
        alias = row.alias.strip()
        if CJK.search(alias):
            if len(alias) >= 3:
                patterns.append((re.compile(re.escape(alias)), row.org_id, alias))
        elif re.fullmatch(r"[A-Z][A-Za-z]{2,}", alias) and sum(c.isupper() for c in alias) >= 3:
            patterns.append((re.compile(rf"\b{re.escape(alias)}\b"), row.org_id, alias))
        elif len(alias) >= 6:
            patterns.append((re.compile(rf"\b{re.escape(alias)}\b", re.I), row.org_id, alias))
    return patterns


def find_mentions(articles: pd.DataFrame, aliases: pd.DataFrame) -> pd.DataFrame:
    """One row per article and organization named in its title or body, with the first sentence that names it."""
    patterns = mention_patterns(aliases)
    rows = []
    for article in articles[["article_id", "title", "body"]].itertuples():
        text = f"{article.title}\n{article.body}"
        lowered = text.lower()
        found: dict[str, tuple[str, str]] = {}
        for pattern, org_id, alias in patterns:
            # A plain substring test first: most aliases are absent, and it is far cheaper than the regex.
            if org_id in found or alias.lower() not in lowered:
                continue
            if match := pattern.search(text):
                found[org_id] = (alias, evidence(text, match.start(), match.end()))
        rows += [{"article_id": article.article_id, "org_id": org_id, "alias": alias, "evidence": sentence}
                 for org_id, (alias, sentence) in found.items()]
    return pd.DataFrame(rows, columns=["article_id", "org_id", "alias", "evidence"])


def evidence(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence around a match, cut to `limit` characters."""
    left = max(text.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?。！？\n") if i != -1]
    right = min(ends) + 1 if ends else len(text)
    return text[left:right].strip()[:limit]
