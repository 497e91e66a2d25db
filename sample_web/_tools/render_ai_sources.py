"""Renders the sample-web pages of the hkma, itib, dpo and investhk sources from the records below.

    python sample_web/_tools/render_ai_sources.py      (from the project root)

Each record holds the facts of one real page (URL, headline, date, and what it says, summarised in
our own words); where each fact is known from is in sample_web/_provenance/<package>.md. The page
templates imitate what stored copies show of each site (a skip link, a section label, headline, date
line, body); class names and anything beyond that are not verified against the live sites.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paras(body: str) -> str:
    return "\n".join(f"<p>{esc(p.strip())}</p>" for p in body.strip().split("\n\n") if p.strip())


def write(url: str, content: str, headers: dict | None = None) -> None:
    rel = url.split("://", 1)[1]
    host, _, path = rel.partition("/")
    path = path.replace("?", "%3F").replace("=", "%3D").replace("&", "%26")
    target = ROOT / host / (path + "__dir__.html" if path.endswith("/") or not path else path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content, encoding="utf-8")
    if headers:
        sidecar = target.with_name(target.name + ".http.json")
        sidecar.write_text(json.dumps({"headers": headers}, indent=1) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------------
# HKMA: API pages (pagesize 2, newest first) and release pages
# --------------------------------------------------------------------------------------------------
HKMA_RELEASES = [
    {
        "url": "https://www.hkma.gov.hk/eng/news-and-media/press-releases/2025/06/20250620-4/",
        "title": "The HKMA and the PBoC Launch Payment Connect",
        "date": "2025-06-20", "date_line": "20 Jun 2025",
        "body": """
The Hong Kong Monetary Authority and the People's Bank of China marked the start of Payment Connect,
which links the Faster Payment System in Hong Kong with the Mainland's Internet Banking Payment System,
at a ceremony held in Beijing.

At the outset six institutions from the Mainland and six from Hong Kong take part; they will bring the
service to their customers step by step, and more institutions are expected to join later. The service
opens to the public on 22 June 2025.

Remarks were given by Mr Pan Gongsheng, Governor of the PBoC, Mr Wang Linggui, Deputy Director of the Hong
Kong and Macao Work Office of the CPC Central Committee and the Hong Kong and Macao Affairs Office of the
State Council, and Mr Eddie Yue, Chief Executive of the HKMA. Mr Lu Lei, Deputy Governor of the PBoC,
officiated at the ceremony, which Mr Zhang Hui, President of the Bank of China, also attended.

Mr Yue described the link as a key step in Mainland-Hong Kong co-operation: faster cross-boundary
payments for trade and for people moving between the two places, support for Hong Kong as an
international financial centre and offshore Renminbi hub, and a further extension of the FPS beyond
Hong Kong. A Joint Announcement of the two authorities was issued on the same day.
""",
    },
    {
        "url": "https://www.hkma.gov.hk/eng/news-and-media/press-releases/2024/08/20240813-6/",
        "title": "HKMA and Cyberport launch GenA.I. Sandbox to bolster AI adoption in financial sector",
        "date": "2024-08-13", "date_line": "13 Aug 2024",
        "body": """
Together with Hong Kong Cyberport Management Company Limited, the HKMA announced a new Generative
Artificial Intelligence (GenA.I.) Sandbox at FiNETech2, the second event of its FiNETech series,
co-hosted with Cyberport and the FinTech Association of Hong Kong and attended by more than 300 people
from banking, securities, insurance and technology firms.

The sandbox gives banks a risk-managed setting in which to try out their own GenA.I. use cases, with
technical help and targeted supervisory feedback along the way. The HKMA will learn from the trials,
share good practices with the industry and keep its guidance up to date as the technology develops.

Chief Executive Mr Eddie Yue called the sandbox a pioneering step for responsible GenA.I. innovation in
banking and urged banks to use it to strengthen risk management.

