"""Entity resolution: which source records are the same real organization, and why.

Every record (a directory profile, a funding recipient, an anchor organization) is compared by
these rules, strongest first; each merge keeps the rule and score that made it:

1. `override_merge` / `override_split`: a reviewed decision in `reference/entity_overrides.yaml`;
2. `domain`: the same website domain (hosting and social sites excluded);
3. `name`: the same normalised English name or alias (case, punctuation, "The", Limited/Ltd/...);
4. `name_zh`: the same Chinese name, Simplified folded into Traditional by OpenCC, 有限公司 dropped;
5. `fuzzy`: normalised English names alike enough (rapidfuzz), with the same distinctive words.

A record that carries both an English and a Chinese name joins the two (rule 3 or 4 links it to
others), which is how a Chinese name finds the same organization as its English one.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import yaml
from opencc import OpenCC
from rapidfuzz import fuzz

from spiders.text import CJK

REFERENCE = Path(__file__).with_name("reference")
LEGAL_WORDS = re.compile(r"\b(limited|ltd|co|company|inc|incorporated|corp|corporation|llc|plc|pte|holdings?|group)\b")
PLACE_SUFFIX = re.compile(r"\s+(hong kong|hongkong|hk)$")
ZH_LEGAL = re.compile(r"(有限公司|股份|集團|控股)")
# Hosts that many unrelated organizations share: a link there says nothing about identity.
SHARED_HOSTS = {"facebook.com", "linkedin.com", "instagram.com", "twitter.com", "x.com", "youtube.com",
                "github.com", "github.io", "medium.com", "wixsite.com", "wordpress.com", "google.com",
                "sites.google.com", "bit.ly", "linktr.ee", "notion.site", "apple.com", "play.google.com"}
FUZZY_THRESHOLD = 93


@dataclass(frozen=True)
class Match:
    rule: str
    score: float


@cache
def _converter() -> OpenCC:
    return OpenCC("s2hk")


def normalise_name(name: str | None) -> str:
    """Lower-case English name without punctuation, a leading "The", or legal words (Limited, Ltd, Group)."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).lower().replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    text = re.sub(r"\s+", " ", LEGAL_WORDS.sub(" ", text)).strip()
    # "Insilico Medicine Hong Kong Limited" is Insilico Medicine; "University of Hong Kong" keeps its place name.
    shorter = PLACE_SUFFIX.sub("", text)
    return shorter if distinctive_words(shorter) else text


def normalise_zh(name: str | None) -> str:
    """Traditional-Chinese name (OpenCC), without spaces, punctuation or 有限公司-style legal words."""
    if not name:
        return ""
    text = _converter().convert(unicodedata.normalize("NFKC", name))
    text = re.sub(r"[\W_]+", "", ZH_LEGAL.sub("", text))
    if text.startswith("香港") and len(text) >= 6:  # 香港XX科技 is XX科技; 香港大學 stays whole
        text = text[2:]
    return text if CJK.search(text) else ""


def domain_of(url: str | None) -> str:
    """The website's host without `www.` (`https://www.hkust.edu.hk/x` -> `hkust.edu.hk`), or '' when shared.

    The whole host, not the registrable domain: a lab at `cpii.cuhk.edu.hk` is not the university.
    """
    if not url or not isinstance(url, str) or url.strip().upper() in {"NA", "N/A", "NO INFO FOUND"}:
        return ""
    url = url.strip()
    host = (urlsplit(url if "://" in url else "http://" + url).hostname or "").lower().removeprefix("www.")
    if "." not in host or host in SHARED_HOSTS or any(host.endswith("." + h) for h in SHARED_HOSTS):
        return ""
    return host


def distinctive_words(normalised: str) -> set[str]:
    generic = {"ai", "and", "of", "the", "technology", "technologies", "tech", "lab", "labs", "limited",
               "solutions", "solution", "systems", "system", "international", "global", "digital", "smart",
               "innovation", "innovations", "centre", "center", "research", "institute", "university", "ltd"}
    # Plural and singular are one word here ("Robotic" / "Robotics").
    return {w[:-1] if len(w) > 4 and w.endswith("s") else w for w in normalised.split() if w not in generic}


def match_pair(a: dict, b: dict) -> Match | None:
    """Whether two organization records are the same organization, and by which rule; None when not."""
    if (da := domain_of(a.get("website"))) and da == domain_of(b.get("website")):
        return Match("domain", 1.0)
    names_a, names_b = english_keys(a), english_keys(b)
    if names_a & names_b:
        return Match("name", 1.0)
    if (za := normalise_zh(a.get("name_zh"))) and za == normalise_zh(b.get("name_zh")):
        return Match("name_zh", 1.0)
    na, nb = normalise_name(a.get("name")), normalise_name(b.get("name"))
    if na and nb and min(len(na), len(nb)) >= 6 and distinctive_words(na) == distinctive_words(nb):
        score = fuzz.ratio(na, nb)
        if score >= FUZZY_THRESHOLD:
            return Match("fuzzy", round(score / 100, 3))
    return None


