"""Renders the sample-web pages of the organisation directories (Cyberport istartup.hk, CityU HK Tech 300,
HKSTP company directory, ITC InnoHK page) from the facts listed below.

Facts (names, years, statuses, sectors, websites, institutions, clusters) are real and come from the
sources named in `sample_web/_provenance/<package>.md`; every sentence on the pages is our own. The page
markup follows SOURCES.md sections 8, 9, 10 and 3; where the live markup is not known the templates say
so in the provenance notes. Run from the project root:

    python sample_web/_tools/render_org_directories.py
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "company-" + "".join(f"{ord(c):x}" for c in name)[:24]


def write(url: str, text: str) -> None:
    """Write a page at the sample-web path of its real URL (query kept percent-encoded)."""
    rest = url.split("://", 1)[1]
    if rest.endswith("/"):
        rest += "__dir__.html"
    path, _, query = rest.partition("?")
    if query:
        path += quote("?" + query, safe="")
    target = ROOT / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


e = html.escape
CYBERPORT_PROFILES = [
    ('10Life Group Limited', '2017', '9', 'Graduates of CCMF/ CIP', 'NA', 'https://10life.com/en/landing.php'),
    ('24Crisp', '2020', '2', 'Current CCMF/ CIP', 'FINTECH', 'www.24crisp.com'),
    ('3 Circles VR Learning Solutions Limited', '2016', '8', 'Graduates of CCMF/ CIP', 'EDTECH', 'http://www.3circlesvr.com/in.html;3circlesvr.hk'),
    ('A-Champs', '2019', '2', 'Graduates of CCMF/ CIP', 'HEALTHTECH', 'https://www.a-champs.com/'),
    ('AASIG', 'NA', 'NA', 'Smart Space Tenant', 'Robotics/ Iot', 'NA'),
    ('AESIR', '2020', '7', 'Current CCMF/ CIP, Smart Space Tenant, Graduates of CCMF/ CIP', 'EDTECH', 'aesir.hk'),
    ('AI InnoBio Ltd', '2021', '6', 'Current CCMF/ CIP, Smart Space Tenant', 'FINTECH', 'www.aiinnobio.com'),
    ('AITalk IT Ltd', '2020', '6', 'Graduates of CCMF/ CIP', 'AI/ BIG DATA', 'www.aitalkit.com'),
    ('Ambit Geospatial Solution Limited', '2018', '6', 'Graduates of CCMF/ CIP', 'AI/ BIG DATA', 'www.ambit-geospatial.com.hk'),
    ('AQUA FARM LIMITED', '2021', '6', 'Current CCMF/ CIP', 'AI/ BIG DATA', 'NA'),
    ('Ark Space Limited', 'NA', 'NA', 'Smart Space Tenant', 'SMART CITY/ LIVING', 'https://www.arkspace.com.hk'),
    ('Artanis Technology Limited', 'NA', 'NA', 'Smart Space Tenant', 'Robotics/ Iot', 'http://artanis-tech.com'),
    ('Backhome Ltd', '2017-01-01', 'NA', 'Current CCMF/ CIP', 'AI/ BIG DATA', 'www.backhome.hk'),
    ('Benefit Vantage Limited', 'NA', 'NA', 'Office tenant', 'CYBERSECURITY', 'https://www.ipification.com'),
    ('Carbon World Limited', '2018', '3', 'Graduates of CCMF/ CIP', 'Robotics/ Iot', 'www.co2coins.com'),
    ('CC Capital (HK) Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'NA'),
    ('Clear Robotics Limited', '2020-01-01', 'NA', 'Current CCMF/ CIP', 'Robotics/ Iot', 'openoceancam.com'),
    ('Collective Knowledge Company Limited', '2021', '10', 'Current CCMF/ CIP', 'AI/ BIG DATA', 'www.knoglobal.com'),
    ('CoverGo | Insurtech', '2017', '9', 'Smart Space Tenant, Graduates of CCMF/ CIP', 'FINTECH', 'www.covergo.com'),
    ('Dayta AI Limited', 'NA', 'NA', 'Other', 'RETAILTECH/ E-COMMERCE', 'https://www.dayta.ai'),
    ('Ddiin Concept Ltd.', 'NA', 'NA', 'Smart Space Tenant', 'Robotics/ Iot', 'www.ddiin.com'),
    ('Doingo Technology Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', '2dfire.com'),
    ('Entrepreneurs Exchange International Ltd', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'under construction'),
    ('Epona Biotec. Limited', '2016', '3', 'Graduates of CCMF/ CIP', 'Robotics/ Iot', 'http://www.eponabiotec.com'),
    ('FansWave Ltd.', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'www.fanswifi.com'),
    ('Fintonium Tech Limited', '2019', '10', 'Graduates of CCMF/ CIP', 'FINTECH', 'http://www.fintonium.com/'),
    ('Flaming Partners', '2018-01-01', 'NA', 'Current CCMF/ CIP', 'AI/ BIG DATA', 'www.flamingpartners.com.hk'),
    ('Flying Milk Tea Limited', '2020', '2', 'Graduates of CCMF/ CIP', 'NA', 'https://www.flyingmilktea.com/login/'),
    ('G-Innovator Research & Creation Company Limited', '2014', '8', 'Graduates of CCMF/ CIP', 'Robotics/ Iot', 'http://www.g-innovator.com'),
    ('Garuda Venture Management Limited', '2018', '6', 'Smart Space Tenant', 'AI/ BIG DATA', 'www.garudaventure.com;www.matebot.com.hk'),
    ('Global Languages Accessibility (Hongkong) Technology Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'NA'),
    ('Graphite Venture Limited', 'NA', 'NA', 'Smart Space Tenant', 'Robotics/ Iot', 'NA'),
    ('HEALTH CLUB TV LIMITED', 'NA', 'NA', 'Smart Space Tenant', 'HEALTHTECH', 'https://www.facebook.com/healthclubtv/'),
    ('Heart Buddy', '2014', '8', 'Graduates of CCMF/ CIP', 'Robotics/ Iot', 'http://www.m-caretech.com'),
    ('Helpbe Limited', '2017-01-01', 'NA', 'Current CCMF/ CIP', 'AI/ BIG DATA', 'www.helpbe.com'),
    ('Hollo', '2020', '1', 'Current CCMF/ CIP, Graduates of CCMF/ CIP', 'HEALTHTECH', 'https://hollo.hk'),
    ('Husky Data Science Company Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'http://husky-project.com/'),
    ('Intelli Global Corporation Limited', '2018-01-01', 'NA', 'Current CCMF/ CIP', 'AI/ BIG DATA', 'www.igcexpert.com'),
    ('Invivo InterActive Limited', '20113', '9', 'Graduates of CCMF/ CIP', 'Application Development & Others', 'http://invivo.me/'),
    ('JOBDOH Ltd', '2014', '12', 'Graduates of CCMF/ CIP', 'AI/ BIG DATA', 'www.jobdoh.com'),
    ('Kinny Technology Company Limited', 'NA', 'NA', 'Smart Space Tenant', 'Robotics/ Iot', 'https://www.kinny.tech'),
    ('KQ International Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'http://www.kqgeo.com/en/'),
    ('Latticespace Limited', '2016', '8', 'Graduates of CCMF/ CIP', 'AI/ BIG DATA', 'https://www.latticespace.com'),
    ('Lecker Labs Ltd', '2018', '3', 'Graduates of CCMF/ CIP', 'Robotics/ Iot', 'www.yomeeyogurt.com'),
    ('Locolla Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'NA'),
    ('Magi Display Limited', '2018-01-01', 'NA', 'Current CCMF/ CIP', 'Robotics/ Iot', 'NA'),
    ('Marvel Digital Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'NA'),
    ('MediaPlace Limited', '2019-01-01', 'NA', 'Current CCMF/ CIP', 'AI/ BIG DATA', 'www.presslogic.com'),
    ('MINDLAYER LIMITED', '2016', '3', 'Graduates of CCMF/ CIP', 'AI/ BIG DATA', 'https://www.mindlayer.io'),
    ('Miscato Limited', '2018', '6', 'Graduates of CCMF/ CIP', 'Robotics/ Iot', 'http://www.aromeodiffuser.com'),
    ('Next Buzz Media Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'http://www.nextbuzzmedia.com'),
    ('One Ed limited', '2021', '10', 'Current CCMF/ CIP', 'AI/ BIG DATA', 'www.1ed.hk'),
    ('Origami Group Limited', '2016', '3', 'Graduates of CCMF/ CIP', 'Robotics/ Iot', 'http://orii.io/'),
    ('P L Technology Limited', 'NA', 'NA', 'Smart Space Tenant', 'FINTECH', 'https://www.zwap.hk'),
    ('PeraPera Private Limited', '2018', '10', 'Graduates of CCMF/ CIP', 'NA', 'NA'),
    ('Podconn Limited', '2017', '2', 'Graduates of CCMF/ CIP', 'Robotics/ Iot', 'http://www.podconn.com/'),
    ('Proxa Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'https://proxa.cc'),
    ('R3A Group Ltd', '2021', '6', 'Current CCMF/ CIP', 'AI/ BIG DATA', 'r3atech.com'),
    ('Rocketbots Limited', '2017', '9', 'Graduates of CCMF/ CIP', 'AI/ BIG DATA', 'https://rocketbots.io/'),
    ('Sange Corporation Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'NA'),
    ('Sensbeat Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'http://www.roboticonline.ai'),
    ('Sightecho Limited', '2017', '10', 'Graduates of CCMF/ CIP', 'Robotics/ Iot', 'http://www.sightecho.com'),
    ('Sino-State Elites Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'www.superinca.com / Facebook: INCA Superfood'),
    ('Smarthon Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'www.smarthon.cc'),
    ('SUCCESS DEVELOPMENT INFORMATION TECHNOLOGY COMPANY LIMITED', '2106-01-01', 'NA', 'Current CCMF/ CIP', 'Application Development & Others', 'www.aps101.com.hk; www.house101.com.hk'),
    ('T & T DEV. Limited', '2012', '9', 'Graduates of CCMF/ CIP', 'AI/ BIG DATA', 'http://tnt-dev.com/'),
    ('Tinker Tailor Limited', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'www.tinkertailor.net'),
    ('Transin Holding Limited', 'NA', 'NA', 'Smart Space Tenant, Graduates of CCMF/ CIP', 'FINTECH', 'NA'),
    ('UBI Blockchain Internet Ltd', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'http://www.globalubi.com/index.aspx'),
    ('網路溫度計有限公司', 'NA', 'NA', 'Smart Space Tenant', 'AI/ BIG DATA', 'https://dailyview.tw/, https://dailyview.tw/hk/, https://keypo.tw/'),
]
HKTECH300_TEAMS = [
    ('3D printing low-carbon ecological concrete', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/3d-printing-low-carbon-ecological-concrete', None, None),
    ('5th Immersiv', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/5th-immersiv', 'https://brideunionhk.com/', None),
    ('6J Biotechnology (Hong Kong) Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/6j-biotechnology', 'http://www.6jbiotech.com/', None),
    ('A-TCMS (Autonomous Tire Condition Monitoring System)', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/a-tcms', None, None),
    ('A.I. Ambassador (Virtual Receptionist) kiosk solution', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai-ambassador', 'https://www.innocorn.com/', 'info@innocorn.com'),
    ('A3-ml Ltd', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/a3-ml', None, 'director@a3-ml.com'),
    ('ABCDYi', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/abcdyi', None, 'hello@abcdyi.net'),
    ('Accessible Vision', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/accessible-vision', None, None),
    ('Accucision', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/accucision', None, None),
    ('Aeroponics King', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/aeroponics-king', None, None),
    ('AESIR Institute Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/aesir', 'https://www.aesir.hk/seriousgame.html', None),
    ('Aestrio', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/aestrio', 'https://www.aestrio.com', None),
    ('AFJ – TutorGPT', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/afj-tutorgpt', None, None),
    ('Aflame E-SOC', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/aflame-e-soc', None, None),
    ('AI Doodle', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai-doodle', None, None),
    ('AI Guided Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai-guided-limited', None, None),
    ('AI Mnemonic', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai-mnemonic', 'https://www.aimnemonic.com/', 'admin@aimnemonic.com'),
    ('AI Motion Logistics Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/ai-motion-logistics-limited', None, None),
    ('AI Pet Tailor', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai-pet-tailor', None, None),
    ('AI+Web3 – Demand Abstraction Crypto Wallet Based on AI', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/aiweb3-demand-abstraction-crypto-wallet-based-ai', None, None),
    ('AI-based strategy to predict vascular biological age and disease risks', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai-based-strategy-to-predict-vascular-biological-age-and-disease-risks', None, None),
    ('AI-Driven Insurtech Platform', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai-driven-insurtech-platform', 'https://wp.insurtech.hk/', None),
    ('AI-Learn – AI-sen-sei', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai-learn-ai-sen-sei', None, None),
    ('AI-SMS', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai-sms', None, None),
    ('AI-Tech Robot Arm', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai-tech-robot-arm', None, None),
    ('AI2Farm', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/ai2farm', None, None),
    ('AIMSec: AI-powered Mobile Security', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/aimsec', None, None),
    ('AiR World Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/air-world-limited', 'https://www.air-world.io/', 'gm@air-world.io'),
    ('Airgie – Next Generation Air Monitoring', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/airgie-next-generation-air-monitoring', None, None),
    ('AIRmotion', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/airmotion', None, None),
    ('AISG Group Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/aisg-group', None, None),
    ('ALAM', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/alam', None, 'Contact@alam.eco'),
    ('Alcarbo Technologies Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/alcarbo-technologies', 'https://www.alcarbotechnologies.com.hk/', None),
    ('AlephWill Studio Limited – Rehab-Admin System', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/alephwill-studio-limitted', None, 'hello@alephwill.com'),
    ('AlgaeBase', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/algaebase', None, None),
    ('Algo.852', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/algo852', None, None),
    ('AlgoGraph', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/algograph', None, None),
    ('Alpha AI Technology Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/alphaaiauto', 'https://alphaaiauto.com/', None),
    ('Alpha Eco', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/alpha-eco', None, None),
    ('Alphabag', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/alphabag', 'https://www.alphabag.com', 'enquiry@alphabag.com'),
    ('AlphaESG', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/alphaesg', None, None),
    ('Alternative Treatment for Alzheimer’s Disease by Reducing Beta-amyloid Accumulation: a Small Molecule Approach', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/small-molecule-approach', None, None),
    ('AnalyticX', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/analyticx', 'https://analyticx.online', None),
    ('Angel Pet – PETS & PAW', 'https://www.cityu.edu.hk/hktech300/start-ups/seed-fund-teams/angel-pet-pets-paw', None, None),
    ('AniTech Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/anitech', 'http://www.anitech.hk/', None),
    ('Aquatech Asia Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/aquatech-asia-limited', None, None),
    ('ARBELE Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/arbele-limited', 'https://www.arbelebio.com/eng/home', None),
    ('AREIX Analytics Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/areix', 'https://areix-ai.com', 'hellohk@areix-ai.com'),
    ('ASA Robotics Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/asa-robotics-limited', 'https://www.asa-robotics.com/', 'contact@asa-robotics.com'),
    ('Belun Technology Company Limited', 'https://www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/beluntech', 'https://beluntech.com/', 'info@beluntech.com'),
]

# --------------------------------------------------------------------------------------------------
# 9. Cyberport start-up directory on istartup.hk
# Facts: (name, Intake Year, Intake Month, Cyberport Community Status, Technology Sector, Website) as
# the directory showed them in July 2024, dirt included ("NA", "2018-01-01", "20113", "2106-01-01",
# comma-joined statuses, several websites in one field). Descriptions are ours, made from these facts.
# --------------------------------------------------------------------------------------------------
CP_BASE = "https://istartup.hk/en/startups/profile"
CP_PER_PAGE = 6

SECTOR_WORDS = {
    "AI/ BIG DATA": "artificial intelligence and big data",
    "Robotics/ Iot": "robotics and connected devices",
    "FINTECH": "financial technology",
    "HEALTHTECH": "health technology",
    "EDTECH": "education technology",
    "SMART CITY/ LIVING": "smart city and smart living",
    "RETAILTECH/ E-COMMERCE": "retail technology and e-commerce",
    "CYBERSECURITY": "cybersecurity",
    "Application Development & Others": "application development",
}
STATUS_WORDS = {
    "Graduates of CCMF/ CIP": "It has completed a Cyberport funding programme (CCMF or CIP).",
    "Current CCMF/ CIP": "It is in a Cyberport funding programme (CCMF or CIP).",
    "Smart Space Tenant": "It rents space in Cyberport's Smart-Space.",
    "Office tenant": "It is an office tenant at Cyberport.",
}


def cp_description(sector: str, status: str) -> str | None:
    if sector not in SECTOR_WORDS:
        return None
    parts = [f"Start-up of the Cyberport community working in {SECTOR_WORDS[sector]}."]
    parts += [STATUS_WORDS[s.strip()] for s in status.split(",") if s.strip() in STATUS_WORDS]
    return " ".join(parts)


def cp_website_html(raw: str) -> str:
    if re.fullmatch(r"https?://\S+", raw):
        return f'<a href="{e(raw)}" target="_blank" rel="noopener">{e(raw)}</a>'
    return e(raw)


def cp_profile(i: int, row: tuple) -> str:
    name, year, month, status, sector, website = row
    fields = [("Intake Month", month), ("Intake Year", year), ("Website", website),
              ("Cyberport Community Status", status)]
    if i % 3 == 1:
        fields.reverse()  # the order of the entries varies between profiles
    entries = []
    for label, value in fields:
        if value == "NA" and i % 2:
            continue  # some profiles leave a field out, others print "NA"
        shown = cp_website_html(value) if label == "Website" else e(value)
        entries.append(f'          <div class="row field-entry">\n'
                       f'            <div class="field-label col-md-4">{e(label)}</div>\n'
                       f'            <div class="field-value col-md-8">{shown}</div>\n'
                       f'          </div>')
    sector_entry = (f'          <div class="row field-entry">\n'
                    f'            <div class="field-label col-md-4">Technology Sector</div>\n'
                    f'            <div class="field-value col-md-8">{e(sector)}</div>\n'
                    f'          </div>') if not (sector == "NA" and i % 2) else ""
    description = cp_description(sector, status) if i % 9 != 4 else None
    desc_html = (f'      <div class="field-group description">\n        <h3>Company Description</h3>\n'
                 f'        <div class="akmarkdown-content"><p>{e(description)}</p></div>\n      </div>\n'
                 if description else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(name)} | Startup Profile | iStartup.hk</title>
</head>
<body class="startup-profile-page">
  <header class="page-header"><a class="logo" href="https://istartup.hk/en/">Cyberport iStartup</a></header>
  <main id="maincontent" class="page-main">
    <div class="startup-profile">
      <h1 class="page-title"><span class="base">{e(name)}</span></h1>
      <div class="field-group company-details">
        <h3>Company Details</h3>
{chr(10).join(entries)}
      </div>
      <div class="field-group business-details">
        <h3>Business Details</h3>
{sector_entry}
      </div>
{desc_html}    </div>
  </main>
  <footer class="page-footer"><p>Hong Kong Cyberport Management Company Limited</p></footer>
</body>
</html>
"""


