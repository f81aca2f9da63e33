# super().m(...) in all its shapes: the VM skips the super object only for the plain case, so
# every other case must still behave like super() followed by an attribute lookup.
class Base:
    def m(self, x):
        return ("Base.m", type(self).__name__, x)

    @classmethod
    def cm(cls, x):
        return ("Base.cm", cls.__name__, x)

    @staticmethod
    def sm(x):
        return ("Base.sm", x)

    @property
    def p(self):
        return "Base.p"

    def __repr__(self):
        return "<%s>" % type(self).__name__


class Mid(Base):
    def m(self, x):
        return ("Mid.m",) + super().m(x + 1)

    @classmethod
    def cm(cls, x):
        return ("Mid.cm",) + super().cm(x)

    def sm_via_super(self):
        return super().sm(5)

    def p_via_super(self):
        return super().p

    def repr_via_super(self):
        return super().__repr__()

    def init_chain(self):
        return super().__init__()

    def missing(self):
        return super().nope()

    def klass(self):
        return super().__class__


class Leaf(Mid):
    def m(self, x):
        return ("Leaf.m",) + super().m(x * 10)


print(Leaf().m(1))
print(Mid().m(1))
print(Leaf.cm(3))
print(Leaf().cm(4))
print(Leaf().sm_via_super())
print(Leaf().p_via_super())
print(Leaf().repr_via_super())
print(Leaf().init_chain())
print(Leaf().klass())
try:
    Leaf().missing()
except AttributeError as e:
    print("AttributeError:", e)


# self stored in a cell (a closure refers to it)
class Cell(Base):
    def m(self, x):
        f = lambda: self
        return ("Cell.m", f() is self) + super().m(x)


print(Cell().m(7))


# an instance attribute of the same name does not shadow the method found through super()
class Shadow(Base):
    def __init__(self):
        self.m = "instance attr"

    def call(self):
        return super().m(0)


print(Shadow().call())


# a local or global named super is not the builtin
class Rebound(Base):
    def m(self, x):
        super = lambda: Base()
        return super().m(x)


print(Rebound().m(2))


class GlobalRebound(Base):
    def m(self, x):
        return super().m(x)


print(GlobalRebound().m(9))
super = lambda: Base()
print(GlobalRebound().m(9))
del super
print(GlobalRebound().m(9))


# super() whose first argument was deleted, or a function with no arguments
class Broken(Base):
    def m(self, x):
        del self
        return super().m(x)

    def noargs():
        return super().m(1)


for f in (lambda: Broken().m(1), Broken.noargs):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)


# super() inside a method whose class is not a base of the argument's type
class Other:
    def m(self, x):
        return super().m(x)


try:
    Other.m(Base(), 1)
except TypeError as e:
    print("TypeError:", e)


# diamond: the method after __class__ in the *instance's* MRO
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), B().who())

# changes to a base after the first call are seen
def late(self):
    return ["A2"]


A.who = late
print(D().who())
del A.who
try:
    D().who()
except AttributeError as e:
    print("AttributeError:", e)


# super() reaching builtin methods of object and of builtin bases
class MyList(list):
    def append(self, x):
        super().append(x * 2)

    def __setattr__(self, k, v):
        super().__setattr__(k, v + 1)


ml = MyList()
ml.append(3)
ml.tag = 1
print(ml, ml.tag)


# keyword arguments through super()
class KW(Base):
    def m(self, x):
        return super().m(x=x)


print(KW().m(11))


# one method body (one code object) under two different __class__ cells at one call site
class Root:
    def who(self):
        return ["Root"]


def make(tag):
    class Step(Root):
        def who(self):
            return [tag] + super().who()
    return Step


S1 = make("s1")
S2 = make("s2")


class Both(S1, S2):
    pass


for _ in range(3):
    print(Both().who(), S1().who(), S2().who())


# closures called directly: free variables come from the function's cells
def counter():
    n = 0

    def bump(k):
        nonlocal n
        n += k
        return n

    def peek():
        return n

    return bump, peek


bump, peek = counter()
for i in range(5):
    bump(i)
print(peek())


def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


print(fact_maker()(10))


class WithInit(Base):
    def __init__(self, v):
        helper = lambda: v
        super().__init__()
        self.v = helper()


print(WithInit(4).v, [WithInit(i).v for i in range(3)])
