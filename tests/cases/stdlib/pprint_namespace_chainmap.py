import pprint, types, collections
pprint.pprint(types.SimpleNamespace(a=1, b="x" * 80, c=[1, 2]))
pprint.pprint(types.MappingProxyType({"a": "x" * 50, "b": "y" * 50}))
pprint.pprint(collections.ChainMap({"a": "x" * 50}, {"b": "y" * 50}))
pprint.pprint(collections.UserList(["x" * 40, "y" * 40]))
pprint.pprint(collections.UserDict({"a": "x" * 50, "b": "y" * 50}))
