"""Classifies articles: AI relevance, AI sub-fields, pillars, cross-border and international marks, places.

Every label comes with the rule that set it. The rules are the term lists of `taxonomy.yaml`, compiled
into one Aho-Corasick automaton (pyahocorasick): a text is lowered once and read once, and every
term of every label is found in that single pass, overlaps included. The decisions (how much evidence
makes a label) are small functions over those hits, by paragraph. The standard they are measured
against is docs/classification.md; `make eval` scores them.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick
import pandas as pd
import yaml

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.yaml")
WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@dataclass(frozen=True)
class Tag:
    """What a term stands for: its family (ai, subfield, pillar, ...), label and rule."""
    family: str
    label: str
    rule: str


@dataclass(frozen=True)
class Hit:
    start: int
    end: int  # exclusive
    line: int  # 0 is the title
    sentence: int  # counted through the whole text; a new line starts a new sentence
    family: str
    label: str
    rule: str


@dataclass(frozen=True)
class _Term:
    core: str  # as written, without the `*` markers
    case_sensitive: bool
    open_left: bool
    open_right: bool
    tag: Tag


class Matcher:
    """Every occurrence of every term in a text, in one pass, with word boundaries and case kept apart."""

    def __init__(self, terms: list[tuple[str, bool, Tag]]):
        self.automaton = ahocorasick.Automaton()
        by_key: dict[str, list[_Term]] = {}
        for text, case_sensitive, tag in terms:
            core = text.strip("*")
            term = _Term(core, case_sensitive, text.startswith("*"), text.endswith("*"), tag)
            by_key.setdefault(core.lower(), []).append(term)
        for key, entries in by_key.items():
            self.automaton.add_word(key, (len(key), tuple(entries)))
        self.automaton.make_automaton()

    def hits(self, text: str, lines: list[int], sentences: list[int]) -> list[Hit]:
        """The hits in `text`; `lines` and `sentences` are the offsets where lines and sentences end (a
        hit's line is how many newlines precede it, and likewise its sentence)."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer: keep offsets aligned
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        found = []
        for last, (length, entries) in self.automaton.iter(lowered):
            start, end = last - length + 1, last + 1
            for term in entries:
                if term.case_sensitive and text[start:end] != term.core:
                    continue
                if not term.open_left and start > 0 and term.core[0] in WORD and text[start - 1] in WORD:
                    continue
                if not term.open_right and end < len(text) and term.core[-1] in WORD and text[end] in WORD:
                    continue
                tag = term.tag
                found.append(Hit(start, end, bisect.bisect_left(lines, start), bisect.bisect_left(sentences, start),
                                 tag.family, tag.label, tag.rule))
        return _longest(found)


def _longest(hits: list[Hit]) -> list[Hit]:
    """Hits without those inside a longer hit of the same family and label ("language model" inside
    "large language model" is one mention), and without any inside a `stop` phrase of their family."""
    hits.sort(key=lambda h: (h.start, -h.end))
    kept, reach, stops = [], {}, []
    for hit in hits:
        if hit.family == "stop":
            stops.append(hit)
            continue
        key = (hit.family, hit.label)
        if reach.get(key, -1) >= hit.end:
            continue
        reach[key] = hit.end
        kept.append(hit)
    if stops:
        kept = [h for h in kept if not any(s.label == h.family and s.start <= h.start and h.end <= s.end
                                           for s in stops)]
    return kept


@dataclass(frozen=True)
class Taxonomy:
    version: str
    matcher: Matcher
    body_mentions: int
    list_gap: int
    ecosystem_min: int
    pillar_min: dict[str, int]
    pillar_order: tuple[str, ...]
    cross_border_min: int
    subfield_order: tuple[str, ...]
    place_order: tuple[str, ...]
    organisations: dict
    mainland_institutions: tuple[re.Pattern, ...]


@cache
def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    """The versioned rules file, compiled into one matcher."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    terms: list[tuple[str, bool, Tag]] = []

    def add(family, label, rule, entry_terms, case_sensitive=False):
        terms.extend((str(t), case_sensitive, Tag(family, label, rule)) for t in entry_terms)

    for entry in data["ai"]:
        add("ai", "ai", entry["rule"], entry["terms"], entry.get("case_sensitive", False))
    add("autonomy", "autonomy", "autonomy", data["ai_relevance"]["autonomy"]["terms"])
    for field, rules in data["ai_subfields"].items():
        for entry in rules:
            add("subfield", field, entry["rule"], entry["terms"], entry.get("case_sensitive", False))
    add("ecosystem", "ecosystem", "ecosystem", data["ecosystem"]["terms"])
    for pillar, spec in data["pillars"].items():
        for entry in spec["rules"]:
            add("pillar", pillar, entry["rule"], entry["terms"], entry.get("case_sensitive", False))
    for entry in data["cross_border"]["rules"]:
        add("cross_border", "cross_border", entry["rule"], entry["terms"])
    add("stop", "cross_border", "not", data["cross_border"]["not"])
    add("collaboration", "collaboration", "collaboration", data["collaboration"]["terms"])
    for entry in data["international"]["rules"]:
        add("international", "international", entry["rule"], entry["terms"])
    for place, place_terms in data["places"].items():
        add("place", place, place, place_terms)
    add("stop", "place", "not", data["places_not"])
    return Taxonomy(
        version=str(data["version"]),
        matcher=Matcher(terms),
        body_mentions=data["ai_relevance"]["body_mentions"],
        list_gap=data["ai_relevance"]["list_gap"],
        ecosystem_min=data["ecosystem"]["min_score"],
        pillar_min={p: spec["min_score"] for p, spec in data["pillars"].items()},
        pillar_order=(*data["pillars"], "cross_border"),
        cross_border_min=data["cross_border"]["min_mentions"],
        subfield_order=tuple(data["ai_subfields"]),
        place_order=tuple(data["places"]),
        organisations=data["organisations"],
        mainland_institutions=tuple(re.compile(p) for p in data["mainland_institutions"]),
    )


@dataclass
class Labels:
    """What the rules say about one text, each label with its rule."""
    ai_relevant: bool
    ai_rule: str | None
    ai_subfields: list[str]
    ai_subfield_rules: list[str]
    pillars: list[str]
    pillar_rules: list[str]
    places: list[str]
    international: bool
    international_rule: str | None


SENTENCE_END = re.compile(r"[.!?;。！？；](?=\s|$)|\n")


def read(title: str, body: str, taxonomy: Taxonomy) -> list[Hit]:
    """All hits in a title (line 0) and body (lines 1...)."""
    text = f"{title or ''}\n{body or ''}"
    ends = [m.start() for m in SENTENCE_END.finditer(text)]
    return taxonomy.matcher.hits(text, [i for i in ends if text[i] == "\n"], ends)


def _lead_line(body: str) -> int:
    """The line number of the first non-empty paragraph of the body (the title is line 0)."""
    for number, line in enumerate((body or "").split("\n"), 1):
        if line.strip():
            return number
    return 1


def ai_evidence(hits: list[Hit]) -> list[Hit]:
    """AI hits, plus robot mentions in a paragraph that names autonomy (as rule `robotics_autonomy`)."""
    evidence = [h for h in hits if h.family == "ai"]
    autonomous = {h.line for h in hits if h.family == "autonomy"}
    evidence += [Hit(h.start, h.end, h.line, h.sentence, "ai", "ai", "robotics_autonomy") for h in hits
                 if h.family == "subfield" and h.label == "robotics" and h.line in autonomous]
    return evidence


def article_ai_relevance(hits: list[Hit], lead: int, taxonomy: Taxonomy) -> tuple[bool, str | None, list[Hit]]:
    """(relevant, rule, the AI evidence): AI in the title, in the first paragraph, twice in
    one paragraph, or `body_mentions` times in all."""
    evidence = ai_evidence(hits)
    if not evidence:
        return False, None, []
    first: dict[int, str] = {}
    for h in evidence:
        first.setdefault(h.line, h.rule)
    if 0 in first:
        return True, f"title:{first[0]}", evidence
    if lead in first:
        return True, f"lead:{first[lead]}", evidence
    if mentions(evidence, taxonomy.list_gap) >= taxonomy.body_mentions:
        return True, f"body:{evidence[0].rule}", evidence
    return False, None, []


def mentions(hits: list[Hit], gap: int) -> int:
    """How many separate mentions the hits make: hits fewer than `gap` characters apart are one."""
    count, reach = 0, -gap - 1
    for h in sorted(hits, key=lambda h: h.start):
        if h.start - reach > gap:
            count += 1
        reach = max(reach, h.end)
    return count


def subfields_from(hits: list[Hit], ai_hits: list[Hit] | None, taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    """(sub-fields, `<field>:<rule>`) in taxonomy order. With `ai_hits` (an article), a sub-field counts
    where it shares a sentence with AI evidence, or is named twice in the paragraphs that carry it;
    without (a profile, a project title), anywhere."""
    rule, seen = {}, Counter()
    sentences = {h.sentence for h in ai_hits or []}
    lines = {h.line for h in ai_hits or []}
    for h in hits:
        if h.family != "subfield":
            continue
        if ai_hits is None or h.sentence in sentences:
            rule.setdefault(h.label, h.rule)
        elif h.line in lines:
            seen[h.label] += 1
            if seen[h.label] >= 2:
                rule.setdefault(h.label, h.rule)
    fields = [f for f in taxonomy.subfield_order if f in rule]
    return fields, [f"{f}:{rule[f]}" for f in fields]


def pillars_from(hits: list[Hit], taxonomy: Taxonomy, about_ai: bool = False) -> tuple[list[str], list[str]]:
    """(pillars, `<pillar>:<rule>`): each pillar whose terms score its minimum (title mentions count
    twice), in a text about innovation and technology at all (AI-relevant, or the `ecosystem` terms
    score their minimum); cross_border by `cross_border_from`."""
    ecosystem = sum(2 if h.line == 0 else 1 for h in hits if h.family == "ecosystem")
    if not about_ai and ecosystem < taxonomy.ecosystem_min:
        return [], []
    score, rule = Counter(), {}
    for h in hits:
        if h.family == "pillar":
            score[h.label] += 2 if h.line == 0 else 1
            rule.setdefault(h.label, h.rule)
    found = [p for p in taxonomy.pillar_order if p in score and score[p] >= taxonomy.pillar_min[p]]
    rules = [f"{p}:{rule[p]}" for p in found]
    crossing = cross_border_from(hits, taxonomy)
    if crossing:
        found.append("cross_border")
        rules.append(f"cross_border:{crossing}")
    return found, rules


def cross_border_from(hits: list[Hit], taxonomy: Taxonomy) -> str | None:
    """The rule when the text is about collaboration with the Mainland or the Greater Bay Area: a
    Mainland or GBA name in the title of a text with a word of collaboration, or enough mentions and one
    paragraph pairing one with a word of collaboration. A bureau's name is not a mention (the
    taxonomy's `not` phrases)."""
    mentions = [h for h in hits if h.family == "cross_border"]
    together = {h.line for h in hits if h.family == "collaboration"}
    if not mentions or not together:
        return None
    titled = next((h for h in mentions if h.line == 0), None)
    if titled:
        return f"title:{titled.rule}"
    if len(mentions) < taxonomy.cross_border_min:
        return None
    paired = next((h for h in mentions if h.line in together), None)
    return f"collaboration:{paired.rule}" if paired else None


def international_from(hits: list[Hit]) -> str | None:
    """The rule when one sentence names a partner outside Greater China with a word of collaboration."""
    together = {h.sentence for h in hits if h.family == "collaboration"}
    paired = next((h for h in hits if h.family == "international" and h.sentence in together), None)
    return f"collaboration:{paired.rule}" if paired else None


def places_from(hits: list[Hit], taxonomy: Taxonomy) -> list[str]:
    named = {h.label for h in hits if h.family == "place"}
    return [p for p in taxonomy.place_order if p in named]


def classify_text(title: str, body: str, taxonomy: Taxonomy) -> Labels:
    """Every article label of one title and body, each with its rule."""
    hits = read(title, body, taxonomy)
    relevant, ai_rule, evidence = article_ai_relevance(hits, _lead_line(body), taxonomy)
    fields, field_rules = subfields_from(hits, evidence, taxonomy) if relevant else ([], [])
    pillars, pillar_rules = pillars_from(hits, taxonomy, relevant)
    international = international_from(hits)
    return Labels(relevant, ai_rule, fields, field_rules, pillars, pillar_rules, places_from(hits, taxonomy),
                  international is not None, international)


def ai_relevance(title: str, body: str, taxonomy: Taxonomy) -> tuple[bool, str | None]:
    """(relevant, rule) of an article."""
    labels = classify_text(title, body, taxonomy)
    return labels.ai_relevant, labels.ai_rule


def pillars_of(title: str, body: str, taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    """(pillars, rules) of an article."""
    return pillars_from(read(title, body, taxonomy), taxonomy)


def ai_subfields_of(text: str, taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    """(AI sub-fields, rules) of a short text already known to be about AI (a profile, a project title)."""
    return subfields_from(read(text, "", taxonomy), None, taxonomy)


def places_of(text: str, taxonomy: Taxonomy) -> list[str]:
    """The Greater Bay Area and Mainland places a text names, by their English names, in taxonomy order."""
    return places_from(read(text, "", taxonomy), taxonomy)


def mainland_institutions_of(names: list[str], taxonomy: Taxonomy) -> list[str]:
    """The names (institutions as a source wrote them) that are Mainland universities or research bodies."""
    return [name for name in names if any(p.search(name) for p in taxonomy.mainland_institutions)]


def classify_articles(articles: pd.DataFrame, taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    """Add AI relevance, sub-fields, pillars, places, the international mark and taxonomy_version, with rules."""
    taxonomy = taxonomy or load_taxonomy()
    labels = [classify_text(t, b, taxonomy) for t, b in zip(articles["title"], articles["body"])]
    return articles.assign(
        ai_relevant=[x.ai_relevant for x in labels],
        ai_rule=pd.Series([x.ai_rule for x in labels], index=articles.index, dtype="str"),
        ai_subfields=[x.ai_subfields for x in labels],
        ai_subfield_rules=[x.ai_subfield_rules for x in labels],
        pillars=[x.pillars for x in labels],
        pillar_rules=[x.pillar_rules for x in labels],
        places=[x.places for x in labels],
        international=[x.international for x in labels],
        international_rule=pd.Series([x.international_rule for x in labels], index=articles.index, dtype="str"),
        taxonomy_version=taxonomy.version,
    )
