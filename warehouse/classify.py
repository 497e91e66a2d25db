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
    ai_subfields: dict[str, tuple[Rule, ...]]
    places: dict[str, tuple[Rule, ...]]  # English name -> its patterns
    mainland_institutions: tuple[Rule, ...]


@cache
def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    """The versioned rules file, compiled."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def rules(entries):
        return tuple(Rule(e["rule"], re.compile(e["pattern"], 0 if e.get("case_sensitive") else re.I))
                     for e in entries)

    def patterns(name, entries):
        return rules({"rule": f"{name}:{i}", "pattern": p} for i, p in enumerate(entries, 1))

    return Taxonomy(str(data["version"]), rules(data["ai"]),
                    {pillar: rules(entries) for pillar, entries in data["pillars"].items()},
                    {field: rules(entries) for field, entries in data["ai_subfields"].items()},
                    {place: patterns(place, entries) for place, entries in data["places"].items()},
                    patterns("mainland_institution", data["mainland_institutions"]))


def ai_relevance(title: str, body: str, taxonomy: Taxonomy) -> tuple[bool, str | None]:
    """(relevant, rule): a match in the title, or at least two matches in the body."""
    for rule in taxonomy.ai:
        if rule.pattern.search(title):
            return True, f"title:{rule.name}"
    for rule in taxonomy.ai:
        if len(rule.pattern.findall(body)) >= 2:
            return True, f"body:{rule.name}"
    return False, None


def categories_of(text: str, categories: dict[str, tuple[Rule, ...]]) -> tuple[list[str], list[str]]:
    """(categories, rules): every category one of whose rules matches the text, with `<category>:<rule>`."""
    found, matched = [], []
    for category, rules in categories.items():
        for rule in rules:
            if rule.pattern.search(text):
                found.append(category)
                matched.append(f"{category}:{rule.name}")
                break
    return found, matched


def pillars_of(title: str, body: str, taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    """(pillars, rules): every pillar one of whose rules matches the title or body."""
    return categories_of(f"{title}\n{body}", taxonomy.pillars)


def ai_subfields_of(text: str, taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    """(AI sub-fields, rules) of a text already known to be about AI."""
    return categories_of(text, taxonomy.ai_subfields)


def places_of(text: str, taxonomy: Taxonomy) -> list[str]:
    """The Greater Bay Area and Mainland places a text names, by their English names, in taxonomy order."""
    return categories_of(text, taxonomy.places)[0]


def mainland_institutions_of(names: list[str], taxonomy: Taxonomy) -> list[str]:
    """The names (institutions as a source wrote them) that are Mainland universities or research bodies."""
    return [name for name in names if any(rule.pattern.search(name) for rule in taxonomy.mainland_institutions)]


def classify_articles(articles: pd.DataFrame, taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    """Add ai_relevant, ai_rule, AI sub-fields, pillars, places and taxonomy_version to an articles frame."""
    taxonomy = taxonomy or load_taxonomy()
    texts = list(zip(articles["title"], articles["body"]))
    ai = [ai_relevance(t, b, taxonomy) for t, b in texts]
    pillars = [pillars_of(t, b, taxonomy) for t, b in texts]
    subfields = [ai_subfields_of(f"{t}\n{b}", taxonomy) if relevant else ([], [])
                 for (t, b), (relevant, _) in zip(texts, ai)]
    return articles.assign(
        ai_relevant=[relevant for relevant, _ in ai],
        ai_rule=pd.Series([rule for _, rule in ai], index=articles.index, dtype="str"),
        ai_subfields=[s for s, _ in subfields],
        ai_subfield_rules=[r for _, r in subfields],
        pillars=[p for p, _ in pillars],
        pillar_rules=[r for _, r in pillars],
        places=[places_of(f"{t}\n{b}", taxonomy) for t, b in texts],
        taxonomy_version=taxonomy.version,
    )
