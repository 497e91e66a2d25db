"""Pure extraction for Cyberport's open-data CSVs on istartup.hk (SOURCES.md sections 7 and 9).

- `https://istartup.hk/opendata/cc/cc.csv`: the Cyberport Community (one row per company: name,
  technology sector, community status, intake year and month, website);
- `https://istartup.hk/opendata/ccmf/ccmf.csv`: the Cyberport Creative Micro Fund (one row per grantee:
  company, project, sector, intake year and month, website).

The URLs and the `utf-8-sig` encoding are known from third-party code [C]; the COLUMN HEADERS ARE NOT:
no stored copy of either file was found. Columns are therefore found by name, with aliases (the labels
of the istartup.hk profile pages, which are known, and plain variants), never by position, and a file
without a recognisable company-name column is an error rather than a guess.

Values are kept as published and cleaned like the directory's: `NA` placeholders, years as `2018` or
`2018-01-01`, impossible years (`20113`, kept raw in `extra`), comma-joined community statuses, several
websites in one cell. A row shorter than the header (as the live ccmf.csv has) still gives its company,
with the missing cells as None, and is counted; a row without a company name is skipped and counted. A
file cut off (no line break after its last row, or a quote left open) is an ExtractionError.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from spiders.charset import decode_page
from spiders.errors import ExtractionError
from spiders.items import Organization
from spiders.sources.cyberport_startups.extract import (
    CJK,
    HUB,
    parse_intake_month,
    parse_intake_year,
    parse_status,
    parse_website,
)
from spiders.text import clean, content_type, csv_rows

EXTRACTOR_VERSION = "cyberport-opendata-1"
SOURCE = "cyberport_opendata"
HOST = "istartup.hk"
CSV_PATH = re.compile(r"^/opendata/(?P<file>cc|ccmf)/(?P=file)\.csv$")
NOT_CSV_START = re.compile(rb"^\s*(<|\{|\[)")  # HTML (a "not found" page) or JSON served as the CSV
PLACEHOLDERS = {"", "na", "n/a", "nil", "-", "none"}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")

# Column -> the header names that mean it (lower-cased, white space folded).
COLUMNS = {
    "name": ("company name", "company names", "company", "name", "company name (english)", "startup name"),
    "sector": ("technology sector", "sector", "industry", "business area"),
    "status": ("cyberport community status", "community status", "status"),
    "year": ("intake year", "year", "ccmf intake year", "intake"),
    "month": ("intake month", "month"),
    "website": ("website", "company website", "url", "web site"),
    "project": ("project name", "project"),
}


@dataclass
class CsvRead:
    """What one open-data CSV gave: its companies, and the rows that were short or had no name."""

    records: list[Organization] = field(default_factory=list)
    short_rows: int = 0
    skipped_rows: int = 0


def csv_file(url: str) -> str | None:
    """`cc` or `ccmf` for the two open-data CSV URLs, None for any other URL."""
    parts = urlsplit(url)
    match = CSV_PATH.match(parts.path) if parts.hostname == HOST else None
    return match["file"] if match else None


def extract_csv(response) -> list[Organization]:
    """Every company of cc.csv or ccmf.csv, in file order (for `hkai parse`)."""
    return read_csv(response).records


def read_csv(response) -> CsvRead:
    """The companies of one open-data CSV, with the count of short and skipped rows."""
    which = csv_file(response.url)
    if which is None:
        raise ExtractionError(f"not a Cyberport open-data CSV URL: {response.url}")
    rows = _rows(response)
    header_at, columns = _header(rows)
    result = CsvRead()
    width = len(rows[header_at])
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(cell.strip() for cell in row):
            continue  # blank line (the files end with one)
        short = len(row) < width
        cell = _cells(row, columns)
        name = clean(cell("name"))
        if not name or _placeholder(name):
            result.skipped_rows += 1
            continue
        result.records.append(_organization(which, cell, name, number, short, response.url))
        result.short_rows += short
    if not result.records:
        raise ExtractionError(f"{which}.csv has a header but no company rows (truncated file?)")
    return result


def _rows(response) -> list[list[str]]:
    body = response.body
    ctype = content_type(response).lower()
    if "text/html" in ctype or NOT_CSV_START.match(body.lstrip(b"\xef\xbb\xbf")[:64]):
        kind = "JSON" if body.lstrip(b"\xef\xbb\xbf \r\n\t")[:1] in (b"{", b"[") else "an HTML page"
        raise ExtractionError(f"{kind} served instead of the CSV (a 'not found' stub or an API mix-up)")
    text, _ = decode_page(body, ctype)
    text = text.lstrip("\ufeff")
    rows = csv_rows(text)
    if not any(any(c.strip() for c in row) for row in rows):
        raise ExtractionError("CSV without any row")
    return rows


def _header(rows: list[list[str]]) -> tuple[int, dict[str, int]]:
    """The first row naming a company-name column, and where each known column is."""
    for at, row in enumerate(rows[:5]):
        keys = [re.sub(r"\s+", " ", c.strip().lstrip("\ufeff").lower()) for c in row]
        columns = {}
        for column, names in COLUMNS.items():
            for i, key in enumerate(keys):
                if key in names and column not in columns:
                    columns[column] = i
        if "name" in columns:
            return at, columns
    raise ExtractionError("no company-name column in the first rows: not a Cyberport open-data CSV")


def _cells(row: list[str], columns: dict[str, int]):
    def cell(column: str) -> str | None:
        i = columns.get(column)
        return row[i].strip() if i is not None and i < len(row) else None
    return cell


def _organization(which: str, cell, name: str, number: int, short: bool, url: str) -> Organization:
    extra: dict = {"file": f"{which}.csv", "row": number}
    if short:
        extra["short_row"] = True
    year = parse_intake_year(cell("year"), extra)
    month = parse_intake_month(cell("month"), extra)
    if month is not None:
        extra["intake_month"] = month
    sector = cell("sector")
    sectors = [clean(sector)] if sector and not _placeholder(sector) else []
    if which == "ccmf":
        programmes = [{"programme": "CCMF", "status": "grantee", "year": year}]
        project = cell("project")
        if project and not _placeholder(project):
            extra["project_name"] = clean(project)
    else:
        programmes = parse_status(cell("status"), year, extra)
        if year is not None:
            extra["intake_year"] = year  # the directory's intake year, also for Smart Space tenants
    website_raw = cell("website")
    email = None
    if website_raw and EMAIL.fullmatch(website_raw.strip()):
        email, website_raw = website_raw.strip(), None  # an e-mail address in the website column
    return Organization(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=f"{which}/{_slug(name)}",
        url=url,
        lang="en",
        name=name,
        name_zh=name if CJK.search(name) else None,
        kind="startup",
        website=parse_website(website_raw, extra),
        email=email,
        sectors=sectors,
        hub=HUB,
        programmes=programmes,
        extra=extra,
    )


def _slug(name: str) -> str:
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-")
    return slug or "company"


def _placeholder(value: str) -> bool:
    return value.strip().lower() in PLACEHOLDERS
