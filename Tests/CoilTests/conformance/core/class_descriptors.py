class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")
    def __get__(self, instance, owner):
        if instance is None:
            return self
        return getattr(instance, self.name)
    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(instance, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(type(Person.name).__name__, Person.age.kind.__name__)
print(sorted(vars(p)))

class Constant:
    def __init__(self, value):
        self.value = value
    def __get__(self, instance, owner):
        return self.value

class NonData:
    def __get__(self, instance, owner):
        return "from non-data descriptor"

class Holder:
    c = Constant(99)
    nd = NonData()

h = Holder()
print(h.c, Holder.c)
h.__dict__["nd"] = "instance dict wins over non-data"
print(h.nd)
h.c = "instance attr shadows non-data Constant"
print(h.c)

class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, instance, owner):
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.func.__name__] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing area")
        return 3 * self.r * self.r

ci = Circle(2)
print(ci.area, ci.area)

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, instance, owner):
        return lambda *a: self.f(instance, *a)
class UsesMethod:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"
print(UsesMethod().hello("world"))
