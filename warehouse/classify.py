"""Classifies articles into the six pillars and flags AI relevance, with the rule behind each answer."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import yaml

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.yaml")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern


@dataclass(frozen=True)
class Taxonomy:
    version: str
    ai: tuple[Rule, ...]
    pillars: dict[str, tuple[Rule, ...]]


@cache
def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    """The versioned rules file, compiled."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def rules(entries):
        return tuple(Rule(e["rule"], re.compile(e["pattern"], 0 if e.get("case_sensitive") else re.I))
                     for e in entries)

    return Taxonomy(str(data["version"]), rules(data["ai"]),
                    {pillar: rules(entries) for pillar, entries in data["pillars"].items()})


def ai_relevance(title: str, body: str, taxonomy: Taxonomy) -> tuple[bool, str | None]:
    """(relevant, rule): a match in the title, or at least two matches in the body."""
    for rule in taxonomy.ai:
        if rule.pattern.search(title):
            return True, f"title:{rule.name}"
    for rule in taxonomy.ai:
        if len(rule.pattern.findall(body)) >= 2:
            return True, f"body:{rule.name}"
    return False, None


def pillars_of(title: str, body: str, taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    """(pillars, rules): every pillar one of whose rules matches the title or body."""
    text = f"{title}\n{body}"
    pillars, matched = [], []
    for pillar, rules in taxonomy.pillars.items():
        for rule in rules:
            if rule.pattern.search(text):
                pillars.append(pillar)
                matched.append(f"{pillar}:{rule.name}")
                break
    return pillars, matched


def classify_articles(articles: pd.DataFrame, taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    """Add ai_relevant, ai_rule, pillars, pillar_rules and taxonomy_version to an articles frame."""
    taxonomy = taxonomy or load_taxonomy()
    ai = [ai_relevance(t, b, taxonomy) for t, b in zip(articles["title"], articles["body"])]
    pillars = [pillars_of(t, b, taxonomy) for t, b in zip(articles["title"], articles["body"])]
    return articles.assign(
        ai_relevant=[relevant for relevant, _ in ai],
        ai_rule=pd.Series([rule for _, rule in ai], index=articles.index, dtype="str"),
        pillars=[p for p, _ in pillars],
        pillar_rules=[r for _, r in pillars],
        taxonomy_version=taxonomy.version,
    )
