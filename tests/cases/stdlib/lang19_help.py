# help(): the site builtin and pydoc's text for functions, classes, instances and methods.
print(repr(help), type(help))
import _sitebuiltins
print(_sitebuiltins._Helper is type(help))


def f(a, b=1, *args, c, **kw):
    """Do a thing.

    More text here.
    """
    return a


help(f)


def g(x):
    pass


help(g)


class Base:
    "Base doc."

    def inherited(self):
        "From base."

    k = 'base'


class Point(Base):
    """A point."""
    x = 1

    def __init__(self, x, y):
        self.x = x

    def dist(self, other):
        """Distance."""
        return 0

    async def am(self):
        pass

    def _private(self):
        pass

    def __eq__(self, o):
        return True

    @property
    def norm(self):
        """The norm."""
        return 1

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass


help(Point)
p = Point(1, 2)
help(p)
help(p.dist)
help(lambda x: x)
help('nonexistent_thing_xyz')
help(len)
help('len')


def nodoc(a, /, b, *, c=[1]):
    pass


help(nodoc)
import pydoc
print(pydoc.render_doc(g, 'Doc: %s', renderer=pydoc.plaintext))
print(repr(pydoc.getdoc(Point.dist)), repr(pydoc.getdoc(Point.__eq__)))
print(pydoc.describe(p), pydoc.describe(Point), pydoc.describe(len), pydoc.describe(pydoc))
print('end')
# The other site builtins.
import sys
print(repr(copyright) == sys.copyright, type(copyright), type(credits).__module__)
print(repr(credits))
print(repr(license))
copyright()

# A module: its sections, the class tree, functions and data.
import types
demo = types.ModuleType('demo', 'Demo module.\n\nLonger description.')
sys.modules['demo'] = demo
exec('''
VERSION = "1.0"
LIMIT = 10
class Base:
    """A base."""
    def go(self):
        pass
class Child(Base):
    pass
def helper(x, y=2):
    """Help."""
    return x
def _private():
    pass
''', demo.__dict__)
help(demo)
import math
print(math.__doc__)
print(len(sys.stdlib_module_names) > 300, 'json' in sys.stdlib_module_names)
