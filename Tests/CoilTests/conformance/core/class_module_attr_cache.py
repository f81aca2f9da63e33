# Class and module attributes read through the VM's caches must follow every change.
import types


class Base:
    K = 1
    def f(self, a):
        return ("Base.f", a)
    @staticmethod
    def s(a):
        return ("Base.s", a)
    @classmethod
    def c(cls, a):
        return ("Base.c", cls.__name__, a)
    @property
    def p(self):
        return "prop"


class Sub(Base):
    pass


def read(cls):
    return cls.K


def call(cls, obj):
    return cls.f(obj, 1)


def calls(cls):
    return cls.s(2), cls.c(3)


b = Sub()
for i in range(3):
    print(read(Sub), read(Base), call(Sub, b), calls(Sub))
Base.K = 10
print(read(Sub), read(Base))
Sub.K = 20
print(read(Sub), read(Base))
del Sub.K
print(read(Sub))
Base.f = lambda self, a: ("lambda", a)
print(call(Sub, b))
del Base.f
try:
    call(Sub, b)
except AttributeError as e:
    print("AttributeError:", e)
Base.s = staticmethod(lambda a: ("new static", a))
Base.c = classmethod(lambda cls, a: ("new class", cls.__name__, a))
print(calls(Sub))
print(type(Sub.p).__name__, Sub.__name__, Sub.__qualname__, Sub.__mro__[1].__name__)


# a name that the metaclass defines (type.mro) and a metaclass attribute
class Meta(type):
    tag = "meta"


class WithMeta(metaclass=Meta):
    pass


def tag(cls):
    return cls.tag


print(tag(WithMeta))
WithMeta.tag = "own"
print(tag(WithMeta))
print([c.__name__ for c in Sub.mro()])


# a descriptor class that gains __get__ after the first reads
class D:
    pass


class Holder:
    d = D()


def get_d():
    return Holder.d


print(type(get_d()).__name__)
D.__get__ = lambda self, obj, owner: "via __get__"
print(get_d())


# builtin classes
def join(parts):
    return str.join("-", parts)


print(join(["a", "b"]), join(["c"]), int.__name__, dict.fromkeys("ab"))


# module attributes: rebinding, deletion, __getattr__, several modules at one site
import modhelper_cache_a as modA
import modhelper_cache_b as modB


def mod_f(m):
    return m.f(1), m.X


for m in (modA, modB, modA, modB):
    print(mod_f(m))
modA.X = 100
modA.f = lambda a: ("rebound", a)
print(mod_f(modA))
del modA.X
try:
    mod_f(modA)
except AttributeError as e:
    print("AttributeError:", e)
del modB.X
print(mod_f(modB))
modA.X = 5
print(mod_f(modA))
ns = types.ModuleType("ns")
ns.f = lambda a: ("ns", a)
ns.X = "x"
print(mod_f(ns), mod_f(ns))
for i in range(20):
    setattr(modA, "filler%d" % i, i)
print(mod_f(modA))


# a module subclass with a property
class Mod(types.ModuleType):
    @property
    def X(self):
        return "property X"


mm = Mod("mm")
mm.f = lambda a: ("mm", a)
print(mod_f(mm), mod_f(mm))
