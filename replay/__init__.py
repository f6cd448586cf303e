"""replay: replay recorded user sessions and find where people got frustrated."""

__version__ = "0.1.0"
