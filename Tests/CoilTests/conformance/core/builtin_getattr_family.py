class Settings:
    theme = "dark"
    def __init__(self):
        self.volume = 7

s = Settings()
print(getattr(s, "volume"), getattr(s, "theme"), getattr(s, "missing", None), getattr(s, "missing", 0))
setattr(s, "volume", 11)
setattr(s, "new_attr", [1])
print(s.volume, s.new_attr, hasattr(s, "new_attr"), hasattr(s, "nope"))
delattr(s, "new_attr")
print(hasattr(s, "new_attr"))
try:
    getattr(s, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(s, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(s, 5)
except TypeError as e:
    print(type(e).__name__, e)
for field in ["volume", "theme"]:
    print(field, "=", getattr(s, field))
method = getattr("hello", "upper")
print(method(), getattr([3, 1, 2], "index")(2), getattr(Settings, "theme"))
setattr(Settings, "theme", "light")
print(s.theme, Settings().theme)
print(hasattr(1, "real"), hasattr(None, "__class__"), getattr(1, "__class__").__name__)
class Lazy:
    def __getattr__(self, name):
        return name * 2
print(getattr(Lazy(), "ab"), hasattr(Lazy(), "anything"))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
class Calc:
    pass
for name, fn in ops.items():
    setattr(Calc, name, staticmethod(fn))
print(Calc.add(2, 3), Calc().mul(2, 3))
print(getattr(s, "__dict__") is s.__dict__, sorted(s.__dict__))
