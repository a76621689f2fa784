"""codeop: compile one interactive command, telling a complete one (a code object)
from one that needs more lines (None) and from an invalid one (SyntaxError).

CPython decides "needs more" with a parser flag; corio decides it from the source's
shape and the compiler's end-of-input errors: an open compound statement without its
closing blank line, an unclosed bracket or triple-quoted string, a trailing decorator
or backslash."""

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_INCOMPLETE_MESSAGES = (
    "expected an indented block",
    "was never closed",
    "unterminated triple-quoted string",
    "unexpected EOF",
    "incomplete input",
)


def _opens_block(source):
    """Whether source holds a compound statement, which the interactive reader only
    ends at a blank line."""
    for line in source.split("\n"):
        stripped = line.split("#", 1)[0].rstrip()
        if not stripped:
            continue
        if line[:1] in " \t" or stripped.endswith(":") or stripped.startswith("@"):
            return True
    return False


def _looks_incomplete(source, err):
    msg = str(getattr(err, "msg", err))
    if any(text in msg for text in _INCOMPLETE_MESSAGES):
        return True
    lines = [l for l in source.split("\n") if l.strip()]
    if lines and lines[-1].lstrip().startswith("@"):
        return True
    return source.rstrip(" \t").endswith("\\")


def _maybe_compile(compiler, source, filename, symbol):
    # a source of blank lines and comments is a complete (empty) command
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"
    try:
        code = compiler(source, filename, symbol)
    except SyntaxError as err:
        try:
            compiler(source + "\n", filename, symbol)
            return None
        except SyntaxError:
            pass
        if _looks_incomplete(source, err):
            return None
        raise
    if symbol == "single" and _opens_block(source) and not source.endswith("\n"):
        return None
    return code


class Compile:
    """compile() that remembers the __future__ statements it has seen."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        return compile(source, filename, symbol, dont_inherit=True)


class CommandCompiler:
    """compile_command() that remembers the __future__ statements it has seen."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)


def compile_command(source, filename="<input>", symbol="single"):
    """A code object for a complete command, None for an incomplete one; raises
    SyntaxError (or OverflowError/ValueError) for an invalid one."""
    return _maybe_compile(Compile(), source, filename, symbol)
