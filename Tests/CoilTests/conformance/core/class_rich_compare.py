class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __hash__(self):
        return hash(self.parts)

v1, v2, v3 = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(v1 < v2, v1 <= v3, v1 > v2, v2 >= v1, v1 == v3, v1 != v3, v1 != v2)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10"), Version("1.2")]))
print(max(v1, v2), min([v2, v1]))
print(v1 == "1.2.0", v1 != "1.2.0")
print(len({v1, v3, v2}))

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"OnlyLt({self.v})"
a, b = OnlyLt(1), OnlyLt(2)
print(a < b, b > a, b < a)
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)

class Weird:
    def __eq__(self, other):
        return "truthy string"
    __hash__ = object.__hash__
print(Weird() == 1, Weird() != 1)
print(1 == Weird())
class Reverse:
    def __init__(self, v): self.v = v
    def __gt__(self, other):
        print("Reverse.__gt__ called")
        return self.v > other
print(5 < Reverse(10))
print([1, 2] < [1, 3], (1, "a") < (1, "b"), [Version("1.0")] < [Version("1.1")])
