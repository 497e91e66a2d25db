"""Two real builds with a change between them: the sample web copied, built, edited, and built again."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT, SAMPLE_WEB
from warehouse.db import reader, run

HKSTP = "www.hkstp.org/en/our-partner-companies/company-directory"
ITF_PROFILE = "www.itf.gov.hk/en/project-search/project-profile/index.html%3FReferenceNo%3DITP%2F025%2F17TP"
GOVHK_DAY = "www.info.gov.hk/gia/general/202410/07"


@dataclass(frozen=True)
class EditedBuilds:
    published: Path
    first: str  # build id of the first run
    second: str
    biomap: str  # org_id of the organization whose page the edit removed
    second_summary: str  # what the second `hkai run` printed


def hkai_run(env) -> str:
    result = subprocess.run([str(Path(sys.executable).with_name("hkai")), "run"], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="session")
def edited_builds(tmp_path_factory) -> EditedBuilds:
    """`hkai run` on a copy of the sample web (HKAI_SAMPLE_WEB), then again after three edits: BioMap's HKSTP
    profile removed, ITP/025/17TP's amount raised by HK$1,000,000, a GovHK release added to 7 Oct 2024."""
    root = tmp_path_factory.mktemp("two_builds")
    web = root / "sample_web"
    shutil.copytree(SAMPLE_WEB, web)
    env = {**os.environ, "HKAI_DATA_DIR": str(root / "data"), "DAGSTER_HOME": str(root / "home"),
           "HKAI_SAMPLE_WEB": str(web)}
    env.pop("HKAI_MODE", None)
    published = root / "data" / "hkai.duckdb"
    hkai_run(env)
    with reader(published) as conn:
        ((first, biomap),) = run(conn, "select (select build_id from build), "
                                       "(select org_id from organizations where name = 'BioMap')")

    shutil.rmtree(web / HKSTP / "biomap")  # the profile page is gone (its listing link now answers 404)
    edit(web / ITF_PROFILE, "HK$15,034,000", "HK$16,034,000")
    release = (web / GOVHK_DAY / "P2024100700266.htm").read_text(encoding="utf-8")
    (web / GOVHK_DAY / "P2024100700999.htm").write_text(
        release.replace("Artificial Intelligence Subsidy Scheme opens for application",
                        "Briefing on the Artificial Intelligence Subsidy Scheme"), encoding="utf-8")
    edit(web / f"{GOVHK_DAY}.htm", "</ul>", '\t<li><a href="/gia/general/202410/07/P2024100700999.htm">'
                                         "Briefing on the Artificial Intelligence Subsidy Scheme</a></li>\n\t\t</ul>")
    summary = hkai_run(env)
    with reader(published) as conn:
        ((second,),) = run(conn, "select build_id from build")
    return EditedBuilds(published, first, second, biomap, summary)
