import types
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x'))
ns.c = [1]
print(ns, types.FunctionType, types.GeneratorType, types.ModuleType, types.CoroutineType, types.MethodType)
print(isinstance(print, types.BuiltinFunctionType))
