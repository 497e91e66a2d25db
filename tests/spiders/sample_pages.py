"""The good page of every extractor route, for the bad-page test (`test_bad_pages.py`): the sample-web
file each route reads whole, from which its cut and broken variants are made.

A route is `(source, extractor function)`, as the registry routes URLs to it. A route reading several
sites' markup lists a page of each. A new source adds its routes here (the bad-page test names any
route missing).
"""
from __future__ import annotations

from spiders.archive.sample_web import http_meta
from tests.conftest import SAMPLE_WEB

GOOD_PAGES: dict[tuple[str, str], tuple[str, ...]] = {
    ("cityu_hktech300", "extract_listing_links"): ("www.cityu.edu.hk/hktech300/start-ups/all-start-ups%3Fpage%3D0",),
    ("cityu_hktech300", "extract_team"): ("www.cityu.edu.hk/hktech300/start-ups/angel-fund-teams/6j-biotechnology",),
    ("cityu_news", "extract_article"): (
        "www.cityu.edu.hk/media/news/2021/12/10/cityus-world-class-research-capacity-leads-innohk-centres-health-"
        "engineering-data-analysis-and-ai",),
    ("cityu_news", "extract_listing_links"): ("www.cityu.edu.hk/media/news/__dir__.html",),
    ("cuhk_news", "extract_article"): (
        "www.cpr.cuhk.edu.hk/en/press/cuhk-ranks-18th-in-qs-world-university-rankings-2027-advancement-in-"
        "international-reputation-employer-reputation-and-global-engagement/__dir__.html",),
    ("cuhk_news", "extract_listing_links"): ("www.cpr.cuhk.edu.hk/en/press/__dir__.html",),
    ("cyberport_news", "extract_release"): (
        "www.cyberport.hk/en/news/press_releases/chief-executive-visits-cyberport-ai-supercomputing-centre-and-ai-lab",),
    ("cyberport_news", "extract_listing"): ("www.cyberport.hk/en/news/press_releases/__dir__.html",),
    ("cyberport_news", "extract_ai_page"): ("aisc.cyberport.hk/__dir__.html", "aisc.cyberport.hk/aiss"),
    ("cyberport_opendata", "extract_csv"): ("istartup.hk/opendata/cc/cc.csv", "istartup.hk/opendata/ccmf/ccmf.csv"),
    ("cyberport_startups", "extract_listing_links"): ("istartup.hk/en/startups/profile%3Fpage%3D1",),
    ("cyberport_startups", "extract_profile"): ("istartup.hk/en/startups/profile/rocketbots-limited",),
    ("datagovhk", "extract_search"): (
        "data.gov.hk/en-data/api/3/action/package_search%3Fq%3Dinnovation%26rows%3D2%26start%3D0",),
    ("datagovhk", "extract_package"): (
        "data.gov.hk/en-data/api/3/action/package_show%3Fid%3Dhk-itc-team1-annual-itf-approved-projects-list",),
    ("dpo", "extract_speech"): ("digitalpolicy.gov.hk/en/news/speeches/2024/11/sp_20241129.html",),
    ("dpo", "extract_programme"): (
        "digitalpolicy.gov.hk/en/our_work/digital_infrastructure/industry_development/ai_subsidy_scheme/__dir__.html",),
    ("dpo", "extract_listing_links"): ("digitalpolicy.gov.hk/en/news/speeches/index.html",),
    ("fstb", "extract_press_index"): ("www.fstb.gov.hk/en/news/press/index.php",),
    ("govhk", "extract_release"): ("www.info.gov.hk/gia/general/201708/15/P2017081500253.htm",
                                   "www.info.gov.hk/gia/general/202411/10/P2024110900756.htm"),
    ("govhk", "extract_index_links"): ("www.info.gov.hk/gia/general/201701/03.htm",),
    ("govhk", "extract_feed_links"): ("www.info.gov.hk/gia/rss/general_en.xml",),
    ("hkma", "extract_api_records"): (
        "api.hkma.gov.hk/public/press-releases%3Flang%3Den%26pagesize%3D2%26offset%3D0",),
    ("hkma", "extract_release"): ("www.hkma.gov.hk/eng/news-and-media/press-releases/2024/08/20240813-6/__dir__.html",),
    ("hkstp_companies", "extract_listing_links"): ("www.hkstp.org/en/our-partner-companies/company-directory/__dir__.html",),
    ("hkstp_companies", "extract_company"): (
        "www.hkstp.org/en/our-partner-companies/company-directory/sensetime/__dir__.html",),
    ("hkstp_news", "extract_sitemap_links"): ("www.hkstp.org/sitemap.xml",),
    ("hkstp_news", "extract_listing"): ("www.hkstp.org/en/park-life/news-and-events/news/__dir__.html",),
    ("hkstp_news", "extract_news"): (
        "www.hkstp.org/en/park-life/news-and-events/news/chief-executive-of-macao-sar-mr-ho-iatseng-visits-hong-"
        "kong-science-park",),
    ("hkstp_news", "extract_event"): ("www.hkstp.org/en/park-life/news-and-events/events/robocon-hk-contest-2026",),
    ("hkstp_news", "extract_programme"): ("www.hkstp.org/en/programmes/ideation",),
    ("hku_news", "extract_article"): ("www.hku.hk/press/press-releases/detail/28976.html",),
    ("hku_news", "extract_listing_links"): ("www.hku.hk/press/press-releases.html",),
    ("hkust_news", "extract_article"): (
        "hkust.edu.hk/news/hkust-establishes-von-neumann-institute-spearhead-ai-innovation",),
    ("hkust_news", "extract_listing_links"): ("hkust.edu.hk/news/listing",),
    ("innohk_labs", "extract_labs"): ("www.itc.gov.hk/en/technological_infrastructure/innohk_clusters.html",),
    ("investhk", "extract_news"): (
        "www.investhk.gov.hk/en/news/investhk-and-media-partner-south-china-morning-post-take-deep-dive-into-"
        "hong-kongs-innovation-ecosystem-at-innotech-forum-2024/__dir__.html",),
    ("investhk", "extract_listing"): ("www.investhk.gov.hk/en/news/%3FnewsType%3DNews",),
    ("itf_profiles", "extract_profile"): (
        "www.itf.gov.hk/en/project-search/project-profile/index.html%3FReferenceNo%3DITP%2F025%2F17TP",),
    ("itf_profiles", "extract_result_links"): (
        "www.itf.gov.hk/en/project-search/search-result/index.html%3FKeywords%3Dintelligence%26Page%3D1",),
    # The sample web holds no true annual list (docs/sources/itf.md): the fictional one below stands in.
    ("itf_projects", "extract_annual_list"): (),
    ("itib", "extract_page"): ("www.itib.gov.hk/en/speeches/2023/pr_20231129.html",
                               "www.itib.gov.hk/en/legislative_council_business/questions/2025/pr_20250319.html"),
    ("itib", "extract_listing_links"): ("www.itib.gov.hk/en/speeches/index.html",),
    ("polyu_news", "extract_article"): (
        "www.polyu.edu.hk/en/media/media-releases/2024/0227_polyu-and-optical-88-launch-joint-research-project-to-"
        "promote-smart-clinics",),
    ("polyu_news", "extract_listing_links"): ("www.polyu.edu.hk/en/media/media-releases/__dir__.html",),
    ("smartcity", "extract_page"): ("www.smartcity.gov.hk/vision-and-mission.html",),
    ("smartcity", "extract_home_links"): ("www.smartcity.gov.hk/__dir__.html",),
    ("startmeuphk", "extract_feed_links"): ("www.startmeup.hk/feed/__dir__.html",),
    ("startmeuphk", "extract_page"): ("www.startmeup.hk/innohk-clusters-being-developed-by-the-government/__dir__.html",),
    # One listing of each university: each site has its own selectors (spiders/sources/university_labs/sites.py).
    ("university_labs", "extract_units"): (
        "hkust.edu.hk/research/institutes-and-centers", "www.cuhk.edu.hk/english/research/index.html",
        "www.hku.hk/research/__dir__.html", "www.polyu.edu.hk/pair/research/research-highlights/__dir__.html",
        "www.cityu.edu.hk/research/index.htm"),
}

