"""configparser's file reader: sections, options, continuation lines and comments, following
CPython's RawConfigParser._read line by line."""

import sys

from _configparser_errors import (DuplicateSectionError, DuplicateOptionError, ParsingError,
                                  MissingSectionHeaderError)


def _comment_start(parser, line):
    start = sys.maxsize
    inline = {p: -1 for p in parser._inline_comment_prefixes}
    while start == sys.maxsize and inline:
        following = {}
        for prefix, index in inline.items():
            index = line.find(prefix, index + 1)
            if index == -1:
                continue
            following[prefix] = index
            if index == 0 or (index > 0 and line[index - 1].isspace()):
                start = min(start, index)
        inline = following
    for prefix in parser._comment_prefixes:
        if line.strip().startswith(prefix):
            return 0
    return None if start == sys.maxsize else start


def read_into(parser, fp, fpname):
    from configparser import SectionProxy
    elements_added = set()
    cursect = None
    sectname = None
    optname = None
    indent_level = 0
    error = None
    lineno = 0
    for lineno, line in enumerate(fp, start=1):
        comment_start = _comment_start(parser, line)
        value = line[:comment_start].strip()
        if not value:
            if parser._empty_lines_in_values:
                if (comment_start is None and cursect is not None and optname and
                        cursect[optname] is not None):
                    cursect[optname].append('')
            else:
                indent_level = sys.maxsize
            continue
        first_nonspace = parser.NONSPACECRE.search(line)
        cur_indent_level = first_nonspace.start() if first_nonspace else 0
        if cursect is not None and optname and cur_indent_level > indent_level:
            cursect[optname].append(value)
            continue
        indent_level = cur_indent_level
        mo = parser.SECTCRE.match(value)
        if mo:
            sectname = mo.group('header')
            if sectname in parser._sections:
                if parser._strict and sectname in elements_added:
                    raise DuplicateSectionError(sectname, fpname, lineno)
                cursect = parser._sections[sectname]
                elements_added.add(sectname)
            elif sectname == parser.default_section:
                cursect = parser._defaults
            else:
                cursect = parser._dict()
                parser._sections[sectname] = cursect
                parser._proxies[sectname] = SectionProxy(parser, sectname)
                elements_added.add(sectname)
            optname = None
        elif cursect is None:
            raise MissingSectionHeaderError(fpname, lineno, line)
        else:
            mo = parser._optcre.match(value)
            if mo:
                optname, optval = mo.group('option'), mo.group('value')
                if not optname:
                    error = _add_error(error, fpname, lineno, line)
                optname = parser.optionxform(optname.rstrip())
                if parser._strict and (sectname, optname) in elements_added:
                    raise DuplicateOptionError(sectname, optname, fpname, lineno)
                elements_added.add((sectname, optname))
                cursect[optname] = [optval.strip()] if optval is not None else None
            else:
                error = _add_error(error, fpname, lineno, line)
    _join_multiline_values(parser)
    if error:
        raise error


def _add_error(error, fpname, lineno, line):
    if not error:
        error = ParsingError(fpname)
    error.append(lineno, repr(line))
    return error


def _join_multiline_values(parser):
    all_sections = [(parser.default_section, parser._defaults)]
    all_sections.extend(parser._sections.items())
    for section, options in all_sections:
        for name, val in options.items():
            if isinstance(val, list):
                val = '\n'.join(val).rstrip()
            options[name] = parser._interpolation.before_read(parser, section, name, val)