def cp_listing(page: int, rows: list, last: int) -> str:
    cards = []
    for name, *_ in rows:
        href = f"/en/startups/profile/{slugify(name)}"
        cards.append(f"""        <li class="item product product-item">
          <div class="product-item-info">
            <strong class="product-item-name"><a class="product-item-link" href="{href}">{e(name)}</a></strong>
            <div class="product-item-actions"><a class="action more" href="{href}">View Profile</a></div>
          </div>
        </li>""")
    nxt = (f'<li class="item pages-item-next"><a class="action next" href="{CP_BASE}?page={page + 1}">'
           f'<span>Next</span></a></li>' if page < last else "")
    prev = (f'<li class="item pages-item-previous"><a class="action previous" href="{CP_BASE}?page={page - 1}">'
            f'<span>Previous</span></a></li>' if page > 1 else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Startup Profiles | iStartup.hk</title>
</head>
<body class="catalog-category-view">
  <main id="maincontent" class="page-main">
    <h1 class="page-title">Startup Profiles</h1>
    <div class="products wrapper grid products-grid">
      <ol class="products list items product-items">
{chr(10).join(cards)}
      </ol>
    </div>
    <div class="pages"><ul class="items pages-items">{prev}<li class="item current"><strong class="page">{page}</strong></li>{nxt}</ul></div>
  </main>
</body>
</html>
"""


def render_cyberport() -> int:
    rows = CYBERPORT_PROFILES
    pages = [rows[i:i + CP_PER_PAGE] for i in range(0, len(rows), CP_PER_PAGE)]
    for n, chunk in enumerate(pages, start=1):
        write(f"{CP_BASE}?page={n}", cp_listing(n, chunk, len(pages)))
    for i, row in enumerate(rows):
        write(f"{CP_BASE}/{slugify(row[0])}", cp_profile(i, row))
    return len(rows)


# --------------------------------------------------------------------------------------------------
# 10. CityU HK Tech 300 (facts: name, CityU URL, website, role mailbox; July 2025)
# Personal mailboxes of named people were left out on purpose; only role addresses are kept.
# --------------------------------------------------------------------------------------------------
HT_BASE = "https://www.cityu.edu.hk/hktech300/start-ups/all-start-ups"
HT_PER_PAGE = 12
HT_TYPES = {"seed-fund-teams": "Seed Fund Team", "angel-fund-teams": "Angel Fund Team",
            "ideation-teams": "Ideation Team"}
CITYU_FOOTER = """  <footer class="site-footer">
    <p>HK Tech 300, City University of Hong Kong, Tat Chee Avenue, Kowloon, Hong Kong</p>
    <p>Enquiries: <a href="mailto:hktech300.info@cityu.edu.hk">hktech300.info@cityu.edu.hk</a></p>
    <p><a href="https://www.cityu.edu.hk/">City University of Hong Kong</a></p>
  </footer>"""


def ht_detail(name: str, url: str, website: str | None, email: str | None) -> str:
    team_type = HT_TYPES[url.split("/")[-2]]
    links = []
    if website:
        links.append(f'      <div class="field field--name-field-website"><div class="field__label">Website</div>'
                     f'<div class="field__item"><a href="{e(website)}" target="_blank">{e(website)}</a></div></div>')
    if email:
        links.append(f'      <div class="field field--name-field-email"><div class="field__label">Email</div>'
                     f'<div class="field__item"><a href="mailto:{e(email)}">{e(email)}</a></div></div>')
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <title>{e(name)} | HK Tech 300</title>
</head>
<body class="path-node page-node-type-start-up">
  <header class="site-header"><a href="/hktech300" rel="home">HK Tech 300</a></header>
  <main role="main" class="main-content">
    <article class="node node--type-start-up node--view-mode-full">
      <h1 class="page-title"><span class="field field--name-title">{e(name)}</span></h1>
      <div class="field field--name-field-team-type"><div class="field__item">{team_type}</div></div>
{chr(10).join(links)}
    </article>
  </main>
{CITYU_FOOTER}
</body>
</html>
"""


def ht_listing(page: int, rows: list, last: int) -> str:
    items = []
    for name, url, *_ in rows:
        path = url.split("cityu.edu.hk", 1)[1]
        items.append(f"""      <div class="views-row">
        <div class="views-field views-field-title"><span class="field-content"><a href="{path}" hreflang="en">{e(name)}</a></span></div>
        <div class="views-field views-field-field-team-type"><div class="field-content">{HT_TYPES[path.split("/")[-2]]}</div></div>
      </div>""")
    nxt = (f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" title="Go to next page" rel="next">'
           f'<span aria-hidden="true">›</span></a></li>' if page < last else "")
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <title>All Start-ups | HK Tech 300</title>
</head>
<body class="path-hktech300">
  <header class="site-header"><a href="/hktech300" rel="home">HK Tech 300</a></header>
  <main role="main" class="main-content">
    <h1 class="page-title">All Start-ups</h1>
    <div class="view view-start-ups view-display-id-all">
      <div class="view-content">
{chr(10).join(items)}
      </div>
      <nav class="pager" role="navigation"><ul class="pager__items js-pager__items"><li class="pager__item is-active">Page {page + 1}</li>{nxt}</ul></nav>
    </div>
  </main>
{CITYU_FOOTER}
</body>
</html>
"""


def render_cityu() -> int:
    rows = HKTECH300_TEAMS
    pages = [rows[i:i + HT_PER_PAGE] for i in range(0, len(rows), HT_PER_PAGE)]
    for n, chunk in enumerate(pages):
        write(f"{HT_BASE}?page={n}", ht_listing(n, chunk, len(pages) - 1))
    for row in rows:
        write(row[1], ht_detail(*row))
    return len(rows)


# --------------------------------------------------------------------------------------------------
# 8. HKSTP company directory (as a 2021 scraper saw it). Facts: the company's name, that it is or was
# at Hong Kong Science Park (evidence in the provenance note), its public website where known.
# No unit numbers, phones or mailboxes are published here: none could be confirmed.
# (slug, name, website or None, what it works on, in our words)
# --------------------------------------------------------------------------------------------------
HKSTP_BASE = "https://www.hkstp.org/en/our-partner-companies/company-directory/"
HKSTP_COMPANIES = [
    ("sensetime", "SenseTime", "https://www.sensetime.com",
     "Artificial intelligence company known for computer vision and deep learning; its Hong Kong office is at Science Park."),
    ("hanson-robotics", "Hanson Robotics Limited", "https://www.hansonrobotics.com",
     "Maker of humanoid social robots such as Sophia, with its base at Science Park."),
    ("dji", "DJI", "https://www.dji.com",
     "Drone maker with a research and development base at Science Park."),
    ("smartmore", "SmartMore Corporation Limited", None,
     "Industrial AI company working on machine vision for smart manufacturing."),
    ("biomap", "BioMap", None,
     "Company combining artificial intelligence with life-science research, present at Science Park since 2024."),
    ("pudu-robotics-hk", "Pudu Robotics HK", "https://www.pudurobotics.com",
     "Service-robot company setting up research and production in Hong Kong with HKSTP."),
    ("unity-drive", "Unity Drive", None,
     "Autonomous-driving company among the enterprises that joined HKSTP in 2024."),
    ("mission-information-technologies", "Mission Information Technologies", None,
     "Technology company among the enterprises that joined HKSTP in 2024."),
    ("rice-robotics", "Rice Robotics Limited", None,
     "Hong Kong start-up building service robots for delivery, disinfection and patrol."),
    ("precision-robotics", "Precision Robotics (Hong Kong) Limited", None,
     "Surgical-robotics company with a research centre at Science Park."),
    ("meinong-robot", "Meinong Robot", None,
     "Agricultural-robot company showing fruit-harvesting robots with HKSTP."),
    ("geosys-hong-kong", "Geosys Hong Kong Ltd.", None,
     "Spatial digital-twin computing for the low-altitude economy, shown with HKSTP."),
    ("vitargent", "Vitargent (International) Biotechnology Limited", None,
     "Biotechnology start-up testing food and products for toxins, incubated by HKSTP."),
    ("opharmic-technology", "Opharmic Technology", None,
     "Eye-care device start-up that went through the Incu-Bio programme."),
    ("innorna", "InnoRNA", None,
     "mRNA technology company described by HKSTP as a park company."),
    ("hutchmed", "HUTCHMED", None,
     "Biopharmaceutical company that opened an international research centre at Science Park in 2024."),
    ("rehab-robotics", "Rehab-Robotics Co Ltd", "https://rehab-robotics.com.hk",
     "Maker of the Hand of Hope, a robotic hand for stroke patients' hand training; "
     "in HKSTP incubation from 2011 to 2015."),
    ("mangdang-technology", "Mangdang Technology Co., Ltd.", None,
     "Technology start-up whose team works from a building at Science Park."),
    ("cornerstone-robotics", "Cornerstone Robotics", None,
     "Surgical-robotics company whose Sentire endoscopic system was approved in mainland China in 2024."),
    ("fj-dynamics", "FJ Dynamics", None,
     "Robotics company building machines for farming, gardening and construction work."),
    ("ai-guided", "AI Guided Limited", None,
     "Start-up making a belt that guides blind people around obstacles with haptic feedback; "
     "a CES 2024 Innovation Award winner."),
    ("linthin-technology", "Linthin Technology", None,
     "Sports-science company using data, connected devices and AI for athletes' training and recovery."),
    ("movaia-tech", "Movaia Tech Ltd", None,
     "Start-up that came through HKSTP's Ideation programme."),
    ("sitan-semiconductor", "Sitan Semiconductor International Co Limited", None,
     "Semiconductor start-up shown in HKSTP's pavilion at CES 2024, where it won a CES Innovation Award."),
    ("spes-tech", "SPES Tech", None,
     "HKUST biotechnology start-up working on hydrogels for life-science, bioprocess and regenerative-medicine uses."),
    ("catl", "CATL", None,
     "Battery maker that had its research and development centre at Science Park approved in 2024."),
    ("lalamove", "Lalamove", None,
     "Delivery platform and Hong Kong unicorn, named by HKSTP among its Science Park and alumni companies."),
    ("prenetics", "Prenetics", None,
     "Health-technology company named by HKSTP among its Science Park and alumni companies."),
    ("floship", "Floship", None,
     "Logistics company named by HKSTP among its Science Park and alumni companies."),
    ("meat-the-next", "Meat the Next", None,
     "Start-up named by HKSTP among its Science Park and alumni companies."),
]
# The programme a company is or was in, where a real source names it: (programme, status, year or None).
HKSTP_PROGRAMMES = {
    "opharmic-technology": [("Incu-Bio", "Graduate", 2020)],
    "spes-tech": [("Incu-Bio", "Incubatee", None)],
    "movaia-tech": [("Ideation", "Graduate", 2025)],
}
HKSTP_ADDRESS = "Hong Kong Science Park, Pak Shek Kok, New Territories, Hong Kong"
HKSTP_NOT_AT_SCIENCE_PARK = {"pudu-robotics-hk", "unity-drive", "mission-information-technologies",
                             "meinong-robot", "geosys-hong-kong", "rehab-robotics", "cornerstone-robotics",
                             "fj-dynamics", "ai-guided", "linthin-technology", "movaia-tech", "sitan-semiconductor",
                             "spes-tech", "catl", "lalamove", "prenetics", "floship",
                             "meat-the-next"}  # evidence says HKSTP, not the building


HKSTP_PAGE_SIZE = 15  # cards per directory page (our model; the live page size is not known)


def hkstp_listing(page: int, rows: list, last: int) -> str:
    """Directory page `page` as the browser shows it after `toPage(page)` (the rendered DOM we archive)."""
    cards = []
    for slug, name, *_ in rows:
        cards.append(f"""        <div class="col col-12 col-md-6 col-lg-3">
          <a class="card-company" href="/en/our-partner-companies/company-directory/{slug}/">
            <div class="txt-card-title">{e(name)}</div>
          </a>
        </div>""")
    pager = " ".join(f'<a class="page-num{" active" if n == page else ""}" href="javascript:toPage({n})">{n}</a>'
                     for n in range(1, last + 1))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Company Directory | HKSTP</title>
</head>
<body>
  <main class="main">
    <h1 class="txt-page-title">Company Directory</h1>
    <div class="filter-bar">
      <select id="select-type"><option value="park" selected>Companies in Science Park</option><option value="incubatee">Incubatees</option></select>
    </div>
    <div class="row company-list">
{chr(10).join(cards)}
    </div>
    <div class="pagination">{pager}</div>
  </main>
</body>
</html>
"""


def hkstp_profile(slug: str, name: str, website: str | None, about: str) -> str:
    lines = []
    if slug not in HKSTP_NOT_AT_SCIENCE_PARK:
        lines.append(f'      <div class="txt-with-ico ico-place">{e(HKSTP_ADDRESS)}</div>')
    if website:
        lines.append(f'      <div class="txt-with-ico ico-star"><a href="{e(website)}" target="_blank">{e(website)}</a></div>')
    programmes = HKSTP_PROGRAMMES.get(slug, [])
    if programmes:
        items = "".join(
            f'<li class="programme-item"{f" data-year={chr(34)}{year}{chr(34)}" if year else ""}>'
            f'<span class="programme-name">{e(name)}</span> <span class="programme-status">{e(status)}</span></li>'
            for name, status, year in programmes)
        lines.append(f'      <ul class="list-programme">{items}</ul>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(name)} | Company Directory | HKSTP</title>
</head>
<body>
  <main class="main">
    <div class="company-profile">
      <h1 class="txt-page-title">{e(name)}</h1>
{chr(10).join(lines)}
      <div class="txt-desc"><p>{e(about)}</p></div>
    </div>
  </main>
</body>
</html>
"""


def render_hkstp() -> int:
    pages = [HKSTP_COMPANIES[i:i + HKSTP_PAGE_SIZE] for i in range(0, len(HKSTP_COMPANIES), HKSTP_PAGE_SIZE)]
    for number, rows in enumerate(pages, start=1):
        url = HKSTP_BASE if number == 1 else f"{HKSTP_BASE}?page={number}"
        write(url, hkstp_listing(number, rows, len(pages)))
    for slug, name, website, about in HKSTP_COMPANIES:
        write(f"{HKSTP_BASE}{slug}/", hkstp_profile(slug, name, website, about))
    return len(HKSTP_COMPANIES)


# --------------------------------------------------------------------------------------------------
# 3. ITC InnoHK page: the laboratories admitted to Health@InnoHK and AIR@InnoHK that we could confirm
# (23 of the 28). (acronym, name, lead institution, collaborators or "", website or "", cluster)
# --------------------------------------------------------------------------------------------------
INNOHK_URL = "https://www.itc.gov.hk/en/technological_infrastructure/innohk_clusters.html"
HKU, CUHK, HKUST = "The University of Hong Kong", "The Chinese University of Hong Kong", "The Hong Kong University of Science and Technology"
CITYU, POLYU = "City University of Hong Kong", "The Hong Kong Polytechnic University"
HKBU = "Hong Kong Baptist University"
INNOHK_LABS = [
    ("C2i", "Centre for Immunology & Infection", HKU, "Institut Pasteur", "https://www.c2i.hk", "Health@InnoHK"),
    ("COI", "Centre for Oncology and Immunology", HKU, "", "", "Health@InnoHK"),
    ("LSCCB", "Laboratory for Synthetic Chemistry and Chemical Biology", HKU,
     "Peking University; Imperial College London", "https://hksccb.hk", "Health@InnoHK"),
    ("CVVT", "Centre for Virology, Vaccinology and Therapeutics", HKU, "", "https://www.cvvt.hk", "Health@InnoHK"),
    ("ABIC", "Advanced Biomedical Instrumentation Centre", HKU, "", "", "Health@InnoHK"),
    ("CNRM", "Center for Neuromusculoskeletal Restorative Medicine", CUHK, "Karolinska Institutet", "", "Health@InnoHK"),
    ("Novostics", "Centre for Novostics", CUHK,
     "University of Oxford; UCL Great Ormond Street Institute of Child Health; Imperial College London", "", "Health@InnoHK"),
    ("HKCeND", "Hong Kong Center for Neurodegenerative Diseases", HKUST, "", "", "Health@InnoHK"),
    ("COCHE", "Hong Kong Centre for Cerebro-Cardiovascular Health Engineering", CITYU, "", "https://www.hkcoche.org", "Health@InnoHK"),
    ("CEVR", "Centre for Eye and Vision Research", POLYU, "", "", "Health@InnoHK"),
    ("CDD", "Centre for Chinese Herbal Medicine Drug Development", HKBU, "", "http://www.innohkcdd.com",
     "Health@InnoHK"),
    ("D24H", "Laboratory of Data Discovery for Health", HKU,
     "London School of Hygiene & Tropical Medicine; University College London; The University of Sydney", "", "AIR@InnoHK"),
    ("TransGP", "Centre for Transformative Garment Production", HKU, "Tohoku University", "", "AIR@InnoHK"),
    ("HKCLR", "Hong Kong Centre for Logistics Robotics", CUHK, "University of California, Berkeley", "https://hkclr.hk", "AIR@InnoHK"),
    ("MRC", "Multi-Scale Medical Robotics Center", CUHK,
     "ETH Zurich; Imperial College London; Johns Hopkins University", "", "AIR@InnoHK"),
    ("CPII", "Centre for Perceptual and Interactive Intelligence", CUHK, "", "https://www.cpii.hk", "AIR@InnoHK"),
    ("HKCRC", "Hong Kong Center for Construction Robotics", HKUST, "", "", "AIR@InnoHK"),
    ("ACCESS", "AI Chip Center for Emerging Smart Systems", HKUST,
     "Stanford University; The University of Hong Kong; The Chinese University of Hong Kong", "", "AIR@InnoHK"),
    ("CIMDA", "Centre for Intelligent Multidimensional Data Analysis", CITYU, "", "", "AIR@InnoHK"),
    ("AIFT", "Laboratory for AI-Powered Financial Technologies", CITYU, "", "", "AIR@InnoHK"),
    ("AiDLab", "Laboratory for Artificial Intelligence in Design", POLYU, "", "", "AIR@InnoHK"),
    ("CAiRS", "Centre for Advances in Reliability and Safety", POLYU, "", "https://www.cairs.hk", "AIR@InnoHK"),
    ("CAIR", "Centre for Artificial Intelligence and Robotics, Hong Kong Institute of Science & Innovation",
     "Institute of Automation, Chinese Academy of Sciences", "The Hong Kong Polytechnic University", "", "AIR@InnoHK"),
]


def innohk_table(cluster: str) -> str:
    rows = []
    for acronym, name, lead, partners, site, lab_cluster in INNOHK_LABS:
        if lab_cluster != cluster:
            continue
        cell = f'<a href="{e(site)}" target="_blank">{e(name)}</a>' if site else e(name)
        rows.append(f"          <tr><td>{cell} ({e(acronym)})</td><td>{e(lead)}</td><td>{e(partners)}</td></tr>")
    return f"""      <h4>{e(cluster)}</h4>
      <table class="table-style1" summary="Research laboratories admitted to {e(cluster)}">
        <thead><tr><th>Research Laboratory</th><th>Leading Institution</th><th>Collaborating Institution(s)</th></tr></thead>
        <tbody>
{chr(10).join(rows)}
        </tbody>
      </table>"""


def render_innohk() -> int:
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Innovation and Technology Commission - InnoHK Clusters</title>
</head>
<body>
  <div id="content" class="content">
    <h2>InnoHK Clusters</h2>
    <p>InnoHK is a Government initiative to make Hong Kong a hub for global research collaboration, with research
    clusters at the Hong Kong Science Park where laboratories of universities and research institutes from around
    the world work together.</p>
    <h3>Health@InnoHK &amp; AIR@InnoHK</h3>
    <p>The first two clusters are Health@InnoHK, on healthcare technologies, and AIR@InnoHK, on artificial
    intelligence and robotics.</p>
    <h3>Admission to the InnoHK Research Clusters</h3>
    <p>28 research laboratories have been admitted after a selection and assessment process.</p>
    <div class="innohk-lab-list">
      <h3>Research Laboratories Admitted to InnoHK Research Clusters</h3>
{innohk_table("Health@InnoHK")}
{innohk_table("AIR@InnoHK")}
    </div>
    <p>InnoHK Team, Innovation &amp; Technology Commission. Telephone: (852) 3855 7715</p>
  </div>
</body>
</html>
"""
    write(INNOHK_URL, page)
    return len(INNOHK_LABS)


if __name__ == "__main__":
    print("cyberport profiles", render_cyberport())
    print("hktech300 teams", render_cityu())
    print("hkstp companies", render_hkstp())
    print("innohk labs", render_innohk())