The HKMA also pointed to its other GenA.I. work: a training session for more than 120 financial
professionals and case studies of recent international developments. Eligibility and application
details of the sandbox are to be announced later.
""",
    },
    {
        "url": "https://www.hkma.gov.hk/eng/news-and-media/press-releases/2024/08/20240802-5/",
        "title": "PBOC and HKMA Sign MOU on Cross-Boundary Linkage of Payment Systems between the Mainland "
                 "and Hong Kong",
        "date": "2024-08-02", "date_line": "02 Aug 2024",
        "body": """
Mr Lu Lei, Deputy Governor of the People's Bank of China, and Mr Howard Lee, Deputy Chief Executive of
the HKMA, met on 2 August 2024. They discussed financial co-operation between the Mainland and Hong Kong
and the work on connecting the fast payment systems of the two places.

The two then signed a Memorandum of Understanding that sets up a framework for co-operation on linking
the payment systems across the boundary.
""",
    },
]


def hkma_release_page(rec: dict) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(rec['title'])} - Hong Kong Monetary Authority</title>
<meta property="og:title" content="{esc(rec['title'])}">
</head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<div id="header"><a href="/eng/">Hong Kong Monetary Authority</a>
<span class="lang-switch"><a href="{esc(rec['url'].replace('/eng/', '/chi/'))}" hreflang="zh-HK">繁</a></span></div>
<div id="content" class="content-wrapper">
<div class="breadcrumb"><a href="/eng/">Home</a> &gt; <a href="/eng/news-and-media/">News and Media</a> &gt;
<a href="/eng/news-and-media/press-releases/">Press Releases</a></div>
<div class="page-header"><h1>{esc(rec['title'])}</h1></div>
<div class="template-content-area">
<div class="type">Press Releases</div>
<div class="date">{esc(rec['date_line'])}</div>
<div class="content">
{paras(rec['body'])}
<p>Hong Kong Monetary Authority<br>{esc(rec['date_line'])}</p>
</div>
</div>
</div>
<div id="footer"><p>Important Notices | Privacy Policy</p></div>
</body>
</html>
"""


def hkma_api_page(records: list[dict]) -> str:
    payload = {
        "header": {"success": True, "err_code": "0000", "err_msg": "No error"},
        "result": {"datasize": len(records),
                   "records": [{"title": r["title"], "link": r["url"], "date": r["date"]} for r in records]},
    }
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def render_hkma() -> None:
    pagesize = 2
    for offset in range(0, len(HKMA_RELEASES) + 1, pagesize):
        page = HKMA_RELEASES[offset: offset + pagesize]
        if not page and offset:
            break
        write(f"https://api.hkma.gov.hk/public/press-releases?lang=en&pagesize={pagesize}&offset={offset}",
              hkma_api_page(page), {"Content-Type": "application/json; charset=utf-8"})
    for rec in HKMA_RELEASES:
        write(rec["url"], hkma_release_page(rec))


