"""_codecs: the C-level codec functions CPython's codecs module re-exports (here the other
way round); pickles of codecs.encode name this module, as CPython's do."""

from codecs import encode, decode, lookup, register, lookup_error, register_error
