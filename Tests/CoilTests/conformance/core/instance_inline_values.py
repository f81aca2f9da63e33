# Instance attributes of user classes: values kept inline until a __dict__ is needed. Every
# observable behaviour must be a dict's: order, deletion, vars(), __dict__ writes, __class__.
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


a = P(1, 2)
b = P(3, 4)
print(a.total(), b.total(), vars(a), b.__dict__)

# other instances assign in another order: their __dict__ keeps their own order
c = P.__new__(P)
c.y = 10
c.x = 20
print(vars(c), c.total())
d = P.__new__(P)
d.z = 0
d.x = 1
d.y = 2
print(vars(d), d.total())

# deleting and re-adding moves the key to the end, as in a dict
e = P(5, 6)
del e.x
print(vars(e))
try:
    e.x
except AttributeError as err:
    print("AttributeError:", err)
e.x = 7
print(vars(e), e.total())
try:
    del e.nope
except AttributeError as err:
    print("AttributeError:", err)

# the dict, once taken, is the live attribute store
f = P(1, 1)
fd = f.__dict__
fd["x"] = 100
fd["w"] = "new"
print(f.x, f.w, f.total())
f.y = 5
print(fd)
f.__dict__ = {"x": -1, "y": -2}
print(f.total(), vars(f), fd)

# names that are not interned (built at run time) find the same attributes
g = P(2, 3)
name = "".join(["x"])
print(getattr(g, name), hasattr(g, "".join(["y"])), hasattr(g, "".join(["q"])))
setattr(g, "".join(["y"]), 30)
setattr(g, "dyn" + str(1), "d1")
print(g.total(), vars(g))

# many attributes (more than the shared key table holds)
class Many:
    pass


m = Many()
for i in range(60):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), m.a0, m.a59, list(vars(m))[:3], list(vars(m))[-2:])
m2 = Many()
m2.a5 = "five"
m2.b = "b"
print(vars(m2))

# an instance attribute shadows a method and can be removed again
class S:
    def f(self):
        return "method"


s = S()
print(s.f())
s.f = lambda: "instance"
print(s.f())
del s.f
print(s.f())

# __class__ assignment keeps the attributes
class Q:
    def total(self):
        return "Q", self.x, self.y


h = P(8, 9)
h.__class__ = Q
print(h.total(), vars(h), type(h).__name__)
h.__class__ = P
print(h.total())

# object.__setattr__ / __getattribute__ / __delattr__
class Tracked:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)


t = Tracked()
t.a = 1
t.b = 2
print(vars(t), object.__getattribute__(t, "a"))
object.__delattr__(t, "a")
print(vars(t))

# subclass instances have their own layout
class P3(P):
    def __init__(self, x, y, z):
        self.z = z
        super().__init__(x, y)


p3 = P3(1, 2, 3)
print(vars(p3), p3.total(), vars(P(0, 0)))

# cycles through attributes are collected
class Node:
    pass


for i in range(1000):
    n1 = Node()
    n2 = Node()
    n1.other = n2
    n2.other = n1
    n1.payload = [n1, n2]
del n1, n2
print("collected", gc.collect() >= 0)

# copying through __dict__ and equality helpers see the attributes
k = P(4, 5)
kc = P.__new__(P)
kc.__dict__.update(k.__dict__)
kc.x = 40
print(vars(k), vars(kc))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.__dict__ == other.__dict__


print(Eq(1) == Eq(1), Eq(1) == Eq(2))

# reading an unset attribute after others were set
class Lazy:
    def __init__(self):
        self.a = 1

    def get_b(self):
        return getattr(self, "b", "no b")


lz = Lazy()
print(lz.get_b())
lz.b = 2
print(lz.get_b(), Lazy().get_b())
