"""The ecosystem model: organizations (resolved across sources and languages), programmes, funding, mentions."""
import dagster as dg

from dagster_project.defs.tables import code_version_of, table_assets
from warehouse import classify, entities, funding, mentions, model, organizations, programmes
from warehouse.schema import (
    FUNDING_AWARDS,
    MEMBERSHIPS,
    MENTIONS,
    ORGANIZATION_ALIASES,
    ORGANIZATION_SOURCES,
    ORGANIZATIONS,
    PROGRAMMES,
    RESEARCH_UNITS,
)

# What every model table's rows depend on besides its inputs: the modelling code and the rules.
RULES = (model, classify, classify.TAXONOMY_PATH, entities, *sorted(entities.REFERENCE.glob("*.yaml")))


def model_asset(name: str, tables, deps: list[str], build, *modules) -> dg.AssetsDefinition:
    return table_assets(name, tables, deps, build, group="model", kinds=("duckdb", "pandas"),
                        code_version=code_version_of(*tables, *RULES, *modules))


@dg.definitions
def model_assets() -> dg.Definitions:
    return dg.Definitions(assets=[
        model_asset("resolve_organizations", [ORGANIZATIONS, ORGANIZATION_ALIASES, ORGANIZATION_SOURCES],
                    ["stg_organizations", "stg_funding_awards"], model.build_organization_tables, organizations),
        # One asset body writes both, so both hang on the same inputs (a refresh selects them together).
        model_asset("programme_memberships", [PROGRAMMES, MEMBERSHIPS], ["stg_organizations", "organization_sources"],
                    model.build_programme_tables, programmes),
        model_asset(RESEARCH_UNITS.name, [RESEARCH_UNITS], ["organizations", "organization_aliases",
                                                            "organization_sources", "stg_organizations"],
                    model.build_research_unit_table, organizations),
        model_asset(FUNDING_AWARDS.name, [FUNDING_AWARDS], ["stg_funding_awards", "organization_sources"],
                    model.build_funding_award_table, funding),
        model_asset(MENTIONS.name, [MENTIONS], ["articles", "organization_aliases"], model.build_mention_table,
                    mentions),
    ])
