"""Funding awards: each funded project with its recipient organisation and whether it is about AI."""
from __future__ import annotations

import pandas as pd

from warehouse.classify import Taxonomy, ai_relevance, ai_subfields_of
from warehouse.entities import normalise_name


def build_funding_awards(stg: pd.DataFrame, org_of_record: dict[str, str], taxonomy: Taxonomy) -> pd.DataFrame:
    """One row per project reference: scheme, title, recipient org, amount in HKD, year, AI flag and reason."""
    rows = []
    for award in stg.to_dict("records"):
        recipient_key = f"{award['source']}:recipient:{normalise_name(award['recipient']) or award['recipient']}"
        relevant, rule = ai_relevance(award["title"], "", taxonomy)
        subfields, _ = ai_subfields_of(award["title"], taxonomy) if relevant else ([], [])
        rows.append({
            "award_id": award["record_id"], "source": award["source"], "reference_no": award["source_id"],
            "scheme": award["scheme"], "title": award["title"], "recipient": award["recipient"],
            "recipient_org_id": org_of_record.get(recipient_key), "amount_hkd": award.get("amount_hkd"),
            "amount_text": award.get("amount_text"), "year": award.get("year"),
            "ai_related": relevant, "ai_rule": rule, "ai_subfields": subfields, "url": award.get("url"),
            "archive_record_id": award.get("archive_record_id"), "taxonomy_version": taxonomy.version,
        })
    columns = ["award_id", "source", "reference_no", "scheme", "title", "recipient", "recipient_org_id",
               "amount_hkd", "amount_text", "year", "ai_related", "ai_rule", "ai_subfields", "url",
               "archive_record_id", "taxonomy_version"]
    return pd.DataFrame(rows, columns=columns)
