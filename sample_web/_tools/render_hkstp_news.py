"""Render the HKSTP news, event and programme part of the sample web (www.hkstp.org/en/park-life/...,
www.hkstp.org/en/programmes/... and /sitemap.xml), on the site's 2026 Sitecore detail template.

Slugs, dates, titles where known, and every figure are the real pages' (see sample_web/_provenance/hkstp.md
for where each is known from); the bodies are short summaries in OUR OWN WORDS. The detail pages follow
a real 2026 event page (sample_web/_provenance/hkstp.md); the news listing and the programme pages' markup
are OUR DESIGN (docs/sources/hkstp.md).

    .venv/bin/python sample_web/_tools/render_hkstp_news.py
"""
from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = ROOT / "www.hkstp.org"
NEWS = "https://www.hkstp.org/en/park-life/news-and-events/news/"
EVENTS = "https://www.hkstp.org/en/park-life/news-and-events/events/"
PROGRAMMES = "https://www.hkstp.org/en/programmes/"
# The day the sample web was captured, sent as the HTTP Date header of the programme pages.
SNAPSHOT_HTTP_DATE = "Tue, 24 Nov 2026 02:00:00 GMT"


def item(slug, title, day, lead, takeaways, body):
    return {"slug": slug, "title": title, "date": date.fromisoformat(day), "lead": lead,
            "takeaways": takeaways, "body": body}


