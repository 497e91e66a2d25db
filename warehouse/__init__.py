"""The data model and DuckDB: schema, loading landing files, cleaning and modelling, publishing, queries.

Plain functions over DuckDB connections and pandas frames; never imports Dagster.
"""
