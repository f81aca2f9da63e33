def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@add_repr
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin

@register("circle")
@add_repr
class Circle:
    def __init__(self, r):
        self.r = r

@singleton
class Settings:
    def __init__(self, value):
        print("Settings created with", value)
        self.value = value

print(User("ann"), User("bob", admin=True))
print(registry, Circle.registered_as)
print(registry["circle"](2.5))
s1 = Settings(1)
s2 = Settings(2)
print(s1 is s2, s2.value)
print(type(Settings).__name__)

def count_instances(cls):
    original_init = cls.__init__
    cls.instances = 0
    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls

@count_instances
class Thing:
    def __init__(self, label):
        self.label = label
things = [Thing(c) for c in "abc"]
print(Thing.instances, [t.label for t in things])
