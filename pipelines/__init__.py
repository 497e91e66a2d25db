"""Scrapy item pipelines (in Scrapy's sense): validate, normalise, drop duplicates, write the landing files."""
