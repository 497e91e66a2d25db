"""Ingest: one crawl asset and one raw table asset per source of the registry."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.crawling import (
    crawl_command,
    new_crawl_id,
    remember_replay,
    replay_already_done,
    replay_fingerprint,
)
from dagster_project.defs.metadata import POOL, table_metadata
from dagster_project.defs.resources import AtlasSettings
from spiders.registry import SOURCES, Source
from warehouse.load import load_new_crawls
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
    )
    def _crawl(context: dg.AssetExecutionContext, atlas: AtlasSettings,
               pipes_subprocess_client: dg.PipesSubprocessClient) -> dg.MaterializeResult:
        crawl_id = new_crawl_id(source, context.run_id)
        command = crawl_command(source, atlas.mode, atlas.paths, atlas.sample_web_dir, crawl_id, context.run_id)
        fingerprint = replay_fingerprint(source, atlas.paths.sample_archive) if atlas.mode == "replay" else None
        if fingerprint and replay_already_done(atlas.paths, source, fingerprint):
            context.log.info("same archive, arguments and code as the last replay crawl: nothing new to find")
            return dg.MaterializeResult(metadata={"skipped": True, "reason": "replay inputs unchanged"})
        result = pipes_subprocess_client.run(command=command, context=context).get_materialize_result()
        if fingerprint:
            remember_replay(atlas.paths, source, fingerprint)
        return result

    return _crawl


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
    )
    def _raw(context: dg.AssetExecutionContext, atlas: AtlasSettings,
             warehouse: DuckDBResource) -> dg.MaterializeResult:
        with warehouse.get_connection() as conn:
            result = load_new_crawls(conn, atlas.paths.landing / source.name, table)
            metadata = table_metadata(conn, table, ["crawl_id", *table.column_names[5:9]])
        context.log.info(f"loaded {len(result.crawl_ids)} crawl(s): {result.records} records, "
                         f"{result.errors} errors")
        return dg.MaterializeResult(metadata={**metadata, "crawls_loaded": len(result.crawl_ids),
                                              "records_loaded": result.records, "errors_loaded": result.errors,
                                              "new_versions": result.new_versions})

    return _raw


@dg.definitions
def ingest() -> dg.Definitions:
    sources = list(SOURCES.values())
    return dg.Definitions(assets=[crawl_asset(s) for s in sources] + [raw_asset(s) for s in sources])