NEWS_ITEMS = [
    item("hkstp-career-fair-2026-reimagine-ai-plus",
         "HKSTP \u2018Reimagine AI+\u2019 Career Fair Draws 3,000 Visits and Over 1,000 I&T Vacancies",
         "2026-03-17",
         "HKSTP's \u201cReimagine AI+\u201d career fair brought job seekers to Science Park to meet employers "
         "from the park community.",
         ["More than 80 park companies took part",
          "Over 1,000 innovation and technology vacancies were on offer",
          "The fair recorded about 3,000 visits"],
         ["The openings spanned artificial intelligence, life and health technology, advanced manufacturing "
          "and green technology."]),
    item("hkstp-congratulates-park-company-insilico-medicine-on-successful-listing-on-hkex",
         "HKSTP Congratulates Park Company Insilico Medicine on Successful Listing on HKEX",
         "2025-12-30",
         "(Hong Kong, 30 December 2025) \u2013 HKSTP congratulated Insilico Medicine, a drug discovery company "
         "that builds on generative artificial intelligence and is based at Hong Kong Science Park, on its "
         "debut on the Hong Kong Stock Exchange today under stock code 3696.",
         ["Insilico Medicine sold 94.7 million shares at HK$24.05 each",
          "The offering raised about HK$2.28 billion, the largest of the six listings of the day",
          "The shares opened 45% above the offer price, at HK$35"],
         ["Insilico's own platform, Pharma.AI, uses generative AI across the drug research process, from "
          "finding new targets and designing small molecules to predicting clinical outcomes.",
          "Sixteen cornerstone investors, among them Eli Lilly, Tencent and Temasek, took up about 39% of the "
          "shares on offer. The company plans to spend the proceeds on clinical development of its leading drug "
          "candidates, on new generative AI models and on early-stage discovery."]),
    item("hkstp-launches-upgraded-incubio-2",
         "HKSTP Launches Upgraded Incu-Bio 2.0",
         "2025-10-09",
         "HKSTP held a launch ceremony for Incu-Bio 2.0, the upgraded version of its incubation programme for "
         "life and health technology start-ups.",
         ["Each start-up can receive up to HK$6 million in grants, subsidies and regulatory affairs funding",
          "A new \u201c1+1+2 year\u201d milestone framework guides start-ups towards pre-clinical studies",
          "HKSTP aims to at least double the number of companies in the programme"],
         ["Under the new framework, teams think about their route to market in the first year, test their "
          "product with target users in the second, and prepare for pre-clinical work in the last two years.",
          "The first phase of Incu-Bio attracted more than 600 applications and admitted over 100 start-ups in "
          "diagnostics, medical devices and therapeutics. Derek Chim, HKSTP's head of start-up ecosystem and "
          "development, said the park hopes to bring Mainland life and health start-ups to Hong Kong and connect "
          "them with the world; Danaus GT, a company from the Mainland, spoke at the launch."]),
    item("developing-hong-kong-new-quality-productive-forces",
         "HKSTP Hosts Hong Kong Presentation on the Two Sessions\u2019 I&T Spirit Pooling Wisdom and Efforts to "
         "Build Hong Kong\u2019s New Quality Productive Forces",
         "2025-04-24",
         "(Hong Kong, 24 April 2025) \u2013 HKSTP held a Hong Kong presentation at Science Park on the "
         "technology and innovation message of this year's \u201cTwo Sessions\u201d, for the city's innovation "
         "and technology community.",
         ["More than 250 guests attended, including deputies to the NPC and members of the CPPCC National "
          "Committee",
          "Speakers discussed how innovation and technology can build new quality productive forces"],
         ["Dr Sunny Chai, Chairman of HKSTP, welcomed the guests and Mr Leung Chun-ying, Vice Chairman of the "
          "CPPCC National Committee, gave the keynote speech.",
          "A panel with Prof Alexander Wai, Mr Augustus Tang, Prof William Wong and Ir Allen Yeung shared views "
          "from their own fields on collaboration among government, industry, academia, research and "
          "investors."]),
    item("hkstp-congratulates-recordbreaking-641-graduates-comprehensive-support-at-every-stage-fuels-startups",
         "HKSTP Congratulates Record-breaking 641 Graduates: Comprehensive Support at Every Stage Fuels "
         "Start-ups\u2019 Global Aspirations",
         "2024-07-19",
         "HKSTP celebrated the graduates of its Ideation, Incubation and Acceleration Programmes at its "
         "Graduation Party 2024 today.",
         ["641 start-up units from 23 economies completed the Ideation, Incubation, Incu-Bio and Acceleration "
          "programmes, a record",
          "Close to 70% of the Incubation Programme graduates stay at Science Park as partner companies"],
         ["The park supports start-ups from the idea stage through incubation to acceleration with training, "
          "mentoring, facilities, funding, promotion and networking, drawing on corporate partners, investors "
          "and universities.",
          "Dr Sunny Chai, Chairman of HKSTP, noted that the Global Start-up Ecosystem Index Report 2024 placed "
          "Hong Kong first in Asia among the top 100 emerging ecosystems. A year earlier HKSTP had counted 437 "
          "graduates."]),
    item("hkstp-innovation-mixer-delegation-visits-us--connecting-with-over-10000-tech-innovators-academics",
         "HKSTP Innovation Mixer Delegation Visits US, Connecting with Over 10,000 Tech Innovators and Academics",
         "2024-02-09",
         "(Hong Kong, 9 February 2024) \u2013 An HKSTP delegation toured the US West Coast in early January "
         "with its Innovation Mixer and engaged more than 10,000 local tech innovators and enterprises.",
         ["HKSTP took 18 incubation enterprises to CES 2024 in Las Vegas",
          "AI Guided Limited and Sitan Semiconductor International Co Limited each won a CES Innovation Award "
          "2024",
          "The delegation met NVIDIA, Google and LinkedIn and visited Stanford and UC Berkeley"],
         ["The \u201cHong Kong Tech\u201d pavilion at CES received more than 6,000 visitors; the exhibitors spoke "
          "with about 4,000 of them and gained some 40 business leads each on average.",
          "The tour also included a reception in San Francisco, and the regional semi-finals of the Elevator "
          "Pitch Competition 2024 were held in Silicon Valley."]),
    item("hkstp-robocon-2023-hong-kong-contest-celebrates-20-years-of-igniting-young-it-talent-to-thriving-ca",
         "HKSTP Robocon 2023 Hong Kong Contest Celebrates 20 Years of Igniting Young I&T Talent to Thriving "
         "Careers",
         "2023-06-26",
         "HKSTP concluded the 20th Robocon Hong Kong Contest, which it organises to grow a new generation of "
         "innovation and technology talent with skills from engineering to AI and robotics.",
         ["Over 200 students from eight local institutions competed with rabbit and elephant robots",
          "The winning team will represent Hong Kong at ABU Robocon 2023 in Cambodia",
          "Mini Robocon brings AI and robotics to younger students"],
         ["Fourteen teams met at Science Park on 25 June 2023 under the theme \u201cCasting Flowers Over Angkor "
          "Wat\u201d. The contest is co-organised by the Hong Kong Institution of Engineers.",
          "The Chinese University of Hong Kong kept its title, and two teams from The University of Hong Kong "
          "took the first and second runner-up places."]),
    item("chief-executive-of-macao-sar-mr-ho-iatseng-visits-hong-kong-science-park",
         "Chief Executive of Macao SAR, Mr Ho Iat-seng, visits Hong Kong Science Park",
         "2023-02-25",
         "Mr Ho Iat-seng, Chief Executive of the Macao Special Administrative Region, came to Hong Kong Science "
         "Park today to hear about HKSTP's development and its achievements in innovation and technology.",
         ["The visit points to closer cooperation in the innovation opportunities of the Greater Bay Area"],
         []),
]

