"""Where the project keeps its files: one data folder (`HKAI_DATA_DIR`, default `./data`), and the sample web."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
# HKAI_SAMPLE_WEB: another copy of the sample web to replay (tests change pages of a copy)
SAMPLE_WEB = Path(os.environ.get("HKAI_SAMPLE_WEB") or PROJECT_ROOT / "sample_web")


@dataclass(frozen=True)
class DataPaths:
    """The data folder's layout."""

    root: Path

    @property
    def landing(self) -> Path:
        return self.root / "landing"

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def sample_archive(self) -> Path:
        return self.archive / "sample_web.warc.gz"

    @property
    def working_db(self) -> Path:
        return self.root / "work.duckdb"

    @property
    def published_db(self) -> Path:
        return self.root / "hkai.duckdb"

    @property
    def report_dir(self) -> Path:
        return self.root / "report"

    @property
    def export_dir(self) -> Path:
        return self.root / "export"


def data_paths() -> DataPaths:
    return DataPaths(Path(os.environ.get("HKAI_DATA_DIR", PROJECT_ROOT / "data")).resolve())


def sample_web_dir() -> Path:
    """The sample web replayed in replay mode: `HKAI_SAMPLE_WEB` (an edited copy, say), else the bundled one."""
    return Path(os.environ.get("HKAI_SAMPLE_WEB", SAMPLE_WEB)).resolve()


def crawl_mode() -> str:
    return os.environ.get("HKAI_MODE", "replay")
