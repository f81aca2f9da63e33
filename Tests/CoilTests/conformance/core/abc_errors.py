# abc: abstract-method bookkeeping, instantiation errors, register() and caches.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))


class Square(Half):
    def perimeter(self):
        return 4


sq = Square()
print(sq.describe(), Square.__abstractmethods__, isinstance(sq, Shape))

# An abstract method may be overridden by a plain attribute.
class Attr(Shape):
    area = 3
    perimeter = None


print(Attr().area, Attr.__abstractmethods__)

# Abstract properties, classmethods and staticmethods, new and deprecated spellings.
class Many(ABC):
    @property
    @abstractmethod
    def p(self): ...

    @classmethod
    @abstractmethod
    def c(cls): ...

    @staticmethod
    @abstractmethod
    def s(): ...

    @abc.abstractproperty
    def old_p(self): ...

    @abc.abstractclassmethod
    def old_c(cls): ...

    @abc.abstractstaticmethod
    def old_s(): ...


print(sorted(Many.__abstractmethods__))
try:
    Many()
except TypeError as e:
    print(e)
print(property(Shape.area).__isabstractmethod__, staticmethod(Shape.area).__isabstractmethod__)
print(property(Square.perimeter).__isabstractmethod__, classmethod(len).__isabstractmethod__)

# The metaclass spelled directly, and abstract methods without ABCMeta have no effect.
class M(metaclass=ABCMeta):
    @abstractmethod
    def f(self): ...


class NotABC:
    @abstractmethod
    def f(self): ...


print(type(M).__name__, NotABC().f(), hasattr(NotABC, "__abstractmethods__"))
try:
    M()
except TypeError as e:
    print(e)

# register(): virtual subclasses, decorators, errors, cache token.
class Proto(ABC):
    pass


tok = abc.get_cache_token()
print(Proto.register(int) is int, abc.get_cache_token() != tok)


@Proto.register
class Virtual:
    pass


print(isinstance(3, Proto), issubclass(bool, Proto), isinstance(Virtual(), Proto), issubclass(Virtual, Proto))
print(Proto in Virtual.__mro__, isinstance("s", Proto), issubclass(str, Proto))
try:
    Proto.register(5)
except TypeError as e:
    print("TypeError:", e)


class Child(Proto):
    pass


try:
    Child.register(Proto)
except RuntimeError as e:
    print("RuntimeError:", e)


# Registering with a subclass makes it a virtual subclass of the parent too.
class Leaf:
    pass


print(issubclass(Leaf, Proto))
Child.register(Leaf)
print(issubclass(Leaf, Proto), issubclass(Leaf, Child))
try:
    issubclass(3, Proto)
except TypeError as e:
    print("TypeError:", e)


# __subclasshook__ decides structurally; NotImplemented falls back to the normal rules.
class HasQuack(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasQuack:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Duck:
    def quack(self):
        return "Quack"


class Robot:
    pass


print(isinstance(Duck(), HasQuack), issubclass(Robot, HasQuack), issubclass(int, HasQuack))
HasQuack.register(Robot)  # the hook still says no
print(issubclass(Robot, HasQuack))


# update_abstractmethods after patching a class.
class Later(ABC):
    @abstractmethod
    def run(self): ...


Later.run = lambda self: "ran"
print(sorted(Later.__abstractmethods__))
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__), Later().run())
print(abc.update_abstractmethods(int) is int)

# __init_subclass__ and keyword arguments pass through ABCMeta.
class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry.append(name or cls.__name__)


class A(Plugin, name="alpha"):
    pass


class B(Plugin):
    pass


print(Plugin.registry)

# The VM side: type.__abstractmethods__ alone decides instantiation, without ABCMeta.
class Plain:
    pass


Plain.__abstractmethods__ = frozenset({"y", "x"})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__, Plain.__abstractmethods__)
Plain.__abstractmethods__ = ["z"]
del Plain.__abstractmethods__
print(type(Plain()).__name__, hasattr(Plain, "__abstractmethods__"), hasattr(int, "__abstractmethods__"))
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
