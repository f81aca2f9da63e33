# Running functions, methods and generators stay valid when the last reference to them goes
# away during the call (frames do not keep their function; pools and collections must cope).
def f():
    global f
    del f
    import gc; gc.collect()
    return 42
print(f())
class C:
    def m(self):
        del C.m
        import gc; gc.collect()
        return 'gone', hasattr(C, 'm')
print(C().m())
def outer():
    def inner(n):
        return n if n < 2 else inner(n - 1) + inner(n - 2)
    return inner
print(outer()(15))
g = (lambda: (lambda x: x * 2))()
print(g(21))
def gen():
    global gen
    del gen
    yield 1
    yield 2
print(list(gen()))
import sys
