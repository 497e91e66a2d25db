"""Classifies articles: AI relevance, AI sub-fields, pillars, cross-border and international marks, places.

Every label comes with the rule that set it. The rules are the term lists of `taxonomy.yaml`, compiled
into one Aho-Corasick automaton (ahocorasick-rs): a text is lowered once and read once, and every
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
from typing import NamedTuple

import pandas as pd
import yaml
from ahocorasick_rs import AhoCorasick

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.yaml")
WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@dataclass(frozen=True)
class Tag:
    """What a term stands for: its family (ai, subfield, pillar, ...), label and rule."""
    family: str
    label: str
    rule: str


# Families only ever counted (a score per label, a title mention counting twice): no Hit is kept
# for each of their mentions, which keeps a long text cheap to read.
COUNTED = frozenset({"ecosystem", "pillar"})


# Families whose terms nest ("large language model" holds "language model"), where a mention inside a
# longer one of the same label is dropped so that it counts once.
OVERLAPPING = frozenset({"ai", "subfield", "cross_border", "place"})


class Found(dict):
    """The hits of one text: family -> its hits in text order; and for counted families, `score`
    ((family, label) -> mentions, title ones twice), the `first_rule` that named each and the
    `first_line` it was named on."""

    def __init__(self):
        super().__init__()
        self.score: dict[tuple[str, str], int] = {}
        self.first_rule: dict[tuple[str, str], str] = {}
        self.first_line: dict[tuple[str, str], int] = {}


class Hit(NamedTuple):
    """One occurrence of a term: where it is (characters, line: 0 is the title) and what it stands for."""
    start: int
    end: int  # exclusive
    line: int
    family: str
    label: str
    rule: str


class Matcher:
    """Every occurrence of every term in a text, in one pass, with word boundaries and case kept apart."""

    def __init__(self, terms: list[tuple[str, bool, Tag]]):
        # Two automata: case-insensitive terms over the lowered text, case-sensitive ones (acronyms)
        # over the text as written, so "AI" is looked up among capitals only, not in "said" or "main".
        # Each key maps to its spellings: (core, case_sensitive, open_left, open_right, tags); the checks
        # a match needs are made once per spelling, whatever the number of labels it stands for.
        keys: dict[bool, dict[str, dict[tuple, list[Tag]]]] = {False: {}, True: {}}
        for text, case_sensitive, tag in terms:
            core = text.strip("*")
            spelling = (core, case_sensitive, text.startswith("*") or core[0] not in WORD,
                        text.endswith("*") or core[-1] not in WORD)
            key = core if case_sensitive else core.lower()
            keys[case_sensitive].setdefault(key, {}).setdefault(spelling, []).append(tag)
        self.automata = []
        for case_sensitive, by_key in keys.items():
            patterns = list(by_key)
            spellings = [tuple((*spelling[2:], tuple((t.family, t.label, t.rule, t.family in COUNTED) for t in tags))
                               for spelling, tags in by_key[key].items()) for key in patterns]
            self.automata.append((case_sensitive, AhoCorasick(patterns), spellings))

    def hits(self, text: str, newlines: list[int]) -> Found:
        """The hits in `text` by family; `newlines` are the offsets of its line breaks."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer: keep offsets aligned
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        size = len(text)
        found = Found()
        score, first_rule = found.score, found.first_rule
        for case_sensitive, automaton, spellings_of in self.automata:
            for index, start, end in automaton.find_matches_as_indexes(text if case_sensitive else lowered,
                                                                       overlapping=True):
                line = -1
                for open_left, open_right, tags in spellings_of[index]:
                    if not open_left and start > 0 and text[start - 1] in WORD:
                        continue
                    if not open_right and end < size and text[end] in WORD:
                        continue
                    if line < 0:
                        line = bisect.bisect_left(newlines, start)
                    for family, label, rule, counted in tags:
                        if counted:
                            key = (family, label)
                            score[key] = score.get(key, 0) + (2 if line == 0 else 1)
                            if key not in first_rule:
                                first_rule[key] = rule
                                found.first_line[key] = line
                            elif line < found.first_line[key]:
                                found.first_line[key] = line
                            continue
                        hit = Hit(start, end, line, family, label, rule)
                        if family in found:
                            found[family].append(hit)
                        else:
                            found[family] = [hit]
        stops = found.pop("stop", None)
        for family in OVERLAPPING & found.keys():
            if len(found[family]) > 1:
                found[family] = _longest(found[family])
        if stops:
            for family in {s.label for s in stops} & found.keys():
                found[family] = [h for h in found[family] if not any(
                    s.label == family and s.start <= h.start and h.end <= s.end for s in stops)]
        return found


