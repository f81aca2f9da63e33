class Validated:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __setattr__(self, key, value):
        print(f"  __setattr__({key!r}, {value!r})")
        if key == "age" and value < 0:
            raise ValueError("age must be non-negative")
        super().__setattr__(key, value)
    def __delattr__(self, key):
        print(f"  __delattr__({key!r})")
        if key == "name":
            raise AttributeError("cannot delete name")
        super().__delattr__(key)

v = Validated("Ann", 30)
v.age = 31
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age)
v.extra = True
del v.extra
try:
    del v.name
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(vars(v)))

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, key, value):
        raise AttributeError(f"{type(self).__name__} is immutable")
    def __delattr__(self, key):
        raise AttributeError(f"cannot delete {key}")
f = Frozen(x=1, y=2)
print(f.x, f.y)
try:
    f.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(f, "z", 3)
except AttributeError as e:
    print(type(e).__name__, e)

class Tracking:
    def __init__(self):
        self.__dict__["changes"] = []
    def __setattr__(self, key, value):
        self.changes.append(key)
        self.__dict__[key] = value
t = Tracking()
t.a = 1
t.b = 2
t.a = 3
print(t.changes, t.a)
