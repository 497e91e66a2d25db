"""Funding awards: each funded project with its recipient organization and whether it is about AI."""
from __future__ import annotations

import json
import re

import pandas as pd

from warehouse.classify import Taxonomy, ai_subfields_of
from warehouse.entities import normalise_name
from warehouse.organizations import organization_ai_relevance

COLUMNS = ["award_id", "source", "sources", "reference_no", "scheme", "title", "recipient", "recipient_org_id",
           "amount_hkd", "amount_text", "year", "year_from", "ai_related", "ai_rule", "ai_subfields", "url",
           "archive_record_id", "taxonomy_version"]
# The official annual list is the record of what was approved and when; a project profile fills its gaps.
SOURCE_RANK = {"itf_projects": 0, "itf_profiles": 1}
FILLABLE = ("scheme", "title", "recipient", "amount_hkd", "amount_text", "year")


def reference_key(reference: str) -> str:
    """A project reference number as one key: upper case, no spaces (`its/123/22 ` and `ITS/123/22` agree)."""
    return re.sub(r"\s+", "", str(reference)).upper()


def build_funding_awards(stg: pd.DataFrame, org_of_record: dict[str, str], taxonomy: Taxonomy) -> pd.DataFrame:
    """One row per project reference: scheme, title, recipient org, amount in HKD, year, AI flag and reason.

    A project found in several sources (an annual list and its profile page) is one row: the list's
    values win, the others fill what the list leaves empty, and `sources` names every source read.
    """
    rows = []
    records = sorted(stg.to_dict("records"), key=lambda r: (SOURCE_RANK.get(r["source"], 9), r["record_id"]))
    by_reference: dict[str, list[dict]] = {}
    for award in records:
        by_reference.setdefault(reference_key(award["source_id"]), []).append(award)
    for reference, awards in sorted(by_reference.items()):
        award = _merged(awards)
        recipient_key = f"{award['source']}:recipient:{normalise_name(award['recipient']) or award['recipient']}"
        relevant, rule = title_ai_relevance(award["title"], taxonomy)
        subfields, _ = ai_subfields_of(award["title"], taxonomy) if relevant else ([], [])
        rows.append({
            "award_id": reference, "source": award["source"], "sources": sorted({a["source"] for a in awards}),
            "reference_no": award["source_id"], "scheme": award["scheme"], "title": award["title"],
            "recipient": award["recipient"], "recipient_org_id": org_of_record.get(recipient_key),
            "amount_hkd": award.get("amount_hkd"), "amount_text": award.get("amount_text"),
            "year": award.get("year"), "year_from": award.get("year_from"),
            "ai_related": relevant, "ai_rule": rule, "ai_subfields": subfields, "url": award.get("url"),
            "archive_record_id": award.get("archive_record_id"), "taxonomy_version": taxonomy.version,
        })
    return pd.DataFrame(rows, columns=COLUMNS)


def title_ai_relevance(title: str, taxonomy: Taxonomy) -> tuple[bool, str | None]:
    """(AI-related, rule) of a project from its title alone (the lists have no AI flag).

    A title is short and about one project, so one AI term is enough; robots count as AI only where
    the title names autonomy or intelligence, as for organizations (docs/classification.md).
    """
    relevant, rule = organization_ai_relevance(title or "", [], taxonomy)
    return relevant, rule.replace("text:", "title:", 1) if rule else None


def _merged(awards: list[dict]) -> dict:
    """The first (best-ranked) record, with empty fields filled from the others, and where its year came from."""
    merged = dict(awards[0])
    merged["year_from"] = _year_from(merged)
    for other in awards[1:]:
        for field in FILLABLE:
            if _empty(merged.get(field)) and not _empty(other.get(field)):
                merged[field] = other[field]
                if field == "year":
                    merged["year_from"] = _year_from(other)
    if _empty(merged.get("year")):
        merged["year"], merged["year_from"] = None, None
    return merged


def _year_from(award: dict) -> str | None:
    if _empty(award.get("year")):
        return None
    if award["source"] == "itf_projects":
        return "annual_list"
    extra = award.get("extra")
    if isinstance(extra, str):
        try:
            extra = json.loads(extra or "{}")
        except ValueError:
            extra = {}
    return (extra or {}).get("year_from") or award["source"]


def _empty(value) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or value == ""
