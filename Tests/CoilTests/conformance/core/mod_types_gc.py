import types, gc
ns = types.SimpleNamespace(b=1, a=2)
print(ns, repr(types.SimpleNamespace()), type(ns).__name__, types.SimpleNamespace)
class S(types.SimpleNamespace): pass
print(S(x=1), S(x=1) == types.SimpleNamespace(x=1), ns == types.SimpleNamespace(b=1, a=2), ns == 5)
ns.c = ns
print(ns, ns.a, vars(S(q=3)))
def f(): pass
def g(): yield 1
class C:
    def m(self): return 42
mt = types.MethodType(lambda self: self, 5)
print(mt(), type(mt) is types.MethodType, isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
cg = types.coroutine(g)
print(cg is g)
print(gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled(), isinstance(gc.collect(), int))
X = types.new_class("X", (C,), {}, lambda ns: ns.update({"z": 9}))
print(X, X().z, X().m())
