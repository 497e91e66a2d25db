"""Packing the bundled sample web (`sample_web/<host>/<path>`) into a WARC archive for replay.

File layout: `sample_web/www.info.gov.hk/gia/general/202205/25/P2022052500609.htm` is
`https://www.info.gov.hk/gia/general/202205/25/P2022052500609.htm`. A file named `__dir__.html`
stands for the folder URL with a trailing slash; a query string is kept percent-encoded in the
file name (`index.html%3FPage%3D2`). An optional sidecar `<file>.http.json` sets the status,
headers or full URL (`{"status": 404, "headers": {"Content-Type": "text/html; charset=big5"}}`).
Folders and files whose name starts with `_` (notes, research records) are not pages.
"""
from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

from spiders.archive.warc import ORIGIN_FIELD, WarcRecorder, index_path

SIDECAR_SUFFIX = ".http.json"
DIR_PAGE = "__dir__.html"
# The day the sample web was written; used as the capture time of every sample page.
SNAPSHOT_TIME = datetime(2026, 11, 24, tzinfo=UTC)
SAMPLE_ORIGIN = "sample web"  # what the archive's warcinfo record declares, read back by archive_origin
# Bumped when the packed archive's layout changes, so an archive packed by older code is packed again.
PACK_FORMAT = b"pack-format 2: warcinfo with hkai-origin"
CONTENT_TYPES = {".htm": "text/html", ".html": "text/html", ".xml": "application/rss+xml",
                 ".json": "application/json", ".csv": "text/csv", ".txt": "text/plain"}


def sample_pages(root: Path) -> list[Path]:
    """Every page file of the sample web, in a stable order."""
    pages = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("_"))
        rel_dir = Path(dirpath).relative_to(root)
        if rel_dir == Path("."):
            continue  # top level: README and notes, not hosts
        pages.extend(Path(dirpath) / f for f in sorted(filenames)
                     if (f == DIR_PAGE or not f.startswith("_")) and not f.endswith(SIDECAR_SUFFIX))
    return pages


def page_url(root: Path, page: Path) -> str:
    """The real URL a sample-web file stands for."""
    rel = page.relative_to(root).as_posix()
    if rel.endswith("/" + DIR_PAGE):
        rel = rel[: -len(DIR_PAGE)]
    return "https://" + unquote(rel)


def fingerprint(root: Path) -> str:
    """A hash of every page's path and bytes: the archive is rebuilt when it changes."""
    digest = hashlib.sha256(PACK_FORMAT)
    for page in sample_pages(root):
        digest.update(page.relative_to(root).as_posix().encode())
        digest.update(page.read_bytes())
        sidecar = page.with_name(page.name + SIDECAR_SUFFIX)
        if sidecar.exists():
            digest.update(sidecar.read_bytes())
    return digest.hexdigest()


def pack(root: Path, archive: Path) -> int:
    """Write every sample page into a fresh WARC archive at `archive`; returns the page count."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    for old in (archive, index_path(archive)):
        old.unlink(missing_ok=True)
    recorder = WarcRecorder(archive)
    recorder.write_info({ORIGIN_FIELD: SAMPLE_ORIGIN, "software": "hk-ai-atlas spiders.archive.sample_web",
                         "description": "The bundled sample web of HK AI Atlas, packed for replay."})
    pages = sample_pages(root)
    for page in pages:
        url, status, headers = http_meta(root, page)
        body = page.read_bytes()
        # Stable record ids: the same page content always gets the same id across rebuilds.
        record_id = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url + hashlib.sha1(body).hexdigest())}>"
        headers.append(("Content-Length", str(len(body))))
        recorder.write(url, status, "", headers, body, SNAPSHOT_TIME, record_id)
    recorder.close()
    return len(pages)


def ensure_packed(root: Path, archive: Path) -> Path:
    """Pack the sample web unless `archive` already holds exactly its current content."""
    stamp = archive.with_name(archive.name + ".fingerprint")
    current = fingerprint(root)
    if not (archive.exists() and index_path(archive).exists() and stamp.exists()
            and stamp.read_text() == current):
        stamp.unlink(missing_ok=True)  # an interrupted pack leaves no stamp, so it is redone
        pack(root, archive)
        stamp.write_text(current)
    return archive


def http_meta(root: Path, page: Path) -> tuple[str, int, list[tuple[str, str]]]:
    """The URL, status and headers a sample-web file is served with (its sidecar's, else by its suffix)."""
    url = page_url(root, page)
    suffix = Path(url.split("?")[0]).suffix.lower()
    content_type = CONTENT_TYPES.get(suffix) or mimetypes.guess_type(page.name)[0] or "text/html"
    meta = {}
    sidecar = page.with_name(page.name + SIDECAR_SUFFIX)
    if sidecar.exists():
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    headers = {"Content-Type": content_type, **meta.get("headers", {})}
    return meta.get("url", url), int(meta.get("status", 200)), list(headers.items())
