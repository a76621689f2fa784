"""configparser's value interpolation: none, %(name)s (Basic) and ${section:name} (Extended)."""

import re

from _configparser_errors import (InterpolationDepthError, InterpolationMissingOptionError,
                                  InterpolationSyntaxError, NoOptionError, NoSectionError,
                                  MAX_INTERPOLATION_DEPTH)


class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _Substituting(Interpolation):
    # The marker character ('%' or '$'), the reference pattern and the opening character.
    _MARK = '%'
    _OPEN = '('
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate_some(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        mark = self._MARK
        tmp_value = self._KEYCRE.sub('', value.replace(mark * 2, ''))
        if mark in tmp_value:
            raise ValueError('invalid interpolation syntax in %r at position %d'
                             % (value, tmp_value.find(mark)))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        mark = self._MARK
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            p = rest.find(mark)
            if p < 0:
                accum.append(rest)
                return
            if p > 0:
                accum.append(rest[:p])
                rest = rest[p:]
            c = rest[1:2]
            if c == mark:
                accum.append(mark)
                rest = rest[2:]
            elif c == self._OPEN:
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section, 'bad interpolation variable reference %r' % rest)
                rest = rest[m.end():]
                self._substitute(parser, option, accum, m.group(1), section, map, depth,
                                 rawval, rest)
            else:
                raise InterpolationSyntaxError(
                    option, section, "'%s' must be followed by '%s' or '%s', found: %r"
                    % (mark, mark, self._OPEN, rest))


class BasicInterpolation(_Substituting):
    """%(name)s refers to another option of the same section (or of DEFAULT); %% is a '%'."""

    _KEYCRE = re.compile(r'%\(([^)]+)\)s')

    def _substitute(self, parser, option, accum, name, section, map, depth, rawval, rest):
        var = parser.optionxform(name)
        try:
            v = map[var]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, var) from None
        if '%' in v:
            self._interpolate_some(parser, option, accum, v, section, map, depth + 1)
        else:
            accum.append(v)


class ExtendedInterpolation(_Substituting):
    """${name} or ${section:name}; $$ is a '$'."""

    _MARK = '$'
    _OPEN = '{'
    _KEYCRE = re.compile(r'\$\{([^}]+)\}')

    def _substitute(self, parser, option, accum, name, section, map, depth, rawval, rest):
        path = name.split(':')
        sect, opt = section, option
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                v = map[opt]
            elif len(path) == 2:
                sect = path[0]
                opt = parser.optionxform(path[1])
                v = parser.get(sect, opt, raw=True)
            else:
                raise InterpolationSyntaxError(option, section,
                                               "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval,
                                                  ':'.join(path)) from None
        if '$' in v:
            self._interpolate_some(parser, opt, accum, v, sect,
                                   dict(parser.items(sect, raw=True)), depth + 1)
        else:
            accum.append(v)