# --------------------------------------------------------------------------------------------------
# ITIB: speeches and LegCo replies, and their listing pages (listing URLs unverified)
# --------------------------------------------------------------------------------------------------
ITIB_PAGES = [
    {
        "url": "https://www.itib.gov.hk/en/speeches/2023/pr_20231129.html",
        "section": "Major Speeches and Press Releases",
        "title": "Speech by SITI at Cyberport 20th Anniversary Celebration cum Cyberport Entrepreneurship "
                 "Programmes Graduation Ceremony 2023 (English only) (with photo)",
        "date_line": "29 Nov 2023",
        "body": """
The Secretary for Innovation, Technology and Industry, Professor Sun Dong, spoke at the ceremony marking
Cyberport's 20th anniversary and the graduation of the latest start-ups from its entrepreneurship
programmes. He greeted Mr Simon Chan, Chairman of the Board of Directors of Hong Kong Cyberport
Management Company Limited, Mr Peter Yan, its Chief Executive Officer, and Dr George Lam, its former
Chairman.

Professor Sun described Cyberport as a driving force of Hong Kong's information and communications
technology sector. In its 20th year its community has grown to 2 000 technology companies and start-ups,
twice the number of five years earlier, and it has drawn more than $38 billion of investment.

He noted that the community includes seven unicorns spread over Cyberport's three main clusters,
fintech, smart living and digital entertainment, and that at the recent Hong Kong ICT Awards 25
start-ups from the Cyberport community won 28 awards.
""",
    },
    {
        "url": "https://www.itib.gov.hk/en/speeches/2022/pr_20221215.html",
        "section": "Major Speeches and Press Releases",
        "title": "Remarks by SITI at concluding session of Global I&T Summit (English only) (with photo)",
        "date_line": "15 Dec 2022",
        "body": """
Professor Sun Dong, Secretary for Innovation, Technology and Industry, closed the Global I&T Summit,
which brought 30 scholars and scientists from North America, Europe and Asia together in Hong Kong.

He thanked the speakers and guests and said the Summit was one of the signature events celebrating the
25th anniversary of the Hong Kong Special Administrative Region, as Hong Kong works to become an
international innovation and technology centre and to integrate into national development.

In his view innovation is at heart about solving problems to make a better world, which makes the
sharing of knowledge and experience between researchers all the more important.
""",
    },
    {
        "url": "https://www.itib.gov.hk/en/legislative_council_business/questions/2025/pr_20250319.html",
        "section": "Legislative Council Business",
        "title": "LCQ20: Development of artificial intelligence",
        "date_line": "19 Mar 2025",
        "body": """
Dr the Hon Lo Wai-kwok asked a written question in the Legislative Council, answered by the Secretary for
Innovation, Technology and Industry, Professor Sun Dong.

The question noted that artificial intelligence is a driving force of new quality productive forces,
that Mainland firms had recently built large language models at lower cost, and that the Hong Kong
Innovation and Technology Development Blueprint of 2022 puts AI and data science among the industries to
develop. It asked whether the Government would draw up a comprehensive AI blueprint and strategy with
supporting measures, and add resources for AI talent and for applying AI in industry and public services.

In reply the Secretary set out the Government's AI measures, including the $1 billion earmarked in the
2025-26 Budget for setting up the Hong Kong AI Research and Development Institute.
""",
    },
]
ITIB_LISTINGS = {
    "https://www.itib.gov.hk/en/speeches/index.html": ("Major Speeches and Press Releases", "speeches"),
    "https://www.itib.gov.hk/en/legislative_council_business/questions/index.html":
        ("Legislative Council Business", "questions"),
}


def itib_page(rec: dict) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(rec['title'])}</title>
</head>
<body>
<a href="#content" class="skip">Skip to content</a>
<div id="header"><a href="/en/index.html">Innovation, Technology and Industry Bureau</a></div>
<div id="content">
<div class="section-title">{esc(rec['section'])}</div>
<h1 class="pr-title">{esc(rec['title'])}</h1>
<div class="pr-date">{esc(rec['date_line'])}</div>
<div class="pr-content">
{paras(rec['body'])}
</div>
</div>
</body>
</html>
"""


def itib_listing(section: str, kind: str) -> str:
    rows = "\n".join(
        f'<li><span class="date">{esc(r["date_line"])}</span> <a href="{esc(r["url"])}">{esc(r["title"])}</a></li>'
        for r in ITIB_PAGES if f"/{kind}/" in r["url"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(section)}</title></head>
<body>
<a href="#content" class="skip">Skip to content</a>
<div id="content">
<h1>{esc(section)}</h1>
<ul class="pr-list">
{rows}
</ul>
</div>
</body>
</html>
"""


def render_itib() -> None:
    for rec in ITIB_PAGES:
        write(rec["url"], itib_page(rec))
    for url, (section, kind) in ITIB_LISTINGS.items():
        write(url, itib_listing(section, kind))


