"""Render the research-unit listings of the sample web (source `university_labs`).

One listing page per university, at the URL `spiders/sources/university_labs/sites.py` names. The units are
real (see sample_web/_provenance/university_labs.md for the evidence of each); names, acronyms, people
and dates are facts, every blurb is our own short wording. The page markup is a plausible, site-typical
design and is NOT verified against the live sites; the live pages list many more units than the AI,
robotics and data-science ones kept here.

    .venv/bin/python sample_web/_tools/render_university_labs.py
"""
from __future__ import annotations

import html
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def unit(name, blurb, link=None, zh=None):
    return {"name": name, "blurb": blurb, "link": link, "zh": zh}


UNITS = {
    "hkust": [
        unit("Center for Artificial Intelligence Research (CAiRE)",
             "Set up in September 2018, the first centre of its kind at a Hong Kong university. It gathers HKUST "
             "researchers working on AI itself and on its ethics, governance and impact on society; Prof. Pascale "
             "FUNG is its founding director.", "https://caire.hkust.edu.hk/"),
        unit("Von Neumann Institute (VNI)",
             "Opened in May 2025 to bring embodied intelligence, generative AI and supercomputing under one roof. "
             "It is directed by Prof. JIA Jiaya, Chair Professor of Computer Science and Engineering.",
             zh="馮諾依曼研究院"),
        unit("Hong Kong Generative AI Research & Development Center (HKGAI)",
             "An AIR@InnoHK centre led by HKUST, set up in October 2023 to build Hong Kong's own foundation "
             "model, HKGAI V1. Its director is Prof. GUO Yike, HKUST Provost.",
             zh="香港生成式人工智能研發中心"),
        unit("Big Data Institute (BDI)",
             "The university's institute for big-data and data-science research, directed by Prof. CHEN Lei."),
        unit("Robotics Institute",
             "A university-level institute that joins robotics researchers from several departments."),
        unit("Human Language Technology Center (HLTC)",
             "Research on speech recognition, language understanding and human-machine dialogue; Prof. Pascale "
             "FUNG is one of its co-founders."),
        unit("HKUST-HKPC Joint Research Lab for Industrial AI and Robotics",
             "A laboratory set up with the Hong Kong Productivity Council to bring AI and robotics to local "
             "manufacturers. Prof. ZHOU Xiaofang is its director and Dr. GE Ming of HKPC its co-director."),
    ],
    "cuhk": [
        unit("Centre for Perceptual and Interactive Intelligence (CPII)",
             "Established in 2020 at Hong Kong Science Park under AIR@InnoHK. It develops AI for healthcare, urban "
             "services and reindustrialisation; Professor Helen MENG is its director.",
             "https://www.cpii.hk/", zh="博智感知交互研究中心"),
        unit("Hong Kong Centre for Logistics Robotics (HKCLR)",
             "Set up in May 2020 by CUHK and the University of California, Berkeley under AIR@InnoHK to build "
             "robots and AI for the logistics industry. Director: Professor LIU Yunhui.",
             "https://hkclr.hk/", zh="香港物流機械人研究中心"),
        unit("Multi-scale Medical Robotics Center (MRC)",
             "An AIR@InnoHK centre for surgical and medical robots, run with Imperial College London, ETH Zurich "
             "and Johns Hopkins University. Professor Samuel AU Kwok-wai is a founding co-director.",
             zh="醫療機械人創新技術中心"),
        unit("CUHK T Stone Robotics Institute",
             "Set up with a donation from the T Stone group and directed by Professor LIU Yunhui, who also leads "
             "the Areas of Excellence project \"AI-Powered Surgical Robots\".", zh="中大天石機器人研究所"),
        unit("CUHK Artificial Intelligence and Interdisciplinary Research Institute",
             "Set up in September 2021 with the Shanghai Artificial Intelligence Laboratory to apply AI in "
             "engineering, science and medicine. Director: Professor LIN Dahua."),
        unit("Shun Hing Institute of Advanced Engineering (SHIAE)",
             "A research institute of the Faculty of Engineering that funds advanced engineering research and "
             "regional and international collaboration.", "http://www.shiae.cuhk.edu.hk/"),
        unit("CUHK-Microsoft MoE Key Laboratory of Human-Centric Computing and Interface Technologies",
             "A Key Laboratory of the Ministry of Education, run together with Microsoft."),
    ],
    "hku": [
        unit("HKU Musketeers Foundation Institute of Data Science (HKU-IDS)",
             "Founded on a HK$150 million gift from the Musketeers Education and Culture Charitable Foundation, the "
             "first of the institutes planned for the Tech Landmark. Its themes are fundamental data science, "
             "explainable AI and human-machine interplay, and smart society.", "https://datascience.hku.hk/"),
        unit("Centre for Transformative Garment Production (TransGP)",
             "An AIR@InnoHK centre of HKU and Tohoku University that uses AI and robotics to automate sewing, "
             "fabric handling and finishing. Managing Director: Professor Norman TIEN.",
             "https://www.transgp.hk/", zh="創新製衣技術研發中心"),
        unit("HKU-Getech Industrial AI Joint Laboratory",
             "Agreed with Getech Technology of TCL Industries on 16 April 2025 to work on industrial AI, from "
             "supply-chain optimisation to AI agents and large language models. Director: Professor Zuo-Jun "
             "(Max) SHEN."),
        unit("Artificial Intelligence Evaluation Lab (AIEL)",
             "A lab of HKU Business School led by Professor Jack JIANG that tests large language models, among "
             "them a live foreign-exchange trading test of ten models in 2026."),
        unit("Lee Shau Kee Institute of the Mind",
             "One of the Tech Landmark institutes, supported by HK$150 million from Dr Lee Shau-kee, to study "
             "human wisdom and turn it into mind technology and neuromorphic computation."),
    ],
    "polyu": [
        unit("Research Institute for Artificial Intelligence of Things (RIAIoT)",
             "Research organised in five layers: AIoT infrastructure, system platforms, analytics, applications "
             "and cross-layer issues."),
        unit("Research Institute of Intelligent Wearable Systems (RI-IWEAR)",
             "Interdisciplinary teams making wearable systems for healthcare, the Internet of Things, robotics, "
             "sports and fashion, such as a wearable that helps people with Parkinson's disease walk.",
             "/riiwear/"),
        unit("Research Institute for Advanced Manufacturing (RIAM)",
             "Manufacturing research in five themes, digital manufacturing and manufacturing systems among them."),
        unit("PolyU Academy for Artificial Intelligence (PAAI)",
             "A university platform for AI research and talent, directed by Professor Qiang YANG; Professor YANG "
             "Hongxia is its Executive Director.", "/paai/"),
        unit("Research Centre for Data Science and Artificial Intelligence (RC-DSAI)",
             "Pools PolyU teams working on machine learning theory, big-data management and analytics, visual "
             "computing and natural language processing.", "https://rc-dsai.comp.polyu.edu.hk/"),
        unit("Laboratory for Artificial Intelligence in Design (AiDLab)",
             "An InnoHK laboratory at Hong Kong Science Park, set up with the Royal College of Art, that brings AI "
             "into the design of products and services."),
        unit("Centre for Advances in Reliability and Safety (CAiRS)",
             "One of the three InnoHK centres PolyU launched in 2021, in the AIR@InnoHK cluster."),
    ],
    "cityu": [
        unit("Hong Kong Institute of AI for Science (HKAI-Sci)",
             "Launched on 21 October 2024 to pursue both AI as a science and AI for science, with partners from "
             "academia and industry. Director-designate: Professor MA Wei-ying."),
        unit("Centre for Intelligent Multidimensional Data Analysis (CIMDA)",
             "An AIR@InnoHK centre set up by CityU with partners abroad, working on the analysis of "
             "multidimensional data."),
        unit("Laboratory for AI-Powered Financial Technologies (AIFT)",
             "An AIR@InnoHK laboratory led by CityU on artificial intelligence for finance."),
        unit("Hong Kong Centre for Cerebro-Cardiovascular Health Engineering (COCHE)",
             "A Health@InnoHK centre developing intelligent health devices; its director is Professor ZHANG "
             "Yuanting."),
        unit("Institute of Digital Medicine",
             "Announced in early 2024 to explore digital health solutions."),
    ],
}

