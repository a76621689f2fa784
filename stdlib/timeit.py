"""timeit: time small snippets, with CPython 3.11's Timer, timeit, repeat and autorange."""

import gc
import sys
import time
import itertools

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The code CPython times: setup once, then the statement in a loop between two timer reads.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, 'exec')
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        import linecache
        import traceback
        # the generated source, so the traceback can quote the timed statement's line
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split('\n'),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}

_USAGE = """usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]

Options:
  -n/--number N: how many times to execute 'statement' (default: pick one
                 so that the total time is at least 0.2 seconds)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass');
                may be given several times
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
"""


def main(args=None, *, _wrap_timer=None):
    """The `-m timeit` command line: its options, output lines and exit codes
    (0, 1 when the statement raises, 2 for a bad option) are CPython's."""
    import getopt
    import os
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, 'n:u:s:r:tcpvh',
                                   ['number=', 'setup=', 'repeat=', 'time', 'clock',
                                    'process', 'verbose', 'unit=', 'help'])
    except getopt.error as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    stmt = '\n'.join(args) or 'pass'
    number = 0
    setups = []
    repeat_count = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for opt, value in opts:
        if opt in ('-n', '--number'):
            number = int(value)
        elif opt in ('-s', '--setup'):
            setups.append(value)
        elif opt in ('-u', '--unit'):
            if value not in _UNITS:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
            unit = value
        elif opt in ('-r', '--repeat'):
            repeat_count = max(int(value), 1)
        elif opt in ('-p', '--process'):
            timer = time.process_time
        elif opt in ('-v', '--verbose'):
            # each -v after the first adds a digit
            if verbose:
                precision += 1
            verbose += 1
        elif opt in ('-h', '--help'):
            print(_USAGE, end=' ')
            return 0
    setup = '\n'.join(setups) or 'pass'
    # the statement may import modules from the current directory
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)

    def show(seconds):
        if unit is not None:
            name, scale = unit, _UNITS[unit]
        else:
            # the largest unit not above the time; below a nanosecond stays nsec
            name, scale = 'nsec', _UNITS['nsec']
            for candidate in ('sec', 'msec', 'usec'):
                if seconds >= _UNITS[candidate]:
                    name, scale = candidate, _UNITS[candidate]
                    break
        return '%.*g %s' % (precision, seconds / scale, name)

    if number == 0:
        def report(loops, seconds):
            if verbose:
                print('{} loop{} -> {:.{}g} secs'.format(
                    loops, 's' if loops != 1 else '', seconds, precision))
        try:
            number, _ = t.autorange(report)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat_count, number)
    except:
        t.print_exc()
        return 1
    if verbose:
        print('raw times: %s' % ', '.join(show(x) for x in raw))
        print()
    per_loop = [x / number for x in raw]
    best, worst = min(per_loop), max(per_loop)
    print('%d loop%s, best of %d: %s per loop'
          % (number, 's' if number != 1 else '', repeat_count, show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) '
                               'was more than four times slower than the best time (%s).'
                               % (show(worst), show(best)), UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
