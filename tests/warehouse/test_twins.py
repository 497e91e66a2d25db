"""English and Chinese twins: each source's rule pairs them, and both get one story key."""
from __future__ import annotations

import pandas as pd

from warehouse.twins import link_twins


def article(source, source_id, lang, url, twin_url=None):
    return {"article_id": f"{source}:{source_id}:{lang}", "source": source, "source_id": source_id, "lang": lang,
            "url": url, "twin_url": twin_url}


GOVHK = "https://www.info.gov.hk/gia/general/"
HKU = "https://www.hku.hk/press/press-releases/detail/"
HKMA = "https://www.hkma.gov.hk/{}/news-and-media/press-releases/2024/08/20240802-5/"
ARTICLES = pd.DataFrame([
    # GovHK: only the Chinese page links its twin; the numbers differ by language.
    article("govhk", "P2022052500609", "en", GOVHK + "202205/25/P2022052500609.htm"),
    article("govhk", "P2022052500607", "zh-HK", GOVHK + "202205/25/P2022052500607.htm",
            GOVHK + "202205/25/P2022052500609.htm"),
    # GovHK: the same day, two different releases in the two languages, no link: not twins.
    article("govhk", "P2017010300609", "en", GOVHK + "201701/03/P2017010300609.htm"),
    article("govhk", "P2017010300633", "zh-HK", GOVHK + "201701/03/P2017010300633.htm"),
    # HKMA: one id in both languages, neither page's link read.
    article("hkma", "20240802-5", "en", HKMA.format("eng")),
    article("hkma", "20240802-5", "zh-HK", HKMA.format("chi")),
    # HKU: the Chinese id is the English one with c_.
    article("hku_news", "29241", "en", HKU + "29241.html"),
    article("hku_news", "c_29241", "zh-HK", HKU + "c_29241.html"),
    article("hku_news", "c_28509", "zh-HK", HKU + "c_28509.html", HKU + "28509.html"),  # its twin not collected
])


def test_each_source_pairs_its_twins_by_its_rule():
    linked = link_twins(ARTICLES).set_index("article_id")
    got = {a: (row.twin_article_id, row.twin_rule) for a, row in linked.iterrows() if pd.notna(row.twin_rule)}
    assert got == {
        "govhk:P2022052500609:en": ("govhk:P2022052500607:zh-HK", "page_link"),
        "govhk:P2022052500607:zh-HK": ("govhk:P2022052500609:en", "page_link"),
        "hkma:20240802-5:en": ("hkma:20240802-5:zh-HK", "same_id"),
        "hkma:20240802-5:zh-HK": ("hkma:20240802-5:en", "same_id"),
        "hku_news:29241:en": ("hku_news:c_29241:zh-HK", "id_stem"),
        "hku_news:c_29241:zh-HK": ("hku_news:29241:en", "id_stem"),
    }


def test_a_story_is_keyed_by_its_english_twin_and_counts_once():
    linked = link_twins(ARTICLES).set_index("article_id")
    assert linked.loc["govhk:P2022052500607:zh-HK", "story_id"] == "govhk:P2022052500609:en"
    assert linked.loc["hku_news:c_28509:zh-HK", "story_id"] == "hku_news:c_28509:zh-HK"
    assert linked.loc["govhk:P2017010300633:zh-HK", "story_id"] == "govhk:P2017010300633:zh-HK"
    assert linked["story_id"].nunique() == len(ARTICLES) - 3
