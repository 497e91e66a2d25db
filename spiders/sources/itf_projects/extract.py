"""Pure extraction for the ITF annual lists of approved projects: a response in, records out.

File shape (SOURCES.md section 3; third-party pipelines that read the live files): one CSV per year at
`https://www.itf.gov.hk/datagovhk/annuallist_<YYYY>_e.csv`, columns `No., Programme*, Reference No.,
Project Title, Lead Applicant, Funds Approved ($M), Revised Funds Approved ($M), Remarks`, then
footnote rows whose `No.` is not a number (the `*` of `Programme*` points at them). Dirt handled here:

- encodings drift: UTF-8 with a BOM (2024), ISO-8859-1 / cp1252 (2019), plain UTF-8 (the others);
- amounts are HK$ million ("2.799") except in the 2020 file, which keeps the `($M)` header but
  stores absolute dollars with a prefix ("HK$2,799,000"); both become `amount_hkd` in dollars and
  `amount_text` keeps the figure as published, with its unit;
- `Revised Funds Approved` is a placeholder ("0" or "-") unless a revision exists;
- a year with no list answers an HTML "page not found" stub with status 200 (`is_not_published`).
"""
from __future__ import annotations

import re

from spiders.charset import BINARY_SIGNATURES
from spiders.errors import ExtractionError
from spiders.items import FundingAward
from spiders.text import clean_keep_zero_width, content_type, csv_rows

EXTRACTOR_VERSION = "itf-annuallist-1"
SOURCE = "itf_projects"

LIST_PATH = re.compile(r"/datagovhk/annuallist_(?P<year>\d{4})_e\.csv$")
PROFILE_URL = "https://www.itf.gov.hk/en/project-search/project-profile/index.html?ReferenceNo={ref}"
HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<\?xml[^>]*>\s*<html)", re.I)
ROW_NUMBER = re.compile(r"^\d+\.?$")
HKD_PREFIX = re.compile(r"^(HK\$|\$)\s*")
PLACEHOLDERS = ("", "-", "0", "0.0", "n/a", "nil")

# Header names as published, with the spellings seen across years (case and spaces ignored).
COLUMNS = {
    "no": ("no.", "no"),
    "programme": ("programme*", "programme"),
    "reference": ("reference no.", "reference no", "ref. no."),
    "title": ("project title",),
    "applicant": ("lead applicant",),
    "approved": ("funds approved ($m)", "funds approved"),
    "revised": ("revised funds approved ($m)", "revised funds approved"),
    "remarks": ("remarks",),
}
REQUIRED_COLUMNS = ("reference", "title", "applicant", "approved")



def list_year(url: str) -> int | None:
    """The year of an annual-list URL (`annuallist_2023_e.csv` -> 2023), or None for other URLs."""
    match = LIST_PATH.search(url.split("?")[0])
    return int(match["year"]) if match else None


def is_not_published(response) -> bool:
    """True when a CSV URL answered an HTML page: the site's "not found" stub for a missing year."""
    return bool(HTML_START.match(response.body[:512])) or "text/html" in content_type(response).lower()


def extract_annual_list(response) -> list[FundingAward]:
    """Every project row of one year's list, in file order; footnote rows are skipped."""
    year = list_year(response.url)
    if year is None:
        raise ExtractionError(f"not an ITF annual-list URL: {response.url}")
    if is_not_published(response):
        raise ExtractionError(f"HTML page instead of a CSV: the {year} list is not published (404 stub)")
    text = decode_csv(response.body)
    rows = csv_rows(text)
    header_at, columns = _find_header(rows)
    awards = []
    for row in rows[header_at + 1:]:
        cell = _cells(row, columns)
        if not ROW_NUMBER.match(cell("no")) or not cell("reference"):
            continue  # a footnote, a blank line or a total
        awards.append(_award(cell, year, response.url))
    if not awards:
        raise ExtractionError(f"the {year} list has a header but no project rows (truncated file?)")
    return awards


def decode_csv(body: bytes) -> str:
    """The text of a CSV body: UTF-8 (BOM or not) when it decodes strictly, else cp1252/Latin-1.

    `spiders.charset.decode_page` is not used on purpose: its fallback tries Big5 for pages that do
    not decode as UTF-8, and Latin-1 bytes of the 2019 file can decode as Big5 without an error.
    """
    if not body.strip():
        raise ExtractionError("empty response body")
    if body[:1024].startswith(BINARY_SIGNATURES) or b"\x00" in body[:1024]:
        raise ExtractionError("binary content, not a CSV file")
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError:
        return body.decode("iso-8859-1")


def parse_amount(text: str) -> float | None:
    """HK dollars from a published amount: "2.799" (HK$ million) or "HK$2,799,000" (dollars).

    Placeholders ("", "-", "0") give None. A bare figure of 1,000 or more is taken as dollars too:
    no single project comes near HK$1,000 million, so the two units never overlap.
    """
    raw = (text or "").strip()
    if raw.lower() in PLACEHOLDERS:
        return None
    in_dollars = bool(HKD_PREFIX.match(raw))
    number = HKD_PREFIX.sub("", raw).replace(",", "").strip()
    try:
        value = float(number)
    except ValueError:
        return None
    if value <= 0:
        return None
    if in_dollars or value >= 1000:
        return round(value, 2)
    return round(value * 1_000_000, 2)


def amount_text(text: str, header_unit: str = "HK$ million") -> str | None:
    """The published amount with its unit: "2.799" -> "2.799 (HK$ million)", "HK$2,799,000" as is."""
    raw = (text or "").strip()
    if raw.lower() in PLACEHOLDERS:
        return None
    return raw if HKD_PREFIX.match(raw) else f"{raw} ({header_unit})"


def _award(cell, year: int, url: str) -> FundingAward:
    ref = clean_keep_zero_width(cell("reference"))
    approved, revised = cell("approved"), cell("revised")
    approved_hkd, revised_hkd = parse_amount(approved), parse_amount(revised)
    return FundingAward(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=ref,
        url=url,
        scheme=clean_keep_zero_width(cell("programme")),
        title=clean_keep_zero_width(cell("title")),
        recipient=clean_keep_zero_width(cell("applicant")),
        amount_hkd=revised_hkd if revised_hkd is not None else approved_hkd,
        amount_text=amount_text(approved),
        year=year,
        extra={
            "row_no": cell("no").rstrip("."),
            "funds_approved_hkd": approved_hkd,
            "revised_funds_text": amount_text(revised),
            "revised_funds_hkd": revised_hkd,
            "amount_from": "revised" if revised_hkd is not None else "approved",
            "remarks": clean_keep_zero_width(cell("remarks")) or None,
            "profile_url": PROFILE_URL.format(ref=ref),
        },
    )


def _find_header(rows: list[list[str]]) -> tuple[int, dict[str, int]]:
    for at, row in enumerate(rows[:10]):
        names = [_key(c) for c in row]
        columns = {field: names.index(name) for field, spellings in COLUMNS.items()
                   for name in spellings if name in names}
        if all(field in columns for field in REQUIRED_COLUMNS):
            return at, columns
    if rows and rows[0] and rows[0][0].lstrip().startswith("<"):
        raise ExtractionError("HTML page instead of a CSV")
    raise ExtractionError("no header row with Reference No., Project Title, Lead Applicant and "
                          "Funds Approved: not an ITF annual list")


def _cells(row: list[str], columns: dict[str, int]):
    def cell(field: str) -> str:
        at = columns.get(field)
        return row[at].strip() if at is not None and at < len(row) else ""
    return cell


def _key(name: str) -> str:
    return clean_keep_zero_width(name.replace("\ufeff", "")).lower()
