"""Draws the evaluation sets from a built warehouse: every article and organization, split by a seed.

The sample web holds fewer than the 300 articles and 300 organizations the labelling aimed at, so the
draw takes the whole population and shuffles it with the seed into a dev part (rules are tuned on it)
and a held-out test part (never tuned on). Each row keeps the text the labels were read from, so the
scorer classifies exactly that text. Labels already in the files are kept by id: a re-draw never loses
labelling work, and rows new to the warehouse arrive with `labels: null`.

    python -m eval.draw [--db data/hkai.duckdb] [--seed N] [--test-share 0.4]
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import duckdb

from warehouse.organizations import plain

EVAL_DIR = Path(__file__).parent
SEED = 20261205
TEST_SHARE = 0.4


def article_rows(conn) -> list[dict]:
    """Every article with the text the rules read: title and whole body."""
    rows = conn.sql("select article_id, source, lang, url, title, body from articles order by article_id")
    return [dict(zip(rows.columns, r)) for r in rows.fetchall()]


def organization_rows(conn) -> list[dict]:
    """Every organization with what its directory records say: names, stated kinds, descriptions, sectors."""
    orgs = conn.sql("""
        select org_id, name, name_zh, sources,
               case when org_id in (select org_id from organization_sources where source = 'reference')
                    then kind end as reference_kind
        from organizations order by org_id""")
    records = conn.sql("""
        select s.org_id, o.source, o.kind, o.description, o.sectors, o.affiliation, o.cluster, o.programmes, o.extra
        from organization_sources s join stg_organizations o using (record_id) order by s.record_id""")
    by_org: dict[str, list[dict]] = {}
    for row in records.fetchall():
        by_org.setdefault(row[0], []).append(dict(zip(records.columns[1:], (plain(v) for v in row[1:]))))
    out = []
    for org_id, name, name_zh, sources, reference_kind in orgs.fetchall():
        members = by_org.get(org_id, [])
        extra = [json.loads(m["extra"]) if isinstance(m["extra"], str) else (m["extra"] or {}) for m in members]
        out.append({
            "org_id": org_id, "name": name, "name_zh": name_zh, "sources": list(sources),
            # The kind each directory record states, and the reviewed reference's kind for an anchor.
            "reference_kind": reference_kind, "stated_kinds": [m["kind"] for m in members],
            "descriptions": [m["description"] for m in members if m["description"]],
            "sectors": [s for m in members for s in (m["sectors"] or [])],
            "affiliations": [m["affiliation"] for m in members if m["affiliation"]],
            "clusters": [m["cluster"] for m in members if m["cluster"]],
            "programmes": [p for m in members for p in (json.loads(m["programmes"]) if isinstance(
                m["programmes"], str) else (m["programmes"] or []))],
            "team_types": [e["team_type"] for e in extra if e.get("team_type")],
        })
    return out


def split(ids: list[str], seed: int, test_share: float) -> set[str]:
    """The ids of the held-out test part: the first `test_share` of the ids shuffled by the seed."""
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    return set(shuffled[: round(len(shuffled) * test_share)])


def write(path: Path, rows: list[dict], key: str, seed: int, test_share: float) -> None:
    """Write the rows with their part, keeping labels already present for the same id."""
    old = {}
    if path.exists():
        old = {r[key]: r.get("labels") for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    test = split([r[key] for r in rows], seed, test_share)
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            row = {key: row[key], "part": "test" if row[key] in test else "dev", "seed": seed,
                   **{k: v for k, v in row.items() if k != key}, "labels": old.get(row[key])}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(rows)} rows, {len(test)} test, seed {seed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="data/hkai.duckdb")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--test-share", type=float, default=TEST_SHARE)
    args = parser.parse_args()
    print(f"seed: {args.seed}")
    with duckdb.connect(args.db, read_only=True) as conn:
        write(EVAL_DIR / "articles.jsonl", article_rows(conn), "article_id", args.seed, args.test_share)
        write(EVAL_DIR / "organizations.jsonl", organization_rows(conn), "org_id", args.seed, args.test_share)


if __name__ == "__main__":
    main()
