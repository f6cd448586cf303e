"""CLI commands, one module per job; each module has ``register(group)``."""
