from functools import singledispatch, partialmethod, singledispatchmethod
import collections.abc
@singledispatch
def f(x): return 'default'
@f.register
def _(x: int): return 'int'
@f.register(list)
def _(x): return 'list'
@f.register(collections.abc.Mapping)
def _(x): return 'mapping'
print(f(1), f(True), f([]), f('s'), f({}), f.dispatch(bool).__name__, sorted(k.__name__ for k in f.registry), f.__name__, f.__wrapped__.__name__)
try: f()
except TypeError as e: print(e)
class C:
    def m(self, a, b): return (a, b)
    p = partialmethod(m, 1)
    @singledispatchmethod
    def s(self, x): return 'obj'
    @s.register
    def _(self, x: int): return 'int'
    @s.register(str)
    def _(self, x): return 'str ' + x
print(C().p(2), C().s(1), C().s('a'), C().s(2.5), C.p(C(), 5))
try:
    f.register(5)
except TypeError as e: print(e)