EVENTS_ITEMS = [
    {"slug": "robocon-hk-contest-2026", "title": "Robocon 2026 Hong Kong Contest", "tag": "Past Events",
     "date_text": "21 Jun 2026",
     "info": [("Date", "21 Jun 2026"), ("Time", "12:30 \u2013 18:00 (GMT+8)"),
              ("Venue", "Grand Hall, Building 12W, Hong Kong Science Park")],
     "body": ["HKSTP organises the Robocon 2026 Hong Kong Contest with the Hong Kong Institution of Engineers, the "
              "Hong Kong Computer Society and Radio Television Hong Kong, to bring on young engineering, AI and "
              "robotics talent. The contest takes place in the Grand Hall of Hong Kong Science Park on Sunday "
              "21 June 2026.",
              "Hong Kong hosts the ABU Asia-Pacific Robot Contest in August 2026, and the two best teams of the "
              "local contest will represent the city there.",
              "This year's theme, \u201cKung Fu Quest\u201d, draws on traditional martial arts; teams from local "
              "institutions build robots with automation and AI for it."]},
]

PROGRAMME_PAGES = {
    PROGRAMMES + "incubation/incubation-programme": ("Incubation Programme", [
        ("", ["HKSTP's Incubation Programme supports technology start-ups for three years with work space, "
              "funding and introductions to investors."]),
        ("Who can apply", ["A company limited by shares and incorporated in Hong Kong no more than five years "
                           "before it applies, whose founders hold at least 51% of it, with at least two full-time "
                           "staff who may work in Hong Kong legally, and whose core R&D is done in space the "
                           "programme approves."]),
        ("How to apply", ["Applications are open all year: an online form with a business proposal and the "
                          "milestones of the three years. The programme guide in force is dated 26 March 2026."]),
    ]),
    PROGRAMMES + "incubation/incu-bio": ("Incu-Bio", [
        ("", ["Incu-Bio is a four-year programme run by HKSTP's Biomedical Technology Cluster for biomedical "
              "technology start-ups in Hong Kong.",
              "Besides business planning, fund-raising and introductions to investors and regulators, it offers "
              "financial support, shared equipment and a co-working environment."]),
        ("Financial Aid Package", ["An incubatee can receive up to HK$6,000,000 over the four years, made up of "
                                   "a financial subsidy, an upfront grant and Regulatory Affairs Funding Support "
                                   "for work such as IND filing, CE marking or submissions to the EMA, FDA or "
                                   "NMPA."]),
        ("Admission Criteria", ["A Hong Kong registered biomedical technology start-up established no more than "
                                "2 years before it applies, working on diagnostics, therapeutics, medical "
                                "devices or other biomedical technology, with at least 2 full-time staff who may "
                                "work in Hong Kong legally."]),
    ]),
    PROGRAMMES + "ideation": ("Ideation Programme", [
        ("", ["The Ideation Programme is a one-year programme for people with an innovative technology idea who "
              "want to start a company."]),
        ("What the programme offers", ["Seed funding of up to HK$100,000.",
                                       "Mentors, and training on the start-up ecosystem, business plans, "
                                       "pitching and fund-raising.",
                                       "Use of shared co-working space, and a path to HKSTP's incubation "
                                       "programmes."]),
        ("Who can apply", ["Individuals aged 18 or over holding a Hong Kong identity card, or limited companies "
                           "registered in Hong Kong for no more than two years. Applications are assessed on the "
                           "team, commercial feasibility and innovation."]),
    ]),
}

