"""`hkai parse` works for every source and page type: every sample-web page is parsed by every source
whose extractor patterns claim it, and every extractor pattern of a crawled source claims a page."""
from __future__ import annotations

import json
import re

import pytest

from spiders.archive.sample_web import CONTENT_TYPES, SIDECAR_SUFFIX, page_url, sample_pages
from spiders.errors import ExtractionError
from spiders.parse_offline import parse_saved
from spiders.registry import PENDING_SOURCES, SOURCES
from tests.conftest import SAMPLE_WEB

# Sample pages that stand for the live site's error answers: parsing them must fail, with this reason.
DELIBERATE_ERRORS = {
    "https://www.itf.gov.hk/datagovhk/annuallist_2018_e.csv": "not published",
    "https://www.itf.gov.hk/datagovhk/annuallist_2025_e.csv": "not published",
}


def claimed_pages():
    """(source, extractor pattern, url, file, content type) for every page an extractor pattern claims."""
    for page in sample_pages(SAMPLE_WEB):
        url = page_url(SAMPLE_WEB, page)
        sidecar = page.with_name(page.name + SIDECAR_SUFFIX)
        meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
        if meta.get("status", 200) != 200:
            continue  # a 404 page: the crawl counts it, nothing is parsed
        content_type = (meta.get("headers") or {}).get("Content-Type") or CONTENT_TYPES.get(page.suffix, "text/html")
        for name, source in (SOURCES | PENDING_SOURCES).items():
            pattern = next((p for p, _ in source.extractors if re.search(p, url.split("?")[0])), None)
            if pattern:
                yield name, pattern, url, page, content_type


CLAIMED = list(claimed_pages())


def test_every_sample_page_parses_with_every_source_that_claims_it():
    assert len(CLAIMED) > 500
    failures = []
    for name, _, url, page, content_type in CLAIMED:
        try:
            found = parse_saved(name, url, page.read_bytes(), content_type)
        except ExtractionError as exc:
            if DELIBERATE_ERRORS.get(url, "\0") not in str(exc):
                failures.append(f"{name} {url}: {exc}")
        else:
            if url in DELIBERATE_ERRORS:
                failures.append(f"{name} {url}: parsed, but it stands for an error page")
            elif not found:  # every sample page stands for a page with records or links on it
                failures.append(f"{name} {url}: parsed, but found nothing")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_every_page_type_of_a_crawled_source_has_a_sample_page(name):
    claimed = {pattern for source, pattern, *_ in CLAIMED if source == name}
    missing = [pattern for pattern, _ in SOURCES[name].extractors if pattern not in claimed]
    assert not missing, f"{name}: no sample page for {missing}"


RECORD_PAGES = [(name, url, page, content_type) for name, _, url, page, content_type in CLAIMED
                if "html" in content_type and url not in DELIBERATE_ERRORS]


@pytest.mark.parametrize("share", [0.5, 0.9])
def test_a_record_page_cut_short_is_refused_never_half_read(share):
    """A page that ends early (a dropped connection) is an error row, not a record with fields missing.

    A cut that loses nothing the record needs (a release whose closing "Ends/..." line arrived, without the
    page's navigation after it) may give the same record as the whole page.
    """
    half_read, record_pages = [], 0
    for name, url, page, content_type in RECORD_PAGES:
        body = page.read_bytes()
        whole = parse_saved(name, url, body, content_type)
        if not whole or set(whole[0]) == {"url"}:
            continue  # a listing page: its links, not records
        record_pages += 1
        try:
            cut = parse_saved(name, url, body[: int(len(body) * share)], content_type)
        except ExtractionError:
            continue
        if cut != whole:
            half_read.append(f"{name} {url}")
    assert record_pages > 200 and not half_read, "\n".join(half_read)
