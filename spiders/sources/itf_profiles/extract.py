"""Pure extraction for the ITF project search: keyword result pages and project-profile pages.

Page structure (SOURCES.md section 3, "ITF — current site"; third-party scrapers of the live site):
- results `/en/project-search/search-result/index.html?Keywords=<kw>&Page=N`: table `#searchResultTbl`
  (also `table.colorTbl`), one row per project, its first cell a link `a.rowlink` to the profile;
  columns reference no., project title, lead applicant, funds approved; pager `.last.arrow` (link to
  the last page), current page `.page.selected span`;
- profile `/en/project-search/project-profile/index.html?ReferenceNo=<REF>` (slashes kept in the
  query value): rows of `#projectProfile tr`, `th` = label, `td` = value.

The live site renders both with JavaScript; these functions read the rendered HTML. The row labels
are matched loosely (case, spaces, trailing colons and several spellings) because the live labels were
not seen (docs/sources/itf.md). Dirt handled: amounts "HK$5,245,000", "HK$10.22 million", "3.73M" or
a bare figure in HK$ million; dates dd/mm/yyyy, yyyy-mm-dd or "16 Oct 2017"; an HTML "not found" stub
served with status 200; a JSON body; a page without its table.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import parse_qs, quote_plus, urlsplit

from spiders.errors import ExtractionError
from spiders.items import FundingAward
from spiders.text import clean, html_selector

EXTRACTOR_VERSION = "itf-profile-1"
SOURCE = "itf_profiles"

PROFILE_PATH = "/en/project-search/project-profile/index.html"
RESULTS_URL = "https://www.itf.gov.hk/en/project-search/search-result/index.html?Keywords={kw}&Page={page}"

# Reference prefixes and the programme each stands for (SOURCES.md section 3; the annual lists' footnotes).
PREFIX_SCHEMES = {
    "ITS": "ITSP", "ITP": "ITSP", "ITT": "PSTS", "PRP": "PRP", "MRP": "MRP", "GHP": "TCFS", "GHX": "TCFS",
    "MHP": "MHKJFS", "MHX": "MHKJFS", "UIM": "UICP", "UIT": "UICP", "TSSSU": "TSSSU",
}
PROGRAMME_CODE = re.compile(r"\(([A-Z][A-Za-z-]{1,12})\)\s*$")

# Profile labels (normalised: lower case, no punctuation) and the field each one fills.
LABELS = {
    "reference": ("reference no", "reference number", "project reference", "project reference no", "ref no"),
    "title": ("project title", "title"),
    "programme": ("programme", "funding programme", "programme scheme", "scheme"),
    "applicant": ("lead applicant", "applicant", "lead organisation", "organisation",
                  "lead organization", "organization"),
    "amount": ("funds approved", "funding approved", "approved funding", "amount approved",
               "itf funding", "funds approved hk"),
    "approved_on": ("date of approval", "approval date", "approved on"),
    "period": ("project period", "project duration"),
    "start": ("project start date", "commencement date", "start date"),
    "end": ("project end date", "completion date", "end date"),
}

NOT_FOUND = re.compile(r"page not found|cannot be found|no longer available", re.I)
NO_RECORDS = re.compile(r"no (matching )?records? (is |were |was )?found|0 record", re.I)
AMOUNT = re.compile(r"^(?:HK\$|\$)?\s*(?P<num>[\d,]+(?:\.\d+)?)\s*(?P<unit>million|mn|m)?\.?$", re.I)
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%d-%m-%Y")


def reference_of(url: str) -> str | None:
    """The `ReferenceNo` of a profile URL (`...?ReferenceNo=ITS/123/21` -> "ITS/123/21"), or None."""
    parts = urlsplit(url)
    if not parts.path.endswith(PROFILE_PATH):
        return None
    values = parse_qs(parts.query).get("ReferenceNo")
    return clean(values[0]) if values else None


def scheme_of(reference: str, programme: str | None = None) -> str:
    """Programme code: from "... (ITSP)" in the profile, else from the reference's prefix, else the text."""
    if programme:
        match = PROGRAMME_CODE.search(programme)
        if match:
            return match[1]
    prefix = re.split(r"[/-]", reference, maxsplit=1)[0].upper()
    return PREFIX_SCHEMES.get(prefix) or (programme or prefix)


def parse_amount(text: str | None) -> float | None:
    """HK dollars from a published amount; None for a placeholder or anything unreadable.

    "HK$5,245,000" -> 5245000; "HK$10.22 million" / "3.73M" -> millions; a bare figure under 1,000
    is taken as HK$ million (the annual lists' unit), 1,000 or more as dollars.
    """
    raw = clean(text or "").replace("HK$ ", "HK$")
    match = AMOUNT.match(raw)
    if not match:
        return None
    value = float(match["num"].replace(",", ""))
    if value <= 0:
        return None
    if match["unit"] or (value < 1000 and not raw.upper().startswith(("HK$", "$"))):
        return round(value * 1_000_000, 2)
    if value < 1000:  # "HK$950" is a figure in dollars, but no ITF project is that small: unreadable
        return None
    return round(value, 2)


def parse_date(text: str | None) -> date | None:
    raw = clean(text or "")
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None