HEAD = """<!DOCTYPE html>
<html lang="en" xml:lang="en">
<head>
  <title>{title}</title>
  <meta charset="utf-8" />
  <meta property="og:type" content="website" /><meta property="og:title" content="{title}" />
  <meta property="og:url" content="{url}" /><link rel="canonical" href="{url}" />
  <meta property="cates" content="{cates}" /><meta property="category" content="{tag}" />
</head>
<body>
  <main class="main-container">
<header class="">
  <div class="header-wrapper">
    <div class="logo-container"><a href="/en/" class="logo-link">HKSTP</a></div>
    <div class="nav-container">
<!-- MegaMenu -->
<nav class="">
  <ul>
    <li class="hasSubMenu"><a href="https://www.hkstp.org/en/discover" class="t-nav-top">Discover</a>
      <div class="submenu"><div class="mega-menu-desktop"><div class="mega-menu-content">
        <a href="/en/discover/sites" class="panel-title">Sites</a>
        <a href="/en/discover/sites/science-park" class="item-title">Hong Kong Science Park</a>
        <a href="/en/discover/sites/innocentre" class="item-title">InnoCentre</a>
      </div></div></div></li>
    <li class="hasSubMenu"><a href="/en/programmes" class="t-nav-top">Programmes</a>
      <div class="submenu"><div class="mega-menu-desktop"><div class="mega-menu-content">
        <a href="/en/programmes/incubation/incubation-programme" class="item-title">Incubation Programme</a>
        <a href="/en/programmes/incubation/incu-bio" class="item-title">Incu-Bio</a>
        <a href="/en/programmes/ideation" class="item-title">Ideation Programme</a>
      </div></div></div></li>
    <li class="hasSubMenu"><a href="/en/park-life" class="t-nav-top">Park Life</a>
      <div class="submenu"><div class="mega-menu-desktop"><div class="mega-menu-content">
        <a href="/en/park-life/news-and-events" class="panel-title">News and Events</a>
      </div></div></div></li>
  </ul>
</nav>
    </div>
  </div>
</header>
        <div class="page-container">
<!--{kind} DetailPage-->
<section class="  ">
    <div class="detail-two-third component">
        <div class="title">
{tags}{date}            <h1>{title}</h1>
<div class="social-media-share " data-section="">
    <h6>Share this news</h6>
    <div class="share-buttons-container"><a class="cta round copy" href="" title="copy"></a></div>
</div>
        </div>
        <div class="content">
    <div class="image-title-with-content">
        <div class="image-block"><div class="item">
            <img src="/-/media/corpsite/assets/{image}.png" alt="{image}" />
        </div></div>
    </div>
"""
FOOT = """        </div>
    </div>
</section>
<div class="sticky-bar ">
    <div class="sticky-bar-inner">
        <div class="breadcrumb">
            <a href="/en/" title="Hong Kong Science &amp; Technology Parks Corporation">
                Hong Kong Science &amp; Technology Parks Corporation</a>
            <span> - </span><a href="/en/park-life" title="Park Life">Park Life</a>
            <span> - </span><span class="current">{title}</span>
        </div>
    </div>
</div>
        </div>
<!-- Footer -->
<footer>
    <div class="footer-container ">
        <div class="quick-links"><ul><li><a href="/en/about-us" title="About Us">About Us</a></li>
            <li><a href="/en/visit" title="Visit Us">Visit Us</a></li></ul></div>
        <p>&copy; Hong Kong Science and Technology Parks Corporation</p>
    </div>
</footer>
  </main>
</body>
</html>
"""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def rich_text(paragraphs_html: list[str]) -> str:
    """One rich-text block of the 2026 template (a detail page may stack several)."""
    inner = "\n".join(paragraphs_html)
    return f"""
<!-- ContentBlock RichText -->
        <div class="image-title-with-content " data-section="">
            <div class="image-content">
{inner}
            </div>
        </div>
<!-- End ContentBlock RichText -->
"""


def detail_page(url: str, kind: str, title: str, tag: str | None, date_text: str | None, blocks: list[str],
                info: list[tuple[str, str]] | None = None, image: str = "banner") -> str:
    """A detail page on the 2026 Sitecore template (the shape of a real 2026 event page, see
    sample_web/_provenance/hkstp.md): title block, image block, optional info table, rich-text blocks."""
    tags = f'                <div class="tags"><a class="tag ">{esc(tag)}</a></div>\n' if tag else ""
    date = f'                <div class="date">\n                    <p>{date_text}</p>\n                </div>\n' \
        if date_text else ""
    table = ""
    if info:
        rows = "".join(f"""                        <div class="label"><p>{esc(label)}</p></div>
                        <div class="desc"><p>{esc(value)}</p></div>
""" for label, value in info)
        table = f'                <div class="info richtext">\n{rows}                </div>\n'
    return (HEAD.format(title=esc(title), url=url, cates="Events" if kind == "Event" else kind, tag=esc(tag or kind),
                        kind=kind, tags=tags, date=date, image=image)
            + table + "".join(blocks) + FOOT.format(title=esc(title)))


