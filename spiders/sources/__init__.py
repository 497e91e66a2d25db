"""Every source of the registry, one package each.

`<source>/__init__.py` declares the source; extraction is in `extract.py`, navigation in `spider.py`.
"""
