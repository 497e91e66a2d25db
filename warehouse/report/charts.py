"""The report's charts: Vega-Lite specifications built with altair, rendered offline to static SVG.

`vl-convert` renders each specification in-process (its own bundled Vega), so the page loads no
script and nothing from the network. Each function takes a figure's frame and returns a chart.
"""
from __future__ import annotations

import altair as alt
import pandas as pd
import vl_convert

WIDTH = 760
VEGA_LITE = alt.SCHEMA_VERSION.lstrip("v").rsplit(".", 1)[0]  # the Vega-Lite altair writes for, e.g. 6.4
# Labels are placed by the width vl-convert measures. DejaVu Sans is what Debian's browsers draw for
# sans-serif, and wider than most: a browser's own sans-serif then fits. A longer list of named fonts
# would make vl-convert look each up for every label, four times slower.
FONT = "DejaVu Sans, sans-serif"
# The count axis of a short row: a few ticks, whole numbers only (a tick at 0.5 gets no label).
COUNT_AXIS = alt.Axis(tickCount=3, format="d", labelExpr="datum.value % 1 ? '' : datum.label")
AI_COLOURS = alt.Scale(domain=["about AI", "other"], range=["#d1495b", "#c9ccd1"])
# Row labels of small multiples: above their row, long enough for an English and Chinese name.
ROW_HEADER = alt.Header(labelAngle=0, labelOrient="top", labelAnchor="start", labelAlign="left",
                        labelFontWeight="bold", labelPadding=2, title=None)
# Every chart's look: one font family, larger text than Vega-Lite's default, no frame around plots.
# Labels are never cut (limit 0): names are short enough, and cutting one measures it again and again.
CONFIG = {"font": FONT, "view": {"stroke": None},
          "axis": {"labelFontSize": 12, "titleFontSize": 12, "labelLimit": 0},
          "legend": {"labelFontSize": 12, "titleFontSize": 12, "labelLimit": 0},
          "header": {"labelFontSize": 13, "labelLimit": 0}, "text": {"fontSize": 12}}
CLUSTER_COLOURS = alt.Scale(domain=["AIR@InnoHK", "Health@InnoHK"], range=["#30638e", "#00a6a6"])


