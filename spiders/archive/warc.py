"""Reading and writing WARC files of HTTP responses, with an offset index for fast replay.

Each response is one gzip member (warcio's default), so a record can be read by seeking to its
offset: replay costs one seek and one small read per page, whatever the archive's size. The index
is a JSON-lines file beside the archive (`<archive>.idx.jsonl`), rebuilt by scanning if missing.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from w3lib.url import canonicalize_url
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass(frozen=True)
class IndexEntry:
    """Where one archived response lives: file, byte range, record id and capture time."""

    url: str
    file: str  # the archive's file name; the index lives beside it, so archives can move
    offset: int
    length: int
    record_id: str
    date: str
    status: int


@dataclass(frozen=True)
class ArchivedResponse:
    """An archived HTTP response, ready to be turned back into a Scrapy response."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    record_id: str
    date: str
    warc_headers: tuple[tuple[str, str], ...] = ()  # the WARC record's own headers, as archived
    status_line: str = ""  # the HTTP status line as archived, e.g. "200 OK"


def url_key(url: str) -> str:
    """The lookup key of a URL: canonical form (sorted query, no fragment)."""
    return canonicalize_url(url)


def index_path(archive: Path) -> Path:
    return archive.with_name(archive.name + ".idx.jsonl")


ORIGIN_FIELD = "hkai-origin"  # the warcinfo field that says where an archive's pages came from
RECORDED = "recorded archive"


def archive_origin(archive: Path) -> str:
    """Where an archive's pages came from, as its opening warcinfo record declares (`hkai-origin`).

    The packed sample web declares "sample web"; an archive that declares nothing (a record-mode crawl's,
    `hkai check-live`'s) holds pages recorded from the live sites: "recorded archive".
    """
    with open(archive, "rb") as fh:
        first = next(iter(ArchiveIterator(fh)), None)
        if first is None or first.rec_type != "warcinfo":
            return RECORDED
        for line in first.content_stream().read().decode("utf-8", "replace").splitlines():
            name, _, value = line.partition(":")
            if name.strip() == ORIGIN_FIELD and value.strip():
                return value.strip()
    return RECORDED


class WarcRecorder:
    """Appends HTTP responses to a gzipped WARC file and its index, one record per response."""

    def __init__(self, archive: Path):
        self.archive = Path(archive)
        self.archive.parent.mkdir(parents=True, exist_ok=True)
        self._warc = open(self.archive, "ab")
        self._index = open(index_path(self.archive), "a", encoding="utf-8")
        self._writer = WARCWriter(self._warc, gzip=True)

    def write(self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes,
              captured_at: datetime | None = None, record_id: str | None = None) -> IndexEntry:
        """Archive one response; returns its index entry (the record id is the provenance key)."""
        captured_at = captured_at or datetime.now(UTC)
        warc_date = captured_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        record_id = record_id or f"<urn:uuid:{uuid.uuid4()}>"
        http_headers = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": warc_date, "WARC-Record-ID": record_id},
        )
        offset = self._warc.tell()
        self._writer.write_record(record)
        entry = IndexEntry(url_key(url), self.archive.name, offset, self._warc.tell() - offset,
                           record_id, warc_date, status)
        self._index.write(json.dumps(asdict(entry)) + "\n")
        return entry

    def write_info(self, fields: dict[str, str]) -> None:
        """Write a warcinfo record (at the start of an archive: what it holds, e.g. its `hkai-origin`)."""
        self._writer.write_record(self._writer.create_warcinfo_record(self.archive.name, fields))

    def close(self) -> None:
        self._warc.close()
        self._index.close()


