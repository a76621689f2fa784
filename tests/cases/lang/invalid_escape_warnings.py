# Invalid escape sequences in str, bytes and f-string literals: CPython 3.11 keeps the
# backslash and warns with DeprecationWarning (the first invalid escape of each literal
# piece), a filter set to "error" turns the warning into a SyntaxError at the literal, and
# an f-string's `\{` still opens a replacement field.
import warnings

SOURCES = [
    'pattern = "\\d+"',
    'data = b"\\q"',
    'octal = "\\777"',
    'octal_bytes = b"\\400"',
    'fine = "\\n\\t\\x41\\101\\N{EM DASH}"',
    'raw = r"\\d"',
    'pair = ("\\d"\n        "\\e")',
    'multi = """one\ntwo \\w"""',
    'two = "\\a\\q\\z"',
    'fs = f"\\d{1}\\q"',
    'brace = f"\\{x}"',
    'doubled = f"\\{{x}}"',
]

x = 5
for source in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code = compile(source, "<lit>", "exec")
    namespace = {"x": x}
    exec(code, namespace)
    value = namespace[source.split(" =")[0]]
    print(repr(value), [(w.category.__name__, str(w.message), w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile('a = 1\nb = "\\d"\n', "<lit>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
print(f"\{x}", f"a\{x}b")
