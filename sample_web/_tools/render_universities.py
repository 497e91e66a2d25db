"""Render the university news part of the sample web (HKUST, CUHK, HKU, PolyU, CityU).

URLs, titles and dates are the real releases' (see sample_web/_provenance/universities.md for where
each is known from and which parts are unverified); the bodies are short summaries in our own words.
The page markup is a plausible, site-typical design: it is NOT verified against the live sites.

    .venv/bin/python sample_web/_tools/render_universities.py
"""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def story(site, url, title, day, body, lang="en", category=None):
    return {"site": site, "url": url, "title": title, "date": date.fromisoformat(day), "body": body,
            "lang": lang, "category": category}


STORIES = [
    # ------------------------------------------------------------------------------------ HKUST
    story("hkust", "https://hkust.edu.hk/news/hkust-leaps-11-places-rank-33rd-globally-qs-world-university-rankings-2027",
          "HKUST Leaps 11 Places to Rank 33rd Globally in QS World University Rankings 2027", "2026-06-18",
          ["HKUST is placed 33rd in the world in the 2027 edition of the QS World University Rankings, eleven "
           "places higher than in the previous edition.",
           "The university attributes the climb to its research and to the reputation of its graduates."]),
    story("hkust", "https://hkust.edu.hk/news/hkust-hosts-opening-ceremony-jockey-club-i-village",
          "HKUST Hosts Opening Ceremony of Jockey Club i-Village", "2026-06-11",
          ["The Jockey Club i-Village, four new undergraduate residence halls on the Clear Water Bay campus, "
           "was formally opened with a ceremony.",
           "The four halls provide 1,551 places over some 35,500 square metres. They step down a steep slope "
           "in terraces, and a rooftop walkway links the academic area in the north with the residences in "
           "the south."]),
    story("hkust", "https://hkust.edu.hk/news/hkust-establishes-von-neumann-institute-spearhead-ai-innovation",
          "HKUST Establishes Von Neumann Institute to Spearhead AI Innovation", "2025-05-09",
          ["HKUST has set up the Von Neumann Institute (VNI), a research institute that brings embodied "
           "intelligence, generative AI and supercomputing together under one roof, in line with the "
           "government's aim of growing artificial intelligence into a core industry.",
           "The institute is named after John von Neumann, whose computer architecture still shapes how AI "
           "systems run. It is directed by Prof. JIA Jiaya, Chair Professor in the Department of Computer "
           "Science and Engineering.",
           "Financial Secretary Paul Chan officiated at the inauguration with the Consul General of Hungary, "
           "Dr Pál Kertész, the Hong Kong Investment Corporation's Chief Executive Officer Clara Chan, Council "
           "Chairman Prof. Harry Shum, President Prof. Nancy Ip and Provost Prof. Guo Yike. The institute grew "
           "out of a strategic partnership between the Hong Kong Investment Corporation and SmartMore."]),
    story("hkust", "https://hkust.edu.hk/news/hkust-researchers-build-worlds-first-all-optical-multilayer-neural-network-paving-way-next",
          "HKUST Researchers Build the World’s First All-Optical Multilayer Neural Network Paving Way for Next "
          "Generation of AI Hardware", "2019-08-29",
          ["Physicists at HKUST have shown a two-layer artificial neural network that runs entirely on light, "
           "including the nonlinear activation step that earlier optical designs had to hand over to electronics.",
           "The team, led by Professor DU Shengwang and Assistant Professor LIU Junwei of the Department of "
           "Physics, used laser-cooled atoms with electromagnetically induced transparency to produce the "
           "nonlinear response with very weak laser power.",
           "Asked to tell ordered from disordered phases of the Ising model, the optical network did as well as a "
           "well-trained neural network on a computer. The authors see the proof of principle as a step towards "
           "AI hardware that computes in parallel at the speed of light with little energy. The work appears in "
           "Optica."]),
    # ------------------------------------------------------------------------------------ CUHK
    story("cuhk", "https://www.cpr.cuhk.edu.hk/en/press/cuhk-ranks-18th-in-qs-world-university-rankings-2027-advancement-in-international-reputation-employer-reputation-and-global-engagement/",
          "CUHK ranks 18th in QS World University Rankings 2027, advancement in international reputation, "
          "employer reputation and global engagement", "2026-06-18",
          ["CUHK is 18th in the world in the QS World University Rankings 2027.",
           "The university notes gains in the indicators for international reputation, employer reputation "
           "and global engagement."]),
    story("cuhk", "https://www.cpr.cuhk.edu.hk/en/press/cuhks-newly-created-embodied-intelligence-platform-successfully-completes-the-worlds-first-multi-task-surgical-automation-tests-on-a-live-animal/",
          "CUHK’s newly-created embodied intelligence platform successfully completes the world’s first "
          "multi-task surgical automation tests on a live animal", "2025-08-05",
          ["Researchers from CUHK's Faculty of Engineering and Faculty of Medicine have built AI techniques that "
           "let a surgical robot carry out several surgical tasks on its own, and have tested them on a live "
           "animal for the first time anywhere. The work appears in Science Robotics.",
           "The study was led by Professor Dou Qi of the Department of Computer Science and Engineering. Her "
           "team's embodied intelligence framework works from the endoscope's video alone, in real time, "
           "instead of relying on extra sensors or hand-written models of the procedure.",
           "Dr Yip Hon-chi, Professor Samuel Au Kwok-wai and Professor Philip Chiu Wai-yan were part of the "
           "team. They see the automated arm as a possible 'third hand' that could ease surgeons' workload "
           "in complex operations."]),
    # ------------------------------------------------------------------------------------ HKU
    story("cuhk", "https://www.cpr.cuhk.edu.hk/en/press/shanghai-mayor-gong-zheng-leads-a-municipal-government-visit-to-cuhk/",
          "Shanghai Mayor Gong Zheng leads a Municipal Government visit to CUHK", "2024-05-03",
          ["A delegation of the Shanghai Municipal Government led by Mayor Gong Zheng visited CUHK on 28 April "
           "2024 and was received by Vice-Chancellor and President Professor Rocky Tuan and Provost Professor Alan "
           "K.L. Chan.",
           "The visitors toured the Multi-scale Medical Robotics Center, where its Founding Co-Director Professor "
           "Samuel Au Kwok-wai showed recent work, and then the CUHK Artificial Intelligence and Interdisciplinary "
           "Research Institute.",
           "Professor Lin Dahua, Director of the institute, reported on its progress to an audience that included "
           "more than 40 of its joint PhD students. Professor Tuan thanked the Shanghai government for its support "
           "in setting the institute up."]),
    story("cuhk", "https://www.cpr.cuhk.edu.hk/en/press/two-cuhk-led-research-projects-totaling-over-hk177-million-project-fund-as-ugc-areas-of-excellence/",
          "Two CUHK-led research projects totaling over HK$177 million project fund as UGC Areas of Excellence",
          "2024-07-15",
          ["Two projects led by CUHK have been approved more than HK$177 million in total in the 12th round of the "
           "University Grants Committee's Areas of Excellence (AoE) Scheme.",
           "\"AI-Powered Surgical Robots\", led by Professor Liu Yunhui, Director of the CUHK T Stone Robotics "
           "Institute and of the Hong Kong Centre for Logistics Robotics, received over HK$96 million, the largest "
           "award of the round.",
           "The second project, \"Using Data to Transform Diabetes Care and Patient Lives\", led by Professor "
           "Ronald Ma Ching-wan of the Faculty of Medicine, received over HK$80 million."]),
    story("cuhk", "https://www.cpr.cuhk.edu.hk/en/press/cuhk-robotics-open-day-and-collaboration-agreement-signing-ceremony-with-hkstp-lenovo-and-hkclr/",
          "CUHK Robotics Open Day and Collaboration Agreement Signing Ceremony with HKSTP, Lenovo and HKCLR",
          "2023-07-27",
          ["The CUHK T Stone Robotics Institute and the Hong Kong Science and Technology Parks Corporation (HKSTP) "
           "jointly held the CUHK Robotics Open Day at Hong Kong Science Park on 27 July 2023. The event was part of "
           "the programme for the University's 60th anniversary.",
           "Visitors could see more than 30 robotics technologies built by CUHK research teams, companies spun off "
           "from the University and its InnoHK centres. At the same event HKSTP, Lenovo and the Hong Kong Centre for "
           "Logistics Robotics signed an agreement to work together on training talent in robotics and artificial "
           "intelligence.",
           "The chairman of the University Council thanked T Stone Group, whose donation founded the robotics "
           "institute. Under Secretary for Innovation, Technology and Industry Ms Lillian Cheong referred to the "
           "government's new HK$10 billion scheme to help turn university research into industry, and Professor "
           "Sham Mai-har of CUHK spoke of robotics uses ranging from logistics and construction to healthcare."]),
    story("cuhk", "https://www.cpr.cuhk.edu.hk/en/press/cuhk-reveals-hong-kongs-depression-and-anxiety-indices-reach-record-highs-ai-assistance-rises-to-sixth-place-over-reliance-may-delay-professional-treatment/",
          "CUHK reveals Hong Kong’s depression and anxiety indices reach record highs, AI assistance rises to "
          "sixth place, over-reliance may delay professional treatment", "2026-03-05",
          ["The seventh territory-wide depression index survey, run in 2025 by CUHK's Department of Social Work "
           "with the Mental Health Association of Hong Kong, collected 2,695 valid questionnaires. Both the "
           "average depression score (7.27) and the average anxiety score (5.90) are the highest since the survey "
           "began.",
           "The share of respondents with moderate-to-severe anxiety rose from 18.5% in 2023 to 22.6%. People "
           "aged 18 to 24 fared worst, and their screen time rose with their scores.",
           "About 55% said they would not, or were unsure whether they would, seek professional help. AI "
           "assistants now rank sixth among the places people turn to for help, and the team warns that leaning "
           "on them may delay proper treatment."]),
    story("hku", "https://www.hku.hk/press/press-releases/detail/29241.html",
          "HKU Business School Releases Live-Trading Results of Ten AI Large Language Models", "2026-07-14",
          ["The Artificial Intelligence Evaluation Lab at HKU Business School, led by Professor Jack Jiang, has "
           "published the results of a live test in which ten large language models traded foreign exchange "
           "on their own since April 2026, each starting with US$100,000.",
           "Over the six weeks covered, Qwen3.5 Plus gained about 9.9% and DeepSeek V3.2 lost about 15.1%, the "
           "largest loss of the group; GPT-5.4 ended roughly flat. Models that traded more than 1,000 times "
           "did not earn more than those that traded less, and heavier risk-taking did not pay off either.",
           "The lab cautions that a six-week window says little about long-term investment ability, and that "
           "models strong at reasoning or coding benchmarks are not necessarily the best traders."]),
    story("hku", "https://www.hku.hk/press/press-releases/detail/c_29241.html",
          "港大經管學院公布十個AI大語言模型實盤交易表現", "2026-07-14",
          ["香港大學經管學院人工智能評測實驗室（由蔣鎮輝教授領導）公布一項實盤測試結果：自2026年4月起，十個大語言模型"
           "各以十萬美元本金自主進行外匯交易。",
           "在報告涵蓋的六個星期內，Qwen3.5 Plus錄得約9.9%回報，DeepSeek V3.2則虧損約15.1%，為各模型中最大；"
           "GPT-5.4大致持平。交易超過一千次的模型並沒有取得較佳回報，承擔更高風險亦未帶來更好表現。",
           "實驗室提醒，六個星期的結果不能視為長期投資能力的定論；在推理或編程測試中表現出色的模型，在真實市場中未必同樣出色。"],
          lang="zh-HK"),
    story("hku", "https://www.hku.hk/press/press-releases/detail/29297.html",
          "HKU Leads RoboDojo, a Unified Simulation and Real-Robot Benchmark for Embodied AI", "2026-08-22",
          ["A team led by HKU's MMLab, working with about 20 universities including UC Berkeley and Tsinghua "
           "University, has released RoboDojo, a benchmark that scores general-purpose robot manipulation policies "
           "in simulation and on real robots under one protocol.",
           "The simulation part has 42 tasks testing generalisation, memory, long-horizon work and precision; "
           "the real-robot part, RoboDojo-RealEval, has 18 standardised tasks. Thirty policies have been "
           "evaluated so far and public leaderboards are kept by the non-profit AI MMLab Club.",
           "Remote official evaluation, repeated runs, hidden validation and other rules are meant to stop "
           "entrants from tuning to the test. The best models are still well short of human performance."]),
    story("hku", "https://www.hku.hk/press/press-releases/detail/29178.html",
          "HKU Ranks 11th in the QS World University Rankings 2027", "2026-06-18",
          ["The University of Hong Kong is placed 11th in the world in the QS World University Rankings 2027, "
           "the highest position among Hong Kong universities in this edition."]),
    story("hku", "https://www.hku.hk/press/press-releases/detail/29161.html",
          "HKU Engineering Unveils World-first Brain-like Quantum Chip", "2026-06-12",
          ["Engineers from HKU's Department of Electrical and Computer Engineering and the Centre for Advanced "
           "Semiconductors and Integrated Circuits (CASIC) have built a programmable neuromorphic hardware "
           "platform that works at 10 millikelvin, close to absolute zero.",
           "The team, led by Professor Yuhao Zhang with PhD student Xin Yang, found that standard silicon "
           "carbide power transistors cooled below 2 K show a strong S-shaped negative differential resistance. "
           "Tuning the gate voltage makes a single transistor fire spikes like a nerve cell.",
           "Control circuits of this kind could sit next to the qubits inside a dilution refrigerator, cutting "
           "the wiring and heat that limit the size of quantum computers today. The study is published in "
           "Nature Communications."]),
    story("hku", "https://www.hku.hk/press/press-releases/detail/28976.html",
          "HKU Joins Tech Giants to Advance Embodied Intelligence", "2026-02-28",
          ["HKU's School of Computing and Data Science has formed joint laboratories on embodied intelligence "
           "with Unitree Robotics, Noitom Robotics and BrainCo. The agreements were signed on 28 February 2026 "
           "at HKU's Zhangjiang base in Shanghai.",
           "Professor Yi Ma, Director of the School and Chair Professor of Artificial Intelligence, said the "
           "labs are meant to carry AI research into working robots. A Unitree G1 humanoid robot opened the "
           "ceremony with a martial arts routine.",
           "Under the partnership Noitom will build benchmark datasets and contribute open-source data to the "
           "joint work."]),
    story("hku", "https://www.hku.hk/press/press-releases/detail/c_28509.html",
          "港大醫學院舉辦首屆「香港健康創科盃」", "2025-07-21",
          ["香港大學李嘉誠醫學院舉辦首屆「香港健康創科盃」。",
           "本樣本頁只保留新聞稿的標題與日期，正文為簡短說明。"], lang="zh-HK"),
    # ------------------------------------------------------------------------------------ PolyU
    story("polyu", "https://www.polyu.edu.hk/media/media-releases/2026/0618_polyu-rises-steadily-in-the-latest-qs-world-university-rankings-global-top-50/",
          "PolyU rises steadily in the latest QS World University Rankings, global top 50", "2026-06-18",
          ["PolyU is ranked 50th in the world in the QS World University Rankings 2027 and so stays among the "
           "global top 50."], category="University News"),
    story("polyu", "https://www.polyu.edu.hk/en/media/media-releases/2025/1110_polyu-and-cheoy-lee-shipyards-forge-strategic-partnership-to-advance-alternative-powered-vessel-technology/",
          "PolyU and Cheoy Lee Shipyards forge strategic partnership to advance alternative-powered vessel "
          "technology", "2025-11-10",
          ["PolyU and Cheoy Lee Shipyards have signed a Memorandum of Understanding to work together on "
           "artificial intelligence robotics, alternative-powered vessels and green materials.",
           "Prof. Christopher Chao, Senior Vice President (Research and Innovation) of PolyU, and Mr Martin Lo, "
           "Director of Cheoy Lee Shipyards, signed the agreement on the PolyU campus. The partners will share "
           "research, testing environments and application scenarios, with electric vessels and greener "
           "shipbuilding among the goals."], category="Research and Innovation"),
    story("polyu", "https://www.polyu.edu.hk/media/media-releases/2025/0901_shenzhen-hong-kong-guangzhou-cluster-tops-the-global-innovation-index-2025",
          "Shenzhen-Hong Kong-Guangzhou cluster tops the Global Innovation Index 2025", "2025-09-01",
          ["The Shenzhen-Hong Kong-Guangzhou cluster is ranked first among science and technology clusters "
           "in the Global Innovation Index 2025."], category="University News"),
    story("polyu", "https://www.polyu.edu.hk/en/media/media-releases/2025/0610_polyu-develops-novel-multi-modal-agent-to-facilitate-long-video-understanding-by-ai-accelerating-development-of-generative-ai-assisted-video-analysis/",
          "PolyU develops novel multi-modal agent to facilitate long video understanding by AI, accelerating "
          "development of generative AI-assisted video analysis", "2025-06-10",
          ["A PolyU team led by Prof. Changwen Chen, Interim Dean of the Faculty of Computer and Mathematical "
           "Sciences and Chair Professor of Visual Computing, has built VideoMind, a video-language agent that "
           "lets AI models reason about and answer questions on long videos.",
           "VideoMind splits the work into four roles that mimic how people watch: a Planner coordinates, a "
           "Grounder finds the relevant moments, a Verifier checks them and an Answerer replies. A "
           "Chain-of-LoRA strategy runs all four roles in one model with light adapters, saving computing "
           "power and memory.",
           "In tests on 14 benchmarks against models such as GPT-4o and Gemini 1.5 Pro, it did well on videos "
           "that average about 27 minutes, and its 2-billion-parameter version kept pace with larger 7-billion "
           "models. The code is open source and the findings have been submitted to AI conferences."],
          category="Research and Innovation"),
    story("polyu", "https://www.polyu.edu.hk/en/media/media-releases/2025/0425_polyu-unveils-large-language-model-based-tourist-satisfaction-index",
          "PolyU unveils large language model-based tourist satisfaction index, providing comprehensive analysis to "
          "enhance Hong Kong tourism service quality", "2025-04-25",
          ["The Research Centre for Digital Transformation of Tourism (RCdTT) in PolyU's School of Hotel and Tourism "
           "Management has rebuilt the Hong Kong Tourist Satisfaction Index on a large language model. The new "
           "framework measures how satisfied inbound visitors were between 2012 and 2024, by sector, by month or year "
           "and by district.",
           "The index dates from 2009, when it was run as a questionnaire survey under Prof. Haiyan Song, who still "
           "leads the project. The LLM version combines methods from management science, economics and computer "
           "science, and its results can be broken down by service topic, sector and type of trip.",
           "Satisfaction fell during the pandemic and has since climbed back to the highest score on record. "
           "Transport and attractions scored well throughout while restaurants and retail shops lagged; every "
           "district scored above 73 points, southern districts did better than northern ones, and Kowloon City "
           "stood out for its lower score."],
          category="Research and Innovation"),
    story("polyu", "https://www.polyu.edu.hk/en/media/media-releases/2024/0227_polyu-and-optical-88-launch-joint-research-project-to-promote-smart-clinics",
          "PolyU and OPTICAL 88 launch joint research project to promote smart clinics recruiting high-risk "
          "diabetic patients for new AI-enabled self-testing retinal fundus camera", "2024-02-27",
          ["PolyU's School of Optometry and the optical chain OPTICAL 88 have started the AI Diabetic Retinopathy "
           "Screening Research Project, which invites diabetic patients at high risk of eye disease to be screened "
           "with a new retinal camera that they can operate themselves.",
           "The portable fundus camera comes from the team of Prof. Mingguang He, Chair Professor of Experimental "
           "Ophthalmology, and has its own AI system to read the retinal images. Screening outside hospitals is meant "
           "to find diabetic eye disease early and to ease the load on public eye clinics.",
           "Mr Joshua S. Kanjanapas Wong, Director of OPTICAL 88, said the partners hope the project will help bring "
           "smart clinics into everyday eye care."],
          category="Research & Innovation"),
    story("polyu", "https://www.polyu.edu.hk/en/media/media-releases/2025/0220_polyu-and-china-mobile-hong-kong-innovation-research-institute-sign-cooperation-agreements",
          "PolyU signs collaborative agreements with the China Mobile (Hong Kong) Innovation Research Institute to "
          "advance research in AI, 6G, and Web 3.0", "2025-02-20",
          ["PolyU and the China Mobile (Hong Kong) Innovation Research Institute have signed a memorandum of "
           "understanding and a collaborative agreement to work together on artificial intelligence, 6G and Web 3.0.",
           "The institute will contribute research and development resources and a test environment, PolyU its "
           "interdisciplinary research. The partners also plan joint talent training and internships for doctoral "
           "students.",
           "The documents were signed at PolyU on 19 February. Prof. Li Qing, Chair Professor of Data Science and "
           "Head of the Department of Computing, and Mr Shen Weizhong, President of the institute, signed the "
           "memorandum, and Prof. Cao Jiannong, Dean of the Graduate School, signed the collaborative agreement. "
           "Under Secretary for Innovation, Technology and Industry Ms Lillian Cheong and PolyU President Prof. "
           "Jin-Guang Teng were among the witnesses."],
          category="Research and Innovation"),
    # ------------------------------------------------------------------------------------ CityU
    story("cityu", "https://www.cityu.edu.hk/media/press-release/2026/06/18/cityuhk-leaps-to-52nd-globally-in-qs-world-university-rankings-2027",
          "CityUHK leaps to 52nd globally in QS World University Rankings 2027", "2026-06-18",
          ["City University of Hong Kong is placed 52nd in the world in the QS World University Rankings 2027."]),
    story("cityu", "https://www.cityu.edu.hk/media/press-release/2024/02/18/cityuhk-survey-impact-japans-nuclear-wastewater-discharge-hong-kong-citizens-travel-japan",
          "CityUHK survey on the impact of Japan’s nuclear wastewater discharge on Hong Kong citizens’ travel "
          "to Japan", "2024-02-18",
          ["A CityUHK survey looked at whether Japan's discharge of treated nuclear wastewater has changed Hong "
           "Kong citizens' plans to travel to Japan."]),
    story("cityu", "https://www.cityu.edu.hk/media/news/2025/04/28/cityuhk-forges-collaboration-hangzhou-innovation-and-technology-development",
          "CityUHK forges collaboration with Hangzhou on innovation and technology development", "2025-04-28",
          ["President Freddy Boey led a CityUHK delegation to Hangzhou on 28 April to meet local innovation and "
           "technology firms, and gave the opening address of the Big Whale AI Summit there, titled \"The AI "
           "Revolution and the Global Innovation Race: Integrating Innovation and Reshaping the Future\".",
           "He described AI as a force now running through every discipline rather than a supporting tool, "
           "and pointed to the two institutes CityUHK started in 2024, the CityUHK Academy of Innovation and "
           "the Hong Kong Institute of AI for Science, which bring investors and industry together with "
           "university researchers. CityUHK also runs innovation research centres in Qingdao and Changsha."]),
    story("cityu", "https://www.cityu.edu.hk/media/news/2024/10/21/cityuhk-establishes-hong-kong-institute-ai-science-academic-and-industry-partners-lead-pioneering-ai-driven-scientific-research",
          "CityUHK establishes Hong Kong Institute of AI for Science with academic and industry partners to "
          "lead pioneering AI-driven scientific research", "2024-10-21",
          ["CityUHK launched the Hong Kong Institute of AI for Science (HKAI-Sci) on 21 October and signed "
           "Memoranda of Understanding with academic and industry partners: Berxel Photonics, the Hong Kong "
           "Institute of Science & Innovation of the Chinese Academy of Sciences, SPDB International Holdings, "
           "Surrich International Company and Trio AI.",
           "The institute joins computer science, data science, statistics and bioinformatics to pursue both "
           "'AI as a Science' and 'AI for Science', and to help deep-tech start-ups grow.",
           "Under Secretary for Innovation, Technology and Industry Ms Lillian Cheong and CityUHK President "
           "Professor Freddy Boey witnessed the signing."]),
    story("cityu", "https://www.cityu.edu.hk/media/news/2021/12/10/cityus-world-class-research-capacity-leads-innohk-centres-health-engineering-data-analysis-and-ai",
          "CityU's world-class research capacity leads InnoHK centres in health engineering, data analysis and AI",
          "2021-12-10",
          ["CityU has set up three research centres under the government's InnoHK initiative together with "
           "scholars and institutes from around the world.",
           "The Hong Kong Centre for Cerebro-Cardiovascular Health Engineering (COCHE) belongs to Health@InnoHK "
           "and develops intelligent health devices; its director is Professor Zhang Yuanting. The Centre for "
           "Intelligent Multidimensional Data Analysis (CIMDA) and the Laboratory for AI-Powered Financial "
           "Technologies (AIFT) belong to AIR@InnoHK, the cluster for artificial intelligence and robotics.",
           "President Way Kuo said the centres match the university's research focus on One Health, the "
           "digital society and AI."]),
]