def news_page(n: dict) -> str:
    day = f"{n['date'].day:02d} {n['date']:%b} {n['date']:%Y}"
    takeaways = "".join(f"<li>{esc(t)}</li>" for t in n["takeaways"])
    blocks = [rich_text([f"<p>{esc(n['lead'])}</p>", "<h3>Key Takeaways</h3>", f"<ul>{takeaways}</ul>"]),
              rich_text([f"<p>{esc(p)}</p>" for p in n["body"]])]
    return detail_page(NEWS + n["slug"], "News", n["title"], "Corporate News", day, blocks, image=n["slug"][:24])


def event_page(e: dict) -> str:
    blocks = [rich_text([f"<p>{esc(p)}</p>" for p in e["body"]])]
    return detail_page(EVENTS + e["slug"], "Event", e["title"], e["tag"], e["date_text"], blocks, info=e["info"],
                       image=e["slug"][:24])


# The news listing: OUR DESIGN (the live listing is built by JavaScript).
LISTING_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>News | HKSTP</title>
</head>
<body>
  <main id="main-content">
"""
LISTING_FOOT = """  </main>
</body>
</html>
"""


def listing_page() -> str:
    cards = []
    for n in NEWS_ITEMS:
        href = f"/en/park-life/news-and-events/news/{n['slug']}"
        cards.append(f"""      <div class="news-card">
        <a class="news-card__image" href="{href}"><img src="/-/media/news/{n['slug'][:20]}.jpg" alt=""></a>
        <span class="news-card__date">{n['date'].day:02d} {n['date']:%b %Y}</span>
        <a class="news-card__title" href="{href}">{esc(n['title'])}</a>
      </div>""")
    cards.append("""      <div class="news-card news-card--event">
        <span class="news-card__date">09 Jun 2026</span>
        <a class="news-card__title" href="/en/park-life/news-and-events/events/">Events at Science Park</a>
      </div>""")
    return (LISTING_HEAD + """    <h1>News</h1>
    <div class="news-listing">
""" + "\n".join(cards) + """
    </div>
    <button class="btn-load-more" type="button">Load more</button>
""" + LISTING_FOOT)


def programme_page(url: str, name: str, sections) -> str:
    parts = []
    for heading, paras in sections:
        if heading:
            parts.append(f"<h2>{esc(heading)}</h2>")
        parts.extend(f"<p>{esc(p)}</p>" for p in paras)
    return detail_page(url, "Programme", name, None, None, [rich_text(parts)], image=url.rsplit("/", 1)[1])


def sitemap() -> str:
    """A partial copy of /sitemap.xml in its real format: the news, event and programme pages of this sample."""
    urls = ([NEWS + n["slug"] for n in NEWS_ITEMS] + [EVENTS + e["slug"] for e in EVENTS_ITEMS]
            + list(PROGRAMME_PAGES))
    entries = "".join(f"  <url>\n    <loc>{u}</loc>\n  </url>\n" for u in urls)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + entries + "</urlset>\n")


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main() -> int:
    news_dir = HOST / "en/park-life/news-and-events/news"
    write(news_dir / "__dir__.html", listing_page())
    for n in NEWS_ITEMS:
        write(news_dir / n["slug"], news_page(n))
    events_dir = HOST / "en/park-life/news-and-events/events"
    for e in EVENTS_ITEMS:
        write(events_dir / e["slug"], event_page(e))
    for url, (name, sections) in PROGRAMME_PAGES.items():
        page = HOST / url.split("www.hkstp.org/", 1)[1]
        write(page, programme_page(url, name, sections))
        sidecar = {"headers": {"Date": SNAPSHOT_HTTP_DATE}}
        write(page.with_name(page.name + ".http.json"), json.dumps(sidecar) + "\n")
    write(HOST / "sitemap.xml", sitemap())
    return len(NEWS_ITEMS) + 1 + len(EVENTS_ITEMS) + len(PROGRAMME_PAGES) + 1


if __name__ == "__main__":
    print("hkstp news, event and programme pages", main())
