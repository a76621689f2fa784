"""Helpers for the subprocess-area tests (not a test program)."""
