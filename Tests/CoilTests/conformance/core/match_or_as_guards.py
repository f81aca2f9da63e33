# OR patterns, AS patterns, guards, binding rules and match statements in every kind of scope.

def alt(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case [x, 0] | [0, x]:
            return f"pair with a zero and {x}"
        case (a, b, "ab") | (b, a, "ba"):
            return f"a={a} b={b}"
        case {"v": n} | [n] | n if isinstance(n, float):
            return f"float-ish {n}"
        case (("x" | "y") as axis, int() as coord):
            return f"axis {axis} coord {coord}"
        case [*_] as whole if len(whole) > 4:
            return f"long sequence of {len(whole)}"
        case str() | bytes() as text:
            return f"text {text!r}"
    return "no match"

for v in [2, [5, 0], [0, 6], (1, 2, "ab"), (1, 2, "ba"), {"v": 1.5}, [2.5], 3.5, ("y", 4), ("z", 4),
          [1, 2, 3, 4, 5], "s", b"b", None]:
    print(repr(v), "->", alt(v))

# The guard runs after the names are bound; a failing guard leaves them bound.
def guard_order(v):
    log = []
    def g(label, result):
        log.append(label)
        return result
    match v:
        case [x, y] if g(f"guard1 x={x}", x > y):
            log.append("body1")
        case [x, *_] if g(f"guard2 x={x}", False):
            log.append("body2")
        case _ if g("guard3", True):
            log.append("body3")
    return log, x

print(guard_order([3, 1]))
print(guard_order([1, 3]))

# A pattern that fails part-way binds nothing (CPython 3.11 binds only on success).
def partial():
    match [1, 2]:
        case [a, 3]:
            pass
        case _:
            pass
    try:
        return a
    except UnboundLocalError as e:
        return "unbound: " + str(e)

print(partial())

# Walrus in a guard binds in the enclosing scope.
match 10:
    case n if (double := n * 2) > 15:
        print("double", double)

# Capture targets are ordinary assignments: globals, nonlocals, class attributes.
counter = 0
def bump_global(v):
    global counter
    match v:
        case int(counter):
            pass
bump_global(7)
print("global counter", counter)

def outer():
    found = None
    def inner(v):
        nonlocal found
        match v:
            case [found, *_]:
                pass
    inner(["first", "second"])
    return found
print("nonlocal", outer())

class Holder:
    match ("a", "b"):
        case (first, second):
            pair = first + second
print("class attributes", Holder.first, Holder.second, Holder.pair)

# Closures capture pattern variables.
def make():
    match {"f": 3}:
        case {"f": factor}:
            return lambda x: x * factor
print("closure", make()(5))

# Matching inside loops: break, continue and return in case bodies.
def scan(items):
    out = []
    for it in items:
        match it:
            case "skip":
                continue
            case "stop":
                break
            case ("ret", value):
                return out + ["returned " + str(value)]
            case _:
                out.append(it)
    return out

print(scan(["a", "skip", "b", "stop", "c"]))
print(scan(["a", ("ret", 1), "b"]))

# In generators and nested matches.
def gen(items):
    for it in items:
        match it:
            case [kind, payload]:
                match kind, payload:
                    case "num", int(n):
                        yield n * 10
                    case "str", str(s):
                        yield s.upper()
                    case _:
                        yield "?"
            case _:
                yield None

print(list(gen([["num", 4], ["str", "x"], ["num", "x"], 5])))

# Try/except inside case bodies and a match inside an except handler.
try:
    raise ValueError("bad", 3)
except ValueError as exc:
    match exc.args:
        case (str(msg), int(code)):
            print("error", msg, code)

# AS patterns bind the whole subject and the sub-pattern's captures.
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer_list:
        print(a, b, c, inner, outer_list)

# OR of class patterns with keyword captures in different orders.
class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)

for obj in [P(a=1, b=2, tag="ab"), P(a=3, b=4, tag="ba")]:
    match obj:
        case P(tag="ab", a=x, b=y) | P(tag="ba", b=x, a=y):
            print("x, y =", x, y)
