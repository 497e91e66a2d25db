"""Labelled evaluation sets of the classification rules, how they were drawn, and the scorer (`make eval`)."""
