"""The analyst tables as Parquet files with a Frictionless data package, in data/export/ on each build."""
