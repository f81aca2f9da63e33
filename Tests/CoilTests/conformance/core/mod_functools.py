import functools
from functools import partial, reduce, wraps, lru_cache, cache, cmp_to_key, total_ordering, cached_property
def f(a, b=2, *c, **k): return (a, b, c, k)
p = partial(f, 1, x=3)
print(p.func is f, p.args, p.keywords, p(5, y=6), p(), p(x=9))
p2 = partial(p, 7, z=1)
print(p2.args, p2.keywords, p2.func is f, repr(partial(len))[:33])
class P(partial): pass
print(type(P(f, 1)).__name__, P(f, 1)(2))
try:
    partial(1)
except TypeError as e:
    print(e)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(lambda a, b: a + b, ["x"], "y"))
try:
    reduce(f, [])
except TypeError as e:
    print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    """hello doc"""
    return x + 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(1), hello.__qualname__)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def g(x): return x * 2
g(1); g(1); g(2)
print(g.cache_info(), g.cache_parameters(), g.__name__, type(g))
@lru_cache(maxsize=2)
def h(x, y=0):
    print("compute", x, y)
    return x + y
h(1); h(2); h(1); h(3); h(2); h(1, y=5); h(1, y=5)
print(h.cache_info())
h.cache_clear()
print(h.cache_info())
@cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info())
class C:
    def __init__(self): self.n = 0
    @lru_cache(maxsize=None)
    def m(self, x):
        self.n += 1
        return x * 10
    @cached_property
    def cp(self):
        print("computing cp")
        return 42
c = C()
print(c.m(1), c.m(1), c.n, c.cp, c.cp, c.__dict__)
print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(1), V(3) >= V(4))
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(2) >= W(1))
try:
    @total_ordering
    class Z: pass
except ValueError as e:
    print(e)
print(lru_cache(maxsize=1)(f).cache_info())
