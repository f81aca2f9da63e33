class Meta(type):
    def __new__(mcls, name, bases, namespace):
        print(f"Meta.__new__ creating {name}")
        namespace["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, namespace)
        return cls
    def __call__(cls, *args, **kwargs):
        print(f"Meta.__call__ for {cls.__name__}")
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"class {cls.__name__} made by {cls.created_by}"

class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v

class Child(Base):
    pass

print(type(Base).__name__, type(Child).__name__)
obj = Child(5)
print(obj.v, Child.created_by, Child.describe())
print(isinstance(Child, Meta), isinstance(Child, type), isinstance(obj, Base))

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)

class Plugin(metaclass=Registry):
    pass
class A(Plugin): pass
class B(Plugin): pass
print(Registry.classes)

Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.x, Dyn.created_by, type(Dyn).__name__)
print(type(type).__name__, type(Meta).__name__, Meta.__mro__[1].__name__)
class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shout(metaclass=UpperAttrs):
    greeting = "hi"
    def speak(self):
        return "speaking"
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))
