"""Importers: every supported format, sniffed from content."""
