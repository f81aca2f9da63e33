# Mapping patterns: literal and dotted keys, **rest, extra keys, .get() lookups.
import collections
import collections.abc

class K:
    name = "name"

def mp(v):
    match v:
        case {}:
            if not v:
                return "empty mapping"
            return "some mapping (extra keys are ignored) " + str(sorted(v))
    return "not a mapping"

def shape(v):
    match v:
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": "rect", "w": w, "h": h, **extra} if not extra:
            return f"rect {w}x{h}"
        case {"kind": "rect", **extra}:
            return f"rect with extra {sorted(extra.items())}"
        case {K.name: n, 1: one, None: nothing, -2: neg, 2.5: f}:
            return f"name={n} one={one} none={nothing} neg={neg} f={f}"
        case {"nested": {"inner": [x, *_]}}:
            return f"nested inner first {x}"
        case {**rest}:
            return f"anything else: {sorted(rest)}"
    return "not a mapping"

for v in [{}, {"a": 1}, [], "str", [("a", 1)]]:
    print(repr(v), "->", mp(v))

for v in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 3, "h": 4},
          {"kind": "rect", "w": 3, "h": 4, "color": "red"}, {"kind": "rect"},
          {"name": "n", 1: "I", None: "nil", -2: "minus", 2.5: "float"},
          {"nested": {"inner": [5, 6]}}, {"nested": {"inner": []}}, {"b": 2, "a": 1}, 42]:
    print(shape(v))

# **rest is a new dict without the matched keys, in the subject's order.
d = {"x": 1, "y": 2, "z": 3}
match d:
    case {"y": _, **others}:
        print(others, others is d)

# defaultdict: lookups use .get(), so __missing__ is not triggered.
dd = collections.defaultdict(list, {"a": 1})
match dd:
    case {"missing": _}:
        print("unexpected")
    case {"a": a}:
        print("defaultdict matched a =", a, "; keys now:", sorted(dd))

# A dict subclass with its own get() is asked through get().
class LoudDict(dict):
    def get(self, key, default=None):
        print("  LoudDict.get", repr(key))
        return super().get(key, default)

match LoudDict(p=1, q=2):
    case {"p": 1, "q": q}:
        print("LoudDict q =", q)

# Mapping ABC subclasses and registered classes.
class MyMapping(collections.abc.Mapping):
    def __init__(self, **kw):
        self.data = kw
    def __getitem__(self, k):
        return self.data[k]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)

match MyMapping(u=1, v=2):
    case {"u": u, **rest}:
        print("MyMapping u =", u, "rest =", rest)

class Plain:
    def get(self, k, default=None):
        return 1

match Plain():
    case {"a": 1}:
        print("plain object matched a mapping pattern?!")
    case _:
        print("an object with get() is not a mapping")

collections.abc.Mapping.register(Plain)
Plain.__len__ = lambda self: 5
match Plain():
    case {"a": a, "b": b}:
        print("registered mapping a b", a, b)

# Duplicate keys found at run time (dotted names with equal values) raise ValueError.
class Keys:
    first = "k"
    second = "k"

try:
    match {"k": 1, "j": 2}:
        case {Keys.first: 1, Keys.second: 1}:
            print("unexpected")
except ValueError as e:
    print("ValueError:", e)

# Length is checked first: a mapping with fewer items than keys fails without lookups.
match LoudDict(p=1):
    case {"p": 1, "q": 2}:
        print("unexpected")
    case _:
        print("too short, no get() calls")
