"""Orchestration: Dagster assets, checks, schedules and resources, and the `hkai` command line."""
