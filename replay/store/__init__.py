"""The library store: the only code that touches SQLite."""
