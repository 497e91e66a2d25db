"""Marts over the ecosystem model: activity by pillar and month, hubs, universities, funding, graph edges."""
from datetime import datetime
from zoneinfo import ZoneInfo

import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL, build_unless_unchanged, table_metadata
from warehouse import ecosystem_marts as marts
from warehouse.fingerprints import code_version
from warehouse.schema import (
    AI_ACTIVITY_MONTHLY,
    ECOSYSTEM_EDGES,
    FUNDING_BY_SCHEME_YEAR,
    HUB_AI_COMPANIES,
    MEMBERSHIP_SNAPSHOTS,
    ORGANIZATION_SNAPSHOTS,
    UNIVERSITY_AI_OUTPUT,
    Table,
)

MARTS = [
    (AI_ACTIVITY_MONTHLY, ["articles", "mentions"], marts.build_ai_activity_monthly),
    (HUB_AI_COMPANIES, ["organizations"], marts.build_hub_ai_companies),
    (UNIVERSITY_AI_OUTPUT, ["organizations", "articles", "mentions", "research_units", "funding_awards"],
     marts.build_university_ai_output),
    (FUNDING_BY_SCHEME_YEAR, ["funding_awards"], marts.build_funding_by_scheme_year),
    (ECOSYSTEM_EDGES, ["memberships", "research_units", "funding_awards", "mentions"], marts.build_ecosystem_edges),
]


def mart_asset(table: Table, deps: list[str], build) -> dg.AssetsDefinition:
    @dg.asset(name=table.name, deps=deps, group_name="marts", kinds={"duckdb"}, pool=POOL,
              description=table.description, code_version=code_version())
    def _mart(warehouse: DuckDBResource) -> dg.MaterializeResult:
        with warehouse.get_connection() as conn:
            rebuilt = build_unless_unchanged(conn, [table], deps, build)
            return dg.MaterializeResult(metadata={**table_metadata(conn, table), "rebuilt": rebuilt})

    return _mart


@dg.multi_asset(specs=[dg.AssetSpec(t.name, deps=["organizations", "memberships"], group_name="marts",
                                     kinds={"duckdb"}, description=t.description)
                        for t in (ORGANIZATION_SNAPSHOTS, MEMBERSHIP_SNAPSHOTS)],
                pool=POOL, name="ecosystem_snapshots")
def ecosystem_snapshots(warehouse: DuckDBResource):
    """Today's organisations and memberships, kept per day for as-of questions."""
    today = datetime.now(ZoneInfo("Asia/Hong_Kong")).date()
    tables = [ORGANIZATION_SNAPSHOTS, MEMBERSHIP_SNAPSHOTS]
    with warehouse.get_connection() as conn:
        # An unchanged ecosystem adds no snapshot: the as-of query reads the last one before the date.
        rebuilt = build_unless_unchanged(conn, tables, ["organizations", "memberships"],
                                         lambda c: marts.snapshot_ecosystem(c, today))
        for table in tables:
            metadata = {**table_metadata(conn, table), "rebuilt": rebuilt}
            yield dg.MaterializeResult(asset_key=table.name, metadata=metadata)


@dg.definitions
def ecosystem_marts() -> dg.Definitions:
    return dg.Definitions(assets=[mart_asset(*mart) for mart in MARTS] + [ecosystem_snapshots])
