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


# The texts of the `copyright`, `credits` and `license` objects (src/builtins/site_helper.rs
# makes the objects; their repr and call come here). corio ships no LICENSE file, so
# `license()` points to the license's address, as CPython's does without one.
_MAXLINES = 23
_TEXTS = {
    'copyright': (
        'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n'
        'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n'
        'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n'
        'All Rights Reserved.\n\n'
        'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n'
        'All Rights Reserved.'),
    'credits': (
        '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n'
        '    for supporting Python development.  See www.python.org for more information.'),
    'license': 'See https://www.python.org/psf/license/',
}


def _printer_repr(name):
    if name == 'license':
        # CPython reads its LICENSE file, longer than a screen.
        return 'Type license() to see the full license text'
    lines = _TEXTS[name].split('\n')
    if len(lines) <= _MAXLINES:
        return '\n'.join(lines)
    return 'Type %s() to see the full %s text' % (name, name)


def _printer_call(name):
    lines = _TEXTS[name].split('\n')
    prompt = 'Hit Return for more, or q (and Return) to quit: '
    lineno = 0
    while True:
        for line in lines[lineno:lineno + _MAXLINES]:
            print(line)
        lineno += _MAXLINES
        if lineno >= len(lines):
            break
        key = None
        while key not in ('', 'q'):
            key = input(prompt)
        if key == 'q':
            break


import builtins as _builtins
_Printer = type(_builtins.copyright)
del _builtins