def english_keys(record: dict) -> set[str]:
    names = [record.get("name"), *(record.get("aliases") or [])]
    keys = {normalise_name(n) for n in names if n and not CJK.search(n)}
    keys |= {"zh:" + normalise_zh(n) for n in names if n and CJK.search(n)}
    return {k for k in keys if k and k != "zh:"}


class UnionFind:
    def __init__(self, items):
        self.parent = {i: i for i in items}

    def find(self, item):
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a, b) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def load_reference() -> list[dict]:
    """The anchor organizations (`reference/organizations.yaml`) as records."""
    data = yaml.safe_load((REFERENCE / "organizations.yaml").read_text(encoding="utf-8"))
    return [{"record_id": f"reference:{o['id']}", "source": "reference", "org_id": o["id"], "name": o["name"],
             "name_zh": o.get("name_zh"), "kind": o["kind"], "aliases": o.get("aliases", []),
             "website": f"https://{o['domains'][0]}" if o.get("domains") else None,
             "domains": o.get("domains", [])} for o in data["organizations"]]


def load_overrides() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Reviewed decisions: (record pairs forced together, record pairs kept apart)."""
    path = REFERENCE / "entity_overrides.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return ([tuple(p) for p in data.get("merge") or []], [tuple(p) for p in data.get("split") or []])


def resolve(records: list[dict], merges=(), splits=()) -> pd.DataFrame:
    """Cluster records into organizations; one row per record: org_id, the rule and score that joined it.

    Blocking keeps it near-linear: records are only compared when they share a domain, a name key,
    a Chinese name or a first distinctive word.
    """
    by_id = {r["record_id"]: r for r in records}
    uf = UnionFind(by_id)
    apart = {frozenset(p) for p in splits}
    members: dict[str, set[str]] = {rid: {rid} for rid in by_id}
    joined: dict[str, tuple[str, float, str]] = {}

    def try_union(a: str, b: str, match: Match) -> None:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return
        if any(frozenset((x, y)) in apart for x in members[ra] for y in members[rb]):
            return
        uf.union(ra, rb)
        members[min(ra, rb)] |= members.pop(max(ra, rb))
        # Each record keeps the first edge that joined it to another: its rule, score and partner.
        for record, partner in ((b, a), (a, b)):
            if record not in joined:
                joined[record] = (match.rule, match.score, partner)
                break

    for a, b in merges:
        if a in by_id and b in by_id:
            try_union(a, b, Match("override_merge", 1.0))
    blocks: dict[str, list[str]] = defaultdict(list)
    for rid, record in by_id.items():
        for domain in {domain_of(record.get("website")), *record.get("domains", [])} - {""}:
            blocks["d:" + domain].append(rid)
        for key in english_keys(record):
            blocks["n:" + key].append(rid)
        if zh := normalise_zh(record.get("name_zh")):
            blocks["z:" + zh].append(rid)
        words = sorted(distinctive_words(normalise_name(record.get("name"))))
        if words:
            blocks["w:" + words[0]].append(rid)
    for key, ids in blocks.items():
        if len(ids) < 2:
            continue
        if key.startswith(("d:", "n:", "z:")):
            rule = {"d": "domain", "n": "name", "z": "name_zh"}[key[0]]
            for other in ids[1:]:
                try_union(ids[0], other, Match(rule, 1.0))
        else:
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    if uf.find(a) != uf.find(b) and (m := match_pair(by_id[a], by_id[b])):
                        try_union(a, b, m)
    rows = []
    clusters: dict[str, list[str]] = defaultdict(list)
    for rid in by_id:
        clusters[uf.find(rid)].append(rid)
    for ids in clusters.values():
        org_id = next((by_id[i]["org_id"] for i in ids if by_id[i].get("org_id")), None) or stable_org_id(ids)
        for rid in ids:
            rule, score, matched = joined.get(rid, ("seed", 1.0, None))
            rows.append({"record_id": rid, "org_id": org_id, "rule": rule, "score": score,
                         "matched_record_id": matched})
    return pd.DataFrame(rows, columns=["record_id", "org_id", "rule", "score", "matched_record_id"])


def stable_org_id(record_ids: list[str]) -> str:
    """An id that stays the same while the cluster keeps its first record."""
    return "org_" + hashlib.sha1(min(record_ids).encode()).hexdigest()[:10]


def pair_scores(pairs: pd.DataFrame) -> dict[str, float]:
    """Precision and recall of `match_pair` on labelled pairs (columns name_a, name_zh_a, website_a, ..., same)."""
    predicted = [match_pair({"name": r.name_a, "name_zh": r.name_zh_a, "website": r.website_a},
                            {"name": r.name_b, "name_zh": r.name_zh_b, "website": r.website_b}) is not None
                 for r in pairs.itertuples()]
    actual = pairs["same"].astype(bool).tolist()
    tp = sum(p and a for p, a in zip(predicted, actual))
    fp = sum(p and not a for p, a in zip(predicted, actual))
    fn = sum(a and not p for p, a in zip(predicted, actual))
    return {"pairs": len(actual), "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0, "false_merges": fp, "missed_merges": fn}
