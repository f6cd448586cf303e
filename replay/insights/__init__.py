"""Insights across sessions: heatmaps, per-page and per-element tables, outcomes, report."""
