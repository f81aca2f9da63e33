class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

p1, p2, p3 = Point(1, 2), Point(1, 2), Point(2, 1)
print(p1 == p2, p1 is p2, hash(p1) == hash(p2))
s = {p1, p2, p3}
print(len(s), p2 in s, Point(9, 9) in s)
d = {p1: "first"}
d[p2] = "second"
print(d)

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a), len({a, a}))

class Child(Point):
    def __eq__(self, other):
        return super().__eq__(other)
try:
    hash(Child(1, 1))
except TypeError as e:
    print(type(e).__name__, e)

class Child2(Point):
    pass
print(hash(Child2(1, 2)) == hash(p1))
print(hash(1) == 1, hash(-1), hash(0), hash(True), hash(1.0) == hash(1))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
