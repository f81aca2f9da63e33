class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()))
print(isinstance(b, (C, (int, (A,)))))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(A, A))
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance(True, int), isinstance(True, bool), issubclass(bool, int))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance([], (tuple, list)))
print(isinstance(None, type(None)), isinstance(A, type), isinstance(A(), type))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance({}, dict), isinstance(set(), frozenset), isinstance(range(1), range))
print(type(b) is B, type(b) is A, type(b) == B)
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)))
try:
    isinstance(b, "A")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, (list, tuple)):
        return "sequence"
    return "other"
print([kind(v) for v in [True, 3, 2.5, "x", [1], (2,), {}, None]])
