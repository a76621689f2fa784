"""Logging configuration."""

import logging


# The logger the event loop reports to, named after the package.
logger = logging.getLogger(__package__)
