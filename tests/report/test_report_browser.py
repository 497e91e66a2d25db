"""The report of a real build (`hkai run` on the sample web), opened in headless Chromium.

Every chart draws marks, the console stays clean, no request leaves the report's folder, the page
says it shows the sample web, and every number "at a glance" equals SQL written here, independently
of the report's own queries, on the published warehouse.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import duckdb
import pytest
from playwright.sync_api import sync_playwright

from spiders.rendering import CHROMIUM_ARGS
from warehouse.db import reader
from warehouse.report.charts import CHARTS
from warehouse.report.queries import run_queries

pytestmark = [pytest.mark.slow, pytest.mark.ui]

# For each chart in the page: its size and how many marks (bars, lines, points, cells) it draws.
CHARTS_JS = """() => [...document.querySelectorAll('figure.chart')].map(f => {
    const svg = f.querySelector('svg');
    const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
    const marks = svg ? svg.querySelectorAll(
        'g.mark-rect path, g.mark-line path, g.mark-symbol path, g.mark-area path').length : 0;
    return {name: f.dataset.figure, width: box.width, height: box.height, marks: marks};
})"""
GLANCE_JS = """() => Object.fromEntries([...document.querySelectorAll('.card .value')].map(
    e => [e.dataset.figure, e.textContent.trim()]))"""
HUBS_JS = """() => [...document.querySelectorAll('#hub-kind td[data-hub]')].map(
    e => [e.dataset.hub, e.dataset.kind, e.textContent.trim()])"""


@pytest.fixture(scope="module")
def opened(built_warehouse, chromium):
    """What the browser saw of the built report: title, charts, figures, requests and console messages."""
    index = built_warehouse.parent / "report" / "index.html"
    assert index.exists(), "hkai run wrote no report"
    requests, console = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("request", lambda request: requests.append(request.url))
        page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
        page.on("pageerror", lambda error: console.append(f"pageerror: {error}"))
        page.goto(index.as_uri(), wait_until="load")
        seen = {"title": page.title(), "charts": page.evaluate(CHARTS_JS), "glance": page.evaluate(GLANCE_JS),
                "hubs": page.evaluate(HUBS_JS), "banner": page.locator("#sample-notice").inner_text(),
                "links": page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")}
        browser.close()
    return {**seen, "requests": requests, "console": console, "index": index}


def test_every_chart_draws_its_marks(opened):
    drawn = {c["name"]: c for c in opened["charts"]}
    assert set(drawn) == set(CHARTS)  # the sample web has rows for every chart
    for name, chart in drawn.items():
        assert chart["width"] > 200 and chart["height"] > 100, chart
        assert chart["marks"] > 0, f"{name} draws no bars, lines, points or cells"


def test_the_console_is_clean_and_nothing_is_fetched_from_outside_the_report(opened):
    assert opened["console"] == []
    folder = opened["index"].parent.as_uri() + "/"
    assert opened["requests"] == [opened["index"].as_uri()]  # the page itself: no script, style, font or image
    for link in opened["links"]:  # links go to the page's own sections and its CSV files
        assert link.startswith(folder), link
        if "#" not in link:
            assert (opened["index"].parent / link.removeprefix(folder)).is_file(), link


def test_the_page_says_it_shows_the_sample_web(opened):
    assert "(built from the bundled sample web)" in opened["title"]
    assert opened["banner"].startswith("Built from the bundled sample web.")


def test_every_number_at_a_glance_equals_the_sql_behind_it(opened, built_warehouse):
    this_year = datetime.now(ZoneInfo("Asia/Hong_Kong")).year
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        def one(sql: str, params: list | None = None):
            return conn.execute(sql, params or []).fetchall()[0][0]

        organizations = one("select count(*) from organizations")
        ai_organizations = one("select count(*) from organizations where ai_related")
        expected = {
            "organizations": f"{organizations:,}",
            "ai_organizations": f"{ai_organizations:,}",
            "ai_share_pct": f"{100 * ai_organizations / organizations:.1f}%",
            "innohk_labs": f"{one('select count(*) from research_units where cluster is not null'):,}",
            "air_innohk_labs": f"{one('select count(*) from research_units where cluster = ?', ['AIR@InnoHK']):,}",
            "funded_projects": f"{one('select count(*) from funding_awards'):,}",
            "funding_total_hkd": f"{one('select sum(amount_hkd) from funding_awards'):,.0f}",
            "articles_this_year": f"{one('select count(*) from articles where year(published_date) = ?', [this_year]):,}",
            "ai_articles_this_year": f"{one('select count(*) from articles where ai_relevant and year(published_date) = ?', [this_year]):,}",
        }
        hubs = conn.execute("""
            select h.hub, o.kind, count(*) from organizations o,
                   unnest(case when len(o.hubs) = 0 then ['no hub'] else o.hubs end) as h(hub)
            group by all""").fetchall()
    assert opened["glance"] == expected
    assert organizations > 100 and expected["funding_total_hkd"] != "0"  # the sample web is not empty
    shown = {(hub, kind): int(n.replace(",", "")) for hub, kind, n in opened["hubs"]}
    assert {k: v for k, v in shown.items() if v} == {(hub, kind): n for hub, kind, n in hubs}


def test_every_chart_is_valid_vega_lite(built_warehouse):
    # The build renders without validating (it doubles the time); here each specification meets the schema.
    with reader(built_warehouse) as conn:
        figures = run_queries(conn)
    for name, draw in CHARTS.items():
        assert draw(figures[name].frame).to_dict(validate=True)["$schema"].startswith("https://vega.github.io/")
