"""Simple API for XML (SAX) implementation for Python (CPython's `xml.sax`): parse and
parseString drive a ContentHandler from the expat-based reader make_parser returns."""

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import SAXException, SAXNotRecognizedException, \
    SAXParseException, SAXNotSupportedException, \
    SAXReaderNotAvailable


def parse(source, handler, errorHandler=ErrorHandler()):
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    inpsrc = InputSource()
    if isinstance(string, str):
        inpsrc.setCharacterStream(io.StringIO(string))
    else:
        inpsrc.setByteStream(io.BytesIO(string))
    parser.parse(inpsrc)


default_parser_list = ["xml.sax.expatreader"]

import os as _os
import sys as _sys
if not _sys.flags.ignore_environment and "PY_SAX_PARSER" in _os.environ:
    default_parser_list = _os.environ["PY_SAX_PARSER"].split(",")
del _os


def make_parser(parser_list=()):
    """Creates and returns a SAX parser: the first of the modules named in parser_list,
    then default_parser_list, that has a create_parser function."""
    for parser_name in list(parser_list) + default_parser_list:
        try:
            return _create_parser(parser_name)
        except ImportError:
            if parser_name in _sys.modules:
                # The module was found but failed to import: that error is reported.
                raise
        except SAXReaderNotAvailable:
            pass
    raise SAXReaderNotAvailable("No parsers found", None)


def _create_parser(parser_name):
    drv_module = __import__(parser_name, {}, {}, ['create_parser'])
    return drv_module.create_parser()
