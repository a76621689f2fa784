import traceback, sys, io
def inner(x):
    return 10 / x
def outer():
    return inner(0)
try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end='')
    traceback.print_exc(file=sys.stdout)
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(e))
    print(''.join(traceback.format_exception(e)) == text)
    print(traceback.format_exception_only(type(e), e))
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    buf = io.StringIO(); traceback.print_exception(type(e), e, e.__traceback__, file=buf); print(len(buf.getvalue()) > 0)
print(repr(traceback.format_exc()))
