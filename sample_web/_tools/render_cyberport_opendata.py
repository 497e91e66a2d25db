# ruff: noqa: E501 -- the data rows below are kept one per line
"""Render the Cyberport open-data CSVs of the sample web: istartup.hk/opendata/cc/cc.csv and ccmf/ccmf.csv.

Every row is a real company of the Cyberport community. Names, technology sectors, community statuses,
intake years/months and websites are the values the istartup.hk directory published (July 2024 scrape,
see sample_web/_provenance/cyberport_opendata.md), dirt kept: `NA`, `2018-01-01` years, the `20113` typo,
comma-joined statuses, an e-mail address and "under construction" in the website column. A company is in
ccmf.csv only where a public statement says it (or its project) received the Cyberport Creative Micro Fund.

THE COLUMN HEADERS ARE OUR DESIGN: the real header of cc.csv and ccmf.csv was not found in any stored
copy. They reuse the labels of the istartup.hk profile pages, which are known (SOURCES.md section 9).
Files are UTF-8 with a BOM and CRLF line ends, as Windows exports of the real files are read with
`utf-8-sig` (SOURCES.md section 7).

    .venv/bin/python sample_web/_tools/render_cyberport_opendata.py
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "istartup.hk" / "opendata"
CC_HEADER = ("Company Name", "Technology Sector", "Cyberport Community Status", "Intake Year", "Intake Month",
             "Website")
CCMF_HEADER = ("Company Name", "Project Name", "Technology Sector", "Intake Year", "Intake Month", "Website")

CC_ROWS = [  # one row per line, as the file has them
    ('Adluux AI Group Limited', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2019-01-01', 'NA', 'www.adluux.com'),
    ('AIgniter Technologies Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2018', '3', 'https://www.aigniter.com'),
    ('AITalk IT Ltd', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2020', '6', 'www.aitalkit.com'),
    ('AITO TECHNOLOGY LTD', 'AI/ BIG DATA', 'Smart Space Tenant', 'NA', 'NA', 'www.aito.hk'),
    ('AlikeAudience (International) Limited', 'AI/ BIG DATA', 'Smart Space Tenant', 'NA', 'NA', 'www.alikeaudience.com'),
    ('ALLIED BLOOM (CHINA) LIMITED', 'AI/ BIG DATA', 'Smart Space Tenant', 'NA', 'NA', 'WWW.BELLEVIEWRESEARCH.COM'),
    ('Ambit Geospatial Solution Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2018', '6', 'www.ambit-geospatial.com.hk'),
    ('Antzknow Technology Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2019', '2', 'https://www.antzknow.com/'),
    ('Appus Technology Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2016', '3', 'http://www.appustech.com/'),
    ('AQUA FARM LIMITED', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2021', '6', 'NA'),
    ('Asiabots Limited', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2017-01-01', 'NA', 'www.asiabots.com'),
    ('ATPHIZYOM', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2019', '6', 'https://www.atphizyom.com/'),
    ('Automated Machine Learning Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2017', '2', 'www.automatedml.com'),
    ('Backhome Ltd', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2017-01-01', 'NA', 'www.backhome.hk'),
    ('BEX Capital', 'AI/ BIG DATA', 'Smart Space Tenant', 'NA', 'NA', 'www.bex.capital'),
    ('Board Click Limited', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2018-01-01', 'NA', 'www.boardclick.ai'),
    ('Brandnographer Co. Limited', 'AI/ BIG DATA', 'Smart Space Tenant', 'NA', 'NA', 'www.brandnographer.com'),
    ('C&H Business Group Limited', 'AI/ BIG DATA', 'Smart Space Tenant', 'NA', 'NA', 'https://hk.qoopon.me'),
    ('ClearQuote Technologies Limited', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2019-01-01', 'NA', 'https://clearquote.io'),
    ('Coherence Web Concepts Project name: Timable', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2011', '12', 'mk@timable.com'),
    ('Collective Knowledge Company Limited', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2021', '10', 'www.knoglobal.com'),
    ('Conard International (Hong Kong) LImited', 'AI/ BIG DATA', 'Smart Space Tenant', 'NA', 'NA', 'www.super-chain.tech'),
    ('Ecoli Sense Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2019', '2', 'http://www.ecoli-sense.com/'),
    ('Enzyme Design Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2017', '12', 'under construction'),
    ('ESCHR HOLDINGS LIMITED (Miro)', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2017', '12', 'http://www.miro.io'),
    ('Find Solution Ai Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2017', '2', 'www.findsolutionai.com'),
    ('FindRecruiter.com Limited', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2021', '6', 'https://www.findrecruiter.com/'),
    ('Flaming Partners', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2018-01-01', 'NA', 'www.flamingpartners.com.hk'),
    ('Global Gem Exchange Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2018', '3', 'www.ggehk.com'),
    ('Hampen Technology Corporation Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2018', '3', 'www.hampentech.com'),
    ('Helpbe Limited', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2017-01-01', 'NA', 'www.helpbe.com'),
    ('HiHire Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2018', 'NA', 'https://hihire-ec618.firebaseapp.com/home'),
    ('Intelli Global Corporation Limited', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2018-01-01', 'NA', 'www.igcexpert.com'),
    ('JOBDOH Ltd', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2014', '12', 'www.jobdoh.com'),
    ('KaChick AI Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2018', '10', 'www.kachick.com'),
    ('Korah Asia Limited', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2020', '2', 'www.ccrobot.ai'),
    ('Latticespace Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2016', '8', 'https://www.latticespace.com'),
    ('MediaPlace Limited', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2019-01-01', 'NA', 'www.presslogic.com'),
    ('Multimedia Big Data Analysis Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2017', '2', 'visualip.net'),
    ('Quokka Hong Kong', 'AI/ BIG DATA', 'NA', 'NA', 'NA', 'https://www.quokkareward.co/'),
    ('R3A Group Ltd', 'AI/ BIG DATA', 'Current CCMF/ CIP', '2021', '6', 'r3atech.com'),
    ('Robotic Online Intelligence Ltd', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2019', '2', 'http://www.roboticonline.ai/'),
    ('Rocketbots Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2017', '9', 'https://rocketbots.io/'),
    ('Swanland.AI Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', '2018', '3', 'swanland.ai'),
    ('Wildfaces Technology Limited', 'AI/ BIG DATA', 'Graduates of CCMF/ CIP', 'NA', 'NA', 'wildfaces.ai'),
    ('Xbiome?Hong Kong?Limited', 'AI/ BIG DATA', 'Smart Space Tenant', 'NA', 'NA', 'www.xbiome.com'),
    ('網路溫度計有限公司', 'AI/ BIG DATA', 'Smart Space Tenant', 'NA', 'NA', 'https://dailyview.tw/, https://dailyview.tw/hk/, https://keypo.tw/'),
    ('AASIG', 'Robotics/ Iot', 'Smart Space Tenant', 'NA', 'NA', 'NA'),
    ('ACCUWEAR LIMITED', 'Robotics/ Iot', 'Graduates of CCMF/ CIP', '2018', '3', 'http://www.atlaslivetracking.com'),
    ('Air button', 'Robotics/ Iot', 'Graduates of CCMF/ CIP', '2014', '7', 'http://air-button.com'),
    ('Artanis Technology Limited', 'Robotics/ Iot', 'Smart Space Tenant', 'NA', 'NA', 'http://artanis-tech.com'),
    ('Auxilia Limited', 'Robotics/ Iot', 'Graduates of CCMF/ CIP', '2017', '12', 'www.joeyforparents.com'),
    ('Beam Mobility Holdings Pte. Ltd.', 'Robotics/ Iot', 'Smart Space Tenant', 'NA', 'NA', 'https://www.ridebeam.com/'),
    ('Carbon World Limited', 'Robotics/ Iot', 'Graduates of CCMF/ CIP', '2018', '3', 'www.co2coins.com'),
    ('Cariad Limited (Bravera)', 'Robotics/ Iot', 'Graduates of CCMF/ CIP', '2018', '3', 'http://www.bravera.co'),
    ('Clear Robotics Limited', 'Robotics/ Iot', 'Current CCMF/ CIP', '2020-01-01', 'NA', 'openoceancam.com'),
    ('CWB Tech Limited', 'Robotics/ Iot', 'Graduates of CCMF/ CIP', '2015', '8', 'www.cwb-tech.com'),
    ('DelTron Intelligence Technology Limited', 'Robotics/ Iot', 'Graduates of CCMF/ CIP', '2015', '8', 'http://www.vimbles.com/'),
    ('Epona Biotec. Limited', 'Robotics/ Iot', 'Graduates of CCMF/ CIP', '2016', '3', 'http://www.eponabiotec.com'),
    ('MAD GAZE LIMITED', 'Robotics/ Iot', 'Graduates of CCMF/ CIP', '2018', '3', 'http://www.madgaze.com'),
    ('Origami Group Limited', 'Robotics/ Iot', 'Graduates of CCMF/ CIP', '2016', '3', 'http://orii.io/'),
    ('01Games Technology Co., Limited', 'E-Sport/ Digital Entertainment', 'Graduates of CCMF/ CIP', '2014', '7', 'http://www.01games.hk/'),
    ('1Source Limited', 'Others', 'Current CCMF/ CIP', '2018-01-01', 'NA', '1Source.com'),
    ('AESIR', 'EDTECH', 'Current CCMF/ CIP, Smart Space Tenant, Graduates of CCMF/ CIP', '2020', '7', 'aesir.hk'),
    ('ai-Wealth Ltd.', 'FINTECH', 'Smart Space Tenant', '2018', '6', 'NA'),
    ('Blue Lemon Digital Limited', 'RETAILTECH/ E-COMMERCE', 'Current CCMF/ CIP', '2016-01-01', 'NA', 'www.bluelemondigital.com'),
    ('CoverGo | Insurtech', 'FINTECH', 'Smart Space Tenant, Graduates of CCMF/ CIP', '2017', '9', 'www.covergo.com'),
    ('Denada Limited', 'FINTECH', 'Smart Space Tenant', 'NA', 'NA', 'NA'),
    ('E-Fever Limited', 'Application Development & Others', 'Graduates of CCMF/ CIP', '2015', '8', 'www.e-fever.net/'),
    ('Educational DIY Robotic kit', 'EDTECH', 'Graduates of CCMF/ CIP', '2016', '8', 'http://www.kdklabs.com.hk;kdkmall.com.hk'),
    ('Hollo', 'HEALTHTECH', 'Current CCMF/ CIP, Graduates of CCMF/ CIP', '2020', '1', 'https://hollo.hk'),
    ('Invivo InterActive Limited', 'Application Development & Others', 'Graduates of CCMF/ CIP', '20113', '9', 'http://invivo.me/'),
    ('Kowloonia Ltd.', 'E-Sport/ Digital Entertainment', 'Graduates of CCMF/ CIP', '2014', '1', 'http://kowloonia.com/'),
    ('Transin Holding Limited', 'FINTECH', 'Smart Space Tenant, Graduates of CCMF/ CIP', 'NA', 'NA', 'NA'),
]

# (company, project, sector, intake year, intake month, website): each CCMF grant is evidenced in the
# provenance note; years and months as the directory or the statement gives them, NA when unknown.
CCMF_ROWS = [
    ("ai-Wealth Ltd.", "NA", "FINTECH", "2018", "6", "NA"),
    ("Blue Lemon Digital Limited", "GuideMe", "RETAILTECH/ E-COMMERCE", "2016-01-01", "NA", "www.bluelemondigital.com"),
    ("Coherence Web Concepts", "Timable", "AI/ BIG DATA", "NA", "NA", "https://timable.com"),
    ("Denada Limited", "FinTune", "FINTECH", "2016", "NA", "NA"),
    ("E-Fever Limited", "Team Proto", "Application Development & Others", "2015", "8", "www.e-fever.net/"),
    ("KDK Labs", "Educational DIY Robotic kit", "EDTECH", "2016", "8", "http://www.kdklabs.com.hk;kdkmall.com.hk"),
    ("Kowloonia Ltd.", "NA", "E-Sport/ Digital Entertainment", "2014", "1", "http://kowloonia.com/"),
]
# The last line of ccmf.csv is cut short after the intake year (a truncated export): still one company.
CCMF_SHORT_ROW = ("Multimedia Big Data Analysis Limited", "NA", "AI/ BIG DATA", "2017")


def csv_bytes(header, rows, short_rows=()) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    writer.writerows(short_rows)
    return ("\ufeff" + out.getvalue() + "\r\n").encode("utf-8")  # BOM, and a blank line at the end


def main():
    (ROOT / "cc").mkdir(parents=True, exist_ok=True)
    (ROOT / "ccmf").mkdir(parents=True, exist_ok=True)
    (ROOT / "cc" / "cc.csv").write_bytes(csv_bytes(CC_HEADER, CC_ROWS))
    (ROOT / "ccmf" / "ccmf.csv").write_bytes(csv_bytes(CCMF_HEADER, CCMF_ROWS, [CCMF_SHORT_ROW]))
    print(f"cc.csv: {len(CC_ROWS)} rows; ccmf.csv: {len(CCMF_ROWS) + 1} rows")


if __name__ == "__main__":
    main()
