class Meters:
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return f"Meters({self.value})"
    def __add__(self, other):
        print("  __add__")
        if isinstance(other, Meters):
            return Meters(self.value + other.value)
        if isinstance(other, (int, float)):
            return Meters(self.value + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__")
        return self.__add__(other)
    def __mul__(self, k):
        return Meters(self.value * k)
    def __rmul__(self, k):
        print("  __rmul__")
        return Meters(self.value * k)
    def __rsub__(self, other):
        print("  __rsub__")
        return Meters(other - self.value)
    def __rtruediv__(self, other):
        return other / self.value
    def __rpow__(self, other):
        return other ** self.value

print(Meters(5) + Meters(2))
print(Meters(5) + 3)
print(3 + Meters(5))
print(sum([Meters(1), Meters(2), Meters(3)]))
print(2 * Meters(4), Meters(4) * 2)
print(10 - Meters(3))
print(12 / Meters(4), 2 ** Meters(3))

class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f"Bag({self.items})"
    def __add__(self, other):
        print("  Bag.__add__ (new object)")
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print("  Bag.__iadd__ (in place)")
        self.items.extend(other.items)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __isub__(self, other):
        self.items = [i for i in self.items if i not in other.items]
        return self

b = Bag([1])
alias = b
b += Bag([2])
print(b, alias, b is alias)
b *= 2
print(b)
b -= Bag([1])
print(b)

class NoIAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIAdd(self.v + o)
n = NoIAdd(1)
before = n
n += 5
print(n.v, n is before)
try:
    "text" + Meters(1)
except TypeError as e:
    print(type(e).__name__, e)
