"""The archived page behind a row: found by its article, organization or award key, its URL or its WARC record id.

`hkai show` prints what the WARC archive holds (the record's headers, the HTTP answer's headers and the
page's main text), read straight from the archives in `data/archive/`, not from the tables.
"""
from __future__ import annotations

import zlib
from pathlib import Path

import trafilatura
from w3lib.html import remove_tags, remove_tags_with_content

from spiders.archive.warc import ArchivedResponse, WarcArchive
from spiders.charset import decode_page
from spiders.errors import ExtractionError
from warehouse.db import reader, run

# Each key column of the published tables, and where the page of its row is: (url, WARC record id).
KEY_QUERIES = {
    "article_id": "select url, archive_record_id from articles where article_id = ?",
    "award_id": "select url, archive_record_id from funding_awards where award_id = upper(replace(?, ' ', ''))",
    "org_id": "select url, archive_record_id from organization_sources where org_id = ? and url is not null "
              "order by record_id",
}


class NotFound(LookupError):
    """The key names no row, or the archives hold no page for it."""


def is_record_id(key: str) -> bool:
    return key.strip("<>").startswith("urn:")


def targets(published: Path, key: str) -> list[tuple[str | None, str | None]]:
    """The (url, WARC record id) pages a key stands for: a record id or URL itself, else each row it keys."""
    if is_record_id(key):
        return [(None, f"<{key.strip('<>')}>")]
    if key.startswith(("http://", "https://")):
        return [(key, None)]
    with reader(published) as conn:
        for query in KEY_QUERIES.values():
            rows = run(conn, query, [key])
            if rows:
                return [(url, record_id) for url, record_id in rows]
    raise NotFound(f"{key!r} is no {', '.join(KEY_QUERIES)} of {published}, nor a URL (http:// or https://) "
                   "nor a WARC-Record-ID (<urn:uuid:...>)")


def archives_in(folder: Path) -> list[Path]:
    archives = sorted([*folder.glob("*.warc.gz"), *folder.glob("*.warc")])
    if not archives:
        raise NotFound(f"no WARC archive in {folder}: run `hkai run` first")
    return archives


def find_page(archive: WarcArchive, url: str | None, record_id: str | None) -> ArchivedResponse:
    """The archived response: by record id (the exact capture a row names), else by URL in canonical form."""
    location = (archive.locate_record(record_id) if record_id else None) or (archive.lookup(url) if url else None)
    if location is None:
        raise NotFound(f"no archived page for {' / '.join(x for x in (url, record_id) if x)} in "
                       f"{', '.join(str(f) for f in archive.files)}")
    return archive.read(location)


def decoded_body(response: ArchivedResponse) -> tuple[bytes, str]:
    """The body as the page was (a gzip or deflate transfer undone) and its Content-Type."""
    headers = {name.lower(): value for name, value in response.headers}
    body = response.body
    if headers.get("content-encoding", "").lower() in ("gzip", "deflate"):  # kept as sent by record mode
        body = zlib.decompress(body, 47)
    return body, headers.get("content-type", "")


def page_text(response: ArchivedResponse) -> str:
    """The page's main text: trafilatura's for HTML (tags stripped when it finds no main text), else the text."""
    body, content_type = decoded_body(response)
    try:
        text, _ = decode_page(body, content_type)
    except ExtractionError as exc:
        return f"({exc})"
    if "html" not in content_type.lower() and not text.lstrip().lower().startswith(("<!doctype", "<html")):
        return text
    main = trafilatura.extract(text, include_comments=False)
    if main:
        return main
    return " ".join(remove_tags(remove_tags_with_content(text, ("script", "style"))).split())


def describe(response: ArchivedResponse) -> str:
    """The record as text: its WARC headers, the HTTP answer's status and headers, then the page's text."""
    lines = ["WARC record"]
    lines += [f"  {name}: {value}" for name, value in response.warc_headers]
    lines += ["HTTP response", f"  {response.status_line}"]
    lines += [f"  {name}: {value}" for name, value in response.headers]
    return "\n".join(lines) + "\n\n" + page_text(response)


def show(published: Path, archive_dir: Path, key: str) -> list[ArchivedResponse]:
    """Every archived page `key` stands for (an organization has one per source record)."""
    archive = WarcArchive(archives_in(archive_dir))
    return [find_page(archive, url, record_id) for url, record_id in targets(published, key)]
