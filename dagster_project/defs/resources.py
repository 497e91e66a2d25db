"""Resources: the working DuckDB, the subprocess launcher for crawls, and the project's own settings."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from dagster_project.paths import DataPaths, crawl_mode, data_paths, sample_web_dir


class AtlasSettings(dg.ConfigurableResource):
    """Where data lives and how crawls run (`HKAI_DATA_DIR`, `HKAI_MODE`, `HKAI_SAMPLE_WEB`)."""

    data_dir: str
    mode: str = "replay"
    sample_web_dir: str = ""  # empty: $HKAI_SAMPLE_WEB, else the bundled sample_web/

    @property
    def paths(self) -> DataPaths:
        return DataPaths(Path(self.data_dir))

    @property
    def sample_web(self) -> Path:
        return Path(self.sample_web_dir) if self.sample_web_dir else sample_web_dir()


@dg.definitions
def resources() -> dg.Definitions:
    paths = data_paths()
    return dg.Definitions(resources={
        "atlas": AtlasSettings(data_dir=str(paths.root), mode=crawl_mode(), sample_web_dir=str(sample_web_dir())),
        "warehouse": DuckDBResource(database=str(paths.working_db)),
        "pipes_subprocess_client": dg.PipesSubprocessClient(),
    })
