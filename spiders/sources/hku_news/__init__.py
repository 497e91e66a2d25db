"""HKU news: one site of the university news spider (its configuration in `spiders/university_news/sites.py`)."""
from spiders.university_news import university_source

SOURCES = [university_source("hku")]
