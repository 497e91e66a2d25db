"""What `hkai run` has to materialise: the assets whose code, inputs or source changed since Dagster last
recorded them, and everything downstream of those; nothing when nothing changed.

Decided from Dagster's own records (the latest materialisation of each asset: its `dagster/code_version`,
its data version and the data versions of its inputs) and the asset graph's code versions, before any run
starts and without opening the warehouse. Two kinds of asset observe something outside Dagster: a crawl
(its data version is what a replay reads, `crawling.replay_versions`) and a raw table (the finished crawls
of its landing folder, `landed_version`); the plan works their current data version out the same way the
assets do and compares it with the one recorded.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from dagster_project.crawling import ensure_packed, replay_versions
from dagster_project.defs.ingest.assets import generation_marker, landed_version
from dagster_project.paths import DataPaths
from spiders.registry import SOURCES

CODE_VERSION_TAG = "dagster/code_version"
DATA_VERSION_TAG = "dagster/data_version"


@dataclass(frozen=True)
class Plan:
    """The assets to materialise and, for each asset that changed itself, why (its downstream follows)."""

    keys: frozenset[dg.AssetKey]
    reasons: dict[dg.AssetKey, str] = field(default_factory=dict)
    everything: str = ""  # why every asset is materialised, when it is

    def describe(self, total: int) -> str:
        if self.everything:
            return f"all {total} assets ({self.everything})"
        changed = ", ".join(f"{key.to_user_string()} ({why})" for key, why in sorted(self.reasons.items()))
        return f"{len(self.keys)} of {total} assets: changed {changed}, and what is downstream of them"


def make_plan(graph, instance: dg.DagsterInstance, paths: DataPaths, mode: str, sample_web: Path, *,
              full: bool = False, recrawl: bool = False) -> Plan:
    """The plan of a run: everything when asked (`--full`) or when the data folder is new, else only what
    changed and its downstream."""
    every = frozenset(graph.materializable_asset_keys)
    if full:
        return Plan(every, everything="--full")
    if not paths.working_db.exists():
        return Plan(every, everything=f"no working warehouse at {paths.working_db} yet")
    records = {record.asset_entry.asset_key: record.asset_entry.last_materialization
               for record in instance.get_asset_records(list(every))}
    latest = {key: entry.asset_materialization for key, entry in records.items() if entry is not None}
    observed = observed_versions(paths, mode, sample_web)
    crawls = {dg.AssetKey(f"crawl_{name}") for name in SOURCES}
    reasons = {}
    for key in every:
        reason = ("live crawls always fetch again" if key in observed and observed[key] is None
                  else "--recrawl" if recrawl and key in crawls
                  else why_changed(graph.get(key), latest, observed.get(key)))
        if reason:
            reasons[key] = reason
    selected = dg.AssetSelection.assets(*reasons).downstream().resolve(graph) if reasons else set()
    # A multi-asset materialises all its tables at once.
    whole = {k for key in selected for k in graph.get_execution_set_asset_and_check_keys(key)
             if isinstance(k, dg.AssetKey)}
    return Plan(frozenset(selected | whole), reasons)


def why_changed(node, latest: dict, observed: str | None) -> str | None:
    """Why an asset must be materialised again, from its latest materialisation; None when it need not."""
    materialization = latest.get(node.key)
    if materialization is None:
        return "never materialised"
    tags = materialization.tags or {}
    if node.code_version is not None and tags.get(CODE_VERSION_TAG) != node.code_version:
        return "its code changed"
    if observed is not None and tags.get(DATA_VERSION_TAG) != observed:
        return "its source changed"
    provenance = dg.DataProvenance.from_tags(tags)
    for parent in node.parent_keys:
        recorded = provenance.input_data_versions.get(parent) if provenance else None
        current = latest[parent].tags.get(DATA_VERSION_TAG) if parent in latest else None
        if recorded is None or current is None or recorded.value != current:
            return f"{parent.to_user_string()} changed"
    path = materialization.metadata.get("path")
    if path is not None and not Path(path.value).exists():
        return "its file is gone"
    return None


def observed_versions(paths: DataPaths, mode: str, sample_web: Path) -> dict[dg.AssetKey, str | None]:
    """The current data version of every crawl (None in live and record mode: unknown until fetched) and of
    every raw table, worked out as the assets work them out."""
    marker = generation_marker(paths.working_db)
    generation = marker.read_text(encoding="utf-8") if marker.exists() else ""
    versions: dict[dg.AssetKey, str | None] = {
        dg.AssetKey(s.raw_table): landed_version(paths.landing / s.name, generation) for s in SOURCES.values()}
    if mode == "replay":
        archive = ensure_packed(sample_web, paths.sample_archive)
        replays = replay_versions(SOURCES.values(), archive)
        versions.update({dg.AssetKey(f"crawl_{name}"): version for name, version in replays.items()})
    else:
        versions.update({dg.AssetKey(f"crawl_{name}"): None for name in SOURCES})
    return versions
