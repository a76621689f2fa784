"""Core XML support for Python (corio: `xml.etree.ElementTree` only)."""
