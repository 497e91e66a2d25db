"""A redesign that renames every class and id of every article page of the sample web: the generic path
must still read at least 90% of those pages with the same title, the same start of body and the same
date, flagged `generic`, and every article source must keep at least one page; every listing page must
still lead to every page it led to."""
from __future__ import annotations

from collections import Counter

import pytest

from spiders.errors import ExtractionError
from spiders.parse_offline import parse_saved
from tests.spiders.redesign import rename_classes_and_ids
from tests.spiders.test_parse_every_page import RECORD_PAGES

START = 100  # characters of the body that must stay the same (white space folded)


def article_pages():
    """(source, url, page, record) of every sample page whose route gives an article about that very page."""
    for name, url, page, content_type in RECORD_PAGES:
        records = parse_saved(name, url, page.read_bytes(), content_type)
        if records and records[0].get("extraction_method") and records[0]["url"] == url:
            yield name, url, page.read_bytes(), content_type, records[0]


def start(body: str) -> str:
    return " ".join(body.split())[:START]


def test_rename_classes_and_ids_prefixes_every_token():
    page = b'<html><body><div class="a b" id="x"><p class="c">T</p></div></body></html>'
    renamed = rename_classes_and_ids(page)
    assert b'class="v2-a v2-b"' in renamed and b'id="v2-x"' in renamed and b'class="v2-c"' in renamed


def test_a_redesign_that_renames_every_class_and_id_is_read_by_the_generic_path():
    pages = list(article_pages())
    total, kept, failures = Counter(), Counter(), []
    for name, url, body, content_type, before in pages:
        total[name] += 1
        try:
            after = parse_saved(name, url, rename_classes_and_ids(body), content_type)[0]
        except ExtractionError as exc:
            failures.append(f"{name} {url}: {exc}")
            continue
        same = ((after["title"], start(after["body"]), after["published_date"])
                == (before["title"], start(before["body"]), before["published_date"]))
        if same and after["extraction_method"] == "generic":
            kept[name] += 1
        else:
            failures.append(f"{name} {url}: {after['extraction_method']} {after['title']!r} {start(after['body'])!r}")
    figures = ", ".join(f"{name} {kept[name]}/{total[name]}" for name in sorted(total))
    print(f"redesign: {sum(kept.values())}/{sum(total.values())} pages still read ({figures})")
    assert len(total) >= 14 and sum(total.values()) > 180
    assert sum(kept.values()) >= 0.9 * sum(total.values()), figures + "\n" + "\n".join(failures)
    assert all(kept[name] for name in total), figures


def listing_pages():
    """(source, url, page, content type, links) of every HTML sample page whose route gives links (but ITF's
    search results: a table whose rows are read, not a listing of links)."""
    for name, url, page, content_type in RECORD_PAGES:
        if name == "itf_profiles":
            continue
        found = parse_saved(name, url, page.read_bytes(), content_type)
        if found and set(found[0]) == {"url"}:
            yield name, url, page.read_bytes(), content_type, [link["url"] for link in found]


def test_a_redesigned_listing_page_still_leads_to_every_page_it_led_to():
    lost = []
    pages = list(listing_pages())
    for name, url, body, content_type, before in pages:
        try:
            after = [link["url"] for link in parse_saved(name, url, rename_classes_and_ids(body), content_type)]
        except ExtractionError as exc:
            lost.append(f"{name} {url}: {exc}")
            continue
        if missing := [link for link in before if link not in after]:
            lost.append(f"{name} {url}: {len(missing)} of {len(before)} links lost, e.g. {missing[0]}")
    print(f"redesigned listings: {len(pages) - len(lost)}/{len(pages)} keep every link")
    assert len(pages) > 20 and not lost, "\n".join(lost)


def test_a_listing_page_without_links_is_an_error_naming_what_was_looked_for():
    with pytest.raises(ExtractionError, match="yields no detail links"):
        parse_saved("hkstp_news", "https://www.hkstp.org/en/park-life/news-and-events/news/",
                    b"<html><body><main><p>No news yet.</p></main></body></html>", "text/html")
