"""Exceptions extractors raise for pages they cannot read; the crawl turns them into error rows."""


class ExtractionError(ValueError):
    """The page is not the page type the extractor expects (empty, binary, truncated, another layout)."""
