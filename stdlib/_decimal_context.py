"""decimal's Context: precision, rounding, flags and traps, and the current-context functions."""

import decimal as _d


class Context(object):
    """Precision, rounding and the signals that are recorded (flags) or raised (traps)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _default_values
        self.prec = prec if prec is not None else base['prec']
        self.rounding = rounding if rounding is not None else base['rounding']
        self.Emin = Emin if Emin is not None else base['Emin']
        self.Emax = Emax if Emax is not None else base['Emax']
        self.capitals = capitals if capitals is not None else base['capitals']
        self.clamp = clamp if clamp is not None else base['clamp']
        self.flags = self._signal_dict(flags, [])
        self.traps = self._signal_dict(traps, base['traps'])

    @staticmethod
    def _signal_dict(given, default):
        if isinstance(given, dict):
            return {s: bool(given.get(s, False)) for s in _d._SIGNALS}
        chosen = default if given is None else given
        return {s: s in chosen for s in _d._SIGNALS}

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= _d.MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _d._ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, '
                                'ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, '
                                'ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _d._SIGNALS if self.flags[s]]
        traps = [s.__name__ for s in _d._SIGNALS if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                            self.capitals, self.clamp, ', '.join(flags),
                                            ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, condition, cause=None):
        """Record `condition`; raise it (naming the precise cause) if it is trapped."""
        self.flags[condition] = True
        if self.traps[condition]:
            raise condition([cause or condition])

    def create_decimal(self, num='0'):
        return _d.Decimal(num, self)._fix(self)

    def create_decimal_from_float(self, f):
        return _d.Decimal.from_float(f)._fix(self)


_default_values = {'prec': 28, 'rounding': _d.ROUND_HALF_EVEN, 'Emin': -999999,
                   'Emax': 999999, 'capitals': 1, 'clamp': 0,
                   'traps': [_d.DivisionByZero, _d.Overflow, _d.InvalidOperation]}

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=_d.ROUND_HALF_UP,
                       traps=[_d.DivisionByZero, _d.Overflow, _d.InvalidOperation, _d.Clamped,
                              _d.Underflow])
ExtendedContext = Context(prec=9, rounding=_d.ROUND_HALF_EVEN, traps=[])

_current = None


def getcontext():
    """The current context (a copy of DefaultContext until one is set)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def _context(context):
    """The context a method was given (checked, as CPython's C methods do), or the current one."""
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def setcontext(context):
    global _current
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A with-statement context manager running its body under a copy of `ctx`."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        setattr(manager.new_context, key, value)
    return manager
