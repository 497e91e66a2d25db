"""The web-archive layer: WARC writing and indexed replay on warcio, and packing the sample web."""
