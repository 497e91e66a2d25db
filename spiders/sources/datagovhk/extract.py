"""Pure extraction for DATA.GOV.HK's CKAN API: a JSON response in, Dataset records (or paging) out.

Envelope (CKAN action API, as DATA.GOV.HK serves it): `{"help": ..., "success": true, "result": ...}`;
`package_show` puts one package in `result`, `package_search` puts `{"count": N, "results": [...]}`.
A failed call answers `"success": false` with an `error` object: that is an ExtractionError, as is
an HTML page (the portal's JavaScript shell or an error page) where JSON was expected.
"""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from spiders.errors import ExtractionError
from spiders.items import Dataset
from spiders.text import clean, page_text, unique

EXTRACTOR_VERSION = "datagovhk-ckan-1"
SOURCE = "datagovhk"

API_PATH = re.compile(r"/(?P<lang>en|tc|sc)-data/api/3/action/(?P<action>package_search|package_show)$")
LANGUAGES = {"en": "en", "tc": "zh-HK", "sc": "zh-CN"}
DATASET_PAGE = "https://data.gov.hk/{lang}-data/dataset/{name}"


def api_call(url: str) -> tuple[str, str]:
    """(language prefix, action) of a CKAN API URL, or ExtractionError for other URLs."""
    match = API_PATH.search(urlsplit(url).path)
    if not match:
        raise ExtractionError(f"not a DATA.GOV.HK CKAN package_search/package_show URL: {url}")
    return match["lang"], match["action"]


def extract_package(response) -> Dataset:
    """One dataset from a `package_show?id=<name>` answer."""
    lang, action = api_call(response.url)
    if action != "package_show":
        raise ExtractionError(f"expected package_show, got {action}")
    result = _result(response)
    if not isinstance(result, dict) or "name" not in result:
        raise ExtractionError("package_show result is not a package (no name)")
    return package_to_dataset(result, lang)


def extract_search(response) -> list[Dataset]:
    """Every dataset of one `package_search` page (CKAN returns full packages in `results`)."""
    lang, action = api_call(response.url)
    if action != "package_search":
        raise ExtractionError(f"expected package_search, got {action}")
    result = _result(response)
    if not isinstance(result, dict) or not isinstance(result.get("results"), list):
        raise ExtractionError("package_search result has no results list")
    return [package_to_dataset(package, lang) for package in result["results"]
            if isinstance(package, dict) and package.get("name")]


def next_search_url(response) -> str | None:
    """The URL of the next `package_search` page (`start` + `rows`), or None after the last one."""
    result = _result(response)
    count = _count(result.get("count"))
    parts = urlsplit(response.url)
    query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    rows = int(query.get("rows") or 10)
    start = int(query.get("start") or 0)
    returned = len(result.get("results") or [])
    if returned == 0 or start + rows >= count:
        return None
    query["start"] = str(start + rows)
    return urlunsplit(parts._replace(query=urlencode(query)))


def package_to_dataset(package: dict, lang: str = "en") -> Dataset:
    """A CKAN package as a Dataset record; missing optional fields become None or empty lists."""
    name = str(package["name"]).strip()
    title = _text(package.get("title")) or name
    organization = package.get("organization")
    organization = organization if isinstance(organization, dict) else {}
    resources = [
        {"name": _text(r.get("name")) or None, "url": _text(r.get("url")) or None,
         "format": _text(r.get("format")).upper() or None}
        for r in package.get("resources") or [] if isinstance(r, dict)
    ]
    formats = unique(r["format"] for r in resources if r["format"])
    tags = [_text(t.get("display_name") or t.get("name")) for t in package.get("tags") or []
            if isinstance(t, dict)]
    return Dataset(
        extractor_version=EXTRACTOR_VERSION,
        source=SOURCE,
        source_id=name,
        url=DATASET_PAGE.format(lang=lang, name=name),
        lang=LANGUAGES.get(lang, lang),
        title=title,
        provider=_text(organization.get("title")) or None,
        description=_text(package.get("notes")) or None,
        formats=formats,
        tags=[t for t in tags if t],
        resources=resources,
        updated_at=_text(package.get("metadata_modified")) or None,
    )


def _count(value) -> int:
    """CKAN's `count` as a number; ExtractionError when it is not one (paging would be guesswork)."""
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        raise ExtractionError(f"package_search count is not a number: {value!r}") from None


def _result(response):
    text = page_text(response)
    stripped = text.lstrip()
    if stripped.startswith("<"):
        raise ExtractionError("HTML page instead of a CKAN JSON answer")
    try:
        envelope = json.loads(stripped)
    except json.JSONDecodeError as exc:
        raise ExtractionError(f"not valid JSON (truncated?): {exc.msg} at char {exc.pos}") from None
    if not isinstance(envelope, dict) or "success" not in envelope:
        raise ExtractionError("JSON without the CKAN envelope (no 'success' key)")
    if envelope["success"] is not True:
        error = envelope.get("error") or {}
        reason = ((error.get("message") or error.get("__type")) if isinstance(error, dict) else str(error)) \
            or "no reason given"
        raise ExtractionError(f"CKAN call failed: {reason}")
    if "result" not in envelope:
        raise ExtractionError("CKAN answer has success=true but no result")
    return envelope["result"]


def _text(value) -> str:
    return clean(str(value), drop_zero_width=False) if value is not None else ""
