class Logged:
    def __init__(self):
        self.x = 10
    def method(self):
        return "method result"
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  get {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print(f"  fallback for {name}")
        return f"<{name}>"

obj = Logged()
print(obj.x)
print(obj.method())
print(obj.nope)

class Hidden:
    def __init__(self):
        self.public = 1
        self._private = 2
    def __getattribute__(self, name):
        if name.startswith("_") and not name.startswith("__"):
            raise AttributeError(f"{name} is private")
        return object.__getattribute__(self, name)
h = Hidden()
print(h.public)
try:
    h._private
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(h, "_private", "hidden"), hasattr(h, "_private"))

class Counter:
    def __init__(self):
        object.__setattr__(self, "reads", 0)
    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)
    value = 5
c = Counter()
c.value; c.value; c.value
print(c.reads)
print(object.__getattribute__(c, "value"))