def _longest(hits: list[Hit]) -> list[Hit]:
    """Hits in text order without those inside a longer hit of the same label ("language model" inside
    "large language model" is one mention)."""
    hits.sort(key=lambda h: (h.start, -h.end))
    kept, reach = [], {}
    for hit in hits:
        if reach.get(hit.label, -1) >= hit.end:
            continue
        reach[hit.label] = hit.end
        kept.append(hit)
    return kept


SENTENCE_END = re.compile(r"[.!?;。！？；](?=\s|$)")


def same_sentence(text: str, a: Hit, b: Hit) -> bool:
    """Whether two hits are in one sentence: one line, and no sentence end between them."""
    if a.line != b.line:
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    return first.end >= second.start or not SENTENCE_END.search(text, first.end, second.start)


@dataclass(frozen=True)
class Taxonomy:
    """The rules file compiled: its version, the one matcher of all its terms, and its thresholds."""
    version: str
    matcher: Matcher
    body_mentions: int
    list_gap: int
    ecosystem_min: int
    pillar_min: dict[str, int]
    pillar_early_unless: dict[str, int]
    cross_border_min: int
    subfield_order: tuple[str, ...]
    place_order: tuple[str, ...]
    organizations: dict
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
        pillar_early_unless={p: spec["early_unless"] for p, spec in data["pillars"].items() if "early_unless" in spec},
        cross_border_min=data["cross_border"]["min_mentions"],
        subfield_order=tuple(data["ai_subfields"]),
        place_order=tuple(data["places"]),
        organizations=data["organizations"],
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


NEWLINE = re.compile("\n")


def joined(title: str, body: str) -> str:
    """The text the rules read: the title as line 0, then the body's lines."""
    return f"{title or ''}\n{body or ''}"


def read(title: str, body: str, taxonomy: Taxonomy) -> Found:
    """All hits in a title (line 0) and body (lines 1...), by family."""
    text = joined(title, body)
    return taxonomy.matcher.hits(text, [m.start() for m in NEWLINE.finditer(text)])


def _lead_line(body: str) -> int:
    """The line number of the first paragraph of the body (the title is line 0), past leading blank lines."""
    body = body or ""
    return 1 + body[:len(body) - len(body.lstrip())].count("\n")


def ai_evidence(found: Found) -> list[Hit]:
    """AI hits, plus robot mentions in a paragraph that names autonomy (as rule `robotics_autonomy`)."""
    evidence = found.get("ai", [])
    if "autonomy" in found:
        autonomous = {h.line for h in found["autonomy"]}
        evidence = evidence + [Hit(h.start, h.end, h.line, "ai", "ai", "robotics_autonomy")
                               for h in found.get("subfield", []) if h.label == "robotics" and h.line in autonomous]
    return evidence


def article_ai_relevance(found: Found, lead: int, taxonomy: Taxonomy,
                         text: str) -> tuple[bool, str | None, list[Hit]]:
    """(relevant, rule, the AI evidence): AI in the title, in the first paragraph, twice in
    one paragraph, or `body_mentions` times in all."""
    evidence = ai_evidence(found)
    if not evidence:
        return False, None, []
    first: dict[int, str] = {}
    for h in evidence:
        first.setdefault(h.line, h.rule)
    if 0 in first:
        return True, f"title:{first[0]}", evidence
    if lead in first:
        return True, f"lead:{first[lead]}", evidence
    if mentions(evidence, taxonomy.list_gap, text) >= taxonomy.body_mentions:
        return True, f"body:{evidence[0].rule}", evidence
    return False, None, []


def mentions(hits: list[Hit], gap: int, text: str) -> int:
    """How many separate mentions the hits make: hits of one sentence fewer than `gap` characters apart
    are one (a list of terms)."""
    count, last = 0, None
    for h in sorted(hits, key=lambda h: h.start):
        if last is None or h.start - last.end > gap or not same_sentence(text, last, h):
            count += 1
        last = h if last is None or h.end > last.end else last
    return count


