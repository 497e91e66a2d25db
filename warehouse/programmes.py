"""Programmes (incubation, funds, research clusters) and which organizations are or were in them."""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pandas as pd
import yaml

from warehouse.organizations import plain

PROGRAMMES_FILE = Path(__file__).with_name("reference") / "programmes.yaml"
YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")


@cache
def load_programmes() -> tuple[dict, ...]:
    data = yaml.safe_load(PROGRAMMES_FILE.read_text(encoding="utf-8"))
    return tuple({**p, "compiled": [re.compile(x, re.I) for x in p["patterns"]]} for p in data["programmes"])


def programmes_table() -> pd.DataFrame:
    """One row per programme: id, names, operating organization, kind."""
    rows = [{"programme_id": p["id"], "name": p["name"], "name_zh": p.get("name_zh"),
             "operator_org_id": p["operator"], "kind": p["kind"]} for p in load_programmes()]
    return pd.DataFrame(rows)


def match_programmes(text: str) -> list[str]:
    """Programme ids whose patterns match a free-text programme or status label; a programme that covers
    others (CCMF/CIP) stands for them, so they are not matched beside it."""
    matched = [p for p in load_programmes() if any(c.search(text) for c in p["compiled"])]
    covered = {c for p in matched for c in p.get("covers", [])}
    return [p["id"] for p in matched if p["id"] not in covered]


def build_memberships(stg_organizations: pd.DataFrame, org_of_record: dict[str, str]) -> pd.DataFrame:
    """One row per organization, programme and stated year/status, from each profile's programmes and cluster."""
    rows = []
    for record in stg_organizations.to_dict("records"):
        org_id = org_of_record.get(record["record_id"])
        programmes = plain(record.get("programmes")) or []
        if isinstance(programmes, str):
            programmes = json.loads(programmes)
        labels = [(p.get("programme") or "", p.get("status"), p.get("year")) for p in programmes if isinstance(p, dict)]
        if plain(record.get("cluster")):
            labels.append((record["cluster"], "member", None))
        for label, status, year in labels:
            matched = match_programmes(f"{label} {status or ''}")
            for programme_id in matched:
                # A label naming two programmes ("CCMF or HK Tech 300") says one of them, not which: neither is
                # certain. The directory's "CCMF/CIP" status is one programme of its own (programmes.yaml).
                rows.append({"org_id": org_id, "programme_id": programme_id, "status": status,
                             "year": _year(year), "certain": len(matched) == 1, "label": label,
                             "source": record["source"], "record_id": record["record_id"], "url": record.get("url")})
    columns = ["org_id", "programme_id", "status", "year", "certain", "label", "source", "record_id", "url"]
    return pd.DataFrame(rows, columns=columns).drop_duplicates(["org_id", "programme_id", "status", "year"])


def _year(value) -> int | None:
    match = YEAR.search(str(value)) if value not in (None, "") else None
    return int(match.group(1)) if match else None