# Routes whose page cut short may still give records: each must be a record of the whole page, never one
# with cells or text missing. Every other route refuses a cut page that would give records.
CUT_GIVES_RECORDS = {
    ("cyberport_opendata", "extract_csv"): "a CSV cut at a line break is whole rows, the same as a shorter file",
    ("itf_projects", "extract_annual_list"): "a CSV cut at a line break is whole rows, the same as a shorter file",
}

# ITF annual-list CSV, FICTIONAL rows ("Example ..."): written only to exercise the parser, since no real
# project row could be confirmed offline (docs/sources/itf.md). The header and footnotes are the live files'.
ITF_LIST_URL = "https://www.itf.gov.hk/datagovhk/annuallist_{}_e.csv"
ITF_HEADER = ('No.,Programme*,Reference No.,Project Title,Lead Applicant,Funds Approved ($M),'
              'Revised Funds Approved ($M),Remarks,\n')
ITF_FOOTNOTES = ('"* ITSP - Innovation and Technology Support Programme",,,,,,,,\n'
                 '"  MRP - Midstream Research Programme for Universities",,,,,,,,\n')
ITF_ROWS = ('1,ITSP,TEST/001/24,Example AI Project One,Example University (fictional),2.799,0,,\n'
            '2.,MRP,TEST/002/24,Example AI Project Two,Example Institute (fictional),9.5,-,,\n'
            '3,ITSP,TEST/003/24,Example AI Project Three,Example Centre (fictional),1.2,1.35,'
            'Revised after a change request,\n')


def itf_list(rows: str, encoding: str = "utf-8") -> bytes:
    """An ITF annual-list CSV holding `rows`, with the header, a blank row and the footnotes of the live files."""
    return (ITF_HEADER + rows + ",,,,,,,,\n" + ITF_FOOTNOTES).encode(encoding)


def good_pages(route: tuple[str, str]) -> list[tuple[str, bytes, str]]:
    """(URL, body, Content-Type) of each good page of a route; KeyError for a route not in GOOD_PAGES."""
    if route == ("itf_projects", "extract_annual_list"):
        return [(ITF_LIST_URL.format(2024), itf_list(ITF_ROWS), "text/csv")]
    pages = []
    for path in GOOD_PAGES[route]:
        url, _, headers = http_meta(SAMPLE_WEB, SAMPLE_WEB / path)
        pages.append((url, (SAMPLE_WEB / path).read_bytes(), dict(headers)["Content-Type"]))
    return pages
