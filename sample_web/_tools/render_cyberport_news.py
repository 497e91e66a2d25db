"""Render the Cyberport press-release part of the sample web (www.cyberport.hk/en/news/press_releases/).

Dates and facts are the real releases' (see sample_web/_provenance/cyberport_news.md for where each is
known from); the bodies are short summaries in our own words, and most headlines are descriptive because
Cyberport's own wording was not found. The listing/release URLs and markup are OUR DESIGN: NOT verified
against the live site.

It also renders Cyberport's two AI thematic pages on aisc.cyberport.hk (the AI Supercomputing Centre at
`/` and the AI Subsidy Scheme at `/aiss`): URLs evidenced, markup our design, text our own summary of
the facts recorded in the provenance note.

    .venv/bin/python sample_web/_tools/render_cyberport_news.py
"""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://www.cyberport.hk/en/news/press_releases/"


def release(slug, title, day, body):
    return {"url": BASE + slug, "slug": slug, "title": title, "date": date.fromisoformat(day), "body": body}


RELEASES = [
    release("cyberport-ai-x-data-forum-concludes-successfully-joining-hands-with-industry-to-drive-ai-and-data-"
            "innovation-and-unlock-new-value-for-enterprises",
            "Cyberport AI x Data Forum Concludes Successfully: Joining Hands with Industry to Drive AI and Data "
            "Innovation and Unlock New Value for Enterprises", "2025-07-17",
            ["Cyberport held its AI x Data Forum under the theme \"AI in Action, Data at the Core: Unlocking "
             "Infinite Potential\". More than 450 people from government, finance, innovation and technology, "
             "cybersecurity and academia took part.",
             "At the forum Cyberport, the Canton Data Exchange and China Unicom Global signed a Memorandum of "
             "Understanding on a \"Mainland incubation, Hong Kong deployment\" model: proven data applications and "
             "companies from the Mainland are to be brought to Hong Kong, with technology platforms and compliance "
             "support.",
             "The partners named financial risk management, healthcare, cross-border trade and the low-altitude "
             "economy as first areas, and plan joint incubation, investment promotion and exchange activities."]),
    release("cyberport-artificial-intelligence-supercomputing-centre-commences-operation-and-ai-lab-opens",
            "Cyberport Artificial Intelligence Supercomputing Centre commences operation and AI Lab opens",
            "2024-12-09",
            ["Cyberport's Artificial Intelligence Supercomputing Centre (AISC), the largest in Hong Kong, started "
             "operating, and the Cyberport AI Lab opened at the same time. Secretary for Innovation, Technology "
             "and Industry Professor Sun Dong and Cyberport Chairman Mr Simon Chan officiated.",
             "The first phase provides 1,300 PFLOPS of computing power in 2024 and is to reach 3,000 PFLOPS in "
             "2025, roughly enough to process 10 billion images an hour. The centre was announced in the 2023 "
             "Policy Address.",
             "The AI Lab gives ecosystem partners a heterogeneous computing platform on which to build and show "
             "AI products with enterprises. Cyberport works with companies such as Baidu, Huawei and Inspur Cloud "
             "on computing and large models, and is home to more than 330 AI and big data companies."]),
    release("chief-executive-visits-cyberport-ai-supercomputing-centre-and-ai-lab",
            "Chief Executive visits Cyberport's AI Supercomputing Centre and AI Lab", "2024-11-22",
            ["The Chief Executive, Mr John Lee, toured Cyberport's AI Supercomputing Centre and AI Lab to see the "
             "latest work of its AI ecosystem, and heard AI companies describe how Cyberport supports their "
             "research and business.",
             "He was accompanied by Secretary for Innovation, Technology and Industry Professor Sun Dong, "
             "Commissioner for Digital Policy Mr Tony Wong, Cyberport Chairman Mr Simon Chan and Chief Executive "
             "Officer Dr Rocky Cheng.",
             "Mr Lee encouraged more sectors in Hong Kong to use the local AI ecosystem to put AI to work in their "
             "own fields."]),
]

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{head_title}</title>
<meta property="og:title" content="{og_title}">
</head>
<body>
<header><a class="logo" href="/en/">Cyberport</a><nav><a href="/en/news">News</a></nav></header>
<main>
{content}
</main>
<footer><p>Hong Kong Cyberport Management Company Limited</p></footer>
</body>
</html>
"""
ABOUT = ("Cyberport is Hong Kong's digital technology flagship and incubator for entrepreneurship. It is "
         "managed by Hong Kong Cyberport Management Company Limited, wholly owned by the Hong Kong SAR Government.")


def esc(text):
    return html.escape(text, quote=True)


def d_mon_y(day):
    return f"{day.day} {day:%b} {day.year}"


def path_of(url):
    rel = url.split("://", 1)[1]
    rel = rel.replace("?", "%3F").replace("=", "%3D").replace("&", "%26")
    return ROOT / (rel + "__dir__.html" if rel.endswith("/") else rel)


def write(url, text):
    target = path_of(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def release_page(r):
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in r["body"])
    content = (f'<div class="press-release-detail">\n<h1 class="title">{esc(r["title"])}</h1>\n'
               f'<div class="date">{d_mon_y(r["date"])}</div>\n<div class="content">\n{paras}\n'
               f'<div class="about-cyberport"><h3>About Cyberport</h3><p>{esc(ABOUT)}</p></div>\n'
               '<p class="media-enquiries">Media enquiries: Cyberport Corporate Communications</p>\n'
               '</div>\n</div>')
    return PAGE.format(head_title=esc(r["title"]) + " | Cyberport", og_title=esc(r["title"]), content=content)


def listing_page(items, next_href):
    rows = "\n".join(f'<li><span class="date">{d_mon_y(r["date"])}</span> '
                     f'<a class="press-title" href="/en/news/press_releases/{r["slug"]}">{esc(r["title"])}</a></li>'
                     for r in items)
    pager = f'<div class="pager"><a rel="next" class="next" href="{next_href}">Next</a></div>' if next_href else ""
    content = f'<h1>Press Releases</h1>\n<ul class="press-release-list">\n{rows}\n</ul>\n{pager}'
    return PAGE.format(head_title="Press Releases | Cyberport", og_title="Press Releases", content=content)


AI_BASE = "https://aisc.cyberport.hk/"
AI_NAV = ('<nav class="aisc-nav"><a href="/">AI Supercomputing Centre</a> '
          '<a href="/aiss">AI Subsidy Scheme</a></nav>')
AI_PAGES = [
    {"url": AI_BASE, "title": "Cyberport Artificial Intelligence Supercomputing Centre (AISC)",
     "body": ["Cyberport's Artificial Intelligence Supercomputing Centre was announced in the Chief Executive's "
              "2023 Policy Address and started operating on 9 December 2024. The Cyberport AI Lab opened on "
              "the same day.",
              "The first phase delivered 1,300 PFLOPS of computing power in 2024, and capacity is planned to "
              "grow to 3,000 PFLOPS in 2025, about enough to process 10 billion images an hour.",
              "The centre is meant for universities, research institutes, start-ups and enterprises working "
              "on artificial intelligence, data science, HealthTech, advanced manufacturing and new energy "
              "technology. The AI Lab gives ecosystem partners a heterogeneous computing platform on which "
              "to build and demonstrate AI products together with enterprises.",
              "Eligible users may apply for computing-power subsidies under the HK$3 billion, three-year "
              "Artificial Intelligence Subsidy Scheme."],
     "links": [("/aiss", "Artificial Intelligence Subsidy Scheme")]},
    {"url": AI_BASE + "aiss", "title": "Artificial Intelligence Subsidy Scheme (AISS)",
     "body": ["The 2024-25 Budget set aside HK$3 billion for a three-year Artificial Intelligence Subsidy "
              "Scheme. It helps local universities, research institutes and enterprises use the computing "
              "power of Cyberport's AI Supercomputing Centre to reach scientific breakthroughs.",
              "The scheme opened on 7 October 2024, and eligible organisations submit their applications to "
              "Cyberport.",
              "A subsidy is generally up to 70% of the list price of the centre's services. In special and "
              "exceptional cases, for projects of unusual significance to local AI innovation and "
              "application, the Committee may approve up to 90%.",
              "The Committee of the Artificial Intelligence Subsidy Scheme, appointed by the Government and "
              "chaired by Mr Hendrick Sin, vets the applications and decides the computing power, duration, "
              "amount and conditions of each subsidy. Among the assessment criteria, alignment with Hong "
              "Kong's innovation, technology and AI development needs weighs 25% and a reasonable computing "
              "power request 20%.",
              "Enquiries go to the Secretariat of the scheme at aiss_enquiry@cyberport.hk."],
     "links": [("/", "AI Supercomputing Centre")]},
]


def ai_page(p):
    paras = "\n".join(f"<p>{esc(x)}</p>" for x in p["body"])
    links = " ".join(f'<a href="{href}">{esc(text)}</a>' for href, text in p["links"])
    content = (f'{AI_NAV}\n<h1>{esc(p["title"])}</h1>\n<div class="page-content">\n{paras}\n'
               f'<p class="related">See also: {links}</p>\n</div>')
    page = PAGE.format(head_title=esc(p["title"]) + " | Cyberport", og_title=esc(p["title"]), content=content)
    return (page.replace('<a class="logo" href="/en/">', '<a class="logo" href="https://www.cyberport.hk/en/">')
            .replace('<a href="/en/news">', '<a href="https://www.cyberport.hk/en/news">'))


def main():
    ordered = sorted(RELEASES, key=lambda r: r["date"], reverse=True)
    for r in ordered:
        write(r["url"], release_page(r))
    write(BASE, listing_page(ordered[:2], "/en/news/press_releases/?page=2"))
    write(BASE + "?page=2", listing_page(ordered[2:], None))
    for p in AI_PAGES:
        write(p["url"], ai_page(p))
    print(f"{len(RELEASES)} releases and {len(AI_PAGES)} AI pages rendered")


if __name__ == "__main__":
    main()