def subfields_from(found: Found, taxonomy: Taxonomy, ai_hits: list[Hit] | None = None,
                   text: str = "") -> tuple[list[str], list[str]]:
    """(sub-fields, `<field>:<rule>`) in taxonomy order. With `ai_hits` (an article, whose `text` it is),
    a sub-field counts where it shares a sentence with AI evidence, or is named twice in the paragraphs
    that carry it; without (a profile, a project title), anywhere."""
    rule, seen = {}, Counter()
    lines = {h.line for h in ai_hits or []}
    for h in found.get("subfield", []):
        if ai_hits is None or any(same_sentence(text, h, a) for a in ai_hits if a.line == h.line):
            rule.setdefault(h.label, h.rule)
        elif h.line in lines:
            seen[h.label] += 1
            if seen[h.label] >= 2:
                rule.setdefault(h.label, h.rule)
    fields = [f for f in taxonomy.subfield_order if f in rule]
    return fields, [f"{f}:{rule[f]}" for f in fields]


def pillars_from(found: Found, taxonomy: Taxonomy, about_ai: bool = False,
                 lead: int = 1) -> tuple[list[str], list[str]]:
    """(pillars, `<pillar>:<rule>`): each pillar whose terms score its minimum (title mentions count
    twice), in a text about innovation and technology at all (AI-relevant, or the `ecosystem` terms
    score their minimum). A pillar with `early_unless` must also be named in the title or first
    paragraph unless it scores that much: what a text is about comes early. cross_border by
    `cross_border_from`."""
    if not about_ai and found.score.get(("ecosystem", "ecosystem"), 0) < taxonomy.ecosystem_min:
        return [], []
    score = found.score
    chosen = [p for p in taxonomy.pillar_min if score.get(("pillar", p), 0) >= taxonomy.pillar_min[p]
              and (found.first_line[("pillar", p)] <= lead
                   or score[("pillar", p)] >= taxonomy.pillar_early_unless.get(p, 0))]
    rules = [f"{p}:{found.first_rule[('pillar', p)]}" for p in chosen]
    crossing = cross_border_from(found, taxonomy)
    if crossing:
        chosen.append("cross_border")
        rules.append(f"cross_border:{crossing}")
    return chosen, rules


def cross_border_from(found: Found, taxonomy: Taxonomy) -> str | None:
    """The rule when the text is about collaboration with the Mainland or the Greater Bay Area: a
    Mainland or GBA name in the title of a text with a word of collaboration, or enough mentions and one
    paragraph pairing one with a word of collaboration. A bureau's name is not a mention (the
    taxonomy's `not` phrases)."""
    mentions = found.get("cross_border", [])
    together = {h.line for h in found.get("collaboration", [])}
    if not mentions or not together:
        return None
    titled = next((h for h in mentions if h.line == 0), None)
    if titled:
        return f"title:{titled.rule}"
    if len(mentions) < taxonomy.cross_border_min:
        return None
    paired = next((h for h in mentions if h.line in together), None)
    return f"collaboration:{paired.rule}" if paired else None


def international_from(found: Found, text: str) -> str | None:
    """The rule when one sentence names a partner outside Greater China with a word of collaboration."""
    partners = found.get("international")
    if not partners or "collaboration" not in found:
        return None
    paired = next((h for h in partners if any(same_sentence(text, h, c) for c in found["collaboration"])), None)
    return f"collaboration:{paired.rule}" if paired else None


def places_from(found: Found, taxonomy: Taxonomy) -> list[str]:
    named = {h.label for h in found.get("place", [])}
    return [p for p in taxonomy.place_order if p in named]


def classify_text(title: str, body: str, taxonomy: Taxonomy) -> Labels:
    """Every article label of one title and body, each with its rule."""
    text = joined(title, body)
    hits = taxonomy.matcher.hits(text, [m.start() for m in NEWLINE.finditer(text)])
    relevant, ai_rule, evidence = article_ai_relevance(hits, _lead_line(body), taxonomy, text)
    fields, field_rules = subfields_from(hits, taxonomy, evidence, text) if relevant else ([], [])
    lead = _lead_line(body)
    pillars, pillar_rules = pillars_from(hits, taxonomy, relevant, lead)
    international = international_from(hits, text)
    return Labels(relevant, ai_rule, fields, field_rules, pillars, pillar_rules, places_from(hits, taxonomy),
                  international is not None, international)


def ai_relevance(title: str, body: str, taxonomy: Taxonomy) -> tuple[bool, str | None]:
    """(relevant, rule) of an article."""
    labels = classify_text(title, body, taxonomy)
    return labels.ai_relevant, labels.ai_rule


def pillars_of(title: str, body: str, taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    """(pillars, rules) of an article."""
    labels = classify_text(title, body, taxonomy)
    return labels.pillars, labels.pillar_rules


def ai_subfields_of(text: str, taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    """(AI sub-fields, rules) of a short text already known to be about AI (a profile, a project title)."""
    return subfields_from(read(text, "", taxonomy), taxonomy)


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
