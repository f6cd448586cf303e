"""Frustration detectors: pure functions over a session's arrays."""
