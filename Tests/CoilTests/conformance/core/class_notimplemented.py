class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented

class B:
    def __eq__(self, other):
        print("B.__eq__")
        return True
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled add"
    def __gt__(self, other):
        print("B.__gt__")
        return True

a, b = A(), B()
print(a == b)
print(a + b)
print(a < b)
x = A()
print(x == x)
print(x != A())
try:
    a + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < a
except TypeError as e:
    print(type(e).__name__, e)

class Sub(B):
    def __radd__(self, other):
        print("Sub.__radd__")
        return "subclass first"
class Base:
    def __add__(self, other):
        print("Base.__add__")
        return "base"
class Derived(Base):
    def __radd__(self, other):
        print("Derived.__radd__")
        return "derived reflected first"
print(Base() + Derived())
print(NotImplemented, type(NotImplemented).__name__)
print(bool(1 .__add__(1.5) is NotImplemented), (1).__add__(2))
