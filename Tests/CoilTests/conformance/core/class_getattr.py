class Proxy:
    def __init__(self, target):
        self._target = target
        self.local = "local value"
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("missing"):
            raise AttributeError(f"{type(self).__name__!r} proxy has no {name!r}")
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
print(p.local)
p.append(0)
print(p._target)
print(p.count(1))
print(hasattr(p, "missing_attr"))
try:
    p.missing_thing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(p, "missing_x", "default"))

class Config:
    def __init__(self, **values):
        self._values = values
    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None
c = Config(host="localhost", port=8080)
print(c.host, c.port)
try:
    c.user
except AttributeError as e:
    print(type(e).__name__, e)

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: f"value of {field}"
        raise AttributeError(name)
d = Dynamic()
print(d.get_color(), d.get_size())
print(hasattr(d, "other"), hasattr(d, "get_x"))
