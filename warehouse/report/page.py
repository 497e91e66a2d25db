"""The report's page: its sections, which figures each shows, and the HTML they become.

The page is one HTML file with a small inline style sheet and its charts as inline SVG; each figure's
numbers are also a CSV file beside it. It opens from disk with no network and runs no script. Text
from the data is escaped by the template (the SVG by the renderer).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import jinja2
import pandas as pd

from warehouse.report.queries import TIMEZONE, Figure

TABLE_ROWS = 40  # a chart's longer result is linked as CSV only: a page of numbers is not a report
TABLE_ONLY_ROWS = 200  # a figure without a chart (the sources, the checks) is its table
OPEN_ROWS = 12  # a table this short is shown open beside its chart; a longer one opens with a click


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    intro: str
    figures: tuple[str, ...]


SECTIONS = (
    Section("activity", "AI activity over time",
            "Articles each month, split into those about AI and the rest.", ("activity_pillar", "activity_source")),
    Section("hubs", "Hubs", "The AI start-ups and companies the two hubs list, by AI sub-field.", ("hubs",)),
    Section("universities", "Universities", "What the five universities publish on AI, and their research units.",
            ("university_output", "university_units")),
    Section("innohk", "InnoHK", "The InnoHK research labs: where they are hosted, and who they work with.",
            ("innohk_labs", "innohk_partners")),
    Section("funding", "Funding", "Funded projects of the Innovation and Technology Fund, by scheme and year.",
            ("funding",)),
    Section("crossborder", "Cross-border", "How much of the news looks across the boundary, and where to.",
            ("crossborder_share", "crossborder_places")),
    Section("graph", "The ecosystem graph",
            "Organizations, programmes and labs as a graph, shown as who links to whom.",
            ("graph", "graph_degree", "graph_pairs")),
    Section("data", "Data", "Where the numbers come from: each source, the build's coverage, and its checks.",
            ("sources", "coverage", "build", "checks")),
)

TITLES = {
    "activity_pillar": "By pillar, monthly",
    "activity_source": "By source, monthly",
    "hubs": "HKSTP and Cyberport AI companies by AI sub-field",
    "university_output": "AI output by year and topic",
    "university_units": "Research units by university",
    "innohk_labs": "Labs by cluster and host",
    "innohk_partners": "Mainland and overseas partners",
    "funding": "Funding by scheme and year",
    "crossborder_share": "Cross-border share over time",
    "crossborder_places": "Places named",
    "graph": "Who links to whom",
    "graph_degree": "The most connected organizations",
    "graph_pairs": "Organizations named together",
    "sources": "Coverage and freshness: sample or live, per source",
    "coverage": "Coverage",
    "build": "The last build",
    "checks": "The last build's checks",
}


def sample_status(sources: Figure) -> str:
    """"sample" when every crawled source was replayed from the bundled sample web, "partly sample", or "live"."""
    if not sources.available:
        return "unknown"
    coverage = sources.frame["coverage"]
    crawled = coverage[coverage != "not crawled"]
    if len(crawled) and (crawled == "sample").all():
        return "sample"
    return "partly sample" if (crawled == "sample").any() else "live"


def cell(value) -> str:
    """A value as the tables show it: integers with separators, times in Hong Kong, lists joined."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        return ", ".join(str(v) for v in list(value))
    if isinstance(value, datetime):
        return value.astimezone(ZoneInfo(TIMEZONE)).strftime("%Y-%m-%d %H:%M") if value.tzinfo else f"{value:%Y-%m-%d}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def glance_value(figure: str, value: float) -> str:
    """A key figure as shown: a percentage with one decimal, else a whole number with separators."""
    if value is None or math.isnan(value):  # a share of nothing
        return "–"
    return f"{value:.1f}%" if figure.endswith("_pct") else f"{value:,.0f}"


def table_rows(frame: pd.DataFrame) -> list[list[tuple[str, bool]]]:
    """Each row as (text, is_number) cells; a year is written as a year (2025, not 2,025)."""
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
               for c in frame.columns]
    years = [c == "year" for c in frame.columns]
    return [[(str(v) if year and isinstance(v, int) else cell(v), n) for v, n, year in zip(row, numeric, years)]
            for row in frame.itertuples(index=False)]


def hub_kind_table(frame: pd.DataFrame) -> dict:
    """Organizations by hub (rows) and kind (columns), with each hub's total."""
    kinds = sorted(frame["kind"].unique())
    hubs = list(dict.fromkeys(frame["hub"]))
    counts = {(h, k): int(n) for h, k, n in frame[["hub", "kind", "organizations"]].itertuples(index=False)}
    return {"kinds": kinds, "rows": [(h, [(k, counts.get((h, k), 0)) for k in kinds],
                                       sum(counts.get((h, k), 0) for k in kinds)) for h in hubs]}


def freshness(sources: Figure, checks: Figure) -> str:
    """One paragraph: how many sources are sample or live, when they were last crawled, how the checks went."""
    parts = []
    if sources.available and len(sources.frame):
        frame = sources.frame
        parts.append(f"Sources: {len(frame)}, of them {(frame['coverage'] == 'sample').sum()} replayed from the "
                     f"sample web and {(frame['coverage'] == 'live').sum()} crawled live; last crawls between "
                     f"{cell(frame['last_crawl_at'].min())} and {cell(frame['last_crawl_at'].max())} "
                     "(Hong Kong time).")
    if checks.available:
        frame = checks.frame
        failed = ~frame["passed"].astype(bool)
        parts.append(f"Checks of the last build: {len(frame)}, {failed.sum()} failed "
                     f"({(failed & frame['blocking'].astype(bool)).sum()} of them blocking).")
    return " ".join(parts)


def render_page(figures: dict[str, Figure], charts: dict[str, str], built_at: datetime) -> str:
    """The report's HTML. `charts` maps a figure to its chart, an SVG element."""
    environment = jinja2.Environment(loader=jinja2.PackageLoader("warehouse.report", "."),
                                     autoescape=True, undefined=jinja2.StrictUndefined)
    environment.filters["cell"] = cell
    status = sample_status(figures["sources"])
    glance, hubs = figures["glance"], figures["glance_hubs"]
    return environment.get_template("page.html.j2").render(
        status=status,
        built_at=built_at.astimezone(ZoneInfo(TIMEZONE)).strftime("%Y-%m-%d %H:%M"),
        glance=[(f, label, glance_value(f, v), t) for f, label, v, t in glance.frame.itertuples(index=False)]
        if glance.available else [],
        glance_query=glance.query,
        hubs=hub_kind_table(hubs.frame) if hubs.available else None,
        hubs_query=hubs.query,
        sections=SECTIONS, titles=TITLES, figures=figures, charts=charts, table_rows=table_rows,
        table_limit=TABLE_ROWS, table_only_limit=TABLE_ONLY_ROWS, open_limit=OPEN_ROWS,
        freshness=freshness(figures["sources"], figures["checks"]),
    )
