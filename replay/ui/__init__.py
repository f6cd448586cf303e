"""Every widget of the app (the only place Qt is imported)."""
