"""The Scrapy project: settings, items, the source registry, the web-archive layer, and one package per
source under `sources/`."""