def label(key: str) -> str:
    """A taxonomy key as words: `ai_in_finance` is "AI in finance" (no key: "none")."""
    if key is None or key != key:  # None or NaN
        return "none"
    words = [("AI" if w == "ai" else w) for w in str(key).split("_")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def to_svg(chart: alt.TopLevelMixin, name: str) -> str:
    """The chart as an SVG element to put in the page (rendered here, no browser and no network).

    Ids inside it (a clip path, say) get the chart's name as prefix: several SVGs share one page.
    """
    # Unvalidated: validating every specification against the schema doubles the time; the tests validate.
    spec = chart.to_dict(validate=False)
    # No base URL is allowed: every chart's data is inline, so rendering fetches nothing.
    svg = vl_convert.vegalite_to_svg(spec, vl_version=VEGA_LITE, config=CONFIG, allowed_base_urls=[])
    return svg.replace('id="', f'id="{name}-').replace("url(#", f"url(#{name}-")


def _ai_split(frame: pd.DataFrame, keep: list[str]) -> pd.DataFrame:
    """Rows per `keep` and kind: articles about AI and other articles (stacked, they add up to all)."""
    long = frame.melt(id_vars=keep, value_vars=["ai_articles", "other_articles"], var_name="kind",
                      value_name="count")
    long["kind"] = long["kind"].map({"ai_articles": "about AI", "other_articles": "other"})
    return long[long["count"] > 0]


def monthly_small_multiples(frame: pd.DataFrame, row: str) -> alt.FacetChart:
    """Articles per month, one row per `row` value, each bar split into about AI and other."""
    long = _ai_split(frame, ["month", row])
    bars = alt.Chart(long).mark_bar().encode(
        x=alt.X("yearmonth(month):T", title="month", axis=alt.Axis(format="%Y", tickCount="year")),
        y=alt.Y("sum(count):Q", title=None, axis=COUNT_AXIS),
        color=alt.Color("kind:N", title="articles", scale=AI_COLOURS, legend=alt.Legend(orient="top")),
        order=alt.Order("kind:N", sort="ascending"),
    ).properties(width=WIDTH - 40, height=40)
    return bars.facet(row=alt.Row(f"{row}:N", header=ROW_HEADER)
                      ).resolve_scale(y="independent").properties(spacing=10)


def activity_by_pillar(frame: pd.DataFrame) -> alt.FacetChart:
    return monthly_small_multiples(frame.assign(pillar=frame["pillar"].map(label)), "pillar")


def activity_by_source(frame: pd.DataFrame) -> alt.FacetChart:
    return monthly_small_multiples(frame, "source_title")


def horizontal_bars(frame: pd.DataFrame, y: str, x: str, colour: str | None, y_title: str, x_title: str,
                    scale: alt.Scale | None = None, sort: list[str] | str = "-x") -> alt.LayerChart:
    """One bar per `y` (stacked by `colour`), with its total written at its end."""
    encoding = {"y": alt.Y(f"{y}:N", title=y_title, sort=sort),
                "x": alt.X(f"sum({x}):Q", title=x_title, axis=alt.Axis(tickMinStep=1, format="d"))}
    bars = alt.Chart(frame).mark_bar().encode(**encoding)
    if colour:
        bars = bars.encode(color=alt.Color(f"{colour}:N", title=label(colour), scale=scale or alt.Undefined,
                                           legend=alt.Legend(orient="top")))
    totals = alt.Chart(frame).mark_text(align="left", dx=3).encode(
        y=encoding["y"], x=encoding["x"], text=alt.Text(f"sum({x}):Q"))
    return alt.layer(bars, totals).properties(width=WIDTH - 330, height=alt.Step(22))


def hubs_by_subfield(frame: pd.DataFrame) -> alt.LayerChart:
    data = frame.assign(ai_subfield=frame["ai_subfield"].map(label))
    largest_first = data.groupby("ai_subfield")["companies"].sum().sort_values(ascending=False).index.tolist()
    base = alt.Chart(data).encode(
        y=alt.Y("ai_subfield:N", title="AI sub-field", sort=largest_first),
        yOffset=alt.YOffset("hub:N"),
        x=alt.X("companies:Q", title="AI start-ups and companies", axis=alt.Axis(tickMinStep=1, format="d")),
    )
    bars = base.mark_bar().encode(color=alt.Color("hub:N", title="hub", legend=alt.Legend(orient="top"),
                                                  scale=alt.Scale(domain=["HKSTP", "Cyberport"],
                                                                  range=["#edae49", "#30638e"])))
    return alt.layer(bars, base.mark_text(align="left", dx=3).encode(text="companies:Q")).properties(
        width=WIDTH - 200, height=alt.Step(16))


def university_output(frame: pd.DataFrame) -> alt.FacetChart:
    data = frame.assign(ai_subfield=frame["ai_subfield"].map(label), year=frame["year"].astype(str))
    years = [str(y) for y in range(int(frame["year"].min()), int(frame["year"].max()) + 1)]
    bars = alt.Chart(data).mark_bar().encode(
        x=alt.X("year:O", title="year", scale=alt.Scale(domain=years), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("sum(ai_articles):Q", title=None, axis=COUNT_AXIS),
        color=alt.Color("ai_subfield:N", title="AI sub-field", legend=alt.Legend(orient="top", columns=4)),
    ).properties(width=WIDTH - 40, height=40)
    return bars.facet(row=alt.Row("university:N", header=ROW_HEADER)).properties(spacing=10)


def university_units(frame: pd.DataFrame) -> alt.LayerChart:
    return horizontal_bars(frame, "university", "units", "unit_kind", None, "research units", scale=alt.Scale(
        domain=["AIR@InnoHK lab", "Health@InnoHK lab", "other unit, about AI", "other unit"],
        range=["#30638e", "#00a6a6", "#d1495b", "#c9ccd1"]))


def innohk_labs(frame: pd.DataFrame) -> alt.LayerChart:
    return horizontal_bars(frame, "host", "labs", "cluster", None, "InnoHK labs", scale=CLUSTER_COLOURS)


def innohk_partners(frame: pd.DataFrame) -> alt.LayerChart:
    counted = frame.groupby(["origin", "cluster"], as_index=False).size().rename(columns={"size": "institutions"})
    return horizontal_bars(counted, "origin", "institutions", "cluster", None,
                           "partner institutions (lab and partner pairs)", scale=CLUSTER_COLOURS)


def funding(frame: pd.DataFrame) -> alt.Chart:
    data = frame.dropna(subset=["amount_hkd"]).assign(amount_m=lambda f: f["amount_hkd"] / 1e6)
    return alt.Chart(data).mark_bar().encode(
        x=alt.X("year:O", title="year", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("sum(amount_m):Q", title="HKD million approved"),
        color=alt.Color("scheme:N", title="scheme", legend=alt.Legend(orient="top")),
        tooltip=["scheme", "year", "projects", "amount_hkd"],
    ).properties(width=WIDTH - 200, height=220)


def crossborder_share(frame: pd.DataFrame) -> alt.Chart:
    long = frame.melt(id_vars=["year"], value_vars=["cross_border_pct", "naming_a_place_pct"],
                      var_name="measure", value_name="share")
    long["measure"] = long["measure"].map({"cross_border_pct": "of the cross-border pillar",
                                           "naming_a_place_pct": "naming a Mainland or GBA place"})
    return alt.Chart(long).mark_line(point=True).encode(
        x=alt.X("year:O", title="year", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("share:Q", title="% of the year's articles"),
        color=alt.Color("measure:N", title="articles", legend=alt.Legend(orient="top"),
                        scale=alt.Scale(range=["#d1495b", "#30638e"])),
    ).properties(width=WIDTH - 200, height=220)


def crossborder_places(frame: pd.DataFrame) -> alt.LayerChart:
    return horizontal_bars(frame, "place", "articles", None, "place", "articles naming it")


def graph_adjacency(frame: pd.DataFrame) -> alt.FacetChart:
    data = frame.assign(relation=frame["relation"].map(label), from_kind=frame["from_kind"].map(label))
    base = alt.Chart(data).encode(
        x=alt.X("from_kind:N", title="kind of the linked organizations", axis=alt.Axis(labelAngle=0, orient="top")),
        y=alt.Y("to_node:N", title=None),
    )
    cells = base.mark_rect().encode(color=alt.Color("edges:Q", title="edges", scale=alt.Scale(scheme="blues"),
                                                    legend=None))
    text = base.mark_text().encode(text="edges:Q", color=alt.condition(alt.datum.edges > 40, alt.value("white"),
                                                                       alt.value("black")))
    return alt.layer(cells, text, data=data).properties(width=alt.Step(110), height=alt.Step(20)).facet(
        row=alt.Row("relation:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left",
                                                               labelFontWeight="bold", labelOrient="top")),
    ).resolve_scale(y="independent").properties(spacing=8)


# Which chart draws which figure (a figure without one is shown as a table only).
CHARTS = {
    "activity_pillar": activity_by_pillar,
    "activity_source": activity_by_source,
    "hubs": hubs_by_subfield,
    "university_output": university_output,
    "university_units": university_units,
    "innohk_labs": innohk_labs,
    "innohk_partners": innohk_partners,
    "funding": funding,
    "crossborder_share": crossborder_share,
    "crossborder_places": crossborder_places,
    "graph": graph_adjacency,
}