# --------------------------------------------------------------------------------------------------
# DPO: speeches (date in the URL), our_work programme pages, speeches listing (URL unverified)
# --------------------------------------------------------------------------------------------------
DPO_SPEECHES = [
    {
        "url": "https://digitalpolicy.gov.hk/en/news/speeches/2024/11/sp_20241129.html",
        "title": "Speech by Ir Tony Wong, JP, Commissioner for Digital Policy, at the “Fanovation 2024 - "
                 "APAC AI Leaders Forum” (with photos)",
        "body": """
The Commissioner for Digital Policy, Ir Tony Wong, spoke at Fanovation 2024, a forum hosted by Fano Labs
(whose co-founder and CEO is Dr Miles Wen) under the theme “AI for Secure Transformation: Navigating
AI-powered Performance with Trust and Safety”.

He called AI a main driver of the present technological revolution and industrial transformation, and
recalled that the Central People's Government put forward the “AI+” initiative in its Government Work
Report in March. In Hong Kong, the Innovation and Technology Development Blueprint announced at the end
of 2022 set the course for the AI and data science industries, both for using AI inside the Government
and for building an AI ecosystem.

He stressed that security and trust must underpin the adoption of AI.
""",
    },
    {
        "url": "https://digitalpolicy.gov.hk/en/news/speeches/2024/11/sp_20241108.html",
        "title": "Speech by Ir Tony Wong, JP, Commissioner for Digital Policy, at the “50th Anniversary Gala "
                 "Dinner cum Distinguished Alumni Award Presentation Ceremony of the Department of Computing "
                 "of the Hong Kong Polytechnic University” (with photos)",
        "body": """
Ir Tony Wong, Commissioner for Digital Policy and himself an alumnus, congratulated the Department of
Computing of the Hong Kong Polytechnic University on its 50th anniversary and the winners of its
Distinguished Alumni Awards.

He traced five decades of computing, from mainframes to cloud computing, big data and artificial
intelligence, and praised the Department for keeping its teaching in step with technology; he cited
PolyU's recognition in 2022 as the Best University for Blockchain among 240 universities and institutions
worldwide.
""",
    },
    {
        "url": "https://digitalpolicy.gov.hk/en/news/speeches/2024/11/sp_20241107.html",
        "title": "Opening Speech by Mr Daniel Cheung, JP, Deputy Commissioner (Digital Infrastructure), at the "
                 "“ICT Conference 2024” (with photos)",
        "body": """
Mr Daniel Cheung, Deputy Commissioner (Digital Infrastructure), opened the ICT Conference 2024 organised by
the Informatics and Control Technologies Section of the Institution of Engineering and Technology Hong
Kong, which looked at the opportunities and challenges of generative AI.

He linked the conference to the Policy Address of October and its call to develop new quality productive
forces, with AI as a key driver. Computing power is a precondition for the AI industry: Cyberport's AI
Supercomputing Centre will open in phases, the first phase within the year, rising to 3 000 petaFLOPS.

To speed up the AI ecosystem the Government has set aside $3 billion for a three-year Artificial
Intelligence Subsidy Scheme supporting local universities, research centres, government departments and
AI enterprises in using that computing power.
""",
    },
]
DPO_PROGRAMMES = [
    {
        "url": "https://digitalpolicy.gov.hk/en/our_work/digital_infrastructure/industry_development/ai_subsidy_scheme/",
        "title": "Artificial Intelligence Subsidy Scheme",
        "crumbs": ["Our Work", "Digital Infrastructure", "Industry Development"],
        "body": """
The 2024-25 Budget set aside $3 billion for a three-year Artificial Intelligence Subsidy Scheme (AISS). It
helps local universities, research institutes and enterprises make full use of the computing power of
Cyberport's Artificial Intelligence Supercomputing Centre (AISC), whose capacity is to grow to around
3 000 petaFLOPS, so that they can reach breakthroughs in AI research and applications.

Eligible users can generally be subsidised for up to 70% of the AISC's list price; in special and
exceptional cases, given a project's uniqueness and its impact on local AI innovation, the subsidy may
reach 90%.

The Scheme opened for applications, which are made to Cyberport, on 7 October 2024.

Applications are vetted by the Committee of the Artificial Intelligence Subsidy Scheme, which advises
the Digital Policy Office on the running of the Scheme, approves the computing power, duration, amount
and conditions of each subsidy, and reviews progress reports. Chairman: Mr Hendrick SIN, MH.
Non-official members: Mr Ricky CHAN Wai-chung, Hon Carmen KAN Wai-mun, JP, Mr Victor LAM Wai-kiu, SBS,
Professor LIU Yun-hui, Dr WONG Chung-kiu, BBS, MH and Dr YANG Qiang. Ex-officio member: the
Commissioner for Digital Policy or his/her representative.
""",
    },
    {
        "url": "https://digitalpolicy.gov.hk/en/our_work/data_governance/policies_standards/ethical_ai_framework/",
        "title": "Ethical Artificial Intelligence Framework",
        "crumbs": ["Our Work", "Data Governance", "Policies and Standards"],
        "body": """
The Ethical Artificial Intelligence Framework was first drawn up by the former Office of the Government
Chief Information Officer for use within the Government, to help bureaux and departments weigh ethical
questions when they build AI and big data analytics into IT projects. A version customised for general
reference by the public was published in August 2023.

The Framework sets out ethical AI principles, an AI governance structure, practices for each stage of
the AI lifecycle (project strategy, planning, ecosystem, development, deployment, operation and
monitoring) and an AI Application Impact Assessment template.

Version 1.4, dated 25 July 2024, replaced the name of the Office of the Government Chief Information
Officer with that of the Digital Policy Office.
""",
    },
]