def extract_results(response) -> dict:
    """One result page: its rows, the profile links, the current and the last page number.

    Returns {"rows": [{reference, title, applicant, funds_text, profile_url}], "profile_urls": [...],
    "page": int, "last_page": int, "keywords": str | None}. A page that says no record was found has
    no rows; a page with neither the table nor that message is not a result page.
    """
    sel = _html(response, "a project-search result page")
    table = sel.css("#searchResultTbl, table.colorTbl")
    if not table:
        if NO_RECORDS.search(" ".join(sel.css("#content ::text, body ::text").getall())):
            return _results([], 1, 1, response.url)
        raise ExtractionError("no #searchResultTbl table: not an ITF project-search result page")
    rows = []
    for tr in table[0].css("tr"):
        link = tr.css("a.rowlink")
        cells = [clean(" ".join(td.css("::text").getall())) for td in tr.css("td")]
        if not link or len(cells) < 2:
            continue  # the header row, or a row without a profile link
        href = link[0].attrib.get("href", "")
        url = response.urljoin(href)
        rows.append({
            "reference": clean(link[0].css("::text").get() or "") or reference_of(url),
            "title": cells[1],
            "applicant": cells[2] if len(cells) > 2 else None,
            "funds_text": cells[3] if len(cells) > 3 and cells[3] not in ("", "-") else None,
            "profile_url": url,
        })
    page = _int(sel.css(".page.selected span::text").get()) or _page_param(response.url) or 1
    last_href = sel.css(".last.arrow::attr(href)").get()
    last = _page_param(response.urljoin(last_href)) if last_href else None
    return _results(rows, page, max(page, last or page), response.url)


def extract_result_links(response) -> list[str]:
    """The links of a result page (for `hkai parse`): every profile, then the pager's other pages."""
    page = extract_results(response)
    links = list(page["profile_urls"])
    if page["page"] == 1 and page["keywords"]:
        links += [RESULTS_URL.format(kw=quote_plus(page["keywords"]), page=n) for n in range(2, page["last_page"] + 1)]
    return links


def extract_profile(response) -> FundingAward:
    """One project profile: reference, title, programme, lead applicant, amount, year."""
    sel = _html(response, "an ITF project profile")
    rows = sel.css("#projectProfile tr")
    if not rows:
        if NOT_FOUND.search(" ".join(sel.css("title::text, h1::text").getall())):
            raise ExtractionError("HTML 'page not found' stub instead of a project profile")
        raise ExtractionError("no #projectProfile table: not an ITF project profile")
    fields: dict[str, str] = {}
    labels = {}
    for tr in rows:
        label = clean(" ".join(tr.css("th ::text").getall()))
        value = clean(" ".join(tr.css("td ::text").getall()))
        if label:
            labels[label] = value
            field = _field_of(label)
            if field and field not in fields:
                fields[field] = value
    reference = fields.get("reference") or reference_of(response.url)
    if not reference:
        raise ExtractionError("profile without a reference number")
    if not fields.get("title"):
        raise ExtractionError(f"profile {reference} has no project title")
    start, end = _period(fields)
    approved_on = parse_date(fields.get("approved_on"))
    if approved_on:
        year, year_from = approved_on.year, "approval_date"
    elif start:
        year, year_from = start.year, "project_start"
    else:
        year, year_from = None, None
    amount = fields.get("amount") or None
    return FundingAward(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=reference,
        url=response.url,
        scheme=scheme_of(reference, fields.get("programme")),
        title=fields["title"],
        recipient=fields.get("applicant") or "",
        amount_hkd=parse_amount(amount),
        amount_text=amount,
        year=year,
        extra={
            "year_from": year_from,
            "programme": fields.get("programme") or None,
            "approved_on": approved_on.isoformat() if approved_on else None,
            "project_start": start.isoformat() if start else None,
            "project_end": end.isoformat() if end else None,
            "labels": sorted(labels),
        },
    )


def _html(response, what: str):
    sel = html_selector(response, what, complete=True)
    if not sel.css("body *"):
        raise ExtractionError(f"no HTML body: not {what}")
    return sel


def _results(rows, page, last, url) -> dict:
    keywords = parse_qs(urlsplit(url).query).get("Keywords")
    return {"rows": rows, "profile_urls": [r["profile_url"] for r in rows], "page": page, "last_page": last,
            "keywords": keywords[0] if keywords else None}


def _field_of(label: str) -> str | None:
    key = re.sub(r"[^a-z ]", " ", label.lower())
    key = " ".join(key.split())
    for field, spellings in LABELS.items():
        if key in spellings:
            return field
    return None


def _period(fields: dict) -> tuple[date | None, date | None]:
    if fields.get("period"):
        parts = re.split(r"\s+(?:-|–|to)\s+", fields["period"], maxsplit=1)
        start = parse_date(parts[0])
        end = parse_date(parts[1]) if len(parts) > 1 else None
        return start, end
    return parse_date(fields.get("start")), parse_date(fields.get("end"))


def _page_param(url: str) -> int | None:
    values = parse_qs(urlsplit(url).query).get("Page")
    return _int(values[0]) if values else None


def _int(text: str | None) -> int | None:
    text = clean(text or "")
    return int(text) if text.isdecimal() else None
