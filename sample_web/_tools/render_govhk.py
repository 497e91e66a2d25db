"""Renders the GovHK part of the sample web from the research records in `sample_web/_records/govhk_*.jsonl`.

Each record is one real press release (its real URL, headline, date and time) with a body written in
our own words, and the addresses where its facts were read. This script lays the records out in the
real site's structure: release pages in the 2017-2022 template, daily index pages (EN `DD.htm`,
TC `DDc.htm`) and the two RSS feeds. Run it after editing a record:

    .venv/bin/python sample_web/_tools/render_govhk.py
"""
from __future__ import annotations

import html
import json
import shutil
from collections import defaultdict
from datetime import date, datetime
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
HOST = ROOT / "www.info.gov.hk"
GENERAL = HOST / "gia" / "general"
HKT = ZoneInfo("Asia/Hong_Kong")
FEED_DAYS = 30  # the real feeds carry only the latest releases (about 100 items)
TC_WEEKDAYS = "一二三四五六日"


def load_records() -> list[dict]:
    records = []
    for path in sorted((ROOT / "_records").glob("govhk_*.jsonl")):
        records.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    urls = [r["url"] for r in records]
    duplicates = {u for u in urls if urls.count(u) > 1}
    if duplicates:
        raise SystemExit(f"records repeat URLs: {sorted(duplicates)}")
    return records


def rel_path(url: str) -> str:
    return url.split("www.info.gov.hk", 1)[1]


def index_href(day: date, lang: str) -> str:
    return f"/gia/general/{day:%Y%m}/{day:%d}{'c' if lang == 'tc' else ''}.htm"


def footer(record: dict, day: date) -> str:
    time = record.get("issued_hkt")
    if record["lang"] == "en":
        lines = [f"Ends/{day:%A}, {day:%B} {day.day}, {day.year}"]
        if time:
            lines.append(f" Issued at HKT {time}")
    else:
        lines = ["完", f"{day.year}年{day.month}月{day.day}日（星期{TC_WEEKDAYS[day.weekday()]}）"]
        if time:
            hour, minute = time.split(":")
            lines.append(f"香港時間{int(hour)}時{minute}分")
    return "\n\t\t\t\t<br>\n\t\t\t\t".join(html.escape(line) for line in lines)


def release_page(record: dict, twin: str | None) -> str:
    day = date.fromisoformat(record["date"])
    lang = record["lang"]
    title = html.escape(record["title"])
    body = "<br>\n      <br>\n".join("     " + html.escape(p) for p in record["paragraphs"])
    description = html.escape(record["paragraphs"][0][:100])
    other_lang = ""
    if twin:
        img = "hdrTCLnk" if lang == "en" else "hdrENLnk"
        alt = "Traditional Chinese" if lang == "en" else "English"
        other_lang = f'<a href="{rel_path(twin)}"><img src="/gia/images/lang_{img[3:5].lower()}.png" class="hdrLnk b0" id="{img}" alt="{alt}" title="{alt}"></a>'
    back, yesterday, archives = (("Back to Index Page", "Yesterday's Press Releases", "Archives") if lang == "en"
                                 else ("返回首頁", "昨日新聞公報", "新聞公報檔案"))
    prev_day = date.fromordinal(day.toordinal() - 1)
    pr_id = record["url"].rsplit("/", 1)[1][:-4]
    return f"""<!DOCTYPE html>
<!-- Version Number = 01.01.14.08081 --><html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="description" content="{description}...">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}...">
<link href="/gia/css/public.css" rel="stylesheet" type="text/css">
</head>
<body>
	<a id="skiptocontent" href="#contentBody" class="access">Go to main content</a>
	<div id="header">
		<div class="left responsivegov">
			<a href="http://www.gov.hk/{'en' if lang == 'en' else 'tc'}/residents/" class="homePageURL"><img src="/gia/images/govLink.png" class="hdrLnk b0" id="hdrGovLnk" alt="GovHK"></a>
			{other_lang}
			<a href="http://www.gov.hk/en/about/rss.htm" class="logo_rss">RSS</a>
		</div>
	</div>
<div id="contentBody" class="row">
			<div class="colLeft resLeftContent">
				<div class="sharePost2">
					<a href="{pr_id}p.htm" class="icon_print" title="Print">Print</a>
				</div>
				<div class="rel">
					<div class="fontSize1" style="display:none">{title}</div>
					<div class="fontSize1" id="PRHeadline">
						<span id="PRHeadlineSpan">{title}</span>
					</div>
					<div id="starBar" class="fontSize1">**********************************************************</div>
				</div>
				<span id="pressrelease" class="fontSize1">
{body}
				<br><div class="controlDisplay2 resRightContent">
				</div>
				<div class="mB15 f15">{footer(record, day)}
				</div>
				<div style="margin-top:10px;">
				 NNNN
				</div>
				</span>
				<div class="btm_btn">
					<a href="/gia/ISD_public_Calendar_{'en' if lang == 'en' else 'tc'}.html" class="newAch">{archives}</a>
					<a href="{index_href(prev_day, lang)}" class="newAch mL5">{yesterday}</a>
					<a href="{index_href(day, lang)}" class="newAch">{back}</a>
				</div>
			</div>
</div>
</body>
</html>
"""


