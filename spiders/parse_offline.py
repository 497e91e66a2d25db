"""`hkai parse`: run a source's extractor on a saved response body, with no network (an offline `scrapy parse`)."""
from __future__ import annotations

import re
from dataclasses import asdict, is_dataclass

from scrapy.http import Request, Response

from spiders.errors import ExtractionError
from spiders.registry import get_source, load_object


def extractor_for(source_name: str, url: str):
    """The extractor the registry routes `url` to, or ExtractionError when no route matches."""
    source = get_source(source_name)
    for pattern, path in source.extractors:
        if re.search(pattern, url.split("?")[0]):
            return load_object(path)
    raise ExtractionError(f"{source_name} has no extractor for {url}; "
                          f"known URL patterns: {', '.join(p for p, _ in source.extractors)}")


def parse_saved(source_name: str, url: str, body: bytes, content_type: str = "") -> list:
    """Records (as dicts) or links (as {"url": ...}) that the source's extractor finds in a saved page."""
    extractor = extractor_for(source_name, url)
    headers = {"Content-Type": content_type} if content_type else {}
    response = Response(url=url, body=body, headers=headers, request=Request(url))
    result = extractor(response)
    items = result if isinstance(result, list) else [result]
    return [asdict(item) if is_dataclass(item) else {"url": item} for item in items]
