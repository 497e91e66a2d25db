"""Pure extraction for the CityU HK Tech 300 directory (SOURCES.md section 10).

Listing `https://www.cityu.edu.hk/hktech300/start-ups/all-start-ups?page=N` (0-based, Drupal views
pager) links each team to `/hktech300/start-ups/{seed-fund-teams|angel-fund-teams|ideation-teams}/<slug>`;
the folder gives the team's funding stage. A detail page names the team and may link its own website
and a mailbox. The programme's own address `hktech300.info@cityu.edu.hk`, CityU links and social-media
pages are never taken for the team's.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsel import Selector

from spiders.article_page import NOT_FOUND
from spiders.errors import ExtractionError
from spiders.items import Organization
from spiders.listing_page import detail_links, next_link
from spiders.text import clean_keep_zero_width, html_selector, unique

EXTRACTOR_VERSION = "cityu-hktech300-2"
SOURCE = "cityu_hktech300"
HUB = "CityU HK Tech 300"
PROGRAMME = "HK Tech 300"
TEAM_PATH = re.compile(
    r"^https?://www\.cityu\.edu\.hk/hktech300/start-ups/(?P<kind>seed-fund|angel-fund|ideation)-teams/(?P<slug>[^/?#]+)/?$")
STATUSES = {"seed-fund": "seed fund", "angel-fund": "angel fund", "ideation": "ideation"}
GENERIC_EMAILS = {"hktech300.info@cityu.edu.hk"}
NOT_A_TEAM_SITE = ("cityu.edu.hk", "facebook.com", "linkedin.com", "twitter.com", "x.com", "instagram.com",
                   "youtube.com", "wa.me", "wechat.com", "google.com")
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
NO_INFO = {"", "no info found", "n/a", "na", "-"}
WEBSITE_FIELD = "field_client"
EMAIL_FIELD = "field_team_members_email"
NODE_BLOCKS = "[data-block-plugin-id^='field_block:node:']"



def team_id(url: str) -> tuple[str, str] | None:
    """(stage folder, slug) of a team URL, or None for other URLs."""
    match = TEAM_PATH.match(url.split("#")[0])
    return (match["kind"], match["slug"]) if match else None


def extract_listing_links(response) -> list[str]:
    """Team detail URLs listed on one directory page (in its Drupal view, else anywhere on it), in page order."""
    return detail_links(response, html_selector(response), lambda url: team_id(url) is not None,
                        cards=".view-content", what="HK Tech 300 listing page", empty=".view-empty")


def extract_next_page(response) -> str | None:
    """The next directory page (`?page=N+1`), or None on the last page."""
    return next_link(response, html_selector(response), ".pager__item--next a::attr(href), a[rel=next]::attr(href)")


def extract_team(response) -> Organization:
    """One HK Tech 300 team from its detail page."""
    ids = team_id(response.url)
    if ids is None:
        raise ExtractionError(f"not an HK Tech 300 team URL: {response.url}")
    sel = html_selector(response, "a team page", complete=True)
    # A team is a Drupal node: its <article>, or the node's field blocks. A page without either (an
    # error page, a campus map served at a team's URL) names no team, whatever its <h1> says.
    if not (sel.css("article") or sel.css(NODE_BLOCKS)):
        raise ExtractionError("no team node (no <article>, no node field blocks): not a team page")
    body = sel.css("article") or sel.css("main") or sel.css("body")
    name = clean_keep_zero_width(" ".join(body.css("h1 ::text").getall())) or _title_name(sel)
    if not name:
        raise ExtractionError("team page has no name (no h1 and no page title)")
    if NOT_FOUND.search(name):
        raise ExtractionError(f"a 'page not found' page served with status 200 (name: {name!r})")
    extra: dict = {}
    # The live pages are Drupal layout-builder pages: the team's website and mailbox sit in field blocks
    # (`field_block:node:<seed_fund_team|angel_fund>:field_client` / `...:field_team_members_email`, per
    # third-party scrapers of the site); other links on the page (partners, news) are no team site.
    website = _website(sel.css(f"[data-block-plugin-id$=':{WEBSITE_FIELD}']") or body, extra)
    email_block = sel.css(f"[data-block-plugin-id$=':{EMAIL_FIELD}']")
    email = _email(email_block or body, extra, block=bool(email_block))
    stage = STATUSES[ids[0]]
    team_type = clean_keep_zero_width(" ".join(body.css(".field--name-field-team-type ::text").getall()))
    if team_type:
        extra["team_type"] = team_type
    return Organization(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=f"{ids[0]}/{ids[1]}",
        url=response.url,
        lang="en",
        name=name,
        kind="startup",
        website=website,
        hub=HUB,
        programmes=[{"programme": PROGRAMME, "status": stage, "year": None}],
        email=email,
        extra=extra,
    )


def _website(body, extra: dict) -> str | None:
    found = []
    for href in body.css("a::attr(href)").getall():
        href = href.strip()
        host = (urlsplit(href).hostname or "").lower()
        if not href.lower().startswith(("http://", "https://")) or not host:
            continue
        if any(host == d or host.endswith("." + d) for d in NOT_A_TEAM_SITE):
            if "cityu.edu.hk" not in host:
                extra.setdefault("social_links", []).append(href)
            continue
        found.append(href)
    found = unique(found)
    if len(found) > 1:
        extra["other_links"] = found[1:]
    return found[0] if found else None


def _email(body, extra: dict, block: bool = False) -> str | None:
    hrefs = body.css("a[href^='mailto:']::attr(href), a[href^='MAILTO:']::attr(href)").getall()
    if block and not hrefs:  # the mailbox field's link text is the address, whatever its href
        hrefs = [f"mailto:{clean_keep_zero_width(text)}" for text in body.css("a::text").getall()]
    for href in hrefs:
        address = href.split(":", 1)[1].split("?")[0].strip()
        if address.lower() in GENERIC_EMAILS or address.lower() in NO_INFO:
            continue
        if EMAIL.match(address):
            return address
        extra["email_raw"] = address  # a mailto: that is not an address (e.g. a bare user name)
    return None


def _title_name(sel: Selector) -> str:
    title = clean_keep_zero_width(sel.css("title::text").get() or "")
    return title.split("|")[0].strip() if "|" in title else ""
