"""Render the ITF project-search sample pages from the research records.

Input: `sample_web/_records/itf_projects.jsonl` (real projects, each with evidence URLs).
Output, under `sample_web/www.itf.gov.hk/en/project-search/`:
- `project-profile/index.html?ReferenceNo=<REF>` for every record (file name percent-encoded,
  slashes of the reference as %2F), a `#projectProfile` table with `th` label / `td` value;
- `search-result/index.html?Keywords=<kw>&Page=1` for every keyword of KEYWORDS, listing the records
  whose title contains the keyword (case-insensitive), in a `#searchResultTbl` table with a pager.

The markup and the row labels are ours (the live pages are rendered by JavaScript and were not seen);
the facts in them come from the records. A row is left out when its fact is not known (no amount, no
project period), never filled with a guess. Run: python sample_web/_tools/render_itf.py
"""
from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path
from urllib.parse import quote, quote_plus

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "_records" / "itf_projects.jsonl"
SITE = ROOT / "www.itf.gov.hk" / "en" / "project-search"
KEYWORDS = ("intelligence", "robotic", "smart", "recycle", "polymer")
PROGRAMMES = {
    "ITSP": "Innovation and Technology Support Programme (ITSP)",
    "PSTS": "Public Sector Trial Scheme (PSTS)",
}
PROFILE_PATH = "/en/project-search/project-profile/index.html?ReferenceNo={ref}"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - Innovation and Technology Fund</title>
</head>
<body>
<div id="content">
<h1>{title}</h1>
{body}
</div>
</body>
</html>
"""


def funds_text(record: dict) -> str | None:
    """The approved amount in one site-wide style: exact dollars, or millions when only that is known."""
    if record.get("amount_hkd") is None:
        return None
    if record.get("amount_exact"):
        return f"HK${record['amount_hkd']:,.0f}"
    return f"HK${record['amount_hkd'] / 1_000_000:.2f} million"


def ddmmyyyy(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def profile_page(record: dict) -> str:
    rows = [("Reference No.", record["reference_no"]), ("Project Title", record["title"]),
            ("Programme", PROGRAMMES[record["programme"]]), ("Lead Applicant", record["lead_applicant"])]
    if funds_text(record):
        rows.append(("Funds Approved", funds_text(record)))
    if record.get("approval_date"):
        rows.append(("Date of Approval", ddmmyyyy(record["approval_date"])))
    if record.get("project_start") and record.get("project_end"):
        rows.append(("Project Period", f"{ddmmyyyy(record['project_start'])} - {ddmmyyyy(record['project_end'])}"))
    cells = "\n".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    body = f'<table id="projectProfile" class="colorTbl">\n{cells}\n</table>'
    return PAGE.format(title="Project Profile", body=body)


def results_page(keyword: str, records: list[dict]) -> str:
    rows = []
    for r in records:
        href = html.escape(PROFILE_PATH.format(ref=r["reference_no"]))
        rows.append(f'<tr><td><a class="rowlink" href="{href}">{html.escape(r["reference_no"])}</a></td>'
                    f'<td>{html.escape(r["title"])}</td><td>{html.escape(r["lead_applicant"])}</td>'
                    f'<td>{html.escape(funds_text(r) or "-")}</td></tr>')
    last = html.escape(f"index.html?Keywords={quote_plus(keyword)}&Page=1")
    body = (f'<p class="searchSummary">Keywords: {html.escape(keyword)} ({len(records)} record(s) found)</p>\n'
            '<table id="searchResultTbl" class="colorTbl">\n<thead><tr><th>Reference No.</th>'
            '<th>Project Title</th><th>Lead Applicant</th><th>Funds Approved</th></tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table>\n"
            f'<div class="pagination"><span class="page selected"><span>1</span></span>'
            f'<a class="last arrow" href="{last}">Last</a></div>')
    return PAGE.format(title="Project Search Result", body=body)


def main() -> None:
    records = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    profiles = SITE / "project-profile"
    results = SITE / "search-result"
    profiles.mkdir(parents=True, exist_ok=True)
    results.mkdir(parents=True, exist_ok=True)
    for record in records:
        name = "index.html" + quote(f"?ReferenceNo={record['reference_no']}", safe="")
        (profiles / name).write_text(profile_page(record), encoding="utf-8")
    for keyword in KEYWORDS:
        matching = [r for r in records if keyword.lower() in r["title"].lower()]
        name = "index.html" + quote(f"?Keywords={quote_plus(keyword)}&Page=1", safe="")
        (results / name).write_text(results_page(keyword, matching), encoding="utf-8")
    reachable = {r["reference_no"] for r in records for k in KEYWORDS if k in r["title"].lower()}
    missing = [r["reference_no"] for r in records if r["reference_no"] not in reachable]
    print(f"{len(records)} profiles, {len(KEYWORDS)} result pages; unreachable: {missing or 'none'}")


if __name__ == "__main__":
    main()
