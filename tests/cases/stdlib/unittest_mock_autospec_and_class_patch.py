import unittest, io, asyncio
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, call, create_autospec, AsyncMock

class Database:
    def connect(self, url): return "real"
    def query(self, sql, *params): return []
    async def fetch(self, key): return key

class Repo:
    def __init__(self):
        self.db = Database()
    def names(self):
        self.db.connect("db://")
        return [r[0] for r in self.db.query("SELECT name", 1)]

@patch("__main__.Database")
class RepoTest(unittest.TestCase):
    def test_names(self, DB):
        DB.return_value.query.return_value = [("ann",), ("bob",)]
        self.assertEqual(Repo().names(), ["ann", "bob"])
        DB.return_value.connect.assert_called_once_with("db://")
        DB.assert_called_once_with()
        print(DB.mock_calls)

    def test_side_effect(self, DB):
        DB.return_value.query.side_effect = ConnectionError("down")
        with self.assertRaises(ConnectionError):
            Repo().names()
        print(DB.return_value.method_calls)

def func(a, b, *, c=1): return a
af = create_autospec(func, return_value=3)
print(af(1, 2, c=5))
af.assert_called_once_with(1, 2, c=5)
try:
    af(1)
except TypeError as e:
    print("TypeError", e)
db = create_autospec(Database)
inst = db()
inst.connect("x")
print(inst.connect.call_args, isinstance(inst, Database))
try:
    inst.nothing
except AttributeError as e:
    print("AE", e)
m = Mock(spec_set=Database)
try:
    m.other = 1
except AttributeError as e:
    print("AE", e)
m = MagicMock()
m.a.b.c.return_value = 7
print(m.a.b.c(), m.mock_calls)
m.reset_mock(return_value=True)
print(type(m.a.b.c()).__name__)
m = Mock(return_value=5)
m.reset_mock(return_value=True)
print(type(m()).__name__)
m = MagicMock()
m.__str__.return_value = "custom"
print(str(m), f"{m}")
m = Mock()
m.side_effect = [1, 2]
print(m(), m())
w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_count)
m = MagicMock()
m[1] = 2
print(m[1] is m.__getitem__.return_value, m.__setitem__.call_args)
m = MagicMock()
m.__lt__.return_value = True
print(m < 3, m == m, m != m, m == 3)
pm = mock.PropertyMock(return_value=3)
print(pm())
with patch.object(Database, "connect", autospec=True) as c:
    c.return_value = "fake"
    print(Database().connect("u"))
    print(c.call_args[0][1])
unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(RepoTest))
suite_result = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(RepoTest))
print(suite_result.testsRun, suite_result.wasSuccessful(), suite_result.errors, suite_result.failures)
