"""locale: the C and C.UTF-8 locales (what scripts see in containers and CI), with
CPython's API: setlocale/getlocale, localeconv, format_string, str, atof/atoi, currency,
strcoll/strxfrm, normalize and the LC_* constants. Other locales raise locale.Error, as
CPython does where they are not installed."""

import os as _os

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE",
           "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding",
           "LC_MESSAGES", "delocalize", "localize"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# The glibc categories LC_ALL reports, in its order.
_CATEGORY_NAMES = [
    ("LC_CTYPE", LC_CTYPE), ("LC_NUMERIC", LC_NUMERIC), ("LC_TIME", LC_TIME),
    ("LC_COLLATE", LC_COLLATE), ("LC_MONETARY", LC_MONETARY), ("LC_MESSAGES", LC_MESSAGES),
    ("LC_PAPER", None), ("LC_NAME", None), ("LC_ADDRESS", None), ("LC_TELEPHONE", None),
    ("LC_MEASUREMENT", None), ("LC_IDENTIFICATION", None),
]


class Error(Exception):
    pass


def _env_locale(category_name):
    for var in ("LC_ALL", category_name, "LANG"):
        value = _os.environ.get(var)
        if value:
            return value
    return "C"


def _supported(name):
    return name in ("C", "POSIX", "C.UTF-8", "C.utf8")


# matches CPython at start-up: LC_CTYPE comes from the environment, the rest stay "C".
_ctype = _env_locale("LC_CTYPE")
_current = {name: "C" for name, _ in _CATEGORY_NAMES}
_current["LC_CTYPE"] = _ctype if _supported(_ctype) else "C.UTF-8"


def _name_of(category):
    for name, number in _CATEGORY_NAMES:
        if number == category and number is not None:
            return name
    raise Error("unsupported locale setting") if category != LC_ALL else None


def _query_all():
    values = [_current[name] for name, _ in _CATEGORY_NAMES]
    if all(v == values[0] for v in values):
        return values[0]
    return ";".join("%s=%s" % (name, _current[name]) for name, _ in _CATEGORY_NAMES)


def setlocale(category, locale=None):
    """Set the locale for `category` (None queries it); "" takes it from the environment."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if category < 0 or category > LC_ALL:
        raise Error("unsupported locale setting")
    if locale is None:
        return _query_all() if category == LC_ALL else _current[_name_of(category)]
    names = [name for name, _ in _CATEGORY_NAMES] if category == LC_ALL else [_name_of(category)]
    chosen = {}
    for name in names:
        value = locale if locale != "" else _env_locale(name)
        if not _supported(value):
            raise Error("unsupported locale setting")
        chosen[name] = value
    _current.update(chosen)
    return _query_all() if category == LC_ALL else _current[names[0]]


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        bad = b if isinstance(a, _builtin_str) else a
        raise TypeError("strcoll() argument %d must be str, not %s"
                        % (2 if isinstance(a, _builtin_str) else 1, type(bad).__name__))
    return (a > b) - (a < b)


def strxfrm(s):
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s


def format_string(f, val, grouping=False, monetary=False):
    """`f % val` with the locale's decimal point and grouping (none in the C locale)."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    return format_string(percent, value, grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string("%.12g", val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# A few entries of CPython's locale_alias table (lower-cased name -> normalized locale).
_ALIASES = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.utf8': 'en_US.UTF-8', 'c.utf-8': 'en_US.UTF-8',
    'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1', 'en_gb': 'en_GB.ISO8859-1',
    'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1', 'fr': 'fr_FR.ISO8859-1',
    'fr_fr': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1', 'es_es': 'es_ES.ISO8859-1',
    'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1', 'ja': 'ja_JP.eucJP',
    'ja_jp': 'ja_JP.eucJP', 'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8',
    'zh_cn': 'zh_CN.gb2312', 'pt_br': 'pt_BR.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1',
}
_ENCODINGS = {'utf8': 'UTF-8', 'utf_8': 'UTF-8', 'utf-8': 'UTF-8', 'latin1': 'ISO8859-1',
              'iso88591': 'ISO8859-1', 'iso8859-1': 'ISO8859-1', 'iso885915': 'ISO8859-15',
              'ascii': 'ISO8859-1', 'eucjp': 'eucJP'}


def normalize(localename):
    """Normalize a locale name as CPython's alias table does (for common names)."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if code in _ALIASES and not modifier:
        return _ALIASES[code]
    if '.' in code:
        lang, encoding = code.split('.', 1)
        norm_encoding = _ENCODINGS.get(encoding.replace('-', '').replace('_', ''), None)
        base = _ALIASES.get(lang)
        if base is not None and norm_encoding is not None:
            return base.split('.')[0] + '.' + norm_encoding
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = _os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getencoding():
    return 'UTF-8' if 'utf' in _current["LC_CTYPE"].lower() else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    # matches CPython in UTF-8 mode, which a C or C.UTF-8 locale turns on.
    return 'UTF-8'
