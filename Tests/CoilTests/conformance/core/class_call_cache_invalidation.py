# Calling a class remembers its plain __init__ per class version; every change to how
# instances are made must be seen.
class A:
    def __init__(self, x):
        self.x = x


def make(cls, v):
    return cls(v)


print(make(A, 1).x, make(A, 2).x)
A.__init__ = lambda self, x: setattr(self, 'x', x * 10)
print(make(A, 3).x)


class Base:
    def __init__(self, x):
        self.x = ('base', x)


class B(Base):
    pass


print(make(B, 1).x)
Base.__init__ = lambda self, x: setattr(self, 'x', ('new base', x))
print(make(B, 2).x)
B.__init__ = lambda self, x: setattr(self, 'x', ('own', x))
print(make(B, 3).x)
del B.__init__
print(make(B, 4).x)


def new(cls, *args):
    o = object.__new__(cls)
    o.made_by_new = True
    return o


B.__new__ = new
b = make(B, 5)
print(b.x, b.made_by_new)
B.__new__ = lambda cls, *args: object.__new__(cls)
print(hasattr(make(B, 6), 'made_by_new'), make(B, 7).x)


class Other:
    def __init__(self, x):
        self.x = ('other', x)


class C(Base):
    pass


print(make(C, 1).x)
Base.__init__ = Other.__init__
print(make(C, 2).x)

import abc


class Abstract(abc.ABC):
    def __init__(self, x):
        self.x = x


print(make(Abstract, 1).x)
Abstract.__abstractmethods__ = frozenset({'run'})
try:
    make(Abstract, 2)
except TypeError as e:
    print('TypeError:', e)
