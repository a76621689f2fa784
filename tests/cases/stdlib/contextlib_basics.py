from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t:
    print('inside', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print('swallowed')
with swallow():
    raise KeyError('k')
with suppress(ZeroDivisionError):
    1 / 0
print('after suppress')
class R:
    def close(self): print('closed')
with closing(R()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)
with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    x = stack.enter_context(tag('c'))
    stack.callback(print, 'callback 2')
    print('body', x)
