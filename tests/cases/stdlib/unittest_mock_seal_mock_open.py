from unittest.mock import Mock, MagicMock, seal, sentinel, call, patch, mock_open
m = Mock()
m.method.return_value = 1
seal(m)
try:
    m.other
except AttributeError as e:
    print("sealed", e)
print(m.method())
m = Mock(name="root")
m.child.grand(1)
print(m.mock_calls, m.child.grand.call_args)
try:
    m.assret_called()
except AttributeError as e:
    print(e)
m = MagicMock()
print(m.__len__(), len(m), m.__bool__())
m.configure_mock(**{"a.b.return_value": 1})
print(m.a.b())
mo = mock_open(read_data="line1\nline2\n")
with patch("builtins.open", mo):
    with open("f") as fh:
        print(fh.readline(), list(fh))
    with open("f") as fh:
        print([l for l in fh])
    with open("f", "w") as fh:
        fh.write("x")
print(mo.call_args_list)
mo.return_value.write.assert_called_once_with("x")
print(call.count(1), call.index)
