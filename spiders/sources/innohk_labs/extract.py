"""Pure extraction for the ITC InnoHK page (SOURCES.md section 3).

The page introduces the two clusters and lists the admitted research laboratories. We read the list as
one table per cluster, the cluster named by the heading before it, and the columns found by their header
text (laboratory, leading institution, collaborating institutions), not by position. Whether the live
page carries the list as HTML tables or as an attachment is not verified (see docs/sources/innohk.md).
"""
from __future__ import annotations

import re

from parsel import Selector

from spiders.errors import ExtractionError
from spiders.items import Organization
from spiders.text import clean_keep_zero_width, ends_html, page_text, slug

EXTRACTOR_VERSION = "itc-innohk-1"
SOURCE = "innohk_labs"
HUB = "InnoHK"
CLUSTERS = {"health": "Health@InnoHK", "air": "AIR@InnoHK"}
ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[A-Za-z0-9²]+)\)$")
# Header words of each column, most specific first: "Collaborating Institution(s)" is the partners
# column although it also says "institution".
COLUMNS = {"partners": ("collaborat", "partner"),
           "laboratory": ("laboratory", "centre", "center", "lab"),
           "lead": ("leading", "lead", "host", "institution")}



def extract_labs(response) -> list[Organization]:
    """Every research laboratory in the page's cluster tables."""
    text = page_text(response)
    sel = Selector(text=text, type="html")
    if "innohk" not in text.lower():
        raise ExtractionError("the page does not mention InnoHK: not the ITC InnoHK page")
    if not ends_html(text):  # a cut table would silently lose the labs after the cut
        raise ExtractionError("truncated page: it ends before </html>")
    labs: list[Organization] = []
    for table in sel.css("table"):
        cluster = _cluster(table)
        columns = _columns(table)
        if cluster is None or "laboratory" not in columns:
            continue
        for row in table.css("tbody tr") or table.css("tr")[1:]:
            cells = row.css("td")
            if len(cells) <= columns["laboratory"]:
                continue
            labs.append(_lab(response, cells, columns, cluster))
    if not labs:
        raise ExtractionError("no cluster table of research laboratories found on the InnoHK page")
    return labs


def _lab(response, cells, columns: dict, cluster: str) -> Organization:
    lab_cell = cells[columns["laboratory"]]
    label = clean_keep_zero_width(" ".join(lab_cell.css("::text").getall()))
    match = ACRONYM.match(label)
    name, acronym = (match["name"], match["acronym"]) if match else (label, None)
    lead = _cell(cells, columns.get("lead"))
    partners = [p.strip() for p in re.split(r";|\n", _cell(cells, columns.get("partners")) or "") if p.strip()]
    website = lab_cell.css("a::attr(href)").get()
    extra = {"acronym": acronym} if acronym else {}
    if partners:
        extra["collaborating_institutions"] = partners
    return Organization(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=slug(acronym or name),
        url=response.url,
        lang="en",
        name=name,
        kind="research_unit",
        website=response.urljoin(website.strip()) if website else None,
        hub=HUB,
        programmes=[{"programme": "InnoHK", "status": "admitted", "year": None}],
        affiliation=lead,
        cluster=cluster,
        extra=extra,
    )


def _cluster(table) -> str | None:
    """The cluster a table belongs to: its caption or summary, else the nearest heading before it."""
    candidates = [" ".join(table.css("caption ::text").getall()), table.attrib.get("summary", "")]
    candidates += table.xpath("preceding::*[self::h2 or self::h3 or self::h4 or self::h5][1]//text()").getall()
    for text in candidates:
        low = text.lower()
        for key, cluster in CLUSTERS.items():
            if f"{key}@innohk" in low.replace(" ", ""):
                return cluster
    return None


def _columns(table) -> dict[str, int]:
    headers = table.css("thead th") or table.css("tr:first-child th")
    found: dict[str, int] = {}
    for index, th in enumerate(headers):
        text = clean_keep_zero_width(" ".join(th.css("::text").getall())).lower()
        for key, words in COLUMNS.items():
            if key not in found and any(w in text for w in words):
                found[key] = index
                break
    return found


def _cell(cells, index: int | None) -> str | None:
    if index is None or index >= len(cells):
        return None
    return clean_keep_zero_width(" ".join(cells[index].css("::text").getall())) or None

