"""Warnings: `warn` with CPython's filters, registries and `file:line: Category: msg` output,
`simplefilter`, `filterwarnings`, `catch_warnings(record=True)`."""

import sys
import _traceback

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# CPython 3.11's default filters (release build): (action, message, category, module, lineno).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
# Keys already shown by the "default" and "module" actions; forgotten when filters change
# (CPython versions each module's __warningregistry__ the same way).
_registry = {}


def _filters_mutated():
    _registry.clear()


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    import re
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        s += "  %s\n" % line.strip()
    return s


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """The text of a warning: a replaced `formatwarning` decides; CPython's own format adds
    the tracemalloc hint for a warning about an object (`source=`), as tracemalloc is off."""
    fw = globals()["formatwarning"]
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    s = _formatwarning_orig(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if msg.source is not None:
        # CPython imports tracemalloc here to look the object up; see _warn_unawaited_coroutine.
        global _tracemalloc_imported
        _tracemalloc_imported = True
        s += "%s: Enable tracemalloc to get the object allocation traceback\n" % msg.category.__name__
    return s


def _showwarnmsg_impl(msg):
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = globals()["showwarning"]
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _line_of(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError):
        pass
    return None


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    where = _traceback.caller(stacklevel)
    if where is None:
        filename, lineno, module, line = "sys", 1, "sys", None
    else:
        filename, lineno, g, line = where
        module = g.get("__name__", "<string>")
    warn_explicit(message, category, filename, lineno, module, None, None, source, _line=line)


_shutdown_releasing_last_exception = False
_shutdown_collecting = False
_tracemalloc_imported = False


def _warn_unawaited_coroutine(qualname, origin=None):
    """Called by the VM for a coroutine collected before it ever ran (CPython's hook of the
    same name, given the coroutine's qualname as the object itself is gone): a RuntimeWarning
    through the filters, shown once per line like any "default" warning. During interpreter
    shutdown (no Python frame left) CPython can no longer import tracemalloc (sys.path is
    gone), so the hint line is left out; except in shutdown's first step
    (`_shutdown_releasing_last_exception`, set by the VM), before modules are torn down, when
    an earlier warning about an object had already imported tracemalloc. The collection of
    reference cycles at exit (`_shutdown_collecting`) runs while imports still work."""
    hint = _traceback.caller(1) is not None or _shutdown_collecting
    hint = hint or (_shutdown_releasing_last_exception and _tracemalloc_imported)
    source = qualname if hint else None
    text = f"coroutine '{qualname}' was never awaited"
    if origin is not None:
        text += "\nCoroutine created at (most recent call last)" + _origin_lines(origin)
    warn(text, RuntimeWarning, stacklevel=2, source=source)


def _origin_lines(origin):
    # The coroutine's `cr_origin` (innermost frame first) shown outermost first, each frame as
    # a traceback shows it; CPython strips the trailing newline of the whole message.
    import linecache
    out = ""
    for filename, lineno, funcname in reversed(origin):
        out += f'\n  File "{filename}", line {lineno}, in {funcname}'
        source = linecache.getline(filename, lineno).strip()
        if source:
            out += f"\n    {source}"
    return out


def _matches(pattern, text):
    # The default filters hold plain module names, compared for equality as in CPython.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None, _line=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is None:
        registry = _registry.setdefault(module, {})
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    if _line is None:
        _line = _line_of(filename, lineno)
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, _line, source))


class catch_warnings:
    """Save and restore the filters and showwarning; with record=True, collect warnings."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action else None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        g = globals()
        self._filters = g["filters"]
        g["filters"] = self._filters[:]
        _filters_mutated()
        self._showwarning = g["showwarning"]
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            g["showwarning"] = _showwarning_orig
            global _showwarnmsg_impl
            self._impl = _showwarnmsg_impl
            _showwarnmsg_impl = log.append
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        g = globals()
        g["filters"] = self._filters
        _filters_mutated()
        g["showwarning"] = self._showwarning
        if self._record:
            g["_showwarnmsg_impl"] = self._impl


# ---- the command line's -W options (sys.warnoptions) ----

class _OptionError(Exception):
    """A malformed -W option: reported on stderr and skipped."""


def _option_action(text):
    if not text:
        return "default"
    if text == "all":
        return "always"
    # Any prefix of an action names it ("e" is "error"), checked in CPython's order.
    for action in ("default", "always", "ignore", "module", "once", "error"):
        if action.startswith(text):
            return action
    raise _OptionError("invalid action: %r" % (text,))


def _option_category(text):
    if not text:
        return Warning
    if "." in text:
        module_name, _, attr = text.rpartition(".")
        try:
            module = __import__(module_name, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
        try:
            category = getattr(module, attr)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (text,)) from None
    else:
        import builtins
        category = getattr(builtins, text, None)
        if category is None:
            raise _OptionError("unknown warning category: %r" % (text,))
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise _OptionError("invalid warning category: %r" % (text,))
    return category


def _apply_option(option):
    fields = option.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (option,))
    fields = [f.strip() for f in fields] + [""] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _option_action(action)
    category = _option_category(category)
    import re
    message = re.escape(message)
    if module:
        module = re.escape(module) + r"\Z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _apply_options(options):
    for option in options:
        try:
            _apply_option(option)
        except _OptionError as err:
            print("Invalid -W option ignored:", err, file=sys.stderr)


_apply_options(sys.warnoptions)