# ------------------------------------------------------------------------------------- templates
PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{head_title}</title>
{head_extra}</head>
<body>
{content}
</body>
</html>
"""


def esc(text):
    return html.escape(text, quote=True)


def paragraphs(body):
    return "\n".join(f"<p>{esc(p)}</p>" for p in body)


def d_mon_y(day, comma=False):
    return f"{day.day} {day:%b}{',' if comma else ''} {day.year}"


def zh_date(day):
    return f"{day.year}年{day.month}月{day.day}日"


def path_of(url):
    rel = url.split("://", 1)[1]
    return ROOT / (rel + "__dir__.html" if rel.endswith("/") else rel)


def write(url, text):
    target = path_of(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def article_page(s):
    day, title, site = s["date"], s["title"], s["site"]
    if site == "hkust":
        content = (f'<main class="news-detail">\n<div class="news-date">{d_mon_y(day)}</div>\n'
                   f'<h1 class="news-title">{esc(title)}</h1>\n<div class="news-body">\n{paragraphs(s["body"])}\n'
                   '</div>\n</main>')
        return PAGE.format(lang="en", head_title=esc(title) + " | HKUST", head_extra="", content=content)
    if site == "cuhk":
        content = (f'<header><p class="site-name">CUHK Communications and Public Relations Office</p></header>\n'
                   f'<article class="press">\n<h1 class="entry-title">{esc(title)}</h1>\n'
                   f'<span class="press-date">{d_mon_y(day)}</span>\n<div class="entry-content">\n'
                   f'{paragraphs(s["body"])}\n</div>\n</article>')
        return PAGE.format(lang="en-US", head_title=esc(title) + " | CUHK Communications and Public Relations Office",
                           head_extra="", content=content)
    if site == "hku":
        zh = s["lang"] == "zh-HK"
        shown = zh_date(day) if zh else d_mon_y(day)
        enquiry = "傳媒查詢" if zh else "Media enquiries: Communications and Public Affairs Office"
        content = (f'<div id="press-release">\n<p class="date">{shown}</p>\n<h1>{esc(title)}</h1>\n'
                   f'<div class="content">\n{paragraphs(s["body"])}\n<p class="media-enquiries">{enquiry}</p>\n'
                   '</div>\n</div>')
        return PAGE.format(lang="zh-HK" if zh else "en", head_title=esc(title), head_extra="", content=content)
    if site == "polyu":
        content = (f'<main>\n<div class="media-release">\n<h1>{esc(title)}</h1>\n'
                   f'<p class="p-date">{d_mon_y(day, comma=True)}</p>\n<div class="rich-text">\n'
                   f'{paragraphs(s["body"])}\n<p>***END***</p>\n</div>\n</div>\n</main>')
        return PAGE.format(lang="en", head_title=esc(title) + " | PolyU", head_extra="", content=content)
    if site == "cityu":
        content = (f'<div class="node-article">\n<h1>{esc(title)}</h1>\n'
                   f'<div class="submitted">{d_mon_y(day)}</div>\n<div class="field-name-body">\n'
                   f'{paragraphs(s["body"])}\n</div>\n</div>')
        return PAGE.format(lang="en", head_title=esc(title) + " | CityUHK", head_extra="", content=content)
    raise ValueError(site)


def rel_path(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def hkust_listing(items, next_href):
    rows = "\n".join(f'<div class="views-row"><span class="date">{d_mon_y(s["date"])}</span>'
                     f'<h3><a href="{esc(rel_path(s["url"]))}">{esc(s["title"])}</a></h3></div>' for s in items)
    pager = (f'<ul class="pager"><li class="pager__item--next"><a href="{next_href}">Next</a></li></ul>'
             if next_href else "")
    content = f'<h1>News &amp; Stories</h1>\n<div class="news-listing">\n{rows}\n</div>\n{pager}'
    return PAGE.format(lang="en", head_title="News &amp; Stories | HKUST", head_extra="", content=content)


def cuhk_listing(items):
    rows = "\n".join(f'<article><h2 class="entry-title"><a href="{esc(s["url"])}">{esc(s["title"])}</a></h2>'
                     f'<span class="press-date">{d_mon_y(s["date"])}</span></article>' for s in items)
    content = f'<h1>Press Releases</h1>\n<div id="press-list">\n{rows}\n</div>'
    return PAGE.format(lang="en-US", head_title="Press Releases | CUHK", head_extra="", content=content)


def hku_listing(items, zh):
    rows = "\n".join(f'<li><span class="date">{zh_date(s["date"]) if zh else d_mon_y(s["date"])}</span> '
                     f'<a href="{esc(rel_path(s["url"]))}">{esc(s["title"])}</a></li>' for s in items)
    content = f'<h1>{"新聞稿" if zh else "Press Releases"}</h1>\n<ul id="press-release-list">\n{rows}\n</ul>'
    return PAGE.format(lang="zh-HK" if zh else "en", head_title="HKU", head_extra="", content=content)


def polyu_listing(items):
    cards = "\n".join(
        f'<a class="border-hover-shadow-list__itm" href="{esc(rel_path(s["url"]))}">'
        f'<span class="long-img-side-blk__title">{esc(s["title"])}</span>'
        f'<span class="p-date">{d_mon_y(s["date"], comma=True)}</span>'
        f'<span class="color-plate-text__color">{esc(s["category"] or "")}</span></a>' for s in items)
    content = f'<main>\n<h1>Media Releases</h1>\n<div class="border-hover-shadow-list">\n{cards}\n</div>\n</main>'
    return PAGE.format(lang="en", head_title="Media Releases | PolyU", head_extra="", content=content)


def cityu_listing(items, heading):
    rows = "\n".join(f'<div class="views-row"><div class="views-field-created">{d_mon_y(s["date"])}</div>'
                     f'<div class="views-field-title"><a href="{esc(rel_path(s["url"]))}">{esc(s["title"])}</a>'
                     '</div></div>' for s in items)
    content = f'<h1>{heading}</h1>\n<div class="view-content">\n{rows}\n</div>'
    return PAGE.format(lang="en", head_title=heading + " | CityUHK", head_extra="", content=content)


def main():
    by_site = {}
    for s in STORIES:
        write(s["url"], article_page(s))
        by_site.setdefault(s["site"], []).append(s)
    hkust = sorted(by_site["hkust"], key=lambda s: s["date"], reverse=True)
    write("https://hkust.edu.hk/news/listing", hkust_listing(hkust[:2], "/news/listing?page=1"))
    write("https://hkust.edu.hk/news/listing?page=1".replace("?", "%3F").replace("=", "%3D"),
          hkust_listing(hkust[2:], None))
    write("https://www.cpr.cuhk.edu.hk/en/press/", cuhk_listing(by_site["cuhk"]))
    hku = by_site["hku"]
    write("https://www.hku.hk/press/press-releases.html", hku_listing([s for s in hku if s["lang"] == "en"], False))
    write("https://www.hku.hk/press/c_press-releases.html",
          hku_listing([s for s in hku if s["lang"] == "zh-HK"], True))
    write("https://www.polyu.edu.hk/en/media/media-releases/", polyu_listing(by_site["polyu"]))
    cityu = by_site["cityu"]
    write("https://www.cityu.edu.hk/media/press-release/",
          cityu_listing([s for s in cityu if "/press-release/" in s["url"]], "Press Releases"))
    write("https://www.cityu.edu.hk/media/news/",
          cityu_listing([s for s in cityu if "/media/news/" in s["url"]], "News"))
    print(f"{len(STORIES)} articles rendered")


if __name__ == "__main__":
    main()
