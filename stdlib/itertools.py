"""itertools: iterator building blocks (same results as CPython's). The public types check
their arguments (with CPython's C messages) and call iter() when called, as CPython does;
most hand the lazy part to a private generator."""

from _clinic_args import clinic as _clinic, positional as _positional, index as _index, \
    MISSING as _MISSING


def _is_number(x):
    # CPython's PyNumber_Check: something int(), float() or complex() can convert.
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or isinstance(x, complex))


class _Lazy:
    """Base of the itertools types whose items come from a private generator: instances
    are their own iterators, of a type named as CPython's (`itertools.islice`...)."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count:
    def __init__(self, *args, **kwargs):
        start, step = _clinic('count', args, kwargs, ('start', 'step'), 0)
        start = 0 if start is _MISSING else start
        step = 1 if step is _MISSING else step
        if not (_is_number(start) and _is_number(step)):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


_NO_TIMES = object()


class repeat:
    def __init__(self, *args, **kwargs):
        object, times = _clinic('repeat', args, kwargs, ('object', 'times'), 1)
        times = _NO_TIMES if times is _MISSING else times
        # matches CPython: times, when given, is a Py_ssize_t (None included is an error).
        if times is _NO_TIMES:
            times = None
        else:
            try:
                times = times.__index__()
            except AttributeError:
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__) from None
            if not -2**63 <= times < 2**63:
                raise OverflowError('Python int too large to convert to C ssize_t')
        self._object = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._object

    def __length_hint__(self):
        return 0 if self._times is None else max(self._times, 0)

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, max(self._times, 0))


class cycle(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        (iterable,) = _positional('cycle', args, kwargs, 1)
        self._gen = _cycle(iter(iterable))


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class chain:
    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._gen = self._run(iterables)

    @staticmethod
    def _run(iterables):
        for it in iterables:
            for element in it:
                yield element

    @classmethod
    def from_iterable(cls, iterables):
        obj = cls()
        obj._gen = cls._run(iterables)
        return obj

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


_MAXSIZE = 2**63 - 1


def _islice_index(value, message):
    # CPython's islice_new: None is allowed, anything else must be an index >= 0.
    if value is None:
        return None
    try:
        value = value.__index__()
    except (AttributeError, TypeError):
        raise ValueError(message) from None
    if value < 0 or value > _MAXSIZE:
        raise ValueError(message)
    return value


class islice(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, *args = _positional('islice', args, kwargs, 2, 4)
        stop_msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        index_msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if len(args) == 1:
            start, stop, step = 0, _islice_index(args[0], stop_msg), 1
        else:
            stop = _islice_index(args[1], stop_msg)
            start = _islice_index(args[0], index_msg) or 0
            step = 1
            if len(args) == 3 and args[2] is not None:
                try:
                    step = args[2].__index__()
                except (AttributeError, TypeError):
                    step = -1
                if step <= 0 or step > _MAXSIZE:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        # Arguments are checked when islice() is called, as CPython does; only iteration is lazy.
        self._gen = _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    nexti = start
    i = 0
    while stop is None or i < stop:
        try:
            element = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1


class accumulate(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _clinic('accumulate', args, kwargs,
                                          ('iterable', 'func', 'initial'), 1, maxpos=2)
        self._gen = _accumulate(iter(iterable), None if func is _MISSING else func,
                           None if initial is _MISSING else initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class product(_Lazy):
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        for name in kwargs:
            if name != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for product()" % name)
        repeat = _index(kwargs.get('repeat', 1))
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        # CPython materialises the pools when product() is called.
        self._gen = _product([tuple(pool) for pool in iterables] * repeat)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


class permutations(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, r = _clinic('permutations', args, kwargs, ('iterable', 'r'), 1)
        pool = tuple(iterable)
        if r is _MISSING or r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class combinations(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, r = _clinic('combinations', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, r = _clinic('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class groupby:
    def __init__(self, *args, **kwargs):
        iterable, key = _clinic('groupby', args, kwargs, ('iterable', 'key'), 1)
        key = None if key is _MISSING else key
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self._group(self._tgtkey, self._id)))

    def _group(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


class _grouper(_Lazy):
    """One group of a groupby: valid until the groupby moves on."""
    __slots__ = ()

    def __init__(self, gen):
        self._gen = gen


class zip_longest(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        for name in kwargs:
            if name != 'fillvalue':
                # CPython's message names no argument here.
                raise TypeError('zip_longest() got an unexpected keyword argument')
        self._gen = _zip_longest([iter(it) for it in args], kwargs.get('fillvalue'))


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


class starmap(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        function, iterable = _positional('starmap', args, kwargs, 2)
        self._gen = _starmap(function, iter(iterable))


def _starmap(function, iterable):
    for args in iterable:
        # tuple() first: a non-iterable item is "'int' object is not iterable", as CPython.
        yield function(*(args if type(args) is tuple else tuple(args)))


class takewhile(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('takewhile', args, kwargs, 2)
        self._gen = _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


class dropwhile(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('dropwhile', args, kwargs, 2)
        self._gen = _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x


class filterfalse(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('filterfalse', args, kwargs, 2)
        self._gen = _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x


class compress(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        data, selectors = _clinic('compress', args, kwargs, ('data', 'selectors'), 2)
        self._gen = (d for d, s in zip(data, selectors) if s)


class pairwise(_Lazy):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        (iterable,) = _positional('pairwise', args, kwargs, 1)
        self._gen = _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


class _tee:
    """One of tee()'s iterators. The iterators share a chain of [value, next] cells filled
    from the source iterator as the one in front needs them; a cell is freed once every
    iterator is past it. Copying one (copy.copy, or tee() of it) starts another at the
    same place, as CPython's do."""
    __slots__ = ('_it', '_cell', '__weakref__')

    def __init__(self, it, cell):
        self._it = it
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            cell[0] = next(self._it)
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        return _tee(self._it, self._cell)


def tee(*args, **kwargs):
    iterable, *n = _positional('tee', args, kwargs, 1, 2, kwname='itertools.tee')
    n = _index(n[0]) if n else 2
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if not n:
        return ()
    # matches CPython: a copyable iterator (another tee's) is the first result itself
    first = it if hasattr(type(it), '__copy__') else _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def _name_c_types():
    # CPython's itertools types are C types named 'itertools.count' etc. in error messages.
    import _time
    for cls in (count, repeat, chain, groupby, cycle, islice, accumulate, product, permutations,
                combinations, combinations_with_replacement, zip_longest, starmap, takewhile,
                dropwhile, filterfalse, compress, pairwise, _grouper, _tee):
        _time._set_type_name(cls, 'itertools.' + cls.__name__)


_name_c_types()


# CPython's itertools are C: no frame of theirs shows in a traceback (an exception from a
# user function called by accumulate, starmap, takewhile... names only the user's frames).
import _c_frames
_c_frames.hide_namespace(globals(), (__name__, '_clinic_args'))
del _c_frames
