from unittest.mock import Mock, MagicMock, PropertyMock, patch, call, DEFAULT
m = MagicMock()
p = PropertyMock(return_value=3)
type(m).size = p
print(m.size)
m.size = 6
print(p.mock_calls)
m = MagicMock()
m.__len__ = lambda self: 42
print(len(m))
m.__iter__ = Mock(return_value=iter([7, 8]))
print(list(m))
m = Mock()
m.side_effect = lambda *a: DEFAULT
m.return_value = "rv"
print(m(1))
parent = Mock()
a, b = Mock(), Mock()
parent.attach_mock(a, "a")
parent.attach_mock(b, "b")
a(1); b(2)
print(parent.mock_calls)
x = MagicMock()
x.method.return_value.chain.return_value = "end"
print(x.method(1).chain(2), x.mock_calls)
print(x.method.return_value is x.method(5))
m = Mock(spec=["a"])
print(hasattr(m, "a"), hasattr(m, "b"))
print(bool(Mock()), isinstance(MagicMock(), Mock), isinstance(Mock(), MagicMock))
mm = MagicMock(side_effect=[1, 2])
print(mm(), mm())
try:
    mm()
except StopIteration as e:
    print("stop")
with patch("os.path.exists", return_value=True) as ex:
    import os
    print(os.path.exists("/nope"), ex.call_args)
with patch.dict("os.environ", {"ZZZ": "1"}, clear=True):
    print(dict(os.environ))
print("ZZZ" in os.environ)
