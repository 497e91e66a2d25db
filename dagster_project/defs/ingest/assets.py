"""Ingest: one crawl asset and one raw table asset per source of the registry."""

import hashlib
import os
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.crawling import crawl_code_version, crawl_command, new_crawl_id, replay_versions_for_run
from dagster_project.defs.resources import AtlasSettings
from dagster_project.defs.tables import (
    POOL,
    ROW_COUNT,
    code_version_of,
    last_row_count,
    latest_data_version,
    table_metadata,
)
from spiders.registry import SOURCES, Source
from warehouse import load
from warehouse.load import finished_crawls, load_new_crawls
from warehouse.schema import raw_table_for


def crawl_asset(source: Source) -> dg.AssetsDefinition:
    @dg.asset(
        name=f"crawl_{source.name}",
        group_name="ingest",
        kinds={"scrapy"},
        description=f"Landing files of the latest crawl of {source.title} (one folder per crawl run).",
        owners=["team:hk-ai-atlas"],
        tags={"source": source.name},
        # Only crawls retry: a site's bad minute passes, a transform's bad input would fail again.
        retry_policy=dg.RetryPolicy(max_retries=2, delay=30, backoff=dg.Backoff.LINEAR),  # 30 s, then 60 s
        code_version=crawl_code_version(),
    )
    def _crawl(context: dg.AssetExecutionContext, atlas: AtlasSettings,
               pipes_subprocess_client: dg.PipesSubprocessClient) -> dg.MaterializeResult:
        crawl_id = new_crawl_id(source, context.run_id)
        command = crawl_command(source, atlas.mode, atlas.paths, atlas.sample_web, crawl_id, context.run_id)
        # Replay: the archived responses it reads (the same ones give the same records). Live: every crawl is new.
        version = (replay_versions_for_run(context.run_id, atlas.paths.sample_archive)[source.name]
                   if atlas.mode == "replay" else crawl_id)
        recrawl = atlas.mode != "replay" or os.environ.get("HKAI_RECRAWL")
        if not recrawl and replayed_already(context, version, atlas.paths.landing / source.name):
            context.log.info("same archived responses and crawl code as the last replay crawl: nothing new to find")
            return dg.MaterializeResult(data_version=dg.DataVersion(version),
                                        metadata={"skipped": True, "reason": "replay inputs unchanged"})
        result = pipes_subprocess_client.run(command=command, context=context).get_materialize_result()
        return result._replace(data_version=dg.DataVersion(version))

    return _crawl


def replayed_already(context: dg.AssetExecutionContext, version: str, landing: Path) -> bool:
    """Dagster's last materialisation of this crawl had this data version and code version, and its crawl
    is still in the landing folder."""
    provenance = context.get_asset_provenance(context.asset_key)
    return (provenance is not None and provenance.code_version == crawl_code_version()
            and latest_data_version(context.instance, context.asset_key) == version
            and any(landing.glob("*/crawl.json")))


def landed_version(source_landing: Path, generation: str) -> str:
    """The data version of a source's raw table: which finished crawls its landing folder holds, loaded into
    which working file (`generation`: a new one when the file was made afresh, so everything downstream of
    it is rebuilt too)."""
    names = [p.name for p in finished_crawls(source_landing)]
    return hashlib.sha256("|".join([generation, *names]).encode()).hexdigest()[:16]


def warehouse_generation(database: Path, run_id: str) -> str:
    """Which working file this is: a new id whenever the file is made afresh, noted beside it.

    A working file deleted and rebuilt from the landing folder must not look unchanged to the tables
    downstream, though the crawls it holds are the same.
    """
    marker = generation_marker(database)
    if not database.exists() or not marker.exists():
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(run_id, encoding="utf-8")
    return marker.read_text(encoding="utf-8")


def generation_marker(database: Path) -> Path:
    return database.with_name(database.name + ".generation")


def raw_asset(source: Source) -> dg.AssetsDefinition:
    table = raw_table_for(source)

    @dg.asset(
        name=source.raw_table,
        deps=[f"crawl_{source.name}"],
        group_name="ingest",
        kinds={"duckdb"},
        description=table.description,
        pool=POOL,
        tags={"source": source.name},
        code_version=code_version_of(table, load),
    )
    def _raw(context: dg.AssetExecutionContext, atlas: AtlasSettings,
             warehouse: DuckDBResource) -> dg.MaterializeResult:
        landing = atlas.paths.landing / source.name
        existed = Path(warehouse.database).exists()
        generation = warehouse_generation(Path(warehouse.database), context.run_id)
        version = landed_version(landing, generation)
        provenance = context.get_asset_provenance(context.asset_key)
        if (existed and provenance is not None
                and provenance.code_version == context.assets_def.code_versions_by_key[context.asset_key]
                and latest_data_version(context.instance, context.asset_key) == version):
            # No new finished crawl in the landing folder: nothing to load, decided without the warehouse.
            rows = last_row_count(context.instance, context.asset_key) or 0
            return dg.MaterializeResult(data_version=dg.DataVersion(version),
                                        metadata={"crawls_loaded": 0, "rebuilt": False, ROW_COUNT: rows,
                                                  "warehouse_generation": generation})
        with warehouse.get_connection() as conn:
            result = load_new_crawls(conn, landing, table)
            metadata = table_metadata(conn, table, ["crawl_id", *table.column_names[5:9]])
        context.log.info(f"loaded {len(result.crawl_ids)} crawl(s): {result.records} records, "
                         f"{result.errors} errors")
        return dg.MaterializeResult(data_version=dg.DataVersion(version),
                                    metadata={**metadata, "crawls_loaded": len(result.crawl_ids),
                                              "records_loaded": result.records, "errors_loaded": result.errors,
                                              "new_versions": result.new_versions, "rebuilt": True,
                                              "warehouse_generation": generation})

    return _raw


@dg.definitions
def ingest() -> dg.Definitions:
    sources = list(SOURCES.values())
    return dg.Definitions(assets=[crawl_asset(s) for s in sources] + [raw_asset(s) for s in sources])
