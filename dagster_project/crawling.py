"""How a Dagster run starts a crawl: the command line of `spiders.run_crawl` for a source and mode."""
from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from dagster_project.paths import DataPaths
from spiders.archive.sample_web import ensure_packed
from spiders.source import Source


def new_crawl_id(source: Source, run_id: str) -> str:
    """`<source>-<UTC time>-<run id prefix>`: sorts by time, and names the Dagster run that made it."""
    return f"{source.name}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{run_id[:8]}"


def crawl_command(source: Source, mode: str, paths: DataPaths, sample_web: Path, crawl_id: str) -> list[str]:
    """The child process's command; in replay mode the sample web is packed into a WARC first if needed."""
    command = [sys.executable, "-m", "spiders.run_crawl", "--source", source.name, "--mode", mode,
               "--landing-dir", str(paths.landing / source.name / crawl_id), "--crawl-id", crawl_id,
               "--log-level", os.environ.get("HKAI_CRAWL_LOG_LEVEL", "INFO")]
    if mode == "replay":
        command += ["--archive", str(ensure_packed(sample_web, paths.sample_archive))]
        command += [f"-a{name}={value}" for name, value in source.replay_args.items()]
    else:  # live and record: conditional requests remember validators between crawls
        command += ["--state-dir", str(paths.root / "state" / source.name)]
    if mode == "record":
        command += ["--record-archive", str(paths.archive / f"{crawl_id}.warc.gz")]
    return command
