class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x
    def greet(self):
        return f"Base greet x={self.x}"
    @classmethod
    def create(cls, x):
        print("Base.create for", cls.__name__)
        return cls(x)
    def __repr__(self):
        return f"{type(self).__name__}(x={self.x})"

class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        print("Derived.__init__", y)
        self.y = y
    def greet(self):
        return "Derived + " + super().greet()
    @classmethod
    def create(cls, x):
        print("Derived.create")
        obj = super().create(x)
        return obj

class Derived2(Derived):
    def __init__(self, x):
        super().__init__(x, y=x * 2)
    def greet(self):
        return "Derived2 + " + super().greet()

d = Derived(1, 2)
print(d.greet(), d.y)
d2 = Derived2(5)
print(d2.greet(), d2.y)
print(Derived2.create(7))

class Explicit(Base):
    def greet(self):
        return "Explicit + " + super(Explicit, self).greet()
print(Explicit(3).greet())

class SkipOne(Derived):
    def greet(self):
        return "SkipOne + " + super(Derived, self).greet()
print(SkipOne(4, 0).greet())

class WithStr(Base):
    def __str__(self):
        return "WithStr/" + super().__repr__()
print(str(WithStr(9)))

class Listy(list):
    def append(self, item):
        print("appending", item)
        super().append(item)
l = Listy([1])
l.append(2)
print(l, len(l), isinstance(l, list))

class Dicty(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)
dd = Dicty()
dd["a"] = 1
print(dd, dd["a"])
