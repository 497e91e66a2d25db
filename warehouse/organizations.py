"""Organizations of the ecosystem: one row per real organization, its aliases, and the records behind it."""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

import pandas as pd

from spiders.text import CJK
from warehouse.classify import Taxonomy, ai_evidence, ai_subfields_of, mainland_institutions_of, read
from warehouse.entities import domain_of, load_overrides, load_reference, normalise_name, resolve

# Kinds a directory states about what an organization is, which its own words cannot overrule; a
# `corporate` (HKSTP calls every member a company) or a missing kind can be overruled by start-up words.
FIRM_KINDS = ("university", "research_unit", "government_body", "incubator", "investor")


def directory_records(stg_organizations: pd.DataFrame) -> list[dict]:
    """Entity-resolution records from directory profiles (`stg_organizations`)."""
    columns = ["record_id", "source", "source_id", "url", "name", "name_zh", "kind", "website", "hub",
               "description", "sectors", "affiliation", "cluster", "programmes", "extra", "fetched_at",
               "archive_record_id", "first_seen_at", "last_seen_at", "listed"]
    frame = stg_organizations.reindex(columns=columns)
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def recipient_records(stg_funding_awards: pd.DataFrame) -> list[dict]:
    """Entity-resolution records for funding recipients: one per distinct recipient name and source."""
    records = {}
    for row in stg_funding_awards.to_dict("records"):
        name = (row.get("recipient") or "").strip()
        if not name:
            continue
        key = f"{row['source']}:recipient:{normalise_name(name) or name}"
        records.setdefault(key, {
            "record_id": key, "source": row["source"], "source_id": name, "url": row.get("url"),
            "name": None if CJK.search(name) else name, "name_zh": name if CJK.search(name) else None,
            # A bare name: no directory said what it is (`organization_kind` reads the name itself).
            "kind": None, "fetched_at": row.get("fetched_at"),
            "archive_record_id": row.get("archive_record_id"), "first_seen_at": plain(row.get("first_seen_at")),
            "last_seen_at": plain(row.get("last_seen_at")), "listed": plain(row.get("listed")),
        })
    return list(records.values())


def guess_kind(name: str, taxonomy: Taxonomy) -> str:
    """The kind an organization's name says it is (University, Institute, Bureau...), else `unknown`:
    a company-style name alone does not say corporate or start-up."""
    for kind, words in taxonomy.organizations["name_kinds"].items():
        if _any_word(tuple(words)).search(name or ""):
            return kind
    return "unknown"


@cache
def _any_word(words: tuple[str, ...] | list[str]) -> re.Pattern:
    return re.compile("|".join(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" if w.isascii() else re.escape(w)
                               for w in words), re.I)


def organization_profile(name: str | None, name_zh: str | None, members: list[dict],
                         anchor: dict | None = None) -> dict:
    """What the records of one organization say about it: the text the classification reads."""
    return {
        "name": name, "name_zh": name_zh,
        "reference_kind": (anchor or {}).get("kind"),
        "stated_kinds": [m.get("kind") for m in members],
        "descriptions": [m["description"] for m in members if m.get("description")],
        "sectors": [s for m in members for s in (m.get("sectors") or [])],
        "clusters": [m["cluster"] for m in members if m.get("cluster")],
        "programmes": [p for m in members for p in _listed(m.get("programmes"))],
    }


def classify_organization(profile: dict, taxonomy: Taxonomy) -> dict:
    """Kind, AI relevance and AI sub-fields of one organization's profile, each with its rule."""
    text = " ".join(filter(None, [profile.get("name"), profile.get("name_zh"), *profile.get("descriptions", []),
                                  " ".join(profile.get("sectors", [])), *profile.get("clusters", [])]))
    relevant, rule = organization_ai_relevance(text, profile.get("sectors", []), taxonomy, profile.get("name"))
    subfields, subfield_rules = ai_subfields_of(text, taxonomy) if relevant else ([], [])
    kind, kind_rule = organization_kind(profile, taxonomy)
    return {"kind": kind, "kind_rule": kind_rule, "ai_related": relevant, "ai_rule": rule,
            "ai_subfields": subfields, "ai_subfield_rules": subfield_rules}


