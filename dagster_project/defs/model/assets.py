"""The ecosystem model: organisations (resolved across sources and languages), programmes, funding, mentions."""
import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.defs.metadata import POOL, build_unless_unchanged, column_schema, table_metadata
from warehouse import model
from warehouse.fingerprints import code_version
from warehouse.schema import (
    FUNDING_AWARDS,
    MEMBERSHIPS,
    MENTIONS,
    ORGANIZATION_ALIASES,
    ORGANIZATION_SOURCES,
    ORGANIZATIONS,
    PROGRAMMES,
    RESEARCH_UNITS,
    Table,
)


def spec(table: Table, deps: list[str]) -> dg.AssetSpec:
    return dg.AssetSpec(table.name, deps=deps, group_name="model", kinds={"duckdb", "pandas"},
                        description=table.description, metadata={"dagster/column_schema": column_schema(table)})


@dg.multi_asset(specs=[spec(ORGANIZATIONS, ["stg_organisations", "stg_funding_awards"]),
                       spec(ORGANIZATION_ALIASES, ["stg_organisations", "stg_funding_awards"]),
                       spec(ORGANIZATION_SOURCES, ["stg_organisations", "stg_funding_awards"])],
                pool=POOL, name="resolve_organizations")
def resolve_organizations(warehouse: DuckDBResource):
    """Entity resolution of every directory profile and funding recipient into organisations."""
    tables = [ORGANIZATIONS, ORGANIZATION_ALIASES, ORGANIZATION_SOURCES]
    with warehouse.get_connection() as conn:
        rebuilt = build_unless_unchanged(conn, tables, ["stg_organisations", "stg_funding_awards"],
                                         model.build_organisation_tables)
        for table in tables:
            metadata = {**table_metadata(conn, table), "rebuilt": rebuilt}
            yield dg.MaterializeResult(asset_key=table.name, metadata=metadata)


# One asset body writes both, so both hang on the same inputs (a refresh selects them together).
@dg.multi_asset(specs=[spec(PROGRAMMES, ["stg_organisations", "organization_sources"]),
                       spec(MEMBERSHIPS, ["stg_organisations", "organization_sources"])],
                pool=POOL, name="programme_memberships")
def programme_memberships(warehouse: DuckDBResource):
    """The programmes and which organisations are or were in them."""
    tables = [PROGRAMMES, MEMBERSHIPS]
    with warehouse.get_connection() as conn:
        rebuilt = build_unless_unchanged(conn, tables, ["stg_organisations", "organization_sources"],
                                         model.build_programme_tables)
        for table in tables:
            metadata = {**table_metadata(conn, table), "rebuilt": rebuilt}
            yield dg.MaterializeResult(asset_key=table.name, metadata=metadata)


def table_asset(table: Table, deps: list[str], build) -> dg.AssetsDefinition:
    @dg.asset(name=table.name, deps=deps, group_name="model", kinds={"duckdb", "pandas"}, pool=POOL,
              description=table.description, code_version=code_version())
    def _asset(warehouse: DuckDBResource) -> dg.MaterializeResult:
        with warehouse.get_connection() as conn:
            rebuilt = build_unless_unchanged(conn, [table], deps, build)
            return dg.MaterializeResult(metadata={**table_metadata(conn, table), "rebuilt": rebuilt})

    return _asset


@dg.definitions
def model_assets() -> dg.Definitions:
    return dg.Definitions(assets=[
        resolve_organizations,
        programme_memberships,
        table_asset(RESEARCH_UNITS, ["organizations", "organization_aliases", "organization_sources",
                                     "stg_organisations"], model.build_research_unit_table),
        table_asset(FUNDING_AWARDS, ["stg_funding_awards", "organization_sources"], model.build_funding_award_table),
        table_asset(MENTIONS, ["articles", "organization_aliases"], model.build_mention_table),
    ])