def dpo_speech(rec: dict) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(rec['title'])} | Digital Policy Office</title></head>
<body>
<a class="skip-main" href="#main-content">跳至主要內容</a>
<div id="header"><a href="/en/">Digital Policy Office</a></div>
<main id="main-content">
<div class="section-name">What's New</div>
<h1 class="page-title">{esc(rec['title'])}</h1>
<div class="speech-content">
{paras(rec['body'])}
</div>
</main>
</body>
</html>
"""


def dpo_programme(rec: dict) -> str:
    crumbs = " &gt; ".join(esc(c) for c in rec["crumbs"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(rec['title'])} | Digital Policy Office</title></head>
<body>
<a class="skip-main" href="#main-content">跳至主要內容</a>
<div id="header"><a href="/en/">Digital Policy Office</a></div>
<main id="main-content">
<div class="breadcrumb">{crumbs}</div>
<h1 class="page-title">{esc(rec['title'])}</h1>
<div class="page-content">
{paras(rec['body'])}
</div>
</main>
</body>
</html>
"""


def dpo_listing() -> str:
    rows = "\n".join(f'<li><a href="{esc(r["url"].split("digitalpolicy.gov.hk", 1)[1])}">{esc(r["title"])}</a></li>'
                     for r in DPO_SPEECHES)
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Speeches | Digital Policy Office</title></head>
<body>
<a class="skip-main" href="#main-content">跳至主要內容</a>
<main id="main-content">
<div class="section-name">What's New</div>
<h1 class="page-title">Speeches</h1>
<ul class="news-list">
{rows}
</ul>
</main>
</body>
</html>
"""


def render_dpo() -> None:
    for rec in DPO_SPEECHES:
        write(rec["url"], dpo_speech(rec))
    for rec in DPO_PROGRAMMES:
        write(rec["url"], dpo_programme(rec))
    write("https://digitalpolicy.gov.hk/en/news/speeches/index.html", dpo_listing())


# --------------------------------------------------------------------------------------------------
# InvestHK: news listing (two pages) and news pages (slugs of these two unverified)
# --------------------------------------------------------------------------------------------------
INVESTHK_NEWS = [
    {
        "url": "https://www.investhk.gov.hk/en/news/investhk-and-media-partner-south-china-morning-post-take-"
               "deep-dive-into-hong-kongs-innovation-ecosystem-at-innotech-forum-2024/",
        "title": "InvestHK and media partner South China Morning Post take deep dive into Hong Kong's innovation "
                 "ecosystem at InnoTech Forum 2024",
        "date_line": "18 Oct 2024", "listing_page": 1,
        "body": """