def organization_kind(profile: dict, taxonomy: Taxonomy) -> tuple[str, str]:
    """(kind, rule), from the reviewed reference, then the directory's own words about the organization
    (start-up, incubatee, a start-up programme), then the kind its directory states, then its name."""
    if profile.get("reference_kind"):
        return profile["reference_kind"], "reference"
    stated = [k for k in profile.get("stated_kinds", []) if k]
    firm = [k for k in stated if k in FIRM_KINDS]
    if firm:
        kind = _most_common(firm)
        return kind, f"directory:{kind}"
    words = taxonomy.organizations
    if any(_any_word(tuple(words["startup_words"])).search(d) for d in profile.get("descriptions", [])):
        return "startup", "directory_words:start-up"
    programmes = {str(p.get("programme") or "") for p in profile.get("programmes", [])}
    if started := sorted(programmes & set(words["startup_programmes"])):
        return "startup", f"programme:{started[0]}"
    if stated:
        kind = _most_common(stated)
        return kind, f"directory:{kind}"
    kind = guess_kind(profile.get("name") or profile.get("name_zh") or "", taxonomy)
    return kind, "name" if kind != "unknown" else "name:no_evidence"


def _listed(value) -> list:
    """A JSON list column as a list (DuckDB hands JSON over as text)."""
    if isinstance(value, str):
        value = json.loads(value) if value.strip() else []
    return [v for v in (value or []) if isinstance(v, dict)]


def resolve_organizations(records: list[dict]) -> tuple[list[dict], pd.DataFrame]:
    """All records (anchors first) and their resolution, with the reviewed overrides applied."""
    everything = load_reference() + records
    merges, splits = load_overrides()
    return everything, resolve(everything, merges, splits)


def build_organizations(records: list[dict], resolution: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """One row per organization: canonical names, kind, website, hubs, AI relevance and sub-fields, first/last seen."""
    by_record = {r["record_id"]: r for r in records}
    rows = []
    for org_id, group in resolution.groupby("org_id", sort=True):
        members = [by_record[rid] for rid in group["record_id"]]
        anchor = next((m for m in members if m.get("source") == "reference"), None)
        seen = [m for m in members if m.get("source") != "reference"]
        english = [m["name"] for m in members if m.get("name")]
        # No English name on record: the name stays empty (the Chinese one is in name_zh, never here).
        name = anchor["name"] if anchor else _most_common(english)
        name_zh = (anchor or {}).get("name_zh") or _first(m.get("name_zh") for m in seen)
        labels = classify_organization(organization_profile(name, name_zh, seen, anchor), taxonomy)
        website = (anchor or {}).get("website") or _first(m.get("website") for m in seen if domain_of(m.get("website")))
        first = [m["first_seen_at"] for m in seen if m.get("first_seen_at") is not None]
        last = [m["last_seen_at"] for m in seen if m.get("last_seen_at") is not None]
        rows.append({
            "org_id": org_id,
            "name": name,
            "name_zh": name_zh,
            "kind": labels["kind"],
            "kind_rule": labels["kind_rule"],
            "website": website,
            "domain": domain_of(website) or None,
            "hubs": sorted({m["hub"] for m in seen if m.get("hub")}),
            "sources": sorted({m["source"] for m in seen}),
            "record_count": len(seen),
            "ai_related": labels["ai_related"],
            "ai_rule": labels["ai_rule"],
            "ai_subfields": labels["ai_subfields"],
            "ai_subfield_rules": labels["ai_subfield_rules"],
            "first_seen": min(first) if first else None,
            "last_seen": max(last) if last else None,
            # Anchors stay listed; others while any source's latest crawl still shows them.
            "listed": anchor is not None or any(bool(m.get("listed")) for m in seen),
            "taxonomy_version": taxonomy.version,
        })
    return pd.DataFrame(rows)


def organization_ai_relevance(text: str, sectors: list[str], taxonomy: Taxonomy,
                              name: str | None = None) -> tuple[bool, str | None]:
    """(AI-related, rule): an AI sector label, AI evidence in its text, or an AI token in its name.

    Unlike an article, a profile is short and about one organization, so one piece of evidence is
    enough. Robots count only where autonomy or intelligence is named (rule `robotics_autonomy`):
    a "Robotics/ IoT" sector label alone is not AI.
    """
    if any(_any_word(tuple(taxonomy.organizations["ai_sector"])).search(sector) for sector in sectors):
        return True, "sector:ai"
    evidence = ai_evidence(read(text, "", taxonomy))
    if evidence:
        return True, f"text:{evidence[0].rule}"
    if name and re.search(taxonomy.organizations["name_ai_token"], name):
        return True, "name:ai_token"
    return False, None


def build_aliases(records: list[dict], resolution: pd.DataFrame) -> pd.DataFrame:
    """Every name seen for each organization, with its language and the source that used it."""
    org_of = dict(zip(resolution["record_id"], resolution["org_id"]))
    rows = set()
    for record in records:
        names = [(record.get("name"), None), (record.get("name_zh"), "zh-HK")]
        names += [(alias, None) for alias in record.get("aliases") or []]
        for name, lang in names:
            if name:
                lang = lang or ("zh-HK" if CJK.search(name) else "en")
                rows.add((org_of[record["record_id"]], name.strip(), lang, record.get("source")))
    return pd.DataFrame(sorted(rows), columns=["org_id", "alias", "lang", "source"])


def build_organization_sources(records: list[dict], resolution: pd.DataFrame) -> pd.DataFrame:
    """Every source record merged into each organization, with the rule and score that merged it."""
    by_record = {r["record_id"]: r for r in records}
    frame = resolution.copy()
    for column in ("source", "source_id", "url", "name", "name_zh", "fetched_at", "archive_record_id"):
        frame[column] = [by_record[rid].get(column) for rid in frame["record_id"]]
    return frame[["record_id", "org_id", "source", "source_id", "url", "name", "name_zh", "rule", "score",
                  "matched_record_id", "fetched_at", "archive_record_id"]]


def _most_common(values: list):
    values = [v for v in values if v]
    if not values:
        return None
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], len(v)))


