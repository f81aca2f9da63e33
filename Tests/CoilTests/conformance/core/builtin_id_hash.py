a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), isinstance(id(a), int))
x = object()
print(id(x) == id(x), x is x)
print(hash(1) == 1, hash(-1), hash(-2), hash(0), hash(10 ** 3), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 61)))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5) == hash(1.5), hash(2.0 ** 70) == hash(2 ** 70))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(float("inf")), hash(float("-inf")))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return self.v == other.v
print(hash(Key(42)), hash(Key(-1)), {Key(1): "a"}[Key(1)])
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
d = {}
d[1] = "int"
d[1.0] = "float replaces value, keeps key"
d[True] = "bool too"
print(d)
