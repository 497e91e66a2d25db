"""Large synthetic GovHK webs for benchmarks, written straight into a WARC archive (no page files on disk).

The pages are rendered by the sample web's own renderer (`sample_web/_tools/render_govhk.py`: release
pages in the 2017-2022 template, daily index pages `DD.htm`/`DDc.htm`, the two RSS feeds), at their
URLs under https://www.info.gov.hk/gia/, one day after another from `start`. Every name and sentence
is fictional ("Fictional Robotics Lab 0042"); only the page structure is the real site's.

    python -m benchmarks.synthweb --pages 10000 --out /tmp/web10k/sample_web.warc.gz

Then replay it with the real spider: `-a since=<since> -a until=<until>` as printed.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import uuid
from collections import deque
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from spiders.archive.warc import WarcRecorder, index_path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
RENDERER = PROJECT_ROOT / "sample_web" / "_tools" / "render_govhk.py"
BASE = "https://www.info.gov.hk"
START = date(2017, 1, 1)  # inside the registry's replay window, so `hkai run` can replay it as is
CAPTURED_AT = datetime(2026, 11, 24, tzinfo=UTC)
EN_PER_DAY = 9  # releases per day in English ...
TC_PER_DAY = 3  # ... of which this many also in Traditional Chinese (twins)
PAGES_PER_DAY = EN_PER_DAY + TC_PER_DAY + 2  # + the EN and TC daily index pages
FEED_PAGES = 2

KINDS = ["Robotics Lab", "Data Institute", "Vision Studio", "Language Works", "Quantum Garage",
         "Health AI Centre", "Fintech Foundry", "Smart Mobility Hub", "Chip Design Guild", "Green Compute Unit"]
ACTIONS = ["opens demonstration centre", "signs memorandum with Fictional Polytechnic",
           "launches open dataset", "hosts student hackathon", "receives imaginary innovation grant",
           "reports pilot results", "announces training scheme", "unveils prototype"]
SUFFIXES = ["", "", "", " (with photos)", " (with video)", " (English only)"]
TOPICS_AI = ["artificial intelligence", "machine learning models", "a large language model",
             "computer vision", "generative AI tools", "robotics and automation"]
TOPICS_OTHER = ["harbour-front cleaning", "library opening hours", "a fictional flower show",
                "road resurfacing works", "an imaginary swimming gala"]
TC_KINDS = ["機械人實驗室", "數據研究所", "視覺工作室", "語言工坊", "量子車房", "醫療人工智能中心"]
TC_ACTIONS = ["開設示範中心", "簽署合作備忘錄", "推出開放數據集", "舉辦學生黑客松", "公布試驗結果"]


@dataclass(frozen=True)
class SyntheticWeb:
    """What was generated: where, how many pages of each kind, and the spider arguments that walk it."""

    archive: str
    pages: int
    releases: int
    releases_en: int
    releases_tc: int
    index_pages: int
    feeds: int
    since: str
    until: str

    @property
    def spider_args(self) -> list[str]:
        return [f"since={self.since}", f"until={self.until}"]


def load_renderer():
    """The sample web's own renderer module, so synthetic pages use exactly its templates."""
    spec = importlib.util.spec_from_file_location("render_govhk", RENDERER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def days_for(pages: int) -> int:
    return max(1, -(-(pages - FEED_PAGES) // PAGES_PER_DAY))


def _en_record(rng: random.Random, day: date, seq: int, n: int) -> dict:
    org = f"Fictional {rng.choice(KINDS)} {n:04d}"
    ai = rng.random() < 0.6
    topic = rng.choice(TOPICS_AI if ai else TOPICS_OTHER)
    paragraphs = [
        f"{org}, an invented organization that exists only in this benchmark, said today (Imaginary Day "
        f"{n}) that it would {rng.choice(ACTIONS)} in the make-believe district of Testing Bay, with work "
        f"on {topic}.",
        *(f"A spokesperson of the Notional Bureau of Sample Affairs said the project number {n}-{i} "
          f"would study {rng.choice(TOPICS_AI + TOPICS_OTHER)} for {rng.randint(2, 40)} months, and that "
          f"Placeholder University and the Pretend Science Park would each contribute "
          f"{rng.randint(1, 90)} staff. None of the people, places or figures in this text are real; "
          f"it is generated to measure the speed of the pipeline."
          for i in range(rng.randint(3, 6))),
    ]
    return {
        "url": f"{BASE}/gia/general/{day:%Y%m}/{day:%d}/P{day:%Y%m%d}{seq:05d}.htm",
        "lang": "en",
        "title": f"{org} {rng.choice(ACTIONS)}{rng.choice(SUFFIXES)}",
        "date": day.isoformat(),
        "issued_hkt": f"{rng.randint(9, 23):02d}:{rng.randint(0, 59):02d}" if rng.random() < 0.9 else None,
        "paragraphs": paragraphs,
    }


def _tc_record(rng: random.Random, en: dict, seq: int, n: int) -> dict:
    day = date.fromisoformat(en["date"])
    org = f"虛構{rng.choice(TC_KINDS)}{n:04d}"
    paragraphs = [f"{org}（只存在於本基準測試的虛構機構）今日表示將{rng.choice(TC_ACTIONS)}，研究人工智能應用。",
                  *(f"虛構樣本事務局發言人表示，第{n}-{i}號項目為期{rng.randint(2, 40)}個月，"
                    "文中人物、地點及數字均屬虛構，只用於量度數據管道的速度。" for i in range(rng.randint(2, 4)))]
    return {
        "url": f"{BASE}/gia/general/{day:%Y%m}/{day:%d}/P{day:%Y%m%d}{seq:05d}.htm",
        "lang": "tc",
        "title": f"{org}{rng.choice(TC_ACTIONS)}",
        "date": en["date"],
        "issued_hkt": en["issued_hkt"],
        "paragraphs": paragraphs,
        "twin_url": en["url"],
    }


def _without_suffix(title: str) -> str:
    return next((title[: -len(s)] for s in SUFFIXES if s and title.endswith(s)), title)


def release_texts(count: int, start: date = START, seed: int = 0) -> list[tuple[str, str]]:
    """(title, body) of the first `count` releases `generate` writes with the same seed, in its order:
    9 English releases a day, the first 3 also in Chinese; as the extractor reads them (the title
    without its "(with photos)" suffix, the paragraphs joined by blank lines). For timing the
    warehouse's classification without a crawl."""
    rng = random.Random(seed)
    texts: list[tuple[str, str]] = []
    day, n = start, 0
    while len(texts) < count:
        records = []
        for i in range(EN_PER_DAY):
            n += 1
            records.append((n, _en_record(rng, day, 100 + 2 * i, n)))
        twins = [_tc_record(rng, en, 101 + 2 * i, number) for i, (number, en) in enumerate(records[:TC_PER_DAY])]
        texts += [(_without_suffix(r["title"]), "\n\n".join(r["paragraphs"]))
                  for r in [en for _, en in records] + twins]
        day += timedelta(days=1)
    return texts[:count]


def generate(pages: int, archive: Path, start: date = START, seed: int = 0,
             with_sample_web: bool = False) -> SyntheticWeb:
    """Write about `pages` pages (whole days, the last one cut short) into a fresh WARC at `archive`.

    `with_sample_web` first packs the bundled sample web into the same archive (every source's pages,
    for a full `hkai run`); the synthetic pages come after it, so they win where a URL is in both.
    """
    render = load_renderer()
    archive = Path(archive)
    archive.parent.mkdir(parents=True, exist_ok=True)
    for old in (archive, index_path(archive)):
        old.unlink(missing_ok=True)
    if with_sample_web:
        from spiders.archive.sample_web import pack

        pack(PROJECT_ROOT / "sample_web", archive)
    rng = random.Random(seed)
    recorder = WarcRecorder(archive)
    budget = pages - FEED_PAGES
    written = {"release_en": 0, "release_tc": 0, "index": 0}
    recent: deque[dict] = deque()  # the last days' records, for the feeds
    day = start
    n = 0
    while budget > 0:
        records: list[dict] = []
        numbers: list[int] = []
        for i in range(EN_PER_DAY):
            n += 1
            numbers.append(n)
            records.append(_en_record(rng, day, 100 + 2 * i, n))
        for i, en in enumerate(records[:TC_PER_DAY]):
            tc = _tc_record(rng, en, 101 + 2 * i, numbers[i])
            en["twin_url"] = tc["url"]
            records.append(tc)
        # Whole days while the budget lasts; the last day keeps its index pages and fewer releases.
        keep = min(len(records), max(1, budget - 2))
        records = records[:keep]
        urls = {r["url"] for r in records}
        for r in records:
            twin = r.get("twin_url") if r.get("twin_url") in urls else None
            _write(recorder, r["url"], render.release_page(r, twin))
            written["release_en" if r["lang"] == "en" else "release_tc"] += 1
        for lang in ("en", "tc"):
            in_lang = [r for r in records if r["lang"] == lang]
            _write(recorder, BASE + render.index_href(day, lang), render.index_page(day, lang, in_lang))
            written["index"] += 1
        budget -= len(records) + 2
        recent.append({"day": day, "records": [{**r, "paragraphs": r["paragraphs"][:1]} for r in records]})
        while (day - recent[0]["day"]).days > render.FEED_DAYS:
            recent.popleft()
        last = day
        day += timedelta(days=1)
    for lang, name in (("en", "general_en.xml"), ("tc", "general_zh.xml")):
        latest = [r for d in reversed(recent) for r in d["records"] if r["lang"] == lang]
        _write(recorder, f"{BASE}/gia/rss/{name}", render.feed(lang, latest), "application/rss+xml")
    recorder.close()
    releases = written["release_en"] + written["release_tc"]
    return SyntheticWeb(str(archive), releases + written["index"] + FEED_PAGES, releases, written["release_en"],
                        written["release_tc"], written["index"], FEED_PAGES, start.isoformat(), last.isoformat())


def _write(recorder: WarcRecorder, url: str, text: str, content_type: str = "text/html") -> None:
    body = text.encode("utf-8")
    record_id = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url + hashlib.sha1(body).hexdigest())}>"
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
    recorder.write(url, 200, "OK", headers, body, CAPTURED_AT, record_id)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True, help="the WARC file to write (.warc.gz)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    web = generate(args.pages, args.out, seed=args.seed)
    print(json.dumps(asdict(web)))


if __name__ == "__main__":
    main()
