"""How a Dagster run starts a crawl: the command line of `spiders.run_crawl` for a source and mode."""
from __future__ import annotations

import hashlib
import json
import os
import sys
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from dagster_project.paths import PROJECT_ROOT, DataPaths
from spiders.archive.sample_web import ensure_packed
from spiders.source import Source


def new_crawl_id(source: Source, run_id: str) -> str:
    """`<source>-<UTC time>-<run id prefix>`: sorts by time, and names the Dagster run that made it."""
    return f"{source.name}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{run_id[:8]}"


@lru_cache(maxsize=4)
def packed_for_run(run_id: str, sample_web: Path, archive: Path) -> Path:
    """`ensure_packed` once per Dagster run: hashing the sample web takes 40 ms, and a full run has 23 crawls."""
    return ensure_packed(sample_web, archive)


def crawl_command(source: Source, mode: str, paths: DataPaths, sample_web: Path, crawl_id: str,
                  run_id: str = "") -> list[str]:
    """The child process's command; in replay mode the sample web is packed into a WARC first if needed
    (checked once per `run_id` when one is given)."""
    command = [sys.executable, "-m", "spiders.run_crawl", "--source", source.name, "--mode", mode,
               "--landing-dir", str(paths.landing / source.name / crawl_id), "--crawl-id", crawl_id,
               "--log-level", os.environ.get("HKAI_CRAWL_LOG_LEVEL", "INFO")]
    if mode == "replay":
        archive = (packed_for_run(run_id, Path(sample_web), paths.sample_archive) if run_id
                   else ensure_packed(sample_web, paths.sample_archive))
        command += ["--archive", str(archive)]
        command += [f"-a{name}={value}" for name, value in source.replay_args.items()]
    else:  # live and record: conditional requests remember validators between crawls
        command += ["--state-dir", str(paths.root / "state" / source.name)]
    if mode == "record":
        command += ["--record-archive", str(paths.archive / f"{crawl_id}.warc.gz")]
    return command


def replay_fingerprint(source: Source, archive: Path) -> str:
    """What a replay crawl's result depends on: the archive's content, the spider arguments and the crawl code.

    Replaying the same archive with the same code gives the same records, so a crawl whose fingerprint
    matches the last finished one is skipped (`hkai run --recrawl` forces it).
    """
    digest = hashlib.sha256()
    stamp = archive.with_name(archive.name + ".fingerprint")
    digest.update(stamp.read_bytes() if stamp.exists() else str(archive.stat().st_mtime_ns).encode())
    digest.update(json.dumps(source.replay_args, sort_keys=True).encode())
    for package in ("spiders", "pipelines"):
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def replay_already_done(paths: DataPaths, source: Source, fingerprint: str) -> bool:
    marker = paths.root / "state" / source.name / "replay.fingerprint"
    return (not os.environ.get("HKAI_RECRAWL") and marker.exists() and marker.read_text() == fingerprint
            and any((paths.landing / source.name).glob("*/crawl.json")))


def remember_replay(paths: DataPaths, source: Source, fingerprint: str) -> None:
    marker = paths.root / "state" / source.name / "replay.fingerprint"
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(fingerprint)