class WarcArchive:
    """Looks up archived responses by URL across one or more WARC files (the last capture wins).

    Per URL only a 16-byte digest of its key and one integer (file, offset, length packed) are kept, and
    the index is read line by line, never whole: at 50k pages the map is a few MB, not tens.
    """

    def __init__(self, archives: list[Path]):
        self.files: list[Path] = [Path(a) for a in archives]
        self._locations: dict[bytes, int] = {}
        for number, archive in enumerate(self.files):
            for url, offset, length in iter_index_locations(archive):
                self._locations[_digest(url)] = _pack(number, offset, length)

    def __len__(self) -> int:
        return len(self._locations)

    def lookup(self, url: str) -> tuple[int, int, int] | None:
        packed = self._locations.get(_digest(url_key(url)))
        return None if packed is None else _unpack(packed)

    def locate_record(self, record_id: str) -> tuple[int, int, int] | None:
        """Where the record with this WARC-Record-ID is (the last archive holding it wins), from the indexes."""
        found = None
        for number, archive in enumerate(self.files):
            for entry in load_index(archive):
                if entry.record_id == record_id:
                    found = (number, entry.offset, entry.length)
        return found

    def urls(self):
        """(url key, location) of every record, from the indexes (the map itself keeps no URLs)."""
        for number, archive in enumerate(self.files):
            for url, offset, length in iter_index_locations(archive):
                if self._locations.get(_digest(url)) == _pack(number, offset, length):
                    yield url, (number, offset, length)

    def read(self, location: tuple[int, int, int]) -> ArchivedResponse:
        """Read one record by seeking to its offset."""
        number, offset, length = location
        with open(self.files[number], "rb") as fh:
            fh.seek(offset)
            data = fh.read(length)
        record = next(iter(ArchiveIterator(io.BytesIO(data))))
        return ArchivedResponse(
            url=record.rec_headers.get_header("WARC-Target-URI"),
            status=int(record.http_headers.get_statuscode()),
            headers=list(record.http_headers.headers),
            body=record.raw_stream.read(),  # as sent: HttpCompressionMiddleware decodes it
            record_id=record.rec_headers.get_header("WARC-Record-ID"),
            date=record.rec_headers.get_header("WARC-Date"),
            warc_headers=tuple(record.rec_headers.headers),
            status_line=record.http_headers.statusline,
        )


OFFSET_BITS = 48  # 256 TB per archive
LENGTH_BITS = 40  # 1 TB per record


def _digest(key: str) -> bytes:
    return hashlib.blake2b(key.encode(), digest_size=16).digest()


def _pack(number: int, offset: int, length: int) -> int:
    return (number << (OFFSET_BITS + LENGTH_BITS)) | (offset << LENGTH_BITS) | length


def _unpack(packed: int) -> tuple[int, int, int]:
    return (packed >> (OFFSET_BITS + LENGTH_BITS), (packed >> LENGTH_BITS) & ((1 << OFFSET_BITS) - 1),
            packed & ((1 << LENGTH_BITS) - 1))


def load_index(archive: Path) -> list[IndexEntry]:
    """The index of an archive: read from its `.idx.jsonl`, or built by one scan of the WARC."""
    if _index_is_current(archive):
        with open(index_path(archive), encoding="utf-8") as fh:
            return [IndexEntry(**json.loads(line)) for line in fh if line.strip()]
    return _rebuild_index(archive)


def iter_index_locations(archive: Path):
    """(url key, offset, length) of every record, streamed from the index so no whole copy is held."""
    if not _index_is_current(archive):
        _rebuild_index(archive)
    with open(index_path(archive), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                entry = json.loads(line)
                yield entry["url"], entry["offset"], entry["length"]


def _index_is_current(archive: Path) -> bool:
    idx = index_path(archive)
    return idx.exists() and idx.stat().st_mtime >= archive.stat().st_mtime - 1


def _rebuild_index(archive: Path) -> list[IndexEntry]:
    idx = index_path(archive)
    entries = scan_archive(archive)
    tmp = idx.with_name(idx.name + f".tmp{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(asdict(e)) + "\n" for e in entries)
    os.replace(tmp, idx)
    return entries


def scan_archive(archive: Path) -> list[IndexEntry]:
    """Index every response record of a WARC file by reading it once from start to end."""
    entries = []
    with open(archive, "rb") as fh:
        records = ArchiveIterator(fh)
        for record in records:
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            date = record.rec_headers.get_header("WARC-Date")
            status = int(record.http_headers.get_statuscode())
            record.content_stream().read()
            entries.append(IndexEntry(url_key(url), archive.name, records.get_record_offset(),
                                      records.get_record_length(), record_id, date, status))
    return entries