def index_page(day: date, lang: str, records: list[dict]) -> str:
    heading = (f"Press Releases - {day:%A}, {day:%B} {day.day}, {day.year}" if lang == "en"
               else f"新聞公報 - {day.year}年{day.month}月{day.day}日（星期{TC_WEEKDAYS[day.weekday()]}）")
    items = "\n".join(
        f'\t\t\t<li><a href="{rel_path(r["url"])}">{html.escape(r["title"])}</a>'
        + (f' <span class="time">{r["issued_hkt"]}</span>' if r.get("issued_hkt") else "") + "</li>"
        for r in sorted(records, key=lambda r: (r.get("issued_hkt") or "99:99", r["url"]))
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(heading)}</title>
</head>
<body>
<div id="contentBody" class="row">
	<div class="leftBody">
		<h1 class="pageTitle">{html.escape(heading)}</h1>
		<ul class="prList">
{items}
		</ul>
	</div>
</div>
</body>
</html>
"""


def feed(lang: str, records: list[dict]) -> str:
    channel = ("Press Releases" if lang == "en" else "新聞公報")
    items = []
    for r in records:
        day = date.fromisoformat(r["date"])
        hour, minute = map(int, (r.get("issued_hkt") or "00:00").split(":"))
        pub = format_datetime(datetime(day.year, day.month, day.day, hour, minute, tzinfo=HKT))
        items.append(f"""  <item>
   <title>{html.escape(r["title"])}</title>
   <link>{r["url"]}</link>
   <description><![CDATA[{html.escape(r["paragraphs"][0])}&nbsp;]]></description>
   <pubDate>{pub}</pubDate>
   <guid isPermaLink="true">{r["url"]}</guid>
  </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
 <channel>
  <title>{channel}</title>
  <link>https://www.info.gov.hk/gia/general/today.htm</link>
  <description>GovHK press releases ({'English' if lang == 'en' else 'Chinese'})</description>
  <language>{'en' if lang == 'en' else 'zh-hk'}</language>
{chr(10).join(items)}
 </channel>
</rss>
"""


def provenance(records: list[dict]) -> str:
    lines = ["# GovHK press releases in the sample web: where each one is known from", "",
             "Generated by `sample_web/_tools/render_govhk.py` from `sample_web/_records/govhk_*.jsonl`.",
             "URL, headline, date and issue time are the real release's; the body is our own summary.",
             "Index pages list only the releases in the sample; their markup beyond `div.leftBody` and the RSS",
             "item layout are not verified against the live site (SOURCES.md section 1).", "",
             "| release | lang | topic | known from |", "|---|---|---|---|"]
    for r in sorted(records, key=lambda r: r["url"]):
        lines.append(f"| {r['url']} | {r['lang']} | {r['topic']} | {' ; '.join(r['evidence'])} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    records = load_records()
    shutil.rmtree(GENERAL, ignore_errors=True)
    shutil.rmtree(HOST / "gia" / "rss", ignore_errors=True)
    by_url = {r["url"]: r for r in records}
    by_day = defaultdict(list)
    for r in records:
        twin = r.get("twin_url") if r.get("twin_url") in by_url else None
        path = HOST / rel_path(r["url"]).lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(release_page(r, twin), encoding="utf-8")
        by_day[(date.fromisoformat(r["date"]), r["lang"])].append(r)
    for (day, lang), day_records in by_day.items():
        path = HOST / index_href(day, lang).lstrip("/")
        path.write_text(index_page(day, lang, day_records), encoding="utf-8")
    (HOST / "gia" / "rss").mkdir(parents=True, exist_ok=True)
    for lang, name in (("en", "general_en.xml"), ("tc", "general_zh.xml")):
        in_lang = [r for r in records if r["lang"] == lang]
        newest = max(date.fromisoformat(r["date"]) for r in in_lang)
        latest = sorted((r for r in in_lang if (newest - date.fromisoformat(r["date"])).days <= FEED_DAYS),
                        key=lambda r: (r["date"], r.get("issued_hkt") or ""), reverse=True)
        (HOST / "gia" / "rss" / name).write_text(feed(lang, latest), encoding="utf-8")
    (ROOT / "_provenance").mkdir(exist_ok=True)
    (ROOT / "_provenance" / "govhk.md").write_text(provenance(records), encoding="utf-8")
    print(f"rendered {len(records)} releases on {len(by_day)} index pages")


if __name__ == "__main__":
    main()
