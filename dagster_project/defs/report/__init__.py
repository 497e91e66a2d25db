"""The ecosystem report: a static HTML page of charts over the published warehouse."""
