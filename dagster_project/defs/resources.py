"""Resources: the working DuckDB, the subprocess launcher for crawls, and the project's own settings."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.paths import SAMPLE_WEB, DataPaths, crawl_mode, data_paths


class AtlasSettings(dg.ConfigurableResource):
    """Where data lives and how crawls run (`HKAI_DATA_DIR`, `HKAI_MODE`)."""

    data_dir: str
    mode: str = "replay"
    sample_web_dir: str = str(SAMPLE_WEB)

    @property
    def paths(self) -> DataPaths:
        return DataPaths(Path(self.data_dir))


@dg.definitions
def resources() -> dg.Definitions:
    paths = data_paths()
    return dg.Definitions(resources={
        "atlas": AtlasSettings(data_dir=str(paths.root), mode=crawl_mode()),
        "warehouse": DuckDBResource(database=str(paths.working_db)),
        "pipes_subprocess_client": dg.PipesSubprocessClient(),
    })
