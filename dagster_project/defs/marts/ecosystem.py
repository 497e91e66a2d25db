"""Marts over the ecosystem model: activity by pillar and month, hubs, universities, funding, graph edges."""
from datetime import datetime
from zoneinfo import ZoneInfo

import dagster as dg

from dagster_project.defs.tables import code_version_of, table_assets
from warehouse import ecosystem_marts as marts
from warehouse.entities import REFERENCE
from warehouse.schema import (
    AI_ACTIVITY_MONTHLY,
    ECOSYSTEM_EDGES,
    FUNDING_AWARD_SNAPSHOTS,
    FUNDING_BY_SCHEME_YEAR,
    HUB_AI_COMPANIES,
    MEMBERSHIP_SNAPSHOTS,
    ORGANIZATION_SNAPSHOTS,
    UNIVERSITY_AI_OUTPUT,
)

MARTS = [
    (AI_ACTIVITY_MONTHLY, ["articles", "mentions"], marts.build_ai_activity_monthly),
    (HUB_AI_COMPANIES, ["organizations"], marts.build_hub_ai_companies),
    (UNIVERSITY_AI_OUTPUT, ["organizations", "articles", "mentions", "research_units", "funding_awards"],
     marts.build_university_ai_output),
    (FUNDING_BY_SCHEME_YEAR, ["funding_awards"], marts.build_funding_by_scheme_year),
    (ECOSYSTEM_EDGES, ["memberships", "research_units", "funding_awards", "mentions"], marts.build_ecosystem_edges),
]
# university_ai_output also reads each university's news sources from the anchor list.
EXTRA_INPUTS = {UNIVERSITY_AI_OUTPUT.name: [REFERENCE / "organisations.yaml"]}
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
                             description="Today's organisations, memberships and funded projects, kept per day.",
                             code_version=code_version_of(*SNAPSHOTS, marts.snapshot_ecosystem, snapshot_today,
                                                          *(t.name for t in SNAPSHOTS)))
    return dg.Definitions(assets=[*mart_assets, snapshots])
