"""Marts over the ecosystem model: activity by pillar and month, hubs, universities, funding, graph edges."""
from datetime import datetime
from zoneinfo import ZoneInfo

import dagster as dg

from dagster_project.defs.tables import code_version_of, table_assets
from warehouse import ecosystem_marts as marts
from warehouse.entities import REFERENCE
from warehouse.schema import (
    AI_ACTIVITY_MONTHLY,
    DATASETS,
    ECOSYSTEM_EDGES,
    FUNDING_AWARD_SNAPSHOTS,
    FUNDING_BY_SCHEME_YEAR,
    HUB_AI_COMPANIES,
    MART_MEMBERS,
    MEMBERSHIP_SNAPSHOTS,
    ORGANIZATION_SNAPSHOTS,
    UNIVERSITY_AI_OUTPUT,
    UNIVERSITY_AI_OUTPUT_YEARLY,
)

MARTS = [
    (AI_ACTIVITY_MONTHLY, ["articles", "mentions"], marts.build_ai_activity_monthly),
    (HUB_AI_COMPANIES, ["organizations"], marts.build_hub_ai_companies),
    (UNIVERSITY_AI_OUTPUT, ["organizations", "articles", "mentions", "research_units", "funding_awards"],
     marts.build_university_ai_output),
    (UNIVERSITY_AI_OUTPUT_YEARLY, ["organizations", "articles", "mentions", "funding_awards"],
     marts.build_university_ai_output_yearly),
    (FUNDING_BY_SCHEME_YEAR, ["funding_awards"], marts.build_funding_by_scheme_year),
    (ECOSYSTEM_EDGES, ["memberships", "research_units", "funding_awards", "mentions", "articles"],
     marts.build_ecosystem_edges),
    (MART_MEMBERS, ["ai_activity_monthly", "hub_ai_companies", "university_ai_output", "university_ai_output_yearly",
                    "funding_by_scheme_year", "articles", "mentions", "organizations", "research_units",
                    "funding_awards"], marts.build_mart_members),
    (DATASETS, ["stg_datasets", "organization_aliases"], marts.build_datasets),
]
# The university marts (and their members) also read each university's news sources from the anchor list.
EXTRA_INPUTS = {t.name: [REFERENCE / "organizations.yaml"]
                for t in (UNIVERSITY_AI_OUTPUT, UNIVERSITY_AI_OUTPUT_YEARLY, MART_MEMBERS)}
SNAPSHOTS = [ORGANIZATION_SNAPSHOTS, MEMBERSHIP_SNAPSHOTS, FUNDING_AWARD_SNAPSHOTS]


def snapshot_today(conn) -> None:
    marts.snapshot_ecosystem(conn, datetime.now(ZoneInfo("Asia/Hong_Kong")).date())


@dg.definitions
def ecosystem_marts() -> dg.Definitions:
    mart_assets = [
        table_assets(table.name, [table], deps, build, group="marts",
                     code_version=code_version_of(table, build, table.name, *EXTRA_INPUTS.get(table.name, [])))
        for table, deps, build in MARTS
    ]
    # An unchanged ecosystem adds no snapshot (the asset is skipped): the as-of query reads the last one before
    # the date.
    snapshots = table_assets("ecosystem_snapshots", SNAPSHOTS, ["organizations", "memberships", "funding_awards"],
                             snapshot_today, group="marts",
                             description="Today's organizations, memberships and funded projects, kept per day.",
                             code_version=code_version_of(*SNAPSHOTS, marts.snapshot_ecosystem, snapshot_today,
                                                          *(t.name for t in SNAPSHOTS)))
    return dg.Definitions(assets=[*mart_assets, snapshots])
