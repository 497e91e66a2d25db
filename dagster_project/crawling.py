"""How a Dagster run starts a crawl: the command line of `spiders.run_crawl` for a source and mode."""
from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from dagster_project.paths import PROJECT_ROOT, DataPaths
from spiders.archive.sample_web import ensure_packed
from spiders.archive.warc import load_index
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


@lru_cache(maxsize=1)
def crawl_code_version() -> str:
    """The crawl assets' code version: a hash of the crawl code (`spiders/` and `pipelines/`)."""
    digest = hashlib.sha256()
    for package in ("spiders", "pipelines"):
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def replay_versions(sources: Iterable[Source], archive: Path) -> dict[str, str]:
    """Each source's replay data version: what a replay crawl of it reads, i.e. the archived responses of
    the hosts it may visit (URL, record id, status, size) and its spider arguments.

    Replaying unchanged responses with unchanged code gives the same records, so a crawl whose version and
    code version are those Dagster recorded last time has nothing new to find. A page changed on one host
    changes only the versions of the sources crawling that host (two sources sharing a host both change).
    """
    sources = list(sources)
    digests = {s.name: hashlib.sha256(json.dumps(s.replay_args, sort_keys=True).encode()) for s in sources}
    by_host: dict[str, list[str]] = {}
    for source in sources:
        for host in source.allowed_domains:
            by_host.setdefault(host, []).append(source.name)
    for entry in sorted(load_index(archive), key=lambda e: e.url):
        for name in by_host.get(urlsplit(entry.url).hostname or "", ()):
            digests[name].update(f"{entry.url} {entry.record_id} {entry.status} {entry.length}\n".encode())
    return {name: digest.hexdigest()[:32] for name, digest in digests.items()}


@lru_cache(maxsize=4)
def replay_versions_for_run(run_id: str, archive: Path) -> dict[str, str]:
    """`replay_versions` of every registered source, read once per Dagster run (23 crawls share it)."""
    from spiders.registry import SOURCES

    return replay_versions(SOURCES.values(), archive)
