"""urllib: only the `parse` submodule (URL splitting, joining and percent-encoding)."""