LISTINGS = {
    "hkust": "https://hkust.edu.hk/research/institutes-and-centers",
    "cuhk": "https://www.cuhk.edu.hk/english/research/index.html",
    "hku": "https://www.hku.hk/research/",
    "polyu": "https://www.polyu.edu.hk/pair/research/research-highlights/",
    "cityu": "https://www.cityu.edu.hk/research/index.htm",
}

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
</head>
<body>
{content}
</body>
</html>
"""


def esc(text):
    return html.escape(text, quote=True)


def hkust(units):
    rows = []
    for u in units:
        name = f'<a href="{esc(u["link"])}">{esc(u["name"])}</a>' if u["link"] else esc(u["name"])
        zh = f'<div class="field-title-zh">{esc(u["zh"])}</div>' if u["zh"] else ""
        rows.append(f'<div class="views-row"><h3 class="field-title">{name}</h3>{zh}'
                    f'<div class="field-body"><p>{esc(u["blurb"])}</p></div></div>')
    content = ('<h1>Institutes and Centers</h1>\n<div class="view view-research-units">\n<div class="view-content">\n'
               + "\n".join(rows) + "\n</div>\n</div>")
    return PAGE.format(title="Institutes and Centers | HKUST", content=content)


def cuhk(units):
    rows = []
    for u in units:
        en = f'<span class="en">{esc(u["name"])}</span>'
        name = f'<a href="{esc(u["link"])}">{en}</a>' if u["link"] else en
        zh = f'<br><span class="zh">{esc(u["zh"])}</span>' if u["zh"] else ""
        rows.append(f'<tr><td class="unit-name">{name}{zh}</td><td class="unit-desc">{esc(u["blurb"])}</td></tr>')
    content = ('<h1>Research</h1>\n<h2>Research Institutes and Centres</h2>\n<table class="research-units">\n'
               '<thead><tr><th>Unit</th><th>About</th></tr></thead>\n<tbody>\n' + "\n".join(rows)
               + "\n</tbody>\n</table>")
    return PAGE.format(title="Research - CUHK", content=content)


def hku(units):
    items = []
    for u in units:
        name = (f'<a class="centre-name" href="{esc(u["link"])}">{esc(u["name"])}</a>' if u["link"]
                else f'<span class="centre-name">{esc(u["name"])}</span>')
        zh = f' <span class="centre-name-zh">{esc(u["zh"])}</span>' if u["zh"] else ""
        items.append(f'<li>{name}{zh}<p class="centre-desc">{esc(u["blurb"])}</p></li>')
    content = ('<h1>Research at HKU</h1>\n<h2>Research Institutes and Centres</h2>\n<ul class="centre-list">\n'
               + "\n".join(items) + "\n</ul>")
    return PAGE.format(title="Research | The University of Hong Kong", content=content)


def polyu(units):
    blocks = []
    for u in units:
        more = f'<a class="learn-more" href="{esc(u["link"])}">Learn more</a>' if u["link"] else ""
        blocks.append(f'<div class="research-institute"><h3>{esc(u["name"])}</h3>'
                      f'<div class="rich-text"><p>{esc(u["blurb"])}</p></div>{more}</div>')
    content = ('<main>\n<h1>Research Highlights</h1>\n<div class="ITS-content">\n' + "\n".join(blocks)
               + "\n</div>\n</main>")
    return PAGE.format(title="Research Highlights | PolyU Academy for Interdisciplinary Research", content=content)


def cityu(units):
    blocks = []
    for u in units:
        name = f'<a href="{esc(u["link"])}">{esc(u["name"])}</a>' if u["link"] else esc(u["name"])
        blocks.append(f'<div class="unit"><h4>{name}</h4><p class="unit-desc">{esc(u["blurb"])}</p></div>')
    content = ('<h1>Research</h1>\n<h2>Research Institutes and Centres</h2>\n<div id="research-units">\n'
               + "\n".join(blocks) + "\n</div>")
    return PAGE.format(title="Research - City University of Hong Kong", content=content)


RENDER = {"hkust": hkust, "cuhk": cuhk, "hku": hku, "polyu": polyu, "cityu": cityu}


def path_of(url):
    rel = url.split("://", 1)[1]
    return ROOT / (rel + "__dir__.html" if rel.endswith("/") else rel)


def main():
    total = 0
    for key, url in LISTINGS.items():
        target = path_of(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(RENDER[key](UNITS[key]), encoding="utf-8")
        total += len(UNITS[key])
    print(f"{total} research units on {len(LISTINGS)} listing pages")


if __name__ == "__main__":
    main()
