"""English and Chinese twins: which article is the same story in the other language, by what rule, and one
story key for both.

How each source's two languages are paired (docs/model.md, "Language twins"), in this order:
- `page_link`: a page links its twin (GovHK's language button, HKMA's and HKU's language links); one side's
  link pairs both, so a Chinese page that links its English twin pairs them even when the English one does
  not link back.
- `same_id`: the same source publishes both languages under one id (HKMA's `20240802-5` in /eng/ and /chi/):
  the article keys differ only in their language.
- `id_stem`: the source's id of the Chinese page is the English one's with a language marker (HKU:
  `c_29241` is the Chinese `29241`); ID_STEMS says which marker, per source.
GovHK gives each language its own release number (P2022052500609 in English, P2022052500607 in Chinese) and
one day holds several releases of one event (2017-01-03: the Loop MoU release in English, the Chief
Executive's speech at its signing in Chinese), so its twins are paired by the page's own link only.
"""
from __future__ import annotations

import re

import pandas as pd

# The marker a source puts on the id of its Chinese page, removed to find the English id.
ID_STEMS = {"hku_news": re.compile(r"^c_")}


def link_twins(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles with `twin_article_id`, `twin_rule` (how the pair was found) and `story_id`.

    `story_id` is the English twin's article_id for a pair, else the article's own: a mart counting
    distinct story_ids counts one story once across its languages. An article has at most one twin (the
    first rule that pairs it wins).
    """
    rows = articles[["article_id", "source", "source_id", "lang", "twin_url", "url"]].to_dict("records")
    lang_of = {r["article_id"]: r["lang"] for r in rows}
    twins: dict[str, tuple[str, str]] = {}

    def pair(one: str | None, other: str | None, rule: str) -> None:
        if one and other and lang_of[one] != lang_of[other] and one not in twins and other not in twins:
            twins[one], twins[other] = (other, rule), (one, rule)

    id_of_url = {r["url"]: r["article_id"] for r in rows}
    for r in rows:
        pair(r["article_id"], id_of_url.get(r["twin_url"]) if isinstance(r["twin_url"], str) else None, "page_link")
    for rule, key in (("same_id", _same_id), ("id_stem", _id_stem)):
        groups: dict[tuple, list[str]] = {}
        for r in rows:
            if (k := key(r)) is not None:
                groups.setdefault(k, []).append(r["article_id"])
        for members in groups.values():
            if len(members) == 2:
                pair(*members, rule)
    twin_ids = [twins.get(a, (None, None))[0] for a in articles["article_id"]]
    return articles.assign(
        twin_article_id=twin_ids,
        twin_rule=[twins.get(a, (None, None))[1] for a in articles["article_id"]],
        story_id=[_story(a, t, lang_of) for a, t in zip(articles["article_id"], twin_ids)],
    )


def _same_id(row: dict) -> tuple | None:
    return (row["source"], row["source_id"])


def _id_stem(row: dict) -> tuple | None:
    marker = ID_STEMS.get(row["source"])
    if marker is None:
        return None
    return (row["source"], marker.sub("", str(row["source_id"])))


def _story(article_id: str, twin_id: str | None, lang_of: dict[str, str]) -> str:
    if twin_id is None or lang_of[article_id] == "en":
        return article_id
    return twin_id if lang_of[twin_id] == "en" else min(article_id, twin_id)
