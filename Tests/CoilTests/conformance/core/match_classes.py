# Class patterns: __match_args__, keyword patterns, builtin types matching themselves.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start = start
        self.end = end

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=z) if z > 0:
            return f"above at {x},{y},{z}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1} from {y1} to {y2}"
        case Line(start=Point() as s, end=e):
            return f"line from {s} to {e}"
        case Point():
            return "somewhere"
        case object(x=x):
            return f"something with x={x}"
    return "not a point"

for p in [Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -3), Point(0, 0), Point(0, 5), Point(3, 0),
          Point(1, 1), Line(Point(1, 2), Point(1, 5)), Line(Point(1, 2), Point(3, 4)),
          "nope", 42]:
    print(where(p))

class Obj:
    pass

o = Obj()
o.x = "attr"
print(where(o))

# Builtin types match the subject itself with one positional sub-pattern.
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(bs) | bytearray(bs):
            return f"bytes-like {bs!r}"
        case list([first, *_]):
            return f"list starting with {first}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": kv}):
            return f"dict with k={kv}"
        case set(s) | frozenset(s):
            return f"set-like of {len(s)}"
        case complex(real=r, imag=i):
            return f"complex {r} {i}"
    return "other"

for v in [True, -3, 7, 2.5, "hi", b"by", bytearray(b"ba"), [9, 8], [], (1, 2), {"k": 1}, {1, 2},
          frozenset(), 1 + 2j, None]:
    print(repr(v), "->", builtin(v))

# Subclasses of builtins keep the match-self behaviour unless they define __match_args__.
class MyInt(int):
    pass

class Celsius(float):
    __match_args__ = ("real",)

match MyInt(5):
    case int(n):
        print("MyInt as int:", n, type(n).__name__)
match MyInt(6):
    case MyInt(n):
        print("MyInt as MyInt:", n)
match Celsius(21.5):
    case Celsius(r):
        print("Celsius via __match_args__:", r)

# A dataclass-like class: the attributes named by __match_args__, in order.
class Employee:
    __match_args__ = ("name", "dept", "salary")
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

def describe(e):
    match e:
        case Employee(name, "eng", salary) if salary > 100:
            return f"{name}: senior engineer"
        case Employee(name, "eng"):
            return f"{name}: engineer"
        case Employee(name, dept=("sales" | "marketing") as d):
            return f"{name}: {d}"
        case Employee(name=n):
            return f"{n}: other"

for e in [Employee("ann", "eng", 150), Employee("bob", "eng", 90), Employee("cy", "sales", 1),
          Employee("di", "marketing", 1), Employee("ed", "ops", 1)]:
    print(describe(e))

# A missing attribute is simply no match; properties run; other errors propagate.
class Lazy:
    __match_args__ = ("value",)
    @property
    def value(self):
        print("  computing value")
        return 10

match Lazy():
    case Lazy(missing=1):
        print("unexpected")
    case Lazy(10):
        print("lazy matched")

class Broken:
    @property
    def boom(self):
        raise KeyError("boom")

try:
    match Broken():
        case Broken(boom=1):
            pass
except KeyError as e:
    print("KeyError propagates:", e)

# The class is matched with isinstance(), honouring __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, str)

class Stringish(metaclass=Meta):
    pass

match "text":
    case Stringish():
        print("metaclass __instancecheck__ used")

# Run-time errors of class patterns.
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["a"]

class BadNames:
    __match_args__ = ("a", 2)
    a = 1

class Dup:
    __match_args__ = ("a",)
    a = 1

not_a_class = len
for i, thunk in enumerate([
    lambda: NoArgs(),
    lambda: BadArgs(),
    lambda: BadNames(),
    lambda: Dup(),
    lambda: 5,
    lambda: 1.5,
]):
    try:
        match thunk():
            case NoArgs(1):
                pass
            case BadArgs(1):
                pass
            case BadNames(1, 2):
                pass
            case Dup(1, a=1):
                pass
            case int(1, 2):
                pass
            case not_a_class():
                pass
    except TypeError as e:
        print(i, "TypeError:", e)