def _first(values):
    return next((v for v in values if v), None)


def plain(value):
    """A value from a DuckDB frame as plain Python: arrays become lists, NaN and NA become None."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if value is None or (not isinstance(value, (list, dict, str)) and pd.isna(value)):
        return None
    return value


def build_research_units(organizations: pd.DataFrame, records: list[dict], org_of: dict[str, str],
                         aliases: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """Labs, centres and InnoHK labs, with the university or body they belong to, their cluster, their
    collaborating institutions, and the Mainland institutions among their leading and collaborating ones."""
    index = alias_index(aliases)
    parent, cluster, affiliations, partners = {}, {}, {}, {}
    for record in records:
        org_id = org_of.get(record["record_id"])
        if record.get("affiliation"):
            parent.setdefault(org_id, index.get(normalise_name(record["affiliation"])))
            affiliations.setdefault(org_id, []).append(record["affiliation"])
        if record.get("cluster"):
            cluster.setdefault(org_id, record["cluster"])
        for partner in _extra(record).get("collaborating_institutions") or []:
            if partner not in partners.setdefault(org_id, []):
                partners[org_id].append(partner)
    units = organizations[organizations["kind"] == "research_unit"]
    return pd.DataFrame({
        "org_id": units["org_id"], "name": units["name"], "name_zh": units["name_zh"],
        "parent_org_id": [parent.get(o) for o in units["org_id"]],
        "cluster": [cluster.get(o) for o in units["org_id"]],
        "ai_related": units["ai_related"], "website": units["website"],
        "partners": [partners.get(o, []) for o in units["org_id"]],
        "partner_org_ids": [_resolved(partners.get(o, []), index) for o in units["org_id"]],
        "mainland_institutions": [
            list(dict.fromkeys(mainland_institutions_of(affiliations.get(o, []) + partners.get(o, []), taxonomy)))
            for o in units["org_id"]],
    }).reset_index(drop=True)


def _resolved(names: list[str], index: dict[str, str]) -> list[str]:
    """The org_ids of the names that are organizations of the warehouse, in order, each once."""
    return list(dict.fromkeys(org for name in names if (org := index.get(normalise_name(name)))))


def _extra(record: dict) -> dict:
    extra = record.get("extra")
    return json.loads(extra) if isinstance(extra, str) else (extra or {})


def alias_index(aliases: pd.DataFrame) -> dict[str, str]:
    """Normalised English alias -> org_id, for organizations named in free-text fields (an affiliation)."""
    index: dict[str, str] = {}
    for org_id, alias in zip(aliases["org_id"], aliases["alias"]):
        if key := normalise_name(alias):
            index.setdefault(key, org_id)
    return index
