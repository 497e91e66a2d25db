"""Render the HKSTP news and programme part of the sample web (www.hkstp.org/en/park-life/... and
www.hkstp.org/en/how-we-serve/incubation-programmes/...).

Slugs, dates, titles where known, and every figure are the real pages' (see sample_web/_provenance/hkstp.md
for where each is known from); the bodies are short summaries in OUR OWN WORDS. The news listing URL and
all markup (class names) are OUR DESIGN, not verified against the live site (docs/sources/hkstp.md).

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
PROGRAMMES = "https://www.hkstp.org/en/how-we-serve/incubation-programmes/"
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

PROGRAMME_PAGES = {
    "incu-tech": ("Incu-Tech", [
        ("", ["Incu-Tech is HKSTP's three-year programme of business and professional services for technology "
              "start-ups in their early stages.",
              "It welcomes start-ups doing deep tech research that leads to differentiated solutions."]),
        ("Target companies", ["Applicants should do their R&D in one of these categories: Electronics; Green "
                              "Technology; Information and Communications Technology (ICT); Material and "
                              "Precision Engineering."]),
        ("Programme Benefits", ["Work premises: a rental subsidy, with co-working space or offices at Hong Kong "
                                "Science Park or InnoCentre.",
                                "Technology support: each technology cluster has its own labs and experts in "
                                "the park; equipment can be rented by project or by the hour.",
                                "Business support and a financial aid package."]),
    ]),
    "incu-bio": ("Incu-Bio", [
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
    "ideation": ("Ideation Programme", [
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
    "leap": ("Leading Enterprises Acceleration Programme (LEAP)", [
        ("", ["LEAP follows on from HKSTP's incubation programmes. It is for high-potential incubatees and "
              "graduates that aim to grow into regional or global companies."]),
        ("Support", ["In-depth help with corporate structuring, business development and financing."]),
    ]),
}

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | HKSTP</title>
  <meta property="og:title" content="{title}">
</head>
<body>
  <header class="site-header"><a href="/en/">HKSTP</a></header>
  <main id="main-content">
"""
BREADCRUMB_NEWS = ('    <nav class="breadcrumb"><a href="/en/">Home</a> / '
                   '<a href="/en/park-life/news-and-events/news/">News</a></nav>')
BREADCRUMB_PROGRAMMES = ('    <nav class="breadcrumb"><a href="/en/">Home</a> / '
                         'How We Serve / Incubation Programmes</nav>')
FOOT = """  </main>
  <footer class="site-footer"><p>&copy; Hong Kong Science and Technology Parks Corporation</p></footer>
</body>
</html>
"""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def news_page(n: dict) -> str:
    day = f"{n['date'].day:02d}&nbsp;{n['date']:%b}&nbsp;{n['date']:%Y}"
    takeaways = "".join(f"<li>{esc(t)}</li>" for t in n["takeaways"])
    body = "\n".join(f"        <p>{esc(p)}</p>" for p in n["body"])
    return (HEAD.format(title=esc(n["title"])) + BREADCRUMB_NEWS + f"""
    <article class="news-detail">
      <div class="news-detail__header">
        <span class="news-detail__category">Corporate News</span>
        <p class="news-detail__date">{day}</p>
        <h1 class="news-detail__title">{esc(n['title'])}</h1>
      </div>
      <div class="news-detail__content">
        <p>{esc(n['lead'])}</p>
        <h3>Key Takeaways</h3>
        <ul>{takeaways}</ul>
{body}
      </div>
      <div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
      <div class="about-hkstp"><h4>About HKSTP</h4><p>Hong Kong Science and Technology Parks Corporation is a
      statutory body that runs Hong Kong Science Park, InnoCentre and the InnoParks.</p></div>
    </article>
""" + FOOT)


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
    return (HEAD.format(title="News") + """    <h1>News</h1>
    <div class="news-listing">
""" + "\n".join(cards) + """
    </div>
    <button class="btn-load-more" type="button">Load more</button>
""" + FOOT)


def programme_page(slug: str, name: str, sections) -> str:
    parts = []
    for heading, paras in sections:
        if heading:
            parts.append(f"      <h2>{esc(heading)}</h2>")
        parts.extend(f"      <p>{esc(p)}</p>" for p in paras)
    return (HEAD.format(title=esc(name)) + BREADCRUMB_PROGRAMMES + f"""
    <section class="programme-detail">
      <h1>{esc(name)}</h1>
{chr(10).join(parts)}
      <a class="btn-apply" href="https://partnersconnect.hkstp.org/">Apply now</a>
    </section>
""" + FOOT)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main() -> int:
    news_dir = HOST / "en/park-life/news-and-events/news"
    write(news_dir / "__dir__.html", listing_page())
    for n in NEWS_ITEMS:
        write(news_dir / n["slug"], news_page(n))
    prog_dir = HOST / "en/how-we-serve/incubation-programmes"
    for slug, (name, sections) in PROGRAMME_PAGES.items():
        page = prog_dir / slug / "__dir__.html"
        write(page, programme_page(slug, name, sections))
        sidecar = {"headers": {"Date": SNAPSHOT_HTTP_DATE}}
        write(page.with_name(page.name + ".http.json"), json.dumps(sidecar) + "\n")
    return len(NEWS_ITEMS) + 1 + len(PROGRAMME_PAGES)


if __name__ == "__main__":
    print("hkstp news and programme pages", main())
