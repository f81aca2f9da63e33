for v in [1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, print, type, object(), ..., slice(1)]:
    print(type(v).__name__, type(v))
print(type(1) is int, type(True) is bool, type(True) is int, type(type) is type)
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(callable(len), callable(int), callable(1), callable("x".upper), callable(lambda: 0), callable(type))
class C:
    def __call__(self):
        return "called"
    def m(self):
        pass
print(callable(C), callable(C()), callable(C().m), callable(C.m))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), bytes())
print(type("x")("abc"), type(5)("12") + 1, type([])("ab"), type({})(a=1))
print(object.__name__, type(object()).__mro__, issubclass(type, object), isinstance(object, type))
print(int.__name__, str.__qualname__, int.__module__)