Invest Hong Kong held the InnoTech Forum 2024 with its media partner, the South China Morning Post, on
18 October 2024 at the Hong Kong Ocean Park Marriott Hotel. More than 200 guests followed a day of keynote
speeches, panels and presentations on Hong Kong's innovation ecosystem, its long-term plans, and how
artificial intelligence and new energy technologies are changing the city and its economy.

In his keynote, the Secretary for Innovation, Technology and Industry, Professor Sun Dong, said AI is a
key driver of innovation and business. He pointed to the AI Supercomputing Centre that Cyberport is about
to open, the $3 billion three-year AI Subsidy Scheme that supports its use, and the Policy Address plan
to pilot, inside the Government, a generative AI copilot for processing documents built on a locally
trained large language model.

The Secretary for Environment and Ecology, Mr Tse Chin-wan, spoke about new energy technologies on the
way to carbon neutrality.
""",
    },
    {
        "url": "https://www.investhk.gov.hk/en/news/investhk-releases-annual-survey-results-in-2021-and-"
               "announces-startmeuphk-festival-will-return-in-may-2022/",
        "title": "InvestHK releases annual survey results in 2021 and announces StartmeupHK Festival will "
                 "return in May 2022",
        "date_line": "17 Nov 2021", "listing_page": 2,
        "body": """
The 2021 Startup Survey of Invest Hong Kong counted 3 755 start-ups in the city, a record and 12 per cent
more than in 2020, despite the pandemic. They employed 13 804 people, 29 per cent more than a year before,
in sectors led by fintech, e-commerce, supply chain management and logistics technology, and professional
or consultancy services.

Founders named access to international or regional markets (73 per cent), the simple tax system and low
tax rate (67 per cent), business opportunities in Mainland China (61 per cent) and access to funding
(59 per cent) as the main reasons for starting up in Hong Kong.

Ms Jayne Chan, Head of StartmeupHK at InvestHK, said opportunities for start-ups remain despite the
disruption. InvestHK also announced that the StartmeupHK Festival will return in May 2022.
""",
    },
]
INVESTHK_LISTING = "https://www.investhk.gov.hk/en/news/?newsType=News"


def investhk_news(rec: dict) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(rec['title'])} | InvestHK</title>
<meta property="og:title" content="{esc(rec['title'])}"></head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header><a href="/en/">Invest Hong Kong</a></header>
<main id="main">
<div class="breadcrumb"><a href="/en/">Home</a> / <a href="/en/news/?newsType=News">News</a></div>
<article class="news-detail">
<div class="news-type">News</div>
<h1 class="news-title">{esc(rec['title'])}</h1>
<div class="news-date">{esc(rec['date_line'])}</div>
<div class="news-content">
{paras(rec['body'])}
</div>
</article>
</main>
</body>
</html>
"""


def investhk_listing(page: int, last: int) -> str:
    rows = "\n".join(
        f'<div class="news-item"><span class="news-date">{esc(r["date_line"])}</span> '
        f'<a href="{esc(r["url"].split("investhk.gov.hk", 1)[1])}">{esc(r["title"])}</a></div>'
        for r in INVESTHK_NEWS if r["listing_page"] == page)
    nav = (f'<a class="next" rel="next" href="/en/news/?newsType=News&amp;page={page + 1}">Next</a>'
           if page < last else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>News | InvestHK</title></head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<main id="main">
<h1>News</h1>
<div class="news-list">
{rows}
</div>
<div class="pagination">{nav}</div>
</main>
</body>
</html>
"""


def render_investhk() -> None:
    last = max(r["listing_page"] for r in INVESTHK_NEWS)
    for page in range(1, last + 1):
        url = INVESTHK_LISTING if page == 1 else f"{INVESTHK_LISTING}&page={page}"
        write(url, investhk_listing(page, last))
    for rec in INVESTHK_NEWS:
        write(rec["url"], investhk_news(rec))


if __name__ == "__main__":
    render_hkma()
    render_itib()
    render_dpo()
    render_investhk()
