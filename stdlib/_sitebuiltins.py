"""The `exit` and `quit` objects of the interactive prompt (CPython's site module puts the
same ones in builtins): their repr tells how to leave, calling them raises SystemExit."""

import sys


class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        # As CPython's: shells that catch SystemExit still see their stdin closed.
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)


exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')


def install(builtins_dict):
    builtins_dict['exit'] = exit
    builtins_dict['quit'] = quit


# The `help` object lives in builtins from start-up (src/builtins/site_helper.rs); its class
# is this module's `_Helper`, as in CPython.
import builtins as _builtins
_Helper = type(_builtins.help)
del _builtins
