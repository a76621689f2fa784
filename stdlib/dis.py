"""Disassembler of code objects.

corio runs its own instruction set, not CPython's, so the listings show corio's
instructions (in CPython's column layout) and the opcode tables are CPython 3.11's names
only for reference.
"""

import collections
import sys
import types

from _traceback import code_instructions as _code_instructions

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode", "opname", "opmap",
           "cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
           "hascompare", "hasfree", "HAVE_ARGUMENT", "EXTENDED_ARG", "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')
HAVE_ARGUMENT = 90
EXTENDED_ARG = 144
opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
hasconst = [100]
hasname = [90, 91, 95, 96, 97, 98, 101, 106, 108, 109, 116, 160]
hasjrel = [93, 110, 111, 112, 114, 115, 120, 123, 140, 143, 172, 173, 175, 176]
hasjabs = []
haslocal = [124, 125, 126, 180]
hascompare = [107]
hasfree = [135, 136, 137, 138, 148]
for _name, _op in (('CACHE', 0), ('POP_TOP', 1), ('PUSH_NULL', 2), ('NOP', 9),
                   ('RETURN_VALUE', 83), ('STORE_NAME', 90), ('LOAD_CONST', 100),
                   ('LOAD_NAME', 101), ('LOAD_ATTR', 106), ('COMPARE_OP', 107),
                   ('LOAD_GLOBAL', 116), ('LOAD_FAST', 124), ('STORE_FAST', 125),
                   ('RESUME', 151), ('PRECALL', 166), ('CALL', 171)):
    opname[_op] = _name
    opmap[_name] = _op
del _name, _op

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

_Instruction = collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
     "is_jump_target", "positions"],
    defaults=[None])


class Instruction(_Instruction):
    """Details for a bytecode operation."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append("%*d" % (lineno_width, self.starts_line))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _unwrap(x):
    # A method's function, a function's, generator's or coroutine's code; anything else as is.
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    return x


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = compile(x, '<disassembly>', 'exec')
    if hasattr(x, 'co_code') or isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _instructions(co):
    rows = _code_instructions(co)
    targets = {row[5] for row in rows if row[5] is not None}
    last_line = None
    for offset, line, name, arg, argrepr, target in rows:
        starts = None
        if line is not None and line != last_line:
            starts = last_line = line
        yield Instruction(name, opmap.get(name, 0), arg, target if target is not None else arg,
                          argrepr, offset, starts, offset in targets)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator over the instructions of a function, method, code object or source string."""
    co = _get_code_object(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    for instr in _instructions(co):
        if shift and instr.starts_line is not None:
            instr = instr._replace(starts_line=instr.starts_line + shift)
        yield instr


def findlinestarts(code):
    """(offset, lineno) pairs where a new source line starts."""
    for instr in _instructions(code):
        if instr.starts_line is not None:
            yield instr.offset, instr.starts_line


def findlabels(code):
    """Offsets that are jump targets."""
    return [instr.offset for instr in _instructions(code) if instr.is_jump_target]


def stack_effect(opcode, oparg=None, *, jump=None):
    raise ValueError('invalid opcode or oparg')


def _print_code(co, file=None, lasti=-1):
    instrs = list(_instructions(co))
    lines = [i.starts_line for i in instrs if i.starts_line is not None]
    lineno_width = len(str(max(lines))) if lines and max(lines) >= 1000 else 3
    max_offset = instrs[-1].offset if instrs else 0
    offset_width = len(str(max_offset)) if max_offset >= 10000 else 4
    for instr in instrs:
        if instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _print_code(co, file, lasti)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if isinstance(x, types.CodeType):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod,
              staticmethod, type)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a class, method, function, generator, coroutine, code object or source."""
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__') and not isinstance(x, types.CodeType):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, types.CodeType):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, str):
        _disassemble_recursive(compile(x, '<dis>', 'exec'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, file=file)


_FLAG_NAMES = {1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS",
               16: "NESTED", 32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE",
               256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR"}


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """Formatted details of a code object's attributes."""
    co = _get_code_object(x)
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    # Each non-empty table as a titled, numbered list (constants by repr, names as they are).
    for title, items, form in (("Constants:", co.co_consts, "%4d: %r"),
                               ("Names:", co.co_names, "%4d: %s"),
                               ("Variable names:", co.co_varnames, "%4d: %s"),
                               ("Free variables:", co.co_freevars, "%4d: %s"),
                               ("Cell variables:", co.co_cellvars, "%4d: %s")):
        if items:
            lines.append(title)
            for i_item in enumerate(items):
                lines.append(form % i_item)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of a code object's attributes."""
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode operations of a piece of code, iterable as Instructions."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        import io
        with io.StringIO() as output:
            _print_code(self.codeobj, output,
                        -1 if self.current_offset is None else self.current_offset)
            return output.getvalue()
